package io.oakit.core.roster;

import static io.oakit.core.roster.SpringFestivalRosterTest.people;
import static io.oakit.core.roster.SpringFestivalRosterTest.plan;
import static io.oakit.core.roster.SpringFestivalRosterTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class RosterEditAndExportTest {

  private final Roster roster = RosterGenerator.generate(plan(), people(), rules(), 2026);
  private final RosterEditor editor = new RosterEditor(people(), rules());
  private static final LocalDateTime AT = LocalDateTime.of(2026, 2, 10, 10, 0);

  private Slot slot(LocalDate day, String role) {
    return roster.assignments().keySet().stream().filter(s -> s.date().equals(day) && s.role().equals(role))
        .findFirst().orElseThrow();
  }

  @Test
  void aSwapThatBreaksRestIsRefusedWithTheViolations() {
    // two drivers' duties on consecutive days: swapping puts someone on duty within 3 days of another duty
    Slot d14 = slot(LocalDate.of(2026, 2, 14), "驾驶员");
    Slot d15 = slot(LocalDate.of(2026, 2, 15), "驾驶员");
    RosterEditor.Outcome outcome = editor.swap(roster, d14, d15, "driver", "办公室主任", AT, "家中有事");
    if (outcome.allowed()) {
      assertThat(RosterValidator.isValid(outcome.roster().get(), people(), rules())).isTrue();
    } else {
      assertThat(outcome.violations()).isNotEmpty().allMatch(Violation::hard);
    }
    assertThat(roster.version()).isEqualTo(1);
  }

  @Test
  void anAllowedOverrideIsANewVersionWithTheChangeRecorded() {
    Slot slot = slot(LocalDate.of(2026, 2, 24), "值班员");
    String before = roster.personAt(slot).orElseThrow();
    // find an officer the override is allowed for
    RosterEditor.Outcome outcome = people().stream().filter(p -> p.roles().contains("值班员") && !p.id().equals(before))
        .map(p -> editor.override(roster, slot, p.id(), before, "办公室主任", AT, "临时出差"))
        .filter(RosterEditor.Outcome::allowed).findFirst().orElseThrow();
    Roster next = outcome.roster().orElseThrow();
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(RosterChange.Kind.OVERRIDE);
      assertThat(c.requestedBy()).isEqualTo(before);
      assertThat(c.approvedBy()).isEqualTo("办公室主任");
    });
    assertThat(next.why(slot)).contains("OVERRIDE v2", "临时出差");
    assertThat(RosterValidator.isValid(next, people(), rules())).isTrue();
    assertThat(roster.personAt(slot)).contains(before);  // the old version is unchanged
    // giving the slot to someone on leave is refused
    RosterEditor.Outcome refused = editor.override(roster, slot(LocalDate.of(2026, 2, 16), "带班领导"), "leader1",
        "x", "y", AT, "z");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.violations()).extracting(Violation::rule).contains("not unavailable");
  }

  @Test
  void csvForTheReportUpwards() {
    String csv = RosterExport.csv(roster, Map.of("leader2", "王,副主任"));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("date,weekday,category,role,person_id,person_name,from,to");
    assertThat(lines).hasSize(61);
    assertThat(lines.get(1)).startsWith("2026-02-14,SATURDAY,WORKING_DAY,带班领导,").endsWith(",2026-02-14T08:30,2026-02-15T08:30");
    assertThat(csv).doesNotContain("王,副主任,").satisfiesAnyOf(
        c -> assertThat(c).contains("\"王,副主任\""), c -> assertThat(c).doesNotContain("leader2,"));
  }

  @Test
  void iCalendarParsesWithARealParser() throws Exception {
    Map<String, String> names = people().stream().collect(Collectors.toMap(DutyPerson::id, DutyPerson::name));
    String ics = RosterExport.iCalendar(roster, Optional.empty(), names, Instant.parse("2026-02-01T00:00:00Z"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(60);
    VEvent first = events.get(0);
    assertThat(first.getDateTimeStart().get().getValue()).isEqualTo("20260214T083000");
    assertThat(first.getDateTimeStart().get().getParameter("TZID")).isPresent();
    assertThat(first.getSummary().get().getValue()).startsWith("值班 带班领导 ");
    String mine = RosterExport.iCalendar(roster, Optional.of("driver1"), names, Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(new CalendarBuilder().build(new StringReader(mine)).getComponents("VEVENT"))
        .hasSize(roster.dutiesOf("driver1", plan().startInclusive(), plan().endExclusive()).size());
    assertThat(ics.lines()).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
  }
}
