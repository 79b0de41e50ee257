package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An approval authority ladder by amount (审批权限): consecutive tiers, each with its upper bound
 * stated as inclusive or exclusive, and a route for amounts above the last bound. Tiers cover every
 * amount {@code >= 0} without gap or overlap. Plain data.
 *
 * <pre>{@code
 * ApprovalLadder expenses = ApprovalLadder.builder()
 *     .upToInclusive("1000", Route.to(Target.role("办公室主任")))
 *     .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
 *     .upToInclusive("50000", Route.to(Target.role("局长")))
 *     .above(Route.to(Target.role("局长办公会")))
 *     .build();
 * }</pre>
 *
 * @param tiers the tiers in increasing order of amount; the last is unbounded above
 */
public record ApprovalLadder(List<Tier> tiers) implements RouteSpec {

  /**
   * One tier.
   *
   * @param range the amounts of the tier
   * @param route where such amounts go
   */
  public record Tier(AmountRange range, Route route) {
    /**
     * Checks the arguments.
     *
     * @param range the amounts of the tier
     * @param route where such amounts go
     */
    public Tier {
      requireNonNull(range, "range");
      requireNonNull(route, "route");
    }
  }

  /**
   * Creates a ladder.
   *
   * @throws IllegalArgumentException if there is no tier
   * @param tiers the tiers in increasing order of amount; the last is unbounded above
   */
  public ApprovalLadder {
    tiers = ImmutableList.copyOf(requireNonNull(tiers, "tiers"));
    checkArgument(!tiers.isEmpty(), "a ladder needs at least one tier");
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The tier of an amount.
   *
   * @param amount the amount, {@code >= 0}
   * @return the tier
   */
  public Optional<Tier> tierFor(BigDecimal amount) {
    return tiers.stream().filter(t -> t.range().contains(amount)).findFirst();
  }

  @Override
  public String describe() {
    return "ladder: " + String.join("; ", tiers.stream().map(t -> t.range() + " → " + t.route().describe()).toList());
  }

  /** Builds an {@link ApprovalLadder} from the bottom tier up. Not thread-safe. */
  public static final class Builder {
    private final List<Tier> tiers = new ArrayList<>();
    private Optional<BigDecimal> lastBound = Optional.empty();
    private boolean lastInclusive = false;
    private boolean closed = false;

    private Builder() {}

    /**
     * The next tier, up to and including {@code max}.
     *
     * @param max the inclusive upper bound, above the previous tier's
     * @param route where such amounts go
     * @return this builder
     */
    public Builder upToInclusive(String max, Route route) {
      return tier(Amounts.parse("max", max), true, route);
    }

    /**
     * The next tier, up to but excluding {@code max}.
     *
     * @param max the exclusive upper bound, above the previous tier's
     * @param route where such amounts go
     * @return this builder
     */
    public Builder below(String max, Route route) {
      return tier(Amounts.parse("max", max), false, route);
    }

    /**
     * The top tier: every amount above the last bound.
     *
     * @param route where such amounts go
     * @return this builder
     */
    public Builder above(Route route) {
      checkState(!closed, "the ladder already has a top tier");
      tiers.add(new Tier(new AmountRange(Optional.of(lastBound.orElse(BigDecimal.ZERO)),
          lastBound.isEmpty() || !lastInclusive, Optional.empty(), false), requireNonNull(route, "route")));
      closed = true;
      return this;
    }

    private Builder tier(BigDecimal max, boolean inclusive, Route route) {
      checkState(!closed, "the ladder already has a top tier");
      checkArgument(lastBound.map(b -> max.compareTo(b) > 0).orElse(max.signum() >= 0),
          "ladder bounds must increase: %s after %s", max, lastBound.map(BigDecimal::toPlainString).orElse("0"));
      AmountRange range = new AmountRange(Optional.of(lastBound.orElse(BigDecimal.ZERO)),
          lastBound.isEmpty() || !lastInclusive, Optional.of(max), inclusive);
      tiers.add(new Tier(range, requireNonNull(route, "route")));
      lastBound = Optional.of(max);
      lastInclusive = inclusive;
      return this;
    }

    /**
     * Builds the ladder.
     *
     * @return the ladder
     * @throws IllegalStateException if the top tier is missing
     */
    public ApprovalLadder build() {
      checkState(closed, "the ladder needs a top tier: call above(route)");
      return new ApprovalLadder(tiers);
    }
  }
}
