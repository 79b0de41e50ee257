package io.oakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.Fairness;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterEditor;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterValidator;
import io.oakit.core.roster.Slot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterInstanceTest {

  @Test
  void theFullYearRosterIsValidAndEveryPoolAtItsOptimum() {
    Roster roster = RosterGenerator.generate(RosterInstances.PLAN, RosterInstances.PEOPLE, RosterInstances.RULES, 42);
    assertThat(roster.assignments()).hasSize(366 * 4);
    assertThat(RosterValidator.validate(roster, RosterInstances.PEOPLE, RosterInstances.RULES)).isEmpty();
    // 879 weighted officer duties among 140: at best 62 officers at 6.0 and 78 at 6.5 — spread 0.5, the bound
    assertThat(roster.fairness(RosterInstances.PEOPLE).pools())
        .extracting(Fairness.Pool::role, Fairness.Pool::spread, Fairness.Pool::lowerBound)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("带班领导", 0.5, 0.5),
            org.assertj.core.groups.Tuple.tuple("值班员", 0.5, 0.5),
            org.assertj.core.groups.Tuple.tuple("驾驶员", 0.5, 0.5));
  }

  @Test
  void aProvincialYearIsGeneratedValid() {
    RosterInstances.Instance in = RosterInstances.scaled(25);
    Roster roster = RosterGenerator.generate(in.plan(), in.people(), in.rules(), 42);
    assertThat(roster.assignments()).hasSize(36_600);
    assertThat(in.people()).hasSize(5_000);
    assertThat(RosterValidator.validate(roster, in.people(), in.rules())).isEmpty();
  }

  @Test
  void anOfficerFallingIllForAFortnightChangesOnlyTheirDuties() {
    Roster published = RosterGenerator.generate(RosterInstances.PLAN, RosterInstances.PEOPLE, RosterInstances.RULES, 42);
    LocalDate from = LocalDate.of(2024, 6, 10);
    String ill = published.personAt(published.plan().slots().stream().filter(s -> s.date().equals(from.plusDays(2))
        && s.role().equals("值班员")).findFirst().orElseThrow()).orElseThrow();
    List<DutyPerson> now = new ArrayList<>();
    for (DutyPerson p : RosterInstances.PEOPLE) {
      now.add(p.id().equals(ill) ? p.withUnavailable(new DutyPerson.DateSpan(from, from.plusDays(13))) : p);
    }
    RosterEditor.Replanned out = new RosterEditor(now, RosterInstances.RULES)
        .replan(published, from, 42, "值班室", "办公室主任", LocalDateTime.of(2024, 6, 9, 17, 0), ill + " 病假两周");
    List<Slot> theirs = published.assignments().entrySet().stream()
        .filter(e -> e.getValue().equals(ill) && !e.getKey().date().isBefore(from)
            && !e.getKey().date().isAfter(from.plusDays(13)))
        .map(Map.Entry::getKey).toList();
    assertThat(theirs).isNotEmpty();
    assertThat(out.changes()).extracting(RosterEditor.Reassignment::slot).containsExactlyElementsOf(theirs);
    assertThat(out.changes()).allSatisfy(c -> assertThat(c.before()).isEqualTo(Optional.of(ill)));
    assertThat(RosterValidator.validate(out.roster(), now, RosterInstances.RULES)).isEmpty();
    assertThat(out.roster().version()).isEqualTo(2);
    // a new colleague changes nothing that is still valid
    List<DutyPerson> hired = new ArrayList<>(RosterInstances.PEOPLE);
    hired.add(DutyPerson.of("new1", "新同事", "d3", "值班员"));
    assertThat(new RosterEditor(hired, RosterInstances.RULES).replan(published, from, 42, "值班室", "办公室主任",
        LocalDateTime.of(2024, 6, 9, 17, 0), "新同事入职").changes()).isEmpty();
  }
}
