package io.oakit.core.supervision.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One gain or loss of points: the rule, the item, how many times it applied, the points per time,
 * the weight, and the points that resulted (two decimals). The readable form is built when asked
 * for, so scoring a million items does not format a million sentences. Immutable and thread-safe.
 */
public final class ScoreLine {

  private final String unit;
  private final String itemId;
  private final ScoreRule rule;
  private final int quantity;
  private final BigDecimal perUnit;
  private final BigDecimal weight;
  private final String weightNote;
  private final long hundredths;

  /**
   * Creates a line.
   *
   * @param unit the unit scored
   * @param itemId the item, empty for the base and bounds lines
   * @param rule the rule applied
   * @param quantity how many times it applied (days, urgings, reworks…), 1 for flat rules
   * @param perUnit the points per time, signed (negative for deductions)
   * @param weight the combined weight applied (importance × lead/co), 1 for base and bounds
   * @param weightNote how the weight was made, e.g. "重大 ×2, lead ×1"
   * @param points the resulting points, at most two decimals
   * @throws IllegalArgumentException if the points have more than two decimals
   */
  public ScoreLine(String unit, String itemId, ScoreRule rule, int quantity, BigDecimal perUnit, BigDecimal weight,
      String weightNote, BigDecimal points) {
    this(unit, itemId, rule, quantity, perUnit, weight, weightNote, hundredths(points));
  }

  ScoreLine(String unit, String itemId, ScoreRule rule, int quantity, BigDecimal perUnit, BigDecimal weight,
      String weightNote, long hundredths) {
    this.unit = requireNonNull(unit, "unit");
    this.itemId = requireNonNull(itemId, "itemId");
    this.rule = requireNonNull(rule, "rule");
    this.quantity = quantity;
    this.perUnit = requireNonNull(perUnit, "perUnit");
    this.weight = requireNonNull(weight, "weight");
    this.weightNote = requireNonNull(weightNote, "weightNote");
    this.hundredths = hundredths;
  }

  private static long hundredths(BigDecimal points) {
    requireNonNull(points, "points");
    checkArgument(points.stripTrailingZeros().scale() <= 2, "points must have at most two decimals but were %s", points);
    return points.movePointRight(2).longValueExact();
  }

  /**
   * The unit scored.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The item, empty for the base and bounds lines.
   *
   * @return the item id
   */
  public String itemId() {
    return itemId;
  }

  /**
   * The rule applied.
   *
   * @return the rule
   */
  public ScoreRule rule() {
    return rule;
  }

  /**
   * How many times it applied.
   *
   * @return the quantity
   */
  public int quantity() {
    return quantity;
  }

  /**
   * The points per time, signed.
   *
   * @return the points
   */
  public BigDecimal perUnit() {
    return perUnit;
  }

  /**
   * The combined weight.
   *
   * @return the weight
   */
  public BigDecimal weight() {
    return weight;
  }

  /**
   * How the weight was made.
   *
   * @return the note
   */
  public String weightNote() {
    return weightNote;
  }

  /**
   * The resulting points, two decimals.
   *
   * @return the points
   */
  public BigDecimal points() {
    return BigDecimal.valueOf(hundredths, 2);
  }

  /**
   * The resulting points in hundredths of a point.
   *
   * @return e.g. -375 for -3.75
   */
  public long pointsInHundredths() {
    return hundredths;
  }

  /**
   * A readable line, e.g. {@code -6.00  overdue  item D-12: 3 × -1 (重大 ×2, lead ×1)}.
   *
   * @return the line
   */
  public String describe() {
    String sign = hundredths > 0 ? "+" : "";
    String what = itemId.isEmpty() ? "" : "  item " + itemId + ":";
    String how = rule == ScoreRule.BASE || rule == ScoreRule.BOUNDS ? ""
        : " " + quantity + " × " + perUnit.toPlainString() + (weightNote.isEmpty() ? "" : " (" + weightNote + ")");
    return sign + points().toPlainString() + "  " + rule.label() + what + how;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreLine l && unit.equals(l.unit) && itemId.equals(l.itemId) && rule == l.rule
        && quantity == l.quantity && perUnit.compareTo(l.perUnit) == 0 && weight.compareTo(l.weight) == 0
        && weightNote.equals(l.weightNote) && hundredths == l.hundredths;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, itemId, rule, quantity, weightNote, hundredths);
  }

  @Override
  public String toString() {
    return describe();
  }
}
