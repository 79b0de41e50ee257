package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Three rosters whose every assignment and every reason is pinned: the same plan, people, rules
 * and seed give the same roster and the same explanation, on every machine and in every release
 * until the generator is changed on purpose (then the new digests, and the fairness figures that
 * justify the change, go into the commit). Each is also checked for what must hold whatever the
 * search does: valid under its hard rules, fair within what the weights allow.
 *
 * <p>The scenarios exercise the generator's paths: weights and history with soft rules (search and
 * rebalancing: four duties end up exchanged to narrow the spread), two roles from different
 * departments with peak days, an absence and preferences, and a rest rule so tight that after the
 * first week every day has exactly one eligible person.
 */
class RosterGoldenTest {

  private static final LocalDate D1 = LocalDate.of(2026, 6, 1);

  private static String digest(Roster r) throws Exception {
    Map<String, String> lines = new TreeMap<>();
    r.assignments().forEach((s, p) -> lines.put(s.date() + "#" + s.index(), s.role() + "=" + p + " | " + r.why(s)));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    lines.forEach((k, v) -> sha.update((k + " " + v + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static List<DutyPerson> withHistories(double... histories) {
    List<DutyPerson> out = new ArrayList<>();
    for (int i = 0; i < histories.length; i++) {
      out.add(DutyPerson.of("p" + (i + 1), "人员" + (i + 1), "d" + (i % 3), "值班员").withHistory(histories[i]));
    }
    return out;
  }

  @Test
  void weightsHistoryAndSoftRules() throws Exception {
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), D1, D1.plusDays(30))
        .slots(DayCategory.WORKING_DAY, "值班员").build();
    List<DutyPerson> people = withHistories(0, 0, 1, 2, 0, 3, 0.5);
    List<RosterRule> rules = List.of(RosterRule.minimumRest(2, true), RosterRule.maxPerMonth(5, false));
    Roster r = RosterGenerator.generate(plan, people, rules, 7);
    assertThat(RosterValidator.isValid(r, people, rules)).isTrue();
    Fairness.Pool pool = r.fairness(people).pools().get(0);
    assertThat(pool.spread()).as("loads %s", r.fairness(people).people()).isLessThanOrEqualTo(2.0);
    assertThat(r.assignments().keySet().stream().filter(s -> r.why(s).contains("exchanged")).count()).isEqualTo(4);
    assertThat(digest(r)).isEqualTo("3e6b6ef180ef2a1f");
  }

  @Test
  void twoRolesFromDifferentDepartmentsWithPeakDaysAndPreferences() throws Exception {
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), D1, D1.plusDays(21))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员").slots(DayCategory.HOLIDAY, "带班领导", "值班员", "值班员")
        .peakDay(D1.plusDays(4), "防汛").peakDay(D1.plusDays(11), "防汛").build();
    List<DutyPerson> people = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      people.add(DutyPerson.of("l" + i, "领导" + i, "dept" + (i % 2), "带班领导"));
    }
    for (int i = 1; i <= 8; i++) {
      people.add(new DutyPerson("o" + i, "值班员" + i, "dept" + (i % 3), Set.of("值班员"),
          i == 3 ? List.of(new DutyPerson.DateSpan(D1.plusDays(2), D1.plusDays(6))) : List.of(),
          i == 5 ? Set.of(D1.plusDays(4), D1.plusDays(11)) : Set.of(), 0));
    }
    List<RosterRule> rules = List.of(RosterRule.notUnavailable(true), RosterRule.differentDepartments("带班领导", "值班员", true),
        RosterRule.noConsecutiveHolidayPeriods(false), RosterRule.respectPreferences(), RosterRule.minimumRest(2, true));
    Roster r = RosterGenerator.generate(plan, people, rules, 3);
    assertThat(RosterValidator.isValid(r, people, rules)).isTrue();
    assertThat(digest(r)).isEqualTo("6cf02a5cca2552ee");
  }

  @Test
  void aRestRuleLeavingOneEligiblePersonADay() throws Exception {
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), D1, D1.plusDays(28))
        .slots(DayCategory.WORKING_DAY, "值班员").slots(DayCategory.WEEKEND, "值班员").slots(DayCategory.HOLIDAY, "值班员")
        .build();
    List<DutyPerson> people = withHistories(0, 0, 0, 0, 0, 0, 0);
    List<RosterRule> rules = List.of(RosterRule.minimumRest(7, true));
    Roster r = RosterGenerator.generate(plan, people, rules, 5);
    assertThat(RosterValidator.isValid(r, people, rules)).isTrue();
    // the first week chooses among 7, 6, … 1; from then on the rotation leaves one eligible person a day
    assertThat(r.assignments().keySet()).filteredOn(s -> !s.date().isBefore(D1.plusDays(7)))
        .allSatisfy(s -> assertThat(r.why(s)).contains("among 1 eligible"));
    assertThat(digest(r)).isEqualTo("90bc46ccc585f9f7");
  }
}
