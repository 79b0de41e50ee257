package io.oakit.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.HolidayData;
import io.oakit.core.calendar.NaiveWorkCalendar;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineRule.Every;
import io.oakit.core.deadline.DeadlineRule.Unit;
import io.oakit.core.deadline.PeriodicObligation.Standing;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The deadline kinds of the offices' own texts across real holidays, by hand; the provisional flag and
 * its explanation; and properties: every text form round-trips, fixed-date and lead-time rules agree
 * with a day-by-day walk over the reference calendar.
 */
class DeadlineKindsTest {

  private static final WorkCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkCalendar PROVISIONAL = ChinaCalendars.provisional();

  @Test
  void aDisclosureReplyStartedTodayIsProvisionalAndSaysSo() {
    // Fri 2026-12-04: Dec 7-11, 14-18, 21-25 are working days 1-15, Dec 28-31 16-19; 元旦 Fri 2027-01-01 is
    // assumed off; Mon 2027-01-04 is the 20th
    LocalDateTime start = LocalDateTime.of(2026, 12, 4, 10, 0);
    assertThatThrownBy(() -> DeadlineRule.workingDays(20).dueInstant(OFFICIAL, start))
        .isInstanceOf(io.oakit.core.calendar.CalendarCoverageException.class);
    DeadlineClock clock = StatutoryDeadlines.informationDisclosureReply().start(PROVISIONAL, start);
    assertThat(clock.due()).isEqualTo(LocalDateTime.of(2027, 1, 4, 17, 30));
    assertThat(clock.isProvisional()).isTrue();
    assertThat(clock.explain()).contains("2027 not yet published: assumed the ordinary week and the statutory holidays "
        + "元旦 01-01, 春节 02-05..02-08, 清明节 04-05, 劳动节 05-01..05-02, 端午节 06-09, 中秋节 09-15, 国庆节 10-01..10-03; "
        + "no adjusted working days (调休) or make-up days off (补假)");
    // a deadline that stays in 2026 is not provisional, on either calendar
    DeadlineClock short7 = DeadlineClock.start(DeadlineRule.workingDays(7), PROVISIONAL, start);
    assertThat(short7.isProvisional()).isFalse();
    assertThat(short7.explain()).noneMatch(l -> l.contains("not yet published"));
    // stored and read back, the flag is what was decided
    assertThat(short7.asDecided(short7.periodEnd(), short7.due(), true).isProvisional()).isTrue();
  }

  @Test
  void aProvisionalDeadlineMovesWhenThe2027NoticeIsLoaded() throws Exception {
    HolidayData y2027;
    try (Reader r = new InputStreamReader(getClass().getResourceAsStream(
        "/io/oakit/core/calendar/holiday-cn-2027-hypothetical.json"), StandardCharsets.UTF_8)) {
      y2027 = HolidayData.parseHolidayCnJson(r, "2027.json");
    }
    WorkCalendar loaded = ChinaCalendars.builder().holidays(y2027).provisionalThrough(Year.of(2050)).build();
    // registered Thu 2027-01-28 under 7 working days. Assumed: Jan 29, Feb 1-4, (春节 Feb 5-8), Feb 9, Feb 10.
    // The (hypothetical) notice: Jan 29, Sun Jan 31 worked, Feb 1-4, (Feb 5-12 off), Mon Feb 15.
    LocalDateTime start = LocalDateTime.of(2027, 1, 28, 9, 0);
    DeadlineClock before = DeadlineClock.start(DeadlineRule.workingDays(7), PROVISIONAL, start);
    DeadlineClock after = DeadlineClock.start(DeadlineRule.workingDays(7), loaded, start);
    assertThat(before.due()).isEqualTo(LocalDateTime.of(2027, 2, 10, 17, 30));
    assertThat(after.due()).isEqualTo(LocalDateTime.of(2027, 2, 15, 17, 30));
    assertThat(before.isProvisional()).isTrue();
    assertThat(after.isProvisional()).isFalse();
  }

