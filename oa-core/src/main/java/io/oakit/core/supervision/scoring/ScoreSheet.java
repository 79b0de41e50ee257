package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's score for a period: the base line, every point gained or lost on each item, a bounds
 * line when the floor or ceiling applied, and the total — always the sum of the lines.
 *
 * @param unit the unit
 * @param period the period
 * @param lines every line, base first
 * @param total the sum of the lines
 */
public record ScoreSheet(String unit, AssessmentPeriod period, List<ScoreLine> lines, BigDecimal total) {

  /** Copies the list. */
  public ScoreSheet {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    lines = ImmutableList.copyOf(lines);
    requireNonNull(total, "total");
  }

  /** The points from items only (no base, no bounds). @return the sum of the item lines */
  public BigDecimal itemPoints() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ScoreLine l : lines) {
      if (!l.itemId().isEmpty()) {
        sum = sum.add(l.points());
      }
    }
    return sum;
  }

  /** Each item's net contribution, in the order first seen. @return item id → points */
  public ImmutableMap<String, BigDecimal> contributions() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (ScoreLine l : lines) {
      if (!l.itemId().isEmpty()) {
        m.merge(l.itemId(), l.points(), BigDecimal::add);
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /** The sheet as readable lines, the total last. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(unit + " " + period.name() + "\n");
    lines.forEach(l -> s.append("  ").append(l.describe()).append('\n'));
    return s.append("  = ").append(total.toPlainString()).toString();
  }
}
