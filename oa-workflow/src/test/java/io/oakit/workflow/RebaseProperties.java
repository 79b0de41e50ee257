package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.HolidayData;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.memory.InMemoryStorage;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Re-basing after the notice: every open deadline ends where a clock started on the published calendar
 * ends, closed work is never touched, and a second run changes nothing — and the idempotence check fails
 * on a re-base that recomputes everything every time.
 */
class RebaseProperties {

  private static final Optional<String> SELF = Optional.empty();

  /** One item: its rule, the minutes after 2026-12-01 09:00 it was assigned, whether it is cancelled later. */
  record Plan(DeadlineRule rule, int minutes, boolean cancelled) {}

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<DeadlineRule> rules = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 60).map(DeadlineRule::workingDays),
        Arbitraries.integers().between(1, 90).map(DeadlineRule::calendarDays),
        Arbitraries.integers().between(1, 40).map(DeadlineRule::workingHours),
        Arbitraries.integers().between(0, 200).map(d -> DeadlineRule.byDate(LocalDate.of(2027, 1, 1).plusDays(d))));
    return Combinators.combine(rules, Arbitraries.integers().between(0, 27 * 24 * 60), Arbitraries.of(true, false))
        .as(Plan::new);
  }

  @Property(tries = 15)
  void everyOpenDeadlineEndsOnThePublishedCalendarClosedOnesAreUntouchedAndASecondRunIsANoOp(
      @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("plans") Plan> plans) {
    Office o = setUp(plans);
    Map<String, List<Record>> closed = closedItems(o, plans);
    o.calendar.load(TurnOfTheYearTest.load2027("li"));
    CalendarService.Rebased first = o.calendar.rebaseDeadlines(new CalendarCommands.RebaseDeadlines(key(), "li", SELF, "2027"));
    WorkCalendar published = ChinaCalendars.builder().holidays(HolidayData.parseHolidayCnJson(
        new StringReader(TurnOfTheYearTest.hypothetical2027()), "2027.json")).provisionalThrough(Year.of(2050)).build();
    for (int i = 0; i < plans.size(); i++) {
      Plan p = plans.get(i);
      if (!p.cancelled()) {
        DeadlineClock d = o.supervision.find("督-" + i).deadline().orElseThrow();
        assertThat(d.due()).as("%s", p).isEqualTo(DeadlineClock.start(p.rule(), published, start(p)).due());
      }
    }
    assertThat(closedItems(o, plans)).isEqualTo(closed);
    assertThat(first.recomputed()).noneMatch(ref -> closed.containsKey(ref.id()));
    Map<String, Long> versions = versions(o, plans);
    CalendarService.Rebased second = o.calendar.rebaseDeadlines(new CalendarCommands.RebaseDeadlines(key(), "li", SELF,
        "again"));
    assertThat(second.recomputed()).isEmpty();
    assertThat(versions(o, plans)).isEqualTo(versions);
  }

  @Test
  void theIdempotenceCheckFailsOnARebaseThatRecomputesEverythingEveryTime() {
    List<Plan> plans = List.of(new Plan(DeadlineRule.workingDays(30), 0, false));
    Office o = setUp(plans);
    o.calendar.load(TurnOfTheYearTest.load2027("li"));
    o.calendar.rebaseDeadlines(new CalendarCommands.RebaseDeadlines(key(), "li", SELF, "2027"));
    Map<String, Long> versions = versions(o, plans);
    // broken: re-base each item whatever calendar its deadline was decided on
    o.supervision.rebaseDeadline(new SupervisionCommands.RebaseDeadline(key(), "li", SELF, "督-0", "again"));
    assertThat(versions(o, plans)).isNotEqualTo(versions);
  }

  private static LocalDateTime start(Plan p) {
    return LocalDateTime.of(2026, 12, 1, 9, 0).plusMinutes(p.minutes());
  }

  private static Office setUp(List<Plan> plans) {
    Office o = new Office(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 12, 1, 9, 0)),
        TurnOfTheYearTest.provisional());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(plans.get(a).minutes(), plans.get(b).minutes()));
    for (int i : order) {
      Plan p = plans.get(i);
      o.at(start(p));
      o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-" + i, ItemSource.LEADER_INSTRUCTION, "落实",
          Importance.MAJOR));
      o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-" + i, "交通局", List.of(),
          p.rule().toString(), 0));
    }
    o.at(LocalDateTime.of(2026, 12, 29, 9, 0));
    for (int i = 0; i < plans.size(); i++) {
      if (plans.get(i).cancelled()) {
        o.supervision.cancel(new SupervisionCommands.Cancel(key(), "li", SELF, "督-" + i, "撤销"));
      }
    }
    return o;
  }

  private static Map<String, List<Record>> closedItems(Office o, List<Plan> plans) {
    Map<String, List<Record>> m = new LinkedHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      if (plans.get(i).cancelled()) {
        String id = "督-" + i;
        m.put(id, SupervisionService.CODEC.decodeAll(o.store.inTransaction(
            u -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, id)).orElseThrow().payload()));
      }
    }
    return m;
  }

  private static Map<String, Long> versions(Office o, List<Plan> plans) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      String id = "督-" + i;
      m.put(id, o.store.inTransaction(u -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, id)).orElseThrow()
          .version());
    }
    return m;
  }
}
