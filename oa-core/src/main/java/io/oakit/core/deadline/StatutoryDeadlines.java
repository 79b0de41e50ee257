package io.oakit.core.deadline;

import java.util.List;

/** Time limits set by Chinese law and regulation, as ready-made {@link DeadlinePreset}s. */
public final class StatutoryDeadlines {

  private StatutoryDeadlines() {}

  /**
   * Reply to a request for government information disclosure: 20 working days from receipt,
   * extendable once by up to 20 working days with the approval of the person in charge; time
   * spent consulting a third party or other organ is not counted.
   *
   * <p>Source: 中华人民共和国政府信息公开条例 (revised 2019), art. 33.
   *
   * @return the preset
   */
  public static DeadlinePreset informationDisclosureReply() {
    return new DeadlinePreset("government information disclosure reply",
        "中华人民共和国政府信息公开条例 (2019) art. 33",
        DeadlineRule.workingDays(20),
        ExtensionPolicy.atMost(1, DeadlineRule.workingDays(20)),
        List.of("consultation of a third party or other organ (征求第三方和其他机关意见)"));
  }

  /**
   * Decision on an administrative licence: 20 days from acceptance, extendable by 10 days with
   * the approval of the head of the organ; the law counts these periods in working days. Time
   * for hearings, bidding, auction, testing, inspection, quarantine and expert review is not
   * counted.
   *
   * <p>Source: 中华人民共和国行政许可法 art. 42 (20 + 10 days), art. 45 (periods not counted),
   * art. 82 (periods counted in working days, excluding statutory holidays).
   *
   * @return the preset
   */
  public static DeadlinePreset administrativeLicensing() {
    return new DeadlinePreset("administrative licensing decision",
        "中华人民共和国行政许可法 art. 42, 45, 82",
        DeadlineRule.workingDays(20),
        ExtensionPolicy.atMost(1, DeadlineRule.workingDays(10)),
        List.of("hearing (听证)", "bidding or auction (招标、拍卖)", "testing, inspection or quarantine (检验、检测、检疫)",
            "expert review (专家评审)"));
  }

  /**
   * Handling of a petition (信访事项): 60 days from acceptance, extendable by up to 30 days for
   * complex cases with the approval of the person in charge. Calendar days under the Civil Code
   * counting rules (a period ending on a day off ends on the next working day).
   *
   * <p>Source: 信访工作条例 (2022), art. 32 (formerly 信访条例 (2005) art. 33).
   *
   * @return the preset
   */
  public static DeadlinePreset petitionHandling() {
    return new DeadlinePreset("petition handling",
        "信访工作条例 (2022) art. 32",
        DeadlineRule.calendarDays(60),
        ExtensionPolicy.atMost(1, DeadlineRule.calendarDays(30)),
        List.of());
  }
}
