package io.oakit.core.shift;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who works which shift on which day: for each member of staff and day, a shift or a day off. It reports every
 * hard rule it breaks ({@link #violations()}) and what its soft rules cost ({@link #objective()}, the
 * benchmark's: the weights of shift-on requests not granted and shift-off requests not respected, plus each
 * person short or over the cover times its weight), each with a line a duty manager can read
 * ({@link #explain()}). Immutable and thread-safe.
 */
public final class ShiftSchedule {

  /** The value of a day off in {@link #cell}. */
  public static final int OFF = -1;

  private final ShiftProblem problem;
  private final ShiftRules.Compiled rules;
  private final int[][] cells;

  /**
   * @param problem the problem
   * @param cells per staff (in the problem's order) and day, the shift's index or {@link #OFF}; copied
   * @throws IllegalArgumentException if the shape or a value does not fit the problem
   */
  public ShiftSchedule(ShiftProblem problem, int[][] cells) {
    this.problem = requireNonNull(problem, "problem");
    this.rules = new ShiftRules.Compiled(problem);
    checkArgument(cells.length == problem.staff().size(), "expected %s rows of staff but got %s",
        problem.staff().size(), cells.length);
    this.cells = new int[cells.length][];
    for (int s = 0; s < cells.length; s++) {
      checkArgument(cells[s].length == problem.days(), "row %s has %s days, not %s", s, cells[s].length, problem.days());
      for (int v : cells[s]) {
        checkArgument(v >= OFF && v < problem.shifts().size(), "row %s holds an unknown shift %s", s, v);
      }
      this.cells[s] = cells[s].clone();
    }
  }

  /** @return the problem */
  public ShiftProblem problem() {
    return problem;
  }

  /** @param staff a staff index @param day a day @return the shift index worked, or {@link #OFF} */
  public int cell(int staff, int day) {
    return cells[staff][day];
  }

  /** @param staff a staff id @param day a day @return the shift id worked that day, empty on a day off */
  public Optional<String> shiftOf(String staff, int day) {
    int v = cells[problem.staffIndex(staff).orElseThrow(() -> new IllegalArgumentException("unknown staff " + staff))][day];
    return v == OFF ? Optional.empty() : Optional.of(problem.shifts().get(v).id());
  }

  /** @return a copy of the cells */
  public int[][] cells() {
    int[][] out = new int[cells.length][];
    for (int s = 0; s < cells.length; s++) {
      out[s] = cells[s].clone();
    }
    return out;
  }

  /** @return every hard rule broken, one readable line each; empty for a valid schedule */
  public ImmutableList<String> violations() {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < cells.length; s++) {
      rules.hard(s, cells[s], out);
    }
    ShiftRules.coverBreaks(rules, cells, out);
    return ImmutableList.copyOf(out);
  }

  /** @return whether no hard rule is broken */
  public boolean isValid() {
    for (int s = 0; s < cells.length; s++) {
      if (rules.hard(s, cells[s]) > 0) {
        return false;
      }
    }
    return ShiftRules.coverBreaks(rules, cells, null) == 0;
  }

  /** @return the soft rules' cost: requests not granted plus cover short or over, weighted */
  public long objective() {
    long sum = 0;
    for (int s = 0; s < cells.length; s++) {
      sum += rules.requests(s, cells[s]);
    }
    return sum + ShiftRules.cover(rules, cells);
  }

  /** @return a line per soft cost incurred, then the total */
  public ImmutableList<String> explain() {
    List<String> out = new ArrayList<>();
    ShiftRules.explainRequests(problem, cells, out);
    ShiftRules.explainCover(rules, cells, out);
    out.add("objective " + objective());
    return ImmutableList.copyOf(out);
  }

  /**
   * Who is at work at an instant: each member of staff on a shift that has begun and not yet ended, a night shift
   * counted on the day after it started until it ends.
   *
   * @param at the instant, local time
   * @return staff id → shift id, in staff order
   * @throws IllegalStateException if the problem is not dated or a shift worked around then has no start time
   */
  public com.google.common.collect.ImmutableMap<String, String> onDutyAt(java.time.LocalDateTime at) {
    java.time.LocalDate first = problem.firstDay()
        .orElseThrow(() -> new IllegalStateException("the problem is not dated: firstDay is empty"));
    long day = at.toLocalDate().toEpochDay() - first.toEpochDay();
    int minute = at.toLocalTime().toSecondOfDay() / 60;
    com.google.common.collect.ImmutableMap.Builder<String, String> out = com.google.common.collect.ImmutableMap.builder();
    for (int s = 0; s < cells.length; s++) {
      for (long d = day - 1; d <= day; d++) {
        if (d < 0 || d >= problem.days() || cells[s][(int) d] == OFF) {
          continue;
        }
        ShiftProblem.ShiftType t = problem.shifts().get(cells[s][(int) d]);
        int start = t.start().orElseThrow(() -> new IllegalStateException("shift " + t.id() + " has no start time"))
            .toSecondOfDay() / 60 + (d < day ? -1_440 : 0);
        if (start <= minute && minute < start + t.minutes()) {
          out.put(problem.staff().get(s).id(), t.id());
          break;
        }
      }
    }
    return out.buildOrThrow();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < cells.length; s++) {
      b.append(problem.staff().get(s).id()).append(' ');
      for (int v : cells[s]) {
        b.append(v == OFF ? "." : problem.shifts().get(v).id());
      }
      b.append('\n');
    }
    return b.toString();
  }
}
