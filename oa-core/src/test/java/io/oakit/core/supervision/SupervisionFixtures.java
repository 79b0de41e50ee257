package io.oakit.core.supervision;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDateTime;
import java.util.List;

/** Supervision items used by the tests and the worked example of the docs. */
public final class SupervisionFixtures {

  private SupervisionFixtures() {}

  public static LocalDateTime june(int day, int hour) {
    return LocalDateTime.of(2026, 6, day, hour, 0);
  }

  /** Registered Jun 1 08:00, assigned 09:00 with 10 working days (due Jun 15 17:30). */
  public static SupervisionItem assigned(String id, Importance importance, String lead, List<String> co) {
    return SupervisionItem.register(id, ItemSource.LEADER_INSTRUCTION, "落实县长批示", importance, june(1, 8), "督查室")
        .assign(june(1, 9), "督查室", lead, co,
            DeadlineClock.start(DeadlineRule.workingDays(10), ChinaCalendars.official(), june(1, 9)), 0);
  }

  /** 重要, lead 交通局 with co-unit 财政局: co-unit signs late, urged after due, one rework, 4 working days late, rated 良. */
  public static SupervisionItem itemA() {
    return itemAFrom(assigned("A", Importance.IMPORTANT, "交通局", List.of("财政局")));
  }

  /** The rest of item A's life after its assignment. */
  private static SupervisionItem itemAFrom(SupervisionItem assigned) {
    return assigned
        .signFor(june(1, 10), "交通局", "张科长")
        .signFor(june(4, 10), "财政局", "王科长")
        .urge(june(17, 9), "交通局", UrgingChannel.PHONE, "督查室", "请抓紧办理")
        .reportCompletion(june(18, 10), "已完成")
        .returnForRework(june(18, 15), "李主任", "材料不全")
        .reportCompletion(june(22, 10), "已补充")
        .accept(june(22, 16), "李主任", QualityRating.GOOD, true, "");
  }

  /** 一般, lead 财政局: done a week early, rated 优, commended by the county head. */
  public static SupervisionItem itemB() {
    return assigned("B", Importance.GENERAL, "财政局", List.of())
        .signFor(june(1, 10), "财政局", "王科长")
        .reportCompletion(june(8, 10), "已完成")
        .accept(june(8, 16), "李主任", QualityRating.EXCELLENT, true, "")
        .commend(june(9, 9), "财政局", "县长", "办理迅速");
  }

  /** 一般, lead 交通局: never done, urged three times. */
  public static SupervisionItem itemC() {
    return assigned("C", Importance.GENERAL, "交通局", List.of())
        .signFor(june(1, 10), "交通局", "张科长")
        .urge(june(16, 9), "交通局", UrgingChannel.PHONE, "督查室", "")
        .urge(june(22, 9), "交通局", UrgingChannel.DOCUMENT, "督查室", "")
        .urge(june(29, 9), "交通局", UrgingChannel.ON_SITE, "督查室", "");
  }

  /** Item A, 交通局 having handed it back twice (推诿) before it signed. */
  public static SupervisionItem itemAHandedBackTwice() {
    return itemAFrom(assigned("A", Importance.IMPORTANT, "交通局", List.of("财政局"))
        .handBack(june(1, 9).plusMinutes(30), "交通局", "张科长", "不属我局职责")
        .handBack(june(1, 9).plusMinutes(40), "交通局", "张科长", "应由住建局办理"));
  }
}