  @Test
  void naturalHoursCountOnTheClock() {
    LocalDateTime friday17 = LocalDateTime.of(2026, 12, 4, 17, 0);
    assertThat(DeadlineRule.workingHours(4).dueInstant(OFFICIAL, friday17)).isEqualTo(LocalDateTime.of(2026, 12, 7, 12, 0));
    assertThat(DeadlineRule.naturalHours(4).dueInstant(OFFICIAL, friday17)).isEqualTo(LocalDateTime.of(2026, 12, 4, 21, 0));
    DeadlineClock c = DeadlineClock.start(DeadlineRule.naturalHours(4), OFFICIAL, friday17);
    assertThat(c.due()).isEqualTo(LocalDateTime.of(2026, 12, 4, 21, 0));
    assertThat(c.status(LocalDateTime.of(2026, 12, 4, 21, 1))).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(c.remaining(LocalDateTime.of(2026, 12, 4, 19, 0))).hasHours(2);
    // suspended 18:00-19:00 on the clock: due an hour later
    DeadlineClock s = c.suspend(LocalDateTime.of(2026, 12, 4, 18, 0), "waiting for the sender")
        .resume(LocalDateTime.of(2026, 12, 4, 19, 0));
    assertThat(s.due()).isEqualTo(LocalDateTime.of(2026, 12, 4, 22, 0));
    assertThat(s.explain()).anyMatch(l -> l.contains("1h of clock time not counted"));
    assertThat(DeadlinePolicy.defaults().ruleFor(io.oakit.core.document.Urgency.EXTRA_URGENT,
        io.oakit.core.document.DocumentKind.NOTICE)).isEqualTo(DeadlineRule.naturalHours(4));
  }

