package io.oakit.core.supervision.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate as a count over a count, e.g. 18 of 20 items completed on time.
 *
 * @param numerator the items counted, {@code 0 <= numerator <= denominator}
 * @param denominator the items it is counted among, {@code > 0}
 */
public record Rate(int numerator, int denominator) {

  /**
   * @throws IllegalArgumentException if the counts are out of range
   * @param denominator the items it is counted among, {@code > 0}
   * @param numerator the items counted, {@code 0 <= numerator <= denominator}
   */
  public Rate {
    checkArgument(denominator > 0, "denominator must be > 0 but was %s", denominator);
    checkArgument(numerator >= 0 && numerator <= denominator, "numerator must be in 0..%s but was %s",
        denominator, numerator);
  }

  /**
   * The rate in percent, two decimals.
   *
   * @return e.g. 90.00
   */
  public BigDecimal percent() {
    return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }

  /** E.g. {@code 90.00% (18/20)}. */
  @Override
  public String toString() {
    return percent().toPlainString() + "% (" + numerator + "/" + denominator + ")";
  }
}
