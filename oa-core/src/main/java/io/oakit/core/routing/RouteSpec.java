package io.oakit.core.routing;

/** What a rule does when it matches: a fixed {@link Route} or an {@link ApprovalLadder}. */
public sealed interface RouteSpec permits Route, ApprovalLadder {
  /**
   * A readable form.
   *
   * @return the description
   */
  String describe();
}
