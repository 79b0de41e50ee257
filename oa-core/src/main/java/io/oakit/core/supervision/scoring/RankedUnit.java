package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A unit's place in a ranking.
 *
 * @param rank 1 for the best; tied units share a rank and the next rank skips (1, 2, 2, 4)
 * @param unit the unit
 * @param total its total
 * @param tied whether another unit has the same total
 */
public record RankedUnit(int rank, String unit, BigDecimal total, boolean tied) {
  /**
   * Checks the arguments.
   *
   * @param rank 1 for the best; tied units share a rank and the next rank skips (1, 2, 2, 4)
   * @param tied whether another unit has the same total
   * @param total its total
   * @param unit the unit
   */
  public RankedUnit {
    requireNonNull(unit, "unit");
    requireNonNull(total, "total");
  }
}
