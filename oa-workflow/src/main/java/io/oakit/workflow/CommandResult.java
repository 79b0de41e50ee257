package io.oakit.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a command did: the aggregate it changed, its version after the command, its state (the name
 * of its stage or state), and what it assigned: a document number, or the people or units it gave
 * work to (readers, countersigners, units, the ranking of an approval, the people of a changed roster
 * slot). A command retried with the same idempotency key returns the first result. Immutable.
 *
 * @param aggregateId the aggregate's id as the command named it (e.g. the document id)
 * @param version the aggregate's stored version after the command, {@code >= 1}
 * @param state the aggregate's state after the command, e.g. {@code REGISTERED}
 * @param number the number the command allocated (发文字号), if any
 * @param assigned the people or units the command assigned, in order; empty if none
 */
public record CommandResult(String aggregateId, long version, String state, Optional<String> number,
    List<String> assigned) {

  /**
   * Checks and copies the arguments.
   *
   * @param aggregateId the aggregate's id as the command named it (e.g. the document id)
   * @param version the aggregate's stored version after the command, {@code >= 1}
   * @param state the aggregate's state after the command, e.g. {@code REGISTERED}
   * @param number the number the command allocated (发文字号), if any
   * @param assigned the people or units the command assigned, in order; empty if none
   */
  public CommandResult {
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(state, "state");
    requireNonNull(number, "number");
    assigned = List.copyOf(assigned);
    checkArgument(version >= 1, "version must be >= 1 but was %s", version);
  }

  /** {@code id vN STATE [number] [→ assigned]}. */
  @Override
  public String toString() {
    return aggregateId + " v" + version + " " + state + number.map(n -> " " + n).orElse("")
        + (assigned.isEmpty() ? "" : " → " + String.join(", ", assigned));
  }
}
