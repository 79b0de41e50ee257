package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.OaException;

/**
 * A command that is well-formed but refused by the state of its aggregate or by the office's rules:
 * a document signed for twice, a reader whose turn it is not, a signer who may not sign, a request id
 * used twice. Nothing was written.
 */
public final class CommandRefusedException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The action refused or attempted. */
  private final String action;
  /** The aggregate concerned. */
  private final String aggregateId;
  /** Why. */
  private final String reason;

  /**
   * @param action what was refused, e.g. {@code "sign for"}
   * @param aggregateId the aggregate it was refused on
   * @param reason why, naming the field or state at fault
   */
  public CommandRefusedException(String action, String aggregateId, String reason) {
    super(requireNonNull(action, "action") + " " + requireNonNull(aggregateId, "aggregateId") + " refused: "
        + requireNonNull(reason, "reason"));
    this.action = action;
    this.aggregateId = aggregateId;
    this.reason = reason;
  }

  /**
   * What was refused.
   *
   * @return the action, e.g. {@code "countersign"}
   */
  public String action() {
    return action;
  }

  /**
   * The aggregate the command named.
   *
   * @return its id
   */
  public String aggregateId() {
    return aggregateId;
  }

  /**
   * Why it was refused.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
