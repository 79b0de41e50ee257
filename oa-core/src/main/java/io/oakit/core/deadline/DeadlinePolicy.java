package io.oakit.core.deadline;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.Urgency;

/**
 * Chooses the time limit of a document or task from its urgency and kind. Hosts replace it
 * with their own table or logic; implementations must be deterministic and thread-safe.
 */
public interface DeadlinePolicy {

  /**
   * The time limit for a document of the given urgency and kind.
   *
   * @param urgency the urgency (紧急程度)
   * @param kind the kind (文种)
   * @return the rule
   */
  DeadlineRule ruleFor(Urgency urgency, DocumentKind kind);

  /**
   * The default table: 特急 4 natural hours (on the clock), 加急 3 working days, 平件 7 working days, for every
   * kind.
   *
   * @return the default policy
   */
  static DeadlinePolicy defaults() {
    return DeadlineTable.DEFAULTS;
  }

  /**
   * A builder for a table policy, starting from the default rows.
   *
   * @return a builder
   */
  static DeadlineTable.Builder table() {
    return DeadlineTable.builder();
  }
}
