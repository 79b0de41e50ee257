package io.oakit.testkit;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random but valid supervision items from a seed: every life the model allows, within 2026. */
public final class SupervisionGenerators {

  private static final WorkCalendar CAL = ChinaCalendars.official();

  /** The names of the first units, one instance each, as a host's unit directory hands them out. */
  private static final String[] NAMES = java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> "unit" + i)
      .toArray(String[]::new);

  private SupervisionGenerators() {}

  /**
   * The name of a unit. The first thousand names are one instance each, as the names a host reads
   * from its unit directory are; {@link #itemWithOwnNames} makes items that each keep their own copies.
   *
   * @param i the unit's number
   * @return its name, {@code unit<i>}
   */
  public static String unit(int i) {
    return i >= 0 && i < NAMES.length ? NAMES[i] : "unit" + i;
  }

  /**
   * An item assigned in 2026 (January to mid-October) to units drawn from {@code units} units.
   *
   * @param seed the seed: the same seed gives the same item
   * @param units how many units to draw from ({@link #unit(int)} 0 to {@code units - 1})
   * @return the item
   */
  public static SupervisionItem item(long seed, int units) {
    return item(seed, units, SupervisionGenerators::unit);
  }

  /**
   * The same item as {@link #item(long, int)}, but holding its own copy of each unit name, as items
   * decoded one by one from stored text do.
   *
   * @param seed the seed: the same seed gives the same item
   * @param units how many units to draw from
   * @return the item
   */
  public static SupervisionItem itemWithOwnNames(long seed, int units) {
    return item(seed, units, i -> new String(unit(i).toCharArray()));
  }

  private static SupervisionItem item(long seed, int units, java.util.function.IntFunction<String> unit) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate day = CAL.plusWorkingDays(LocalDate.of(2026, 1, 5), r.nextInt(190));
    LocalDateTime t = day.atTime(9, 0);
    String lead = unit.apply(r.nextInt(units));
    List<String> co = new ArrayList<>();
    for (int k = r.nextInt(3); k > 0; k--) {
      String u = unit.apply(r.nextInt(units));
      if (!u.equals(lead) && !co.contains(u)) {
        co.add(u);
      }
    }
    DeadlineRule rule = r.nextBoolean() ? DeadlineRule.workingDays(5 + r.nextInt(16)) : DeadlineRule.calendarDays(10 + r.nextInt(31));
    SupervisionItem item = SupervisionItem.register("i" + seed, ItemSource.values()[r.nextInt(5)], "事项" + seed,
        Importance.values()[r.nextInt(3)], t.minusHours(1), "督查室")
        .assign(t, "督查室", lead, co, DeadlineClock.start(rule, CAL, t), r.nextInt(3) == 0 ? 5 : 0);
    t = t.plusHours(r.nextInt(30));
    if (r.nextInt(6) == 0) {
      // 推诿 then 转办: the lead hands it back and the office gives it to another unit
      item = item.handBack(t, lead, "科长", "不属本单位职责");
      String to = unit.apply(r.nextInt(units));
      if (!to.equals(lead) && !co.contains(to)) {
        t = t.plusHours(1 + r.nextInt(20));
        item = item.reassign(t, "督查室", to, "转办");
        lead = to;
      }
    }
    List<String> all = item.units();
    if (r.nextInt(10) > 0) {
      item = item.signFor(t, lead, "handler");
    }
    for (String u : co) {
      if (r.nextInt(5) > 0) {
        t = t.plusHours(r.nextInt(50));
        item = item.signFor(t, u, "handler");
      }
    }
    for (int round = 0; round < 4; round++) {
      for (int k = r.nextInt(3); k > 0; k--) {
        t = t.plusHours(1 + r.nextInt(80));
        item = item.urge(t, all.get(r.nextInt(all.size())), UrgingChannel.values()[r.nextInt(4)], "督查室", "");
      }
      if ((item.state() == ItemState.ASSIGNED || item.state() == ItemState.IN_PROGRESS) && r.nextInt(6) == 0) {
        t = t.plusHours(1 + r.nextInt(20));
        item = item.handBack(t, all.get(r.nextInt(all.size())), "科长", "不属本单位职责");  // 推诿
      }
      if (item.state() == ItemState.IN_PROGRESS && r.nextBoolean()) {
        t = t.plusHours(1 + r.nextInt(40));
        item = item.reportProgress(t, lead, "进展");
      }
      if (r.nextInt(30) == 0) {
        return item.cancel(t.plusHours(1), "撤销");
      }
      if (item.state() == ItemState.IN_PROGRESS && r.nextInt(3) > 0) {
        t = t.plusHours(1 + r.nextInt(200));
        item = item.reportCompletion(t, "报结");
        t = t.plusHours(1 + r.nextInt(20));
        if (r.nextInt(4) == 0) {
          item = item.returnForRework(t, "reviewer", "退回");
          continue;
        }
        item = item.accept(t, "reviewer", QualityRating.values()[r.nextInt(4)], r.nextBoolean(), "");
        if (r.nextInt(4) == 0) {
          item = item.commend(t.plusHours(1), all.get(r.nextInt(all.size())), "县长", "表扬");
        }
        if (r.nextInt(3) == 0) {
          item = item.callBack(t.plusHours(2), io.oakit.core.supervision.CallBackAnswer.values()[r.nextInt(3)], "督查科",
              "回访");
        }
        return r.nextBoolean() ? item.close(t.plusHours(3), "督查室") : item;
      }
    }
    return item;
  }
}
