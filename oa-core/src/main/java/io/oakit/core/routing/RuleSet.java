package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of routing rules with an evaluation mode and a default route. Plain data; immutable and
 * thread-safe. {@link #compile()} makes the indexed {@link Router}.
 */
public final class RuleSet {

  /** How matching rules combine. */
  public enum Mode {
    /** The first matching rule (by priority) decides. */
    FIRST_MATCH,
    /** Every matching rule contributes its steps, in priority order. */
    COLLECT_ALL
  }

  private final ImmutableList<RoutingRule> rules;
  private final Mode mode;
  private final Route defaultRoute;

  private RuleSet(List<RoutingRule> rules, Mode mode, Route defaultRoute) {
    List<RoutingRule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt(RoutingRule::priority).reversed()); // stable: ties keep insertion order
    this.rules = ImmutableList.copyOf(sorted);
    this.mode = mode;
    this.defaultRoute = defaultRoute;
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
   * The rules in evaluation order: priority descending, then insertion order.
   *
   * @return the rules
   */
  public ImmutableList<RoutingRule> rules() {
    return rules;
  }

  /**
   * The evaluation mode.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * The route taken when no rule matches.
   *
   * @return the default route
   */
  public Route defaultRoute() {
    return defaultRoute;
  }

  /**
   * Compiles the rules into an indexed router: rules whose condition requires a kind, an area or a
   * tag are only evaluated for documents that have it. The decisions equal a linear evaluation.
   *
   * @return the router
   */
  public Router compile() {
    return new CompiledRouter(this);
  }

  /** Equal when the rules (in order), the mode and the default route are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet r && rules.equals(r.rules) && mode == r.mode && defaultRoute.equals(r.defaultRoute);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rules, mode, defaultRoute);
  }

  @Override
  public String toString() {
    return "RuleSet[" + mode + ", " + rules.size() + " rule(s), default " + defaultRoute.describe() + "]";
  }

  /** Builds a {@link RuleSet}. Not thread-safe. */
  public static final class Builder {
    private final List<RoutingRule> rules = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private Mode mode = Mode.FIRST_MATCH;
    private Route defaultRoute;

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if its id is taken
     */
    public Builder rule(RoutingRule rule) {
      requireNonNull(rule, "rule");
      checkArgument(ids.add(rule.id()), "duplicate rule id '%s'", rule.id());
      checkArgument(!rule.id().equals(Resolver.DEFAULT_ID), "rule id '%s' is reserved", rule.id());
      rules.add(rule);
      return this;
    }

    /**
     * @param mode the evaluation mode (default first match)
     * @return this builder
     */
    public Builder mode(Mode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * @param route the route when no rule matches (required)
     * @return this builder
     */
    public Builder defaultRoute(Route route) {
      this.defaultRoute = requireNonNull(route, "route");
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set
     * @throws IllegalStateException if no default route was given
     */
    public RuleSet build() {
      if (defaultRoute == null) {
        throw new IllegalStateException("a rule set needs a default route");
      }
      return new RuleSet(rules, mode, defaultRoute);
    }
  }
}
