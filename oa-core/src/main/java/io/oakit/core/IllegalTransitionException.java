package io.oakit.core;

import static java.util.Objects.requireNonNull;

/**
 * An action was attempted in a state that does not allow it, for example resuming a
 * deadline clock that is not suspended. The message names both the state and the action.
 */
public final class IllegalTransitionException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The state the aggregate was in. */
  private final String state;
  /** The action refused or attempted. */
  private final String action;

  /**
   * Creates the exception.
   *
   * @param state the current state, e.g. {@code "COMPLETED"}
   * @param action the refused action, e.g. {@code "suspend"}
   * @param detail a sentence with more context, may be empty
   */
  public IllegalTransitionException(String state, String action, String detail) {
    super("cannot " + requireNonNull(action, "action") + " in state " + requireNonNull(state, "state")
        + (detail == null || detail.isEmpty() ? "" : ": " + detail));
    this.state = state;
    this.action = action;
  }

  /**
   * The state the object was in.
   *
   * @return the state name
   */
  public String state() {
    return state;
  }

  /**
   * The action that was refused.
   *
   * @return the action name
   */
  public String action() {
    return action;
  }
}
