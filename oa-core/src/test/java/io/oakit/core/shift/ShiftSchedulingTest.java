package io.oakit.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shift model, the benchmark reader, the validator and the objective, by hand; the optimiser's basics. */
class ShiftSchedulingTest {

  static ShiftProblem instance(String name) {
    return CurtoisQuReader.read(new InputStreamReader(ShiftSchedulingTest.class.getResourceAsStream(name + ".txt"),
        StandardCharsets.UTF_8));
  }

  @Test
  void theBenchmarkInstancesReadWithTheirStatedSizes() {
    // days, staff, shift types as the data's README states them
    Map<String, int[]> sizes = Map.of("Instance1", new int[] {14, 8, 1}, "Instance2", new int[] {14, 14, 2},
        "Instance4", new int[] {28, 10, 2}, "Instance5", new int[] {28, 16, 2});
    sizes.forEach((name, n) -> {
      ShiftProblem p = instance(name);
      assertThat(p.days()).as(name).isEqualTo(n[0]);
      assertThat(p.staff()).as(name).hasSize(n[1]);
      assertThat(p.shifts()).as(name).hasSize(n[2]);
      assertThat(p.cover()).as(name).hasSize(n[0] * n[2]);  // every day and shift has its cover line
    });
    ShiftProblem one = instance("Instance1");
    assertThat(one.staff().get(0)).isEqualTo(new ShiftProblem.Staff("A", Map.of("D", 14), 4320, 3360, 5, 2, 2, 1,
        Set.of(0)));
    assertThat(one.onRequests()).hasSize(21);
    assertThat(one.offRequests()).hasSize(5);
    ShiftProblem two = instance("Instance2");
    assertThat(two.shifts().stream().filter(s -> !s.cannotFollow().isEmpty())).isNotEmpty();
  }

