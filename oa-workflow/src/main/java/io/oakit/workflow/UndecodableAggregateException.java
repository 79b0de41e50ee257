package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.OaException;
import io.oakit.spi.AggregateKind;

/**
 * A stored aggregate could not be read: its payload is not the stored format, names an event type
 * or version this library does not know, or lacks a required field. Reading that one aggregate fails
 * with this exception; batch operations ({@link Escalations#due}, {@link SupervisionService#approveScores},
 * {@link Outbox#deliver}) report it to {@link WorkflowContext#addProblemListener} and go on with the
 * others.
 */
public final class UndecodableAggregateException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The kind of thing or aggregate concerned. */
  private final AggregateKind kind;
  /** The aggregate concerned. */
  private final String aggregateId;
  /** Why. */
  private final String reason;

  /**
   * @param kind the aggregate's kind
   * @param aggregateId its stored id
   * @param reason what could not be read
   * @param cause the underlying failure, may be null
   */
  public UndecodableAggregateException(AggregateKind kind, String aggregateId, String reason, Throwable cause) {
    super("cannot read " + requireNonNull(kind, "kind") + " " + requireNonNull(aggregateId, "aggregateId") + ": "
        + requireNonNull(reason, "reason"), cause);
    this.kind = kind;
    this.aggregateId = aggregateId;
    this.reason = reason;
  }

  /**
   * The aggregate's kind.
   *
   * @return the kind
   */
  public AggregateKind kind() {
    return kind;
  }

  /**
   * The stored id of the aggregate.
   *
   * @return the id
   */
  public String aggregateId() {
    return aggregateId;
  }

  /**
   * What could not be read, e.g. {@code events[3].due: missing}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
