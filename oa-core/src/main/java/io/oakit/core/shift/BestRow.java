package io.oakit.core.shift;

import java.util.Arrays;

/**
 * One person's best row given everyone else's, exactly: a shortest path over the days whose state is what the
 * person's hard rules need to know — the last value, the length of the current run of shifts and of days off,
 * the weekends and minutes worked, and the count of each shift type whose limit binds — and whose cost per day is
 * what the cell adds: the person's requests not granted and the change in cover cost given the others on that
 * day and shift. Every row it returns keeps the person's hard rules; among them it has the least cost. Used by
 * the optimiser as its largest move. Not thread-safe: one per search.
 */
final class BestRow {

  /** State spaces larger than this are not searched (the optimiser then does without the move). */
  static final int MAX_STATES = 400_000;

  private final ShiftRules.Compiled c;
  private final int unit;
  private final Machine[] machines;
  private long[] costBuf = new long[0];
  private long[] nextBuf = new long[0];
  private int[][] from;
  private byte[][] value;

  BestRow(ShiftRules.Compiled c) {
    this.c = c;
    int g = 0;
    for (int m : c.minutes) {
      g = gcd(g, m);
    }
    unit = Math.max(1, g);
    machines = new Machine[c.staff];
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** @return the person's state machine, null when its state space is too large */
  Machine machine(int s) {
    if (machines[s] == null) {
      machines[s] = new Machine(s);
    }
    return machines[s].states > MAX_STATES ? null : machines[s];
  }

  /** One person's rules as a state machine over the days. */
  final class Machine {
    final int s;
    final int maxRun;
    final int minRun;
    final int offCap;
    final int maxWeekends;
    final int minutesCap;
    final int[] limited;
    final int limitedCount;
    final int[] limitedIndex;
    final int[] radix;
    final long states;
    private final int[] counts;
    private final int[] dec = new int[5];

    Machine(int s) {
      this.s = s;
      int days = c.days;
      int shifts = c.shifts;
      maxRun = Math.max(1, Math.min(c.maxRun[s], days));
      minRun = c.minRun[s];
      offCap = Math.max(1, c.minOff[s]);
      maxWeekends = Math.min(c.maxWeekends[s], c.weekends);
      minutesCap = Math.min(c.maxMinutes[s], Arrays.stream(c.minutes).max().orElse(0) * days) / unit;
      // shift types with a limit that binds get a count dimension; a limit of 0 forbids the type
      limited = new int[shifts];
      limitedIndex = new int[shifts];
      Arrays.fill(limitedIndex, -1);
      radix = new int[shifts];
      long space = (long) (shifts + 1) * (maxRun + 1) * (offCap + 1) * (maxWeekends + 1) * (minutesCap + 1);
      int n = 0;
      for (int k = 0; k < shifts; k++) {
        int lim = c.maxShifts[s][k];
        if (lim > 0 && lim < days) {
          limitedIndex[k] = n;
          limited[n++] = k;
          radix[k] = lim + 1;
          space *= lim + 1;
        }
      }
      limitedCount = n;
      states = space;
      counts = new int[shifts];
    }

    /** Before day 0: a run of days off that began outside the horizon (never too short). */
    int start() {
      Arrays.fill(counts, 0);
      return encode(0, 0, offCap, 0, 0);
    }

    /** The state after value {@code v} ({@code -1} a day off) on day d, or -1 if a rule forbids it. */
    int next(int st, int d, int v) {
      decode(st);
      int last = dec[0] - 1;
      int run = dec[1];
      int off = dec[2];
      int weekends = dec[3];
      int minutes = dec[4];
      int fixed = c.fixed[s][d];
      if (v < 0) {
        // a run that began on day 0 may have begun outside the horizon: never too short
        if ((fixed != ShiftRules.FREE && fixed != ShiftSchedule.OFF) || (last >= 0 && run < minRun && run < d)) {
          return -1;
        }
        return encode(0, 0, last < 0 ? Math.min(off + 1, offCap) : 1, weekends, minutes);
      }
      int k = v;
      if (c.dayOff[s][d] || (fixed != ShiftRules.FREE && fixed != k) || c.maxShifts[s][k] == 0) {
        return -1;
      }
      if (last >= 0 && (c.cannotFollow[last][k] || run + 1 > maxRun)) {
        return -1;
      }
      if (last < 0 && off < c.minOff[s]) {
        return -1;  // a run of days off between two shifts too short
      }
      int nm = minutes + c.minutes[k] / unit;
      if (nm > minutesCap || nm * unit > c.maxMinutes[s]) {
        return -1;
      }
      int w = weekends;
      if (c.weekendOf[d] >= 0 && !(d > 0 && c.weekendOf[d - 1] == c.weekendOf[d] && last >= 0)) {
        w++;
        if (w > maxWeekends) {
          return -1;
        }
      }
      int li = limitedIndex[k];
      if (li >= 0) {
        if (counts[li] + 1 > c.maxShifts[s][k]) {
          return -1;
        }
        counts[li]++;
      }
      return encode(k + 1, last >= 0 ? run + 1 : 1, 0, w, nm);
    }

    /** Whether a row may end in this state: enough minutes (the last run may go on outside the horizon). */
    boolean accepts(int st) {
      decode(st);
      return dec[4] * unit >= c.minMinutes[s];
    }

    private int encode(int last, int run, int off, int weekends, int minutes) {
      int x = last;
      x = x * (maxRun + 1) + run;
      x = x * (offCap + 1) + off;
      x = x * (maxWeekends + 1) + weekends;
      x = x * (minutesCap + 1) + minutes;
      for (int i = 0; i < limitedCount; i++) {
        x = x * radix[limited[i]] + counts[i];
      }
      return x;
    }

    private void decode(int x) {
      for (int i = limitedCount - 1; i >= 0; i--) {
        counts[i] = x % radix[limited[i]];
        x /= radix[limited[i]];
      }
      dec[4] = x % (minutesCap + 1);
      x /= minutesCap + 1;
      dec[3] = x % (maxWeekends + 1);
      x /= maxWeekends + 1;
      dec[2] = x % (offCap + 1);
      x /= offCap + 1;
      dec[1] = x % (maxRun + 1);
      dec[0] = x / (maxRun + 1);
    }
  }

  /**
   * @param s the person
   * @param cellCost per day and value (index 0 a day off, {@code k + 1} shift k), what the cell costs
   * @param out filled with the best row
   * @return the best row's cost, or {@code Long.MAX_VALUE} if no row keeps the rules or the state space is too
   *     large
   */
  long solve(int s, long[][] cellCost, int[] out) {
    Machine m = machine(s);
    if (m == null) {
      return Long.MAX_VALUE;
    }
    int days = c.days;
    int states = (int) m.states;
    if (costBuf.length < states) {
      costBuf = new long[states];
      nextBuf = new long[states];
      from = new int[days][states];
      value = new byte[days][states];
    }
    long[] cost = costBuf;
    long[] next = nextBuf;
    Arrays.fill(cost, 0, states, Long.MAX_VALUE);
    cost[m.start()] = 0;
    for (int d = 0; d < days; d++) {
      Arrays.fill(next, 0, states, Long.MAX_VALUE);
      int[] fromD = from[d];
      byte[] valD = value[d];
      for (int st = 0; st < states; st++) {
        long base = cost[st];
        if (base == Long.MAX_VALUE) {
          continue;
        }
        for (int v = -1; v < c.shifts; v++) {
          int to = m.next(st, d, v);
          if (to >= 0 && base + cellCost[d][v + 1] < next[to]) {
            next[to] = base + cellCost[d][v + 1];
            fromD[to] = st;
            valD[to] = (byte) (v + 1);
          }
        }
      }
      long[] t = cost;
      cost = next;
      next = t;
    }
    long best = Long.MAX_VALUE;
    int bestState = -1;
    for (int st = 0; st < states; st++) {
      if (cost[st] != Long.MAX_VALUE && cost[st] < best && m.accepts(st)) {
        best = cost[st];
        bestState = st;
      }
    }
    if (bestState < 0) {
      return Long.MAX_VALUE;
    }
    int st = bestState;
    for (int d = days - 1; d >= 0; d--) {
      out[d] = value[d][st] - 1;
      st = from[d][st];
    }
    return best;
  }
}
