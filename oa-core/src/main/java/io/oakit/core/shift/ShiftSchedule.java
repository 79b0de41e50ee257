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

  /**
   * @param staff a staff index
   * @param day a day
   * @return the shift index worked, or {@link #OFF}
   */
  public int cell(int staff, int day) {
    return cells[staff][day];
  }

  /**
   * @param staff a staff id
   * @param day a day
   * @return the shift id worked that day, empty on a day off
   */
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

  /** @return the soft rules' cost: requests not granted, shares not kept, and cover short or over, weighted */
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
    ShiftRules.explainTargets(rules, cells, out);
    ShiftRules.explainCover(rules, cells, out);
    out.add("objective " + objective());
    return ImmutableList.copyOf(out);
  }

  /**
   * Why a cell holds what it holds, against each alternative with everything else as it is: which hard rules the
   * alternative would break, or what it would cost more (or save) in requests and cover. A duty manager reads
   * from it why A works 白 on day 3 — "instead a day off: 100 more (白 on day 3 would have 3 for 4 needed)",
   * "instead 夜: breaks A works 白 on day 4 right after 夜 on day 3".
   *
   * @param staff a staff id
   * @param day a day of the horizon
   * @return the cell, then a line per alternative
   * @throws IllegalArgumentException if the staff or the day is unknown
   */
  public ImmutableList<String> why(String staff, int day) {
    int s = problem.staffIndex(staff).orElseThrow(() -> new IllegalArgumentException("unknown staff " + staff));
    checkArgument(day >= 0 && day < problem.days(), "day %s is outside the horizon 0..%s", day, problem.days() - 1);
    int v = cells[s][day];
    List<String> out = new ArrayList<>();
    out.add(staff + (v == OFF ? " is off" : " works " + name(v)) + " on day " + day
        + (rules.fixed[s][day] != ShiftRules.FREE ? ", as fixed" : ""));
    List<String> now = new ArrayList<>();
    rules.hard(s, cells[s], now);
    int[] row = cells[s].clone();
    for (int u = OFF; u < problem.shifts().size(); u++) {
      if (u == v) {
        continue;
      }
      row[day] = u;
      List<String> then = new ArrayList<>();
      rules.hard(s, row, then);
      then.removeAll(now);
      long requests = rules.requests(s, row) - rules.requests(s, cells[s]);
      row[day] = v;
      String instead = "instead " + (u == OFF ? "a day off" : name(u)) + ": ";
      int countV = v == OFF ? 0 : onShift(day, v);
      int countU = u == OFF ? 0 : onShift(day, u);
      int breaks = (v == OFF ? 0 : rules.coverBreak(day, v, countV - 1) - rules.coverBreak(day, v, countV))
          + (u == OFF ? 0 : rules.coverBreak(day, u, countU + 1) - rules.coverBreak(day, u, countU));
      if (!then.isEmpty()) {
        out.add(instead + "breaks " + String.join("; ", then));
        continue;
      }
      if (breaks > 0) {
        out.add(instead + "breaks the hard cover of day " + day + " ("
            + (v == OFF ? name(u) + " would have " + (countU + 1) : name(v) + " would have " + (countV - 1)) + ")");
        continue;
      }
      long leave = v == OFF ? 0 : rules.coverCost(day, v, countV - 1) - rules.coverCost(day, v, countV);
      long join = u == OFF ? 0 : rules.coverCost(day, u, countU + 1) - rules.coverCost(day, u, countU);
      long delta = requests + leave + join;
      List<String> parts = new ArrayList<>();
      if (requests != 0) {
        parts.add("requests " + signed(requests));
      }
      if (leave != 0) {
        parts.add(name(v) + " would have " + (countV - 1) + " for " + rules.require[day][v] + " needed " + signed(leave));
      }
      if (join != 0) {
        parts.add(name(u) + " would have " + (countU + 1) + " for " + rules.require[day][u] + " needed " + signed(join));
      }
      out.add(instead + (delta > 0 ? delta + " more" : delta < 0 ? -delta + " less" : "the same")
          + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
    }
    return ImmutableList.copyOf(out);
  }

  private String name(int k) {
    return problem.shifts().get(k).id();
  }

  private static String signed(long x) {
    return x > 0 ? "+" + x : Long.toString(x);
  }

  private int onShift(int day, int k) {
    int n = 0;
    for (int[] row : cells) {
      n += row[day] == k ? 1 : 0;
    }
    return n;
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

  /**
   * The schedule (or one person's part of it) as iCalendar text: one event per shift worked, from its start to its
   * end — a night shift ends the next morning — in China Standard Time.
   *
   * @param staff one member of staff, or empty for everyone
   * @param names staff id → name for the titles (the id when absent)
   * @param generatedAt the DTSTAMP (no clock is read)
   * @return RFC 5545 text
   * @throws IllegalStateException if the problem is not dated or a shift worked has no start time
   */
  public String iCalendar(Optional<String> staff, java.util.Map<String, String> names, java.time.Instant generatedAt) {
    requireNonNull(staff, "staff");
    requireNonNull(names, "names");
    java.time.LocalDate first = problem.firstDay()
        .orElseThrow(() -> new IllegalStateException("the problem is not dated: firstDay is empty"));
    List<io.oakit.core.roster.RosterExport.CalendarEvent> events = new ArrayList<>();
    for (int s = 0; s < cells.length; s++) {
      String id = problem.staff().get(s).id();
      if (staff.isPresent() && !staff.get().equals(id)) {
        continue;
      }
      for (int d = 0; d < problem.days(); d++) {
        if (cells[s][d] == OFF) {
          continue;
        }
        ShiftProblem.ShiftType t = problem.shifts().get(cells[s][d]);
        java.time.LocalDateTime start = first.plusDays(d).atTime(
            t.start().orElseThrow(() -> new IllegalStateException("shift " + t.id() + " has no start time")));
        events.add(new io.oakit.core.roster.RosterExport.CalendarEvent(first.plusDays(d) + "-" + t.id() + "-" + id
            + "@shift.oakit.io", start, start.plusMinutes(t.minutes()), t.id() + " " + names.getOrDefault(id, id),
            "shift " + t.id() + ", " + t.minutes() + " minutes"));
      }
    }
    return io.oakit.core.roster.RosterExport.iCalendar("Shift schedule", events, generatedAt);
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
