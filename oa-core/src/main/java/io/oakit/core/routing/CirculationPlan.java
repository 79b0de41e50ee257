package io.oakit.core.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A circulation plan (传阅): copies (lanes) that circulate at the same time, each passing from
 * reader to reader, with expected times, the expected completion, and what plain protocol order
 * would have taken.
 *
 * @param documentId the document
 * @param lanes the copies, each read in order
 * @param expectedCompletion when the last reader is expected to finish
 * @param protocolOrderCompletion when one copy passed in protocol order would finish
 * @param excluded readers left out because their clearance is below the document's secrecy
 * @param explanation readable lines naming the circulation rules applied
 */
public record CirculationPlan(String documentId, List<Lane> lanes, LocalDateTime expectedCompletion,
    LocalDateTime protocolOrderCompletion, List<String> excluded, List<String> explanation) {

  /**
   * One copy and its readers in order.
   *
   * @param name what the copy is for, e.g. "leader in charge" or "copy 2"
   * @param readings the readers in order
   */
  public record Lane(String name, List<Reading> readings) {
    /**
     * Copies the list.
     *
     * @param name what the copy is for, e.g. "leader in charge" or "copy 2"
     * @param readings the readers in order
     */
    public Lane {
      requireNonNull(name, "name");
      readings = ImmutableList.copyOf(readings);
    }

    /**
     * When the last reader of this copy is expected to finish.
     *
     * @return the instant
     */
    public LocalDateTime finish() {
      return readings.get(readings.size() - 1).expectedFinish();
    }
  }

  /**
   * One reader's turn.
   *
   * @param personId the reader
   * @param expectedStart when the reader is expected to have the document (present, in turn)
   * @param expectedFinish when the reader is expected to pass it on
   */
  public record Reading(String personId, LocalDateTime expectedStart, LocalDateTime expectedFinish) {
    /**
     * Checks the arguments.
     *
     * @param personId the reader
     * @param expectedStart when the reader is expected to have the document (present, in turn)
     * @param expectedFinish when the reader is expected to pass it on
     */
    public Reading {
      requireNonNull(personId, "personId");
      requireNonNull(expectedStart, "expectedStart");
      requireNonNull(expectedFinish, "expectedFinish");
    }
  }

  /**
   * Copies the lists.
   *
   * @param documentId the document
   * @param lanes the copies, each read in order
   * @param expectedCompletion when the last reader is expected to finish
   * @param protocolOrderCompletion when one copy passed in protocol order would finish
   * @param excluded readers left out because their clearance is below the document's secrecy
   * @param explanation readable lines naming the circulation rules applied
   */
  public CirculationPlan {
    requireNonNull(documentId, "documentId");
    lanes = ImmutableList.copyOf(lanes);
    requireNonNull(expectedCompletion, "expectedCompletion");
    requireNonNull(protocolOrderCompletion, "protocolOrderCompletion");
    excluded = ImmutableList.copyOf(excluded);
    explanation = ImmutableList.copyOf(explanation);
  }

  /** The explanation, one line each. */
  @Override
  public String toString() {
    return String.join("\n", explanation);
  }
}
