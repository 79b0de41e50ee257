package io.oakit.core.supervision;

/** Whether an item's work was, or is being, done in time, at a given instant. */
public enum Timeliness {
  /** Registered but not yet assigned: no deadline yet. */
  NOT_ASSIGNED,
  /** Open and not yet due. */
  OPEN,
  /** Open and past its due instant (逾期未办结). */
  OPEN_OVERDUE,
  /** Completed (accepted) at or before the due instant (按期办结). */
  ON_TIME,
  /** Completed (accepted) after the due instant (逾期办结). */
  LATE,
  /** Cancelled. */
  CANCELLED
}
