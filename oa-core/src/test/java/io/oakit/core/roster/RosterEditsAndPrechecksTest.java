package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edits by hand and the generator's up-front refusals: a swap names both people and who asked, is
 * refused for an unfilled slot or the same person, and is judged only on the violations it adds;
 * a plan that cannot be staffed is refused before any search, naming the day or the role.
 */
class RosterEditsAndPrechecksTest {

  private static final LocalDate D1 = LocalDate.of(2026, 6, 1);
  private static final DutyPlan THREE_DAYS = DutyPlan.builder(ChinaCalendars.official(), D1, D1.plusDays(3))
      .slots(DayCategory.WORKING_DAY, "值班员").build();
  private static final List<DutyPerson> PEOPLE = List.of(DutyPerson.of("a", "甲", "d", "值班员"),
      DutyPerson.of("b", "乙", "d", "值班员"), DutyPerson.of("c", "丙", "d", "值班员"));
  private static final LocalDateTime AT = LocalDateTime.of(2026, 5, 28, 10, 0);

  private static Roster byHand(String... people) {
    Map<Slot, String> m = new LinkedHashMap<>();
    for (int i = 0; i < people.length; i++) {
      if (people[i] != null) {
        m.put(THREE_DAYS.slots().get(i), people[i]);
      }
    }
    return Roster.of(THREE_DAYS, m);
  }

  @Test
  void aSwapIsRecordedWithWhoAskedAndWhoApproved() {
    Roster r = byHand("a", "b", "c");
    assertThat(r.why(THREE_DAYS.slots().get(0))).isEqualTo("assigned by hand");
    RosterEditor editor = new RosterEditor(PEOPLE, List.of());
    Slot s0 = THREE_DAYS.slots().get(0);
    Slot s2 = THREE_DAYS.slots().get(2);
    Roster swapped = editor.swap(r, s2, s0, "a", "li", AT, "家中有事").roster().orElseThrow();
    assertThat(swapped.personAt(s0)).contains("c");
    assertThat(swapped.personAt(s2)).contains("a");
    assertThat(swapped.version()).isEqualTo(2);
    assertThat(swapped.why(s0)).isEqualTo("c: SWAP v2 requested by a, approved by li at " + AT + " (家中有事)");
    assertThat(swapped.why(THREE_DAYS.slots().get(1))).isEqualTo("assigned by hand");
    assertThat(List.copyOf(swapped.assignments().keySet())).as("kept in date order").containsExactlyElementsOf(THREE_DAYS.slots());
    assertThatThrownBy(() -> editor.swap(r, s0, s0, "a", "li", AT, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both slots are held by a");
    Roster gap = byHand("a", null, "c");
    assertThatThrownBy(() -> editor.swap(gap, THREE_DAYS.slots().get(1), s0, "a", "li", AT, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is unfilled");
    assertThatThrownBy(() -> editor.swap(gap, s0, THREE_DAYS.slots().get(1), "a", "li", AT, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is unfilled");
  }

  @Test
  void anEditIsJudgedOnlyOnTheViolationsItAdds() {
    // day 2 is unfilled already (a hard violation); a swap of days 1 and 3 adds none and is allowed
    Roster gap = byHand("a", null, "c");
    RosterEditor editor = new RosterEditor(PEOPLE, List.of(RosterRule.minimumRest(2, true)));
    RosterEditor.Outcome ok = editor.swap(gap, THREE_DAYS.slots().get(0), THREE_DAYS.slots().get(2), "a", "li", AT, "x");
    assertThat(ok.roster()).isPresent();
    assertThat(ok.violations()).isEmpty();
    // giving a day 1 and day 2 breaks the rest rule: refused, with the violation
    RosterEditor.Outcome refused = editor.override(byHand("a", "b", "c"), THREE_DAYS.slots().get(1), "a", "a", "li", AT, "x");
    assertThat(refused.roster()).isEmpty();
    assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.hard()).isTrue());
  }

  @Test
  void aPlanThatCannotBeStaffedIsRefusedBeforeAnySearch() {
    List<DutyPerson> oneAway = List.of(DutyPerson.of("a", "甲", "d", "值班员")
        .withUnavailable(new DutyPerson.DateSpan(D1.plusDays(1), D1.plusDays(1))), DutyPerson.of("b", "乙", "d", "带班领导"));
    assertThatThrownBy(() -> RosterGenerator.generate(THREE_DAYS, oneAway, List.of(RosterRule.notUnavailable(true)), 1))
        .isInstanceOfSatisfying(InfeasibleRosterException.class, e -> {
          assertThat(e.getMessage()).contains("2026-06-02").contains("the day needs 1 and only 0 can take it");
          assertThat(e.searchGaveUp()).isFalse();
        });
    // unavailability as a soft rule does not make the day impossible
    assertThat(RosterGenerator.generate(THREE_DAYS, oneAway, List.of(RosterRule.notUnavailable(false)), 1).assignments())
        .hasSize(3);
    // three duties, one person, two days between duties: the role cannot be covered
    assertThatThrownBy(() -> RosterGenerator.generate(THREE_DAYS, PEOPLE.subList(0, 1), List.of(RosterRule.minimumRest(2, true)), 1))
        .isInstanceOf(InfeasibleRosterException.class)
        .hasMessageContaining("the role needs 3 duties and its 1 people can take at most 2 with 2 days between duties");
    // …which a soft rest rule does not refuse
    assertThat(RosterGenerator.generate(THREE_DAYS, PEOPLE.subList(0, 1), List.of(RosterRule.minimumRest(2, false)), 1)
        .assignments()).hasSize(3);
    assertThatThrownBy(() -> RosterGenerator.generate(THREE_DAYS, List.of(PEOPLE.get(0), PEOPLE.get(0)), List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate person id 'a'");
  }

  @Test
  void aSoftRuleIsKeptWhenSomeoneElseCanTakeTheDuty() {
    DutyPlan oneDay = DutyPlan.builder(ChinaCalendars.official(), D1, D1.plusDays(1)).slots(DayCategory.WORKING_DAY, "值班员").build();
    List<DutyPerson> two = List.of(new DutyPerson("a", "甲", "d", java.util.Set.of("值班员"), List.of(), java.util.Set.of(D1), 0),
        DutyPerson.of("b", "乙", "d", "值班员"));
    for (long seed = 1; seed <= 8; seed++) {
      Roster r = RosterGenerator.generate(oneDay, two, List.of(RosterRule.respectPreferences()), seed);
      assertThat(r.personAt(oneDay.slots().get(0))).as("seed %s", seed).contains("b");
    }
    // with a alone, the soft rule gives way
    assertThat(RosterGenerator.generate(oneDay, two.subList(0, 1), List.of(RosterRule.respectPreferences()), 1)
        .personAt(oneDay.slots().get(0))).contains("a");
  }
}
