package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.oakit.core.Amounts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A range of amounts in yuan with its bounds stated: each bound is absent (unbounded), inclusive
 * or exclusive. Immutable.
 *
 * @param lower the lower bound, if any
 * @param lowerInclusive whether an amount equal to the lower bound is inside
 * @param upper the upper bound, if any
 * @param upperInclusive whether an amount equal to the upper bound is inside
 */
public record AmountRange(Optional<BigDecimal> lower, boolean lowerInclusive, Optional<BigDecimal> upper,
    boolean upperInclusive) {

  /**
   * Creates a range.
   *
   * @throws IllegalArgumentException if the range is empty
   * @param lower the lower bound, if any
   * @param lowerInclusive whether an amount equal to the lower bound is inside
   * @param upper the upper bound, if any
   * @param upperInclusive whether an amount equal to the upper bound is inside
   */
  public AmountRange {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    lower.ifPresent(l -> Amounts.check("lower", l));
    upper.ifPresent(u -> Amounts.check("upper", u));
    if (lower.isPresent() && upper.isPresent()) {
      int c = lower.get().compareTo(upper.get());
      checkArgument(c < 0 || (c == 0 && lowerInclusive && upperInclusive),
          "amount range is empty: lower %s must be below upper %s", lower.get(), upper.get());
    }
  }

  /**
   * Amounts {@code <= max}.
   *
   * @param max the inclusive upper bound
   * @return the range
   */
  public static AmountRange atMost(String max) {
    return new AmountRange(Optional.empty(), false, Optional.of(Amounts.parse("max", max)), true);
  }

  /**
   * Amounts {@code > min}.
   *
   * @param min the exclusive lower bound
   * @return the range
   */
  public static AmountRange above(String min) {
    return new AmountRange(Optional.of(Amounts.parse("min", min)), false, Optional.empty(), false);
  }

  /**
   * Amounts {@code > minExclusive} and {@code <= maxInclusive}, the usual shape of a ladder tier.
   *
   * @param minExclusive the exclusive lower bound
   * @param maxInclusive the inclusive upper bound
   * @return the range
   */
  public static AmountRange over(String minExclusive, String maxInclusive) {
    return new AmountRange(Optional.of(Amounts.parse("minExclusive", minExclusive)), false,
        Optional.of(Amounts.parse("maxInclusive", maxInclusive)), true);
  }

  /**
   * Whether the amount lies in the range.
   *
   * @param amount the amount
   * @return true if inside
   */
  public boolean contains(BigDecimal amount) {
    requireNonNull(amount, "amount");
    if (lower.isPresent()) {
      int c = amount.compareTo(lower.get());
      if (c < 0 || (c == 0 && !lowerInclusive)) {
        return false;
      }
    }
    if (upper.isPresent()) {
      int c = amount.compareTo(upper.get());
      return c < 0 || (c == 0 && upperInclusive);
    }
    return true;
  }

  /** E.g. {@code 1000 < amount <= 20000}. */
  @Override
  public String toString() {
    String lo = lower.map(l -> l.toPlainString() + (lowerInclusive ? " <= " : " < ")).orElse("");
    String hi = upper.map(u -> (upperInclusive ? " <= " : " < ") + u.toPlainString()).orElse("");
    return lo + "amount" + hi;
  }
}
