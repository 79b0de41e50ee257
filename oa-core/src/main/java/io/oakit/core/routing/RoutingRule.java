package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A routing rule: when the condition holds, the document takes the route (or climbs the ladder).
 * Plain data, so hosts can store rules; higher priority is evaluated first, equal priorities in
 * the order the rules were added.
 *
 * @param id a unique id, named in explanations
 * @param priority higher first
 * @param condition when the rule applies
 * @param action the route or ladder
 * @param onAbsent what happens to a person who is away at routing time
 * @param onUncleared what happens to a person without the clearance for the document
 */
public record RoutingRule(String id, int priority, Condition condition, RouteSpec action, AbsencePolicy onAbsent,
    ClearancePolicy onUncleared) {

  /** What to do with a person who is away. */
  public enum AbsencePolicy {
    /** Skip them; they are owed the document on return (补阅). */
    SKIP_AND_OWE,
    /** Their deputy (代理人) takes the step if one is present and cleared; they are also owed it on return. */
    DEPUTY
  }

  /** What to do with a person whose clearance is below the document's secrecy level. */
  public enum ClearancePolicy {
    /** Replace them by their standing deputy or, for a role, the next eligible person. */
    SUBSTITUTE,
    /** Do not replace them: the decision reports the gap. */
    REPORT_GAP
  }

  /**
   * Creates a rule.
   *
   * @throws IllegalArgumentException if the id is blank
   * @param action the route or ladder
   * @param condition when the rule applies
   * @param id a unique id, named in explanations
   * @param onAbsent what happens to a person who is away at routing time
   * @param onUncleared what happens to a person without the clearance for the document
   * @param priority higher first
   */
  public RoutingRule {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "rule id must not be blank");
    requireNonNull(condition, "condition");
    requireNonNull(action, "action");
    requireNonNull(onAbsent, "onAbsent");
    requireNonNull(onUncleared, "onUncleared");
  }

  /**
   * A rule with the defaults: absent people skipped and owed, uncleared people substituted.
   *
   * @param id the id
   * @param priority the priority
   * @param condition when it applies
   * @param action the route or ladder
   * @return the rule
   */
  public static RoutingRule of(String id, int priority, Condition condition, RouteSpec action) {
    return new RoutingRule(id, priority, condition, action, AbsencePolicy.SKIP_AND_OWE, ClearancePolicy.SUBSTITUTE);
  }

  /**
   * @param policy the absence policy
   * @return a copy with it
   */
  public RoutingRule withOnAbsent(AbsencePolicy policy) {
    return new RoutingRule(id, priority, condition, action, policy, onUncleared);
  }

  /**
   * @param policy the clearance policy
   * @return a copy with it
   */
  public RoutingRule withOnUncleared(ClearancePolicy policy) {
    return new RoutingRule(id, priority, condition, action, onAbsent, policy);
  }
}
