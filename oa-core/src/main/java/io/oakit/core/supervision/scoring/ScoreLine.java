package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One gain or loss of points: the rule, the item, how many times it applied, the points per time,
 * the weights, and the points that resulted. The readable form is built when asked for, so scoring
 * a million items does not format a million sentences.
 *
 * @param unit the unit scored
 * @param itemId the item, empty for the base and bounds lines
 * @param rule the rule applied
 * @param quantity how many times it applied (days, urgings, reworks…), 1 for flat rules
 * @param perUnit the points per time, signed (negative for deductions)
 * @param weight the combined weight applied (importance × lead/co), 1 for base and bounds
 * @param weightNote how the weight was made, e.g. "重大 ×2, lead ×1"
 * @param points the resulting points: {@code quantity × perUnit × weight}, two decimals
 */
public record ScoreLine(String unit, String itemId, ScoreRule rule, int quantity, BigDecimal perUnit,
    BigDecimal weight, String weightNote, BigDecimal points) {

  /** Checks the arguments. */
  public ScoreLine {
    requireNonNull(unit, "unit");
    requireNonNull(itemId, "itemId");
    requireNonNull(rule, "rule");
    requireNonNull(perUnit, "perUnit");
    requireNonNull(weight, "weight");
    requireNonNull(weightNote, "weightNote");
    requireNonNull(points, "points");
  }

  /**
   * A readable line, e.g. {@code -6.00  overdue  item D-12: 3 × -1.00 (重大 ×2, lead ×1)}.
   *
   * @return the line
   */
  public String describe() {
    String sign = points.signum() > 0 ? "+" : "";
    String what = itemId.isEmpty() ? "" : "  item " + itemId + ":";
    String how = rule == ScoreRule.BASE || rule == ScoreRule.BOUNDS ? ""
        : " " + quantity + " × " + perUnit.toPlainString() + (weightNote.isEmpty() ? "" : " (" + weightNote + ")");
    return sign + points.toPlainString() + "  " + rule.label() + what + how;
  }

  @Override
  public String toString() {
    return describe();
  }
}
