package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.OaException;

/**
 * The actor may not issue this command: no entry of the {@link AuthorityPolicy} authorises them,
 * or they would approve their own request. Nothing was written.
 */
public final class NotAuthorizedException extends OaException {
  private static final long serialVersionUID = 1L;

  /** Who issued the command. */
  private final String actor;
  /** The action refused or attempted. */
  private final String action;
  /** Who may issue it, as the policy says. */
  private final String whoMay;

  /**
   * @param actor who tried
   * @param action the action, e.g. {@code incoming.instruct}
   * @param whoMay who may, as the policy says
   */
  public NotAuthorizedException(String actor, String action, String whoMay) {
    super(requireNonNull(actor, "actor") + " may not " + requireNonNull(action, "action") + "; who may: "
        + requireNonNull(whoMay, "whoMay"));
    this.actor = actor;
    this.action = action;
    this.whoMay = whoMay;
  }

  /**
   * Who tried.
   *
   * @return the actor
   */
  public String actor() {
    return actor;
  }

  /**
   * What they tried.
   *
   * @return the action, e.g. {@code duty.approve}
   */
  public String action() {
    return action;
  }

  /**
   * Who may, as the policy says.
   *
   * @return e.g. {@code [leader]}
   */
  public String whoMay() {
    return whoMay;
  }
}
