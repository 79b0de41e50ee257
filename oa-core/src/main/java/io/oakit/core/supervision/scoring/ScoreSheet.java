package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A unit's score for a period: the base line, every point gained or lost on each item, a bounds
 * line when the floor or ceiling applied, and the total — always the sum of the lines.
 *
 * <p>Sheets made by {@link Scoring} know their total at once and write their lines when first
 * asked (the policy is pure, so the lines are the ones the total was summed from); scoring a
 * million items therefore keeps no million lines alive. Immutable and thread-safe.
 */
public final class ScoreSheet {

  private final String unit;
  private final AssessmentPeriod period;
  private final BigDecimal total;
  private final BigDecimal itemPoints;
  private final Supplier<ImmutableList<ScoreLine>> lines;

  ScoreSheet(String unit, AssessmentPeriod period, BigDecimal total, BigDecimal itemPoints,
      Supplier<? extends List<ScoreLine>> lines) {
    this.unit = requireNonNull(unit, "unit");
    this.period = requireNonNull(period, "period");
    this.total = requireNonNull(total, "total");
    this.itemPoints = requireNonNull(itemPoints, "itemPoints");
    this.lines = Suppliers.memoize(() -> ImmutableList.copyOf(lines.get()));
  }

  /**
   * A sheet of the given lines; its total is their sum.
   *
   * @param unit the unit
   * @param period the period
   * @param lines the lines
   * @return the sheet
   */
  public static ScoreSheet of(String unit, AssessmentPeriod period, List<ScoreLine> lines) {
    ImmutableList<ScoreLine> copy = ImmutableList.copyOf(lines);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal items = BigDecimal.ZERO;
    for (ScoreLine l : copy) {
      total = total.add(l.points());
      if (!l.itemId().isEmpty()) {
        items = items.add(l.points());
      }
    }
    return new ScoreSheet(unit, period, total, items, () -> copy);
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public AssessmentPeriod period() {
    return period;
  }

  /**
   * The total: the sum of the lines.
   *
   * @return the total
   */
  public BigDecimal total() {
    return total;
  }

  /**
   * Every line, base first, bounds last when they applied.
   *
   * @return the lines
   */
  public ImmutableList<ScoreLine> lines() {
    return lines.get();
  }

  /**
   * The points from items only (no base, no bounds).
   *
   * @return the sum of the item lines
   */
  public BigDecimal itemPoints() {
    return itemPoints;
  }

  /**
   * Each item's net contribution, in the order first seen.
   *
   * @return item id → points
   */
  public ImmutableMap<String, BigDecimal> contributions() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (ScoreLine l : lines()) {
      if (!l.itemId().isEmpty()) {
        m.merge(l.itemId(), l.points(), BigDecimal::add);
      }
    }
    return ImmutableMap.copyOf(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreSheet s && unit.equals(s.unit) && period.equals(s.period) && total.equals(s.total)
        && lines().equals(s.lines());
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, period, total);
  }

  /** The sheet as readable lines, the total last. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(unit + " " + period.name() + "\n");
    lines().forEach(l -> s.append("  ").append(l.describe()).append('\n'));
    return s.append("  = ").append(total.toPlainString()).toString();
  }
}
