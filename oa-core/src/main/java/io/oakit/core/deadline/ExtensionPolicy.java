package io.oakit.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Limits on extensions (延期) of a deadline: how many, and how much in total. Whatever the
 * policy, an extension requested after the due instant is refused by {@link DeadlineClock}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExtensionPolicy {

  private static final ExtensionPolicy UNLIMITED = new ExtensionPolicy(Integer.MAX_VALUE, Optional.empty());

  private final int maxCount;
  private final Optional<DeadlineRule> maxTotal;

  private ExtensionPolicy(int maxCount, Optional<DeadlineRule> maxTotal) {
    this.maxCount = maxCount;
    this.maxTotal = maxTotal;
  }

  /**
   * Any number of extensions of any length.
   *
   * @return the policy
   */
  public static ExtensionPolicy unlimited() {
    return UNLIMITED;
  }

  /**
   * At most {@code maxCount} extensions adding up to at most {@code maxTotal}. Extensions must be
   * in the unit of {@code maxTotal} (working hours and minutes are interchangeable).
   *
   * @param maxCount the number of extensions allowed, {@code >= 0}
   * @param maxTotal the total allowed, e.g. 20 working days
   * @return the policy
   */
  public static ExtensionPolicy atMost(int maxCount, DeadlineRule maxTotal) {
    checkArgument(maxCount >= 0, "maxCount must be >= 0 but was %s", maxCount);
    return new ExtensionPolicy(maxCount, Optional.of(requireNonNull(maxTotal, "maxTotal")));
  }

  /**
   * At most {@code maxCount} extensions of any length.
   *
   * @param maxCount the number of extensions allowed, {@code >= 0}
   * @return the policy
   */
  public static ExtensionPolicy atMost(int maxCount) {
    checkArgument(maxCount >= 0, "maxCount must be >= 0 but was %s", maxCount);
    return new ExtensionPolicy(maxCount, Optional.empty());
  }

  /**
   * The number of extensions allowed.
   *
   * @return the count, {@link Integer#MAX_VALUE} if unlimited
   */
  public int maxCount() {
    return maxCount;
  }

  /**
   * The total allowed, if limited.
   *
   * @return the limit
   */
  public Optional<DeadlineRule> maxTotal() {
    return maxTotal;
  }

  /** Throws if adding {@code requested} to {@code granted} breaks this policy. */
  void check(List<Extension> granted, DeadlineRule requested) {
    if (granted.size() >= maxCount) {
      throw new ExtensionRefusedException("extension " + requested + " refused: at most " + maxCount
          + " extension(s) allowed and " + granted.size() + " already granted");
    }
    if (maxTotal.isEmpty()) {
      return;
    }
    DeadlineRule limit = maxTotal.get();
    long total = inLimitUnit(requested, limit);
    for (Extension e : granted) {
      total += inLimitUnit(e.rule(), limit);
    }
    if (total > limit.amount()) {
      throw new ExtensionRefusedException("extension " + requested + " refused: extensions would total "
          + total + " in the unit of the limit " + limit);
    }
  }

  private static long inLimitUnit(DeadlineRule r, DeadlineRule limit) {
    if (r.unit() == limit.unit()) {
      return r.amount();
    }
    if (r.unit().isWorkingTime() && limit.unit().isWorkingTime()) {
      long minutes = r.workingTime().toMinutes();
      return limit.unit() == DeadlineRule.Unit.WORKING_MINUTES ? minutes : (minutes + 59) / 60;
    }
    throw new ExtensionRefusedException("extension " + r + " refused: it cannot be measured against the limit "
        + limit + " (different unit)");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensionPolicy p && p.maxCount == maxCount && p.maxTotal.equals(maxTotal);
  }

  @Override
  public int hashCode() {
    return maxCount * 31 + maxTotal.hashCode();
  }

  @Override
  public String toString() {
    return maxCount == Integer.MAX_VALUE && maxTotal.isEmpty() ? "unlimited extensions"
        : "at most " + maxCount + " extension(s)" + maxTotal.map(t -> " totalling at most " + t).orElse("");
  }
}