  @Test
  void aMalformedInstanceIsRefusedWithItsLineNumbers() {
    String text = "SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,x,\nSECTION_STAFF\nA,D=7,2400,0,5,1,1\n";
    assertThatThrownBy(() -> CurtoisQuReader.read(new StringReader(text))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 4").hasMessageContaining("line 6").hasMessageContaining("expected 8 fields");
    assertThatThrownBy(() -> CurtoisQuReader.read(new StringReader("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,N\n")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown shift N");
  }

  /** One week, a day shift D and a night shift N that a day shift may not follow, two people. */
  static ShiftProblem week() {
    ShiftProblem.ShiftType day = new ShiftProblem.ShiftType("D", 480, Set.of());
    ShiftProblem.ShiftType night = new ShiftProblem.ShiftType("N", 600, Set.of("D"));
    ShiftProblem.Staff a = new ShiftProblem.Staff("A", Map.of("D", 5, "N", 2), 2880, 960, 3, 2, 2, 1, Set.of(6));
    ShiftProblem.Staff b = new ShiftProblem.Staff("B", Map.of("N", 0), 2400, 0, 5, 1, 1, 1, Set.of());
    return new ShiftProblem(7, List.of(day, night), List.of(a, b),
        List.of(new ShiftProblem.Request("A", 0, "D", 3)), List.of(new ShiftProblem.Request("B", 1, "D", 2)),
        List.of(new ShiftProblem.Cover(0, "D", 1, 100, 1), new ShiftProblem.Cover(1, "D", 2, 100, 1),
            new ShiftProblem.Cover(2, "N", 1, 50, 10)));
  }

  private static final int D = 0;
  private static final int N = 1;
  private static final int O = ShiftSchedule.OFF;

  @Test
  void theValidatorNamesEveryHardRuleBroken() {
    ShiftProblem p = week();
    // A: N then D (forbidden), 4 in a row (max 3), works day 6 (a day off), and both weekend days count once
    ShiftSchedule bad = new ShiftSchedule(p, new int[][] {{N, D, D, D, O, O, D}, {O, N, O, D, O, O, O}});
    assertThat(bad.violations()).containsExactlyInAnyOrder(
        "A works D on day 1 right after N on day 0",
        "A works on day 6, a day off",
        "A works 4 days in a row from day 0, at most 3",
        "B works 1 N shifts, at most 0");
    assertThat(bad.isValid()).isFalse();
    // A: too few minutes, a single shift between two days off; B: too many minutes
    ShiftSchedule thin = new ShiftSchedule(p, new int[][] {{O, D, O, O, O, O, O}, {D, D, O, D, D, D, D}});
    assertThat(thin.violations()).containsExactlyInAnyOrder(
        "A works 480 minutes, at least 960",
        "A works 1 days in a row from day 1, at least 2",
        "B works 2880 minutes, at most 2400");
    // a run at either edge may go on outside the horizon: a single shift on day 0, a single day off at the end
    ShiftSchedule edge = new ShiftSchedule(p, new int[][] {{D, D, O, O, D, D, O}, {D, O, O, D, O, O, O}});
    assertThat(edge.violations()).isEmpty();
    ShiftSchedule first = new ShiftSchedule(p, new int[][] {{D, O, O, D, D, O, O}, {O, O, O, D, O, O, D}});
    assertThat(first.violations()).isEmpty();
    ShiftSchedule last = new ShiftSchedule(p, new int[][] {{O, D, D, O, O, D, O}, {O, D, O, O, O, O, O}});
    assertThat(last.violations()).containsExactly("A works 1 days in a row from day 5, at least 2");
    ShiftSchedule gap = new ShiftSchedule(p, new int[][] {{D, D, O, D, D, O, O}, {D, O, O, D, O, O, O}});
    assertThat(gap.violations()).containsExactly("A is off 1 days in a row from day 2, at least 2");
    ShiftSchedule good = new ShiftSchedule(p, new int[][] {{D, D, D, O, O, O, O}, {D, O, O, D, O, O, O}});
    assertThat(good.violations()).isEmpty();
  }

  @Test
  void theObjectiveIsTheWeightsOfRequestsNotGrantedAndCoverShortOrOver() {
    ShiftProblem p = week();
    ShiftSchedule s = new ShiftSchedule(p, new int[][] {{O, D, O, O, D, D, O}, {D, D, O, D, O, O, O}});
    // A wanted D on day 0 (3); B works D on day 1 against its wish (2); day 0 covered (B); day 1 has 2 of 2;
    // day 2 has no N for 1 needed (50); day 3 D over by one? no cover given for day 3 (0)
    assertThat(s.objective()).isEqualTo(3 + 2 + 50);
    assertThat(s.explain()).containsExactly(
        "3  shift-on request not granted: A wanted D on day 0",
        "2  shift-off request not respected: B works D on day 1",
        "50  cover of day 2 shift N: 0 for 1 needed",
        "objective 55");
  }

  @Test
  void theOptimiserIsDeterministicForASeedAndABudgetAndSaysWhetherItsScheduleIsValid() {
    ShiftProblem one = instance("Instance1");
    ShiftOptimizer.Result a = ShiftOptimizer.solve(one, 7, 300_000);
    ShiftOptimizer.Result b = ShiftOptimizer.solve(one, 7, 300_000);
    assertThat(a.schedule().cells()).isDeepEqualTo(b.schedule().cells());
    assertThat(a.valid()).isTrue();
    assertThat(a.schedule().violations()).isEmpty();
    assertThat(a.objective()).isEqualTo(a.schedule().objective());
    assertThat(a.objective()).isGreaterThanOrEqualTo(607);  // the proven optimum
    ShiftOptimizer.Result two = ShiftOptimizer.solve(instance("Instance2"), 7, 300_000);
    assertThat(two.valid()).isTrue();
    assertThat(two.objective()).isGreaterThanOrEqualTo(828);
    assertThat(a.bestAtStep()).isBetween(0L, 300_000L);
  }

  @Test
  void theRelaxationProvesInstancesTwoAndFourOptimalAndBoundsTheOthers() {
    // the benchmark's proven optima (828, 1716) are reached and the linear relaxation's bound meets them
    ShiftOptimizer.Result two = ShiftOptimizer.solve(instance("Instance2"), 1, 100_000);
    assertThat(two.valid()).isTrue();
    assertThat(two.objective()).isEqualTo(828);
    assertThat(two.lowerBound()).hasValue(828);
    ShiftOptimizer.Result four = ShiftOptimizer.solve(instance("Instance4"), 1, 4_000_000);
    assertThat(four.objective()).isEqualTo(1716);
    assertThat(four.lowerBound()).hasValue(1716);
    // instance 1's weekends make its relaxation weak: a bound, not a proof (its optimum is 607)
    assertThat(ShiftOptimizer.solve(instance("Instance1"), 1, 100_000).lowerBound().getAsLong()).isBetween(1L, 607L);
  }


  @Test
  void restartsShareTheBudgetKeepTheBestAndStayDeterministic() {
    ShiftProblem one = instance("Instance1");
    ShiftOptimizer.Result a = ShiftOptimizer.solve(one, 3, 600_000, 3);
    ShiftOptimizer.Result b = ShiftOptimizer.solve(one, 3, 600_000, 3);
    assertThat(a.schedule().cells()).isDeepEqualTo(b.schedule().cells());
    assertThat(a.steps()).isEqualTo(600_000);
    // three searches and the dive are no worse than one search and the dive on a third of the budget
    ShiftOptimizer.Result first = ShiftOptimizer.solve(one, 3, 200_000);
    assertThat(a.valid()).isTrue();
    assertThat(a.objective()).isLessThanOrEqualTo(first.valid() ? first.objective() : Long.MAX_VALUE);
    assertThatThrownBy(() -> ShiftOptimizer.solve(one, 3, 2, 3)).hasMessageContaining("steps must be >= restarts");
  }
}
