package io.oakit.core.deadline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * A reminder a deadline clock asks for (提醒 / 催办).
 *
 * @param at when to remind
 * @param kind what the reminder is about
 * @param description a readable line, e.g. "80% of the time used"
 */
public record Reminder(LocalDateTime at, Kind kind, String description) {

  /** What a reminder is about. */
  public enum Kind {
    /** A fraction of the allowed time has been used. */
    FRACTION_USED,
    /** A number of working days remain before the due instant. */
    BEFORE_DUE,
    /** The due instant itself. */
    AT_DUE,
    /** A working day has passed since the due instant. */
    OVERDUE
  }

  /**
   * Creates a reminder.
   *
   * @param at when to remind
   * @param description a readable line, e.g. "80% of the time used"
   * @param kind what the reminder is about
   */
  public Reminder {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
  }
}