  @Test
  void byAFixedDate() {
    // 2027-07-31 is a Saturday: due Friday's close of business, or Monday's under the Civil Code reading
    assertThat(DeadlineRule.parse("by 2027-07-31").dueInstant(PROVISIONAL, LocalDateTime.of(2027, 6, 1, 9, 0)))
        .isEqualTo(LocalDateTime.of(2027, 7, 30, 17, 30));
    assertThat(DeadlineRule.parse("by 2027-07-31 or the next working day")
        .dueInstant(PROVISIONAL, LocalDateTime.of(2027, 6, 1, 9, 0))).isEqualTo(LocalDateTime.of(2027, 8, 2, 17, 30));
    // 2026-10-03 is in the 国庆 holiday (10-01..10-07): Wednesday 09-30, or Thursday 10-08
    LocalDateTime sept = LocalDateTime.of(2026, 9, 1, 9, 0);
    assertThat(DeadlineRule.byDate(LocalDate.of(2026, 10, 3)).dueInstant(OFFICIAL, sept))
        .isEqualTo(LocalDateTime.of(2026, 9, 30, 17, 30));
    assertThat(DeadlineRule.byDateOrNextWorkingDay(LocalDate.of(2026, 10, 3)).dueInstant(OFFICIAL, sept))
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 17, 30));
    assertThat(DeadlineRule.byDate(LocalDate.of(2026, 10, 3)).explain(OFFICIAL, sept))
        .contains("2026-10-03 is not a working day (HOLIDAY 国庆节): due on the last working day before it, 2026-09-30");
    // started after the date: due at once, and overdue a moment later
    DeadlineClock late = DeadlineClock.start(DeadlineRule.byDate(LocalDate.of(2026, 10, 3)), OFFICIAL,
        LocalDateTime.of(2026, 10, 9, 9, 0));
    assertThat(late.due()).isEqualTo(LocalDateTime.of(2026, 10, 9, 9, 0));
    assertThat(late.status(LocalDateTime.of(2026, 10, 9, 9, 1))).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void everyYear() {
    DeadlineRule rule = DeadlineRule.parse("every year by 11-30");
    assertThat(rule).isEqualTo(DeadlineRule.yearly(MonthDay.of(11, 30)));
    assertThat(rule.dueInstant(OFFICIAL, LocalDateTime.of(2026, 11, 30, 17, 0))).isEqualTo(LocalDateTime.of(2026, 11, 30, 17, 30));
    assertThat(rule.dueInstant(PROVISIONAL, LocalDateTime.of(2026, 11, 30, 18, 0))).isEqualTo(LocalDateTime.of(2027, 11, 30, 17, 30));
    assertThat(rule.isProvisional(PROVISIONAL, LocalDateTime.of(2026, 12, 4, 9, 0))).isTrue();
    // 2025-11-30 is a Sunday
    assertThat(rule.occurrences(OFFICIAL, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31)))
        .extracting(DeadlineRule.Occurrence::due)
        .containsExactly(LocalDateTime.of(2024, 11, 29, 17, 30), LocalDateTime.of(2025, 11, 28, 17, 30));
  }

  @Test
  void leadTimeBeforeAnEvent() {
    // 会前3个工作日 before Friday 2026-10-09: Thu 10-08 (1), 国庆 10-01..07 not counted, Wed 09-30 (2), Tue 09-29 (3)
    DeadlineRule three = DeadlineRule.before(LocalDate.of(2026, 10, 9), 3, Unit.WORKING_DAYS);
    LocalDateTime sept = LocalDateTime.of(2026, 9, 1, 9, 0);
    assertThat(three.dueInstant(OFFICIAL, sept)).isEqualTo(LocalDateTime.of(2026, 9, 29, 17, 30));
    assertThat(three.explain(OFFICIAL, sept)).contains("2026-10-01..2026-10-07: not counted, HOLIDAY 国庆节 (7 days)",
        "2026-09-29 is working day 3 counted back from the event");
    // 提前一个月 before 2027-03-05: 2027-02-05 is 除夕 (assumed), so the Thursday before
    DeadlineRule month = DeadlineRule.parse("1 month before 2027-03-05");
    assertThat(month.dueInstant(PROVISIONAL, LocalDateTime.of(2026, 12, 4, 9, 0))).isEqualTo(LocalDateTime.of(2027, 2, 4, 17, 30));
    assertThat(month.isProvisional(PROVISIONAL, LocalDateTime.of(2026, 12, 4, 9, 0))).isTrue();
    // 10 calendar days before 2026-10-11 is 10-01, a holiday: Wednesday 09-30
    assertThat(DeadlineRule.parse("10 calendar days before 2026-10-11").dueInstant(OFFICIAL, sept))
        .isEqualTo(LocalDateTime.of(2026, 9, 30, 17, 30));
    assertThatThrownBy(() -> DeadlineRule.before(LocalDate.of(2026, 10, 9), 3, Unit.WORKING_HOURS))
        .hasMessageContaining("lead time");
  }

  @Test
  void aQuarterlyDutyReportsItsMissedQuarter() {
    DeadlineRule quarterly = DeadlineRule.parse("at least 1 time every quarter");
    PeriodicObligation duty = new PeriodicObligation(quarterly, OFFICIAL, LocalDateTime.of(2026, 1, 1, 9, 0));
    List<PeriodicObligation.Period> periods = duty.periods(
        List.of(LocalDateTime.of(2026, 2, 10, 10, 0), LocalDateTime.of(2026, 8, 1, 10, 0)),
        LocalDateTime.of(2026, 12, 4, 9, 0));
    assertThat(periods).extracting(PeriodicObligation.Period::standing)
        .containsExactly(Standing.MET, Standing.MISSED, Standing.MET, Standing.OPEN);
    // Q2 ends Tuesday 06-30; Q4 ends Thursday 12-31
    assertThat(periods.get(1).due()).isEqualTo(LocalDateTime.of(2026, 6, 30, 17, 30));
    assertThat(periods.get(3).due()).isEqualTo(LocalDateTime.of(2026, 12, 31, 17, 30));
    assertThat(duty.missed(List.of(), LocalDateTime.of(2026, 7, 1, 9, 0))).hasSize(2);
    // 每月报送 from the middle of a month: the first month counts from the start
    PeriodicObligation monthly = new PeriodicObligation(DeadlineRule.periodic(1, Every.MONTH), OFFICIAL,
        LocalDateTime.of(2026, 3, 15, 9, 0));
    assertThat(monthly.periods(List.of(LocalDateTime.of(2026, 3, 20, 9, 0)), LocalDateTime.of(2026, 4, 2, 9, 0)))
        .extracting(PeriodicObligation.Period::first, PeriodicObligation.Period::standing)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 15), Standing.MET),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), Standing.OPEN));
    assertThat(quarterly.dueInstant(OFFICIAL, LocalDateTime.of(2026, 5, 5, 9, 0)))
        .isEqualTo(LocalDateTime.of(2026, 6, 30, 17, 30));
    assertThatThrownBy(() -> new PeriodicObligation(DeadlineRule.workingDays(3), OFFICIAL, LocalDateTime.of(2026, 1, 1, 9, 0)))
        .hasMessageContaining("periodic or yearly");
  }

  @Test
  void explanationsOfTheNewKindsByHand() {
    LocalDateTime sept = LocalDateTime.of(2026, 9, 1, 9, 0);
    assertThat(DeadlineRule.parse("10 calendar days before 2026-10-11").explain(OFFICIAL, sept)).containsSubsequence(
        "event on 2026-10-11 (2026-10-11 SUNDAY WEEKEND)",
        "10 calendar days before it: 2026-10-01",
        "2026-10-01 is not a working day (HOLIDAY 国庆节): due on the last working day before it, 2026-09-30",
        "due 2026-09-30T17:30 (close of business)");
    assertThat(DeadlineRule.parse("1 month before 2026-11-30").explain(OFFICIAL, sept))
        .contains("1 month before it: 2026-10-30", "2026-10-30 (2026-10-30 FRIDAY WORKDAY) is a working day");
    assertThat(DeadlineRule.parse("1 working day before 2026-10-09").toString()).isEqualTo("1 working day before 2026-10-09");
    assertThat(DeadlineRule.parse("by 2026-10-03 or the next working day").explain(OFFICIAL, sept))
        .contains("2026-10-03 is not a working day (HOLIDAY 国庆节): due on the next working day, 2026-10-08");
    assertThat(DeadlineRule.parse("3 working days before 2026-09-02").explain(OFFICIAL, sept))
        .contains("the lead time had already passed at the start 2026-09-01T09:00: due at once");
    assertThat(DeadlineRule.parse("every year by 11-30").explain(OFFICIAL, sept))
        .contains("the next 11-30 whose close of business is not before the start: 2026-11-30");
    assertThat(DeadlineRule.parse("at least 2 times every month").explain(OFFICIAL, sept))
        .contains("the month 2026-09-01..2026-09-30 needs 2 occurrence(s), due by the close of business of its last "
            + "working day 2026-09-30");
    assertThat(DeadlineRule.naturalHours(4).explain(OFFICIAL, sept)).containsExactly("rule 4 natural hours from 2026-09-01T09:00",
        "4 hour(s) on the clock from 2026-09-01T09:00, nights and days off included", "due 2026-09-01T13:00");
    // an extension that reaches a provisional year says so in the clock's explanation, once
    DeadlineClock c = DeadlineClock.start(DeadlineRule.workingDays(5), PROVISIONAL, LocalDateTime.of(2026, 12, 1, 9, 0));
    assertThat(c.isProvisional()).isFalse();
    DeadlineClock extended = c.extend(LocalDateTime.of(2026, 12, 2, 9, 0), DeadlineRule.workingDays(30), "局长", "复杂");
    assertThat(extended.isProvisional()).isTrue();
    assertThat(extended.explain()).filteredOn(l -> l.startsWith("2027 not yet published")).hasSize(1);
    // a lead time whose event lies in a provisional year is provisional even when its due day is not
    assertThat(DeadlineRule.parse("0 working days before 2027-01-01").isProvisional(PROVISIONAL,
        LocalDateTime.of(2026, 12, 1, 9, 0))).isTrue();
    assertThat(DeadlineRule.parse("0 working days before 2027-01-01").dueInstant(PROVISIONAL,
        LocalDateTime.of(2026, 12, 1, 9, 0))).isEqualTo(LocalDateTime.of(2026, 12, 31, 17, 30));
  }

  @Test
  void argumentsOfTheNewKindsAreChecked() {
    assertThatThrownBy(() -> DeadlineRule.of(Unit.MONTHS, 1)).hasMessageContaining("months are for lead times");
    assertThatThrownBy(() -> DeadlineRule.periodic(0, Every.MONTH)).hasMessageContaining("times must be >= 1");
    assertThatThrownBy(() -> DeadlineRule.periodic(1, Every.MONTH).occurrences(OFFICIAL, LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 4, 1))).hasMessageContaining("before from");
    assertThatThrownBy(() -> DeadlineRule.workingDays(1).occurrences(OFFICIAL, LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 6, 1))).hasMessageContaining("does not recur");
    assertThatThrownBy(() -> DeadlineRule.byDate(LocalDate.of(2026, 7, 1)).amount()).isInstanceOf(IllegalStateException.class);
    assertThat(DeadlineRule.periodic(3, Every.WEEK).amount()).isEqualTo(3);
    assertThat(DeadlineRule.periodic(1, Every.WEEK).occurrences(OFFICIAL, LocalDate.of(2026, 9, 30),
        LocalDate.of(2026, 10, 8))).extracting(DeadlineRule.Occurrence::first, DeadlineRule.Occurrence::due)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 28), LocalDateTime.of(2026, 9, 30, 17, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 5), LocalDateTime.of(2026, 10, 10, 17, 30)));  // a worked Saturday
    PeriodicObligation yearlyDuty = new PeriodicObligation(DeadlineRule.yearly(MonthDay.of(11, 30)), OFFICIAL,
        LocalDateTime.of(2025, 1, 1, 9, 0));
    assertThat(yearlyDuty.rule()).isEqualTo(DeadlineRule.yearly(MonthDay.of(11, 30)));
    assertThat(yearlyDuty.periods(List.of(LocalDateTime.of(2025, 11, 28, 17, 30)), LocalDateTime.of(2026, 12, 1, 9, 0)))
        .extracting(p -> p.required() + " " + p.done() + " " + p.standing())
        .containsExactly("1 1 MET", "1 0 MISSED");
    assertThat(yearlyDuty.periods(List.of(), LocalDateTime.of(2025, 6, 1, 9, 0)).get(0).toString())
        .isEqualTo("2025-01-01..2025-12-31 (due 2025-11-28T17:30): 0 of 1, OPEN");
    assertThatThrownBy(() -> yearlyDuty.periods(List.of(), LocalDateTime.of(2024, 12, 1, 9, 0)))
        .hasMessageContaining("before the duty began");
  }

  @Test
  void anExtensionIsAPeriod() {
    DeadlineClock c = DeadlineClock.start(DeadlineRule.workingDays(5), OFFICIAL, LocalDateTime.of(2026, 6, 1, 9, 0));
    assertThatThrownBy(() -> c.extend(LocalDateTime.of(2026, 6, 2, 9, 0), DeadlineRule.byDate(LocalDate.of(2026, 7, 1)),
        "head", "more time")).hasMessageContaining("an extension is a period");
    assertThatThrownBy(() -> DeadlineRule.byDate(LocalDate.of(2026, 7, 1)).unit()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badTextIsRefusedQuotingIt() {
    assertThatThrownBy(() -> DeadlineRule.parse("by 2027-02-30")).hasMessageContaining("'by 2027-02-30'");
    assertThatThrownBy(() -> DeadlineRule.parse("every fortnight")).hasMessageContaining("'every fortnight'");
    assertThatThrownBy(() -> DeadlineRule.parse("at least 0 times every month")).hasMessageContaining("times");
    assertThatThrownBy(() -> DeadlineRule.parse("3 months")).hasMessageContaining("'3 months'");
  }

  // ---------------------------------------------------------------- properties

  @Provide
  static Arbitrary<DeadlineRule> anyRule() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000).map(i -> LocalDate.of(2019, 1, 1).plusDays(i));
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 400);
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(Unit.WORKING_DAYS, Unit.CALENDAR_DAYS, Unit.WORKING_HOURS,
            Unit.WORKING_MINUTES, Unit.NATURAL_HOURS), n).as((u, a) -> DeadlineRule.of(u, a)),
        dates.map(DeadlineRule::byDate), dates.map(DeadlineRule::byDateOrNextWorkingDay),
        dates.map(d -> DeadlineRule.yearly(MonthDay.from(d))),
        dates.map(d -> DeadlineRule.yearlyOrNextWorkingDay(MonthDay.from(d))),
        Combinators.combine(dates, n, Arbitraries.of(Unit.WORKING_DAYS, Unit.CALENDAR_DAYS, Unit.MONTHS))
            .as(DeadlineRule::before),
        Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.of(Every.class)).as(DeadlineRule::periodic));
  }

  @Property(tries = 300)
  void everyTextFormRoundTrips(@ForAll("anyRule") DeadlineRule rule) {
    assertThat(DeadlineRule.parse(rule.toString())).isEqualTo(rule);
    assertThat(DeadlineRule.parse("  " + rule.toString().toUpperCase() + " ")).isEqualTo(rule);
  }

  private static final NaiveWorkCalendar NAIVE = NaiveWorkCalendar.official();

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(100, 2900).map(i -> LocalDate.of(2019, 1, 1).plusDays(i));
  }

  /** Walks from {@code d} one day at a time in {@code step} until a working day of the reference calendar. */
  private static LocalDate walk(LocalDate d, int step) {
    while (!NAIVE.isWorkingDay(d)) {
      d = d.plusDays(step);
    }
    return d;
  }

  @Property(tries = 200)
  void fixedDatesAgreeWithADayByDayWalk(@ForAll("days") LocalDate date) {
    LocalDateTime start = date.minusDays(10).atTime(9, 0);
    assertThat(DeadlineRule.byDate(date).dueInstant(OFFICIAL, start))
        .isEqualTo(NAIVE.closeOfBusiness(walk(date, -1)));
    assertThat(DeadlineRule.byDateOrNextWorkingDay(date).dueInstant(OFFICIAL, start))
        .isEqualTo(NAIVE.closeOfBusiness(walk(date, 1)));
  }

  @Test
  void theWalkChecksFailOnRulesThatCountTheWrongWay() {
    // a fixed date that moved a day off forward, and a lead time counted in calendar days, each differ from
    // the day-by-day walks on some days of 2026: the properties above would catch them
    int forward = 0;
    int calendarDays = 0;
    LocalDateTime start = LocalDate.of(2025, 12, 1).atTime(9, 0);
    for (LocalDate d = LocalDate.of(2026, 1, 10); d.getYear() == 2026; d = d.plusDays(1)) {
      if (!DeadlineRule.byDateOrNextWorkingDay(d).dueInstant(OFFICIAL, start).equals(NAIVE.closeOfBusiness(walk(d, -1)))) {
        forward++;
      }
      LocalDate back = d;
      for (int counted = 0; counted < 5; ) {
        back = back.minusDays(1);
        if (NAIVE.isWorkingDay(back)) {
          counted++;
        }
      }
      if (!DeadlineRule.before(d, 5, Unit.CALENDAR_DAYS).dueInstant(OFFICIAL, start).equals(NAIVE.closeOfBusiness(back))) {
        calendarDays++;
      }
    }
    assertThat(forward).isGreaterThan(100);
    assertThat(calendarDays).isGreaterThan(100);
  }

  @Property(tries = 200)
  void leadTimesAgreeWithADayByDayWalk(@ForAll("days") LocalDate event,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 15) int n) {
    LocalDateTime start = LocalDate.of(2019, 1, 1).atTime(9, 0);
    LocalDate d = event;
    for (int counted = 0; counted < n; ) {
      d = d.minusDays(1);
      if (NAIVE.isWorkingDay(d)) {
        counted++;
      }
    }
    LocalDate expected = n == 0 ? walk(event, -1) : d;
    assertThat(DeadlineRule.before(event, n, Unit.WORKING_DAYS).dueInstant(OFFICIAL, start))
        .isEqualTo(NAIVE.closeOfBusiness(expected));
    assertThat(DeadlineRule.before(event, n, Unit.CALENDAR_DAYS).dueInstant(OFFICIAL, start))
        .isEqualTo(NAIVE.closeOfBusiness(walk(event.minusDays(n), -1)));
    assertThat(DeadlineRule.before(event, n % 3, Unit.MONTHS).dueInstant(OFFICIAL, start))
        .isEqualTo(NAIVE.closeOfBusiness(walk(event.minusMonths(n % 3), -1)));
  }
}
