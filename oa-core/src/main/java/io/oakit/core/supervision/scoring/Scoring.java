package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.oakit.core.supervision.SupervisionItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Scores units over a period. An item counts in the period that contains its due date (the date
 * the work was owed), judged as of the scoring instant; cancelled and unassigned items do not
 * count. Each unit's sheet starts from the policy's base, adds every item line, and — if the sum
 * falls outside the policy's floor or ceiling — a bounds line that brings it back. Stateless.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * The sheets of every unit that has an item in the period, in unit order.
   *
   * @param policy the scoring policy
   * @param period the period
   * @param items the items (any order; items outside the period are ignored)
   * @param asOf the scoring instant
   * @return unit → sheet
   */
  public static ImmutableMap<String, ScoreSheet> sheets(ScoringPolicy policy, AssessmentPeriod period,
      Iterable<SupervisionItem> items, LocalDateTime asOf) {
    requireNonNull(policy, "policy");
    requireNonNull(period, "period");
    requireNonNull(items, "items");
    requireNonNull(asOf, "asOf");
    // totals first, without building any line; the lines of a sheet are written when it is read
    List<SupervisionItem> counted = items instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
    Map<String, long[]> hundredths = new HashMap<>();
    for (SupervisionItem item : items) {
      if (!counts(item, period)) {
        continue;
      }
      counted.add(item);
      for (String unit : item.scoredUnits()) {
        hundredths.computeIfAbsent(unit, u -> new long[1])[0] += policy.pointsInHundredths(item, unit, asOf);
      }
    }
    Supplier<Map<String, List<SupervisionItem>>> byUnit = Suppliers.memoize(() -> {
      Map<String, List<SupervisionItem>> groups = new HashMap<>();
      for (SupervisionItem item : counted) {
        item.scoredUnits().forEach(unit -> groups.computeIfAbsent(unit, u -> new ArrayList<>()).add(item));
      }
      return groups;
    });
    ImmutableMap.Builder<String, ScoreSheet> out = ImmutableMap.builderWithExpectedSize(hundredths.size());
    new TreeMap<>(hundredths).forEach((unit, h) -> out.put(unit,
        sheet(policy, unit, period, BigDecimal.valueOf(h[0], 2), () -> byUnit.get().get(unit), asOf)));
    return out.build();
  }

  /**
   * One unit's sheet.
   *
   * @param policy the scoring policy
   * @param unit the unit
   * @param period the period
   * @param items the items (those of other units or periods are ignored)
   * @param asOf the scoring instant
   * @return the sheet; just the base when the unit has no item in the period
   */
  public static ScoreSheet sheet(ScoringPolicy policy, String unit, AssessmentPeriod period,
      Iterable<SupervisionItem> items, LocalDateTime asOf) {
    requireNonNull(policy, "policy");
    requireNonNull(unit, "unit");
    requireNonNull(asOf, "asOf");
    List<SupervisionItem> mine = new ArrayList<>();
    long hundredths = 0;
    for (SupervisionItem item : items) {
      if (counts(item, period) && item.scoredUnits().contains(unit)) {
        mine.add(item);
        hundredths += policy.pointsInHundredths(item, unit, asOf);
      }
    }
    return sheet(policy, unit, period, BigDecimal.valueOf(hundredths, 2), () -> mine, asOf);
  }

  /** Whether an item counts in a period: assigned, not cancelled, due date inside the period. */
  static boolean counts(SupervisionItem item, AssessmentPeriod period) {
    return !item.cancelled() && item.dueWithin(period.startInclusive(), period.endExclusive());
  }


  /** A sheet whose total is known now and whose lines are written again, identically, when asked for. */
  private static ScoreSheet sheet(ScoringPolicy policy, String unit, AssessmentPeriod period, BigDecimal itemPoints,
      Supplier<List<SupervisionItem>> items, LocalDateTime asOf) {
    return sheetOfLines(policy, unit, period, itemPoints, () -> {
      List<ScoreLine> lines = new ArrayList<>();
      for (SupervisionItem item : items.get()) {
        lines.addAll(policy.scoreItem(item, unit, asOf));
      }
      return lines;
    });
  }

  /** A sheet from its items' lines: the base, the lines, and the bounds line when the sum falls outside. */
  private static ScoreSheet sheetOfLines(ScoringPolicy policy, String unit, AssessmentPeriod period,
      BigDecimal itemPoints, Supplier<List<ScoreLine>> itemLines) {
    BigDecimal base = policy.base().setScale(2, RoundingMode.HALF_UP);
    BigDecimal sum = base.add(itemPoints);
    BigDecimal total = sum.max(policy.floor()).min(policy.ceiling()).setScale(2, RoundingMode.HALF_UP);
    BigDecimal adjust = total.subtract(sum);
    return new ScoreSheet(unit, period, total, itemPoints, () -> {
      List<ScoreLine> lines = new ArrayList<>();
      lines.add(new ScoreLine(unit, "", ScoreRule.BASE, 1, base, BigDecimal.ONE, "", base));
      lines.addAll(itemLines.get());
      if (adjust.signum() != 0) {
        lines.add(new ScoreLine(unit, "", ScoreRule.BOUNDS, 1, adjust, BigDecimal.ONE,
            "bounds " + policy.floor().toPlainString() + ".." + policy.ceiling().toPlainString(), adjust));
      }
      return lines;
    });
  }

  /**
   * Scores items as they come, without keeping them: for items read from storage a page at a time.
   * Feed it every item of the period (any order; the others are ignored), then ask for the sheets.
   *
   * @param policy the scoring policy
   * @param period the period
   * @param asOf the scoring instant
   * @param withLines the units whose sheets are wanted (their lines are kept as the items pass)
   * @return the accumulator
   */
  public static Accumulator accumulate(ScoringPolicy policy, AssessmentPeriod period, LocalDateTime asOf,
      java.util.Collection<String> withLines) {
    return new Accumulator(requireNonNull(policy, "policy"), requireNonNull(period, "period"),
        requireNonNull(asOf, "asOf"), java.util.Set.copyOf(withLines));
  }

  /**
   * Scores items one at a time ({@link #accumulate}): it keeps every unit's total and the score lines
   * of the units asked for, never the items, so its memory is bounded by the units and their lines.
   * The sheets equal those {@link #sheets} makes of the same items in the same order. Not
   * thread-safe.
   */
  public static final class Accumulator {
    private final ScoringPolicy policy;
    private final AssessmentPeriod period;
    private final LocalDateTime asOf;
    private final java.util.Set<String> withLines;
    private final Map<String, long[]> hundredths = new HashMap<>();
    private final Map<String, List<ScoreLine>> lines = new HashMap<>();

    private Accumulator(ScoringPolicy policy, AssessmentPeriod period, LocalDateTime asOf,
        java.util.Set<String> withLines) {
      this.policy = policy;
      this.period = period;
      this.asOf = asOf;
      this.withLines = withLines;
    }

    /**
     * Scores one item for each of its units (an item outside the period is ignored).
     *
     * @param item the item
     * @return this accumulator
     */
    public Accumulator add(SupervisionItem item) {
      requireNonNull(item, "item");
      if (!counts(item, period)) {
        return this;
      }
      for (String unit : item.scoredUnits()) {
        hundredths.computeIfAbsent(unit, u -> new long[1])[0] += policy.pointsInHundredths(item, unit, asOf);
        if (withLines.contains(unit)) {
          lines.computeIfAbsent(unit, u -> new ArrayList<>()).addAll(policy.scoreItem(item, unit, asOf));
        }
      }
      return this;
    }

    /**
     * The units that had an item in the period so far.
     *
     * @return the units, in order
     */
    public com.google.common.collect.ImmutableSortedSet<String> units() {
      return com.google.common.collect.ImmutableSortedSet.copyOf(hundredths.keySet());
    }

    /**
     * The sheets of the units asked for that had an item in the period, in unit order.
     *
     * @return unit → sheet
     */
    public ImmutableMap<String, ScoreSheet> sheets() {
      ImmutableMap.Builder<String, ScoreSheet> out = ImmutableMap.builder();
      new TreeMap<>(hundredths).forEach((unit, h) -> {
        if (withLines.contains(unit)) {
          List<ScoreLine> kept = List.copyOf(lines.getOrDefault(unit, List.of()));
          out.put(unit, sheetOfLines(policy, unit, period, BigDecimal.valueOf(h[0], 2), () -> kept));
        }
      });
      return out.build();
    }
  }
}
