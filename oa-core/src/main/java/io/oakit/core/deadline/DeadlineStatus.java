package io.oakit.core.deadline;

/** The state of a {@link DeadlineClock} at an instant. */
public enum DeadlineStatus {
  /** The instant is before the clock's start. */
  NOT_STARTED(WarningLevel.NORMAL),
  /** Running, with less than the approaching fraction of the time used. */
  RUNNING(WarningLevel.NORMAL),
  /** Stopped (中止计时): time does not count until resumed. */
  SUSPENDED(WarningLevel.NORMAL),
  /** Running, with at least the approaching fraction of the time used (临期). */
  APPROACHING(WarningLevel.APPROACHING),
  /** Running after the due instant (逾期). */
  OVERDUE(WarningLevel.OVERDUE),
  /** Completed at or before the due instant. */
  COMPLETED_ON_TIME(WarningLevel.NORMAL),
  /** Completed after the due instant. */
  COMPLETED_LATE(WarningLevel.NORMAL);

  private final WarningLevel warningLevel;

  DeadlineStatus(WarningLevel warningLevel) {
    this.warningLevel = warningLevel;
  }

  /**
   * The warning level to show for this status.
   *
   * @return normal, approaching or overdue
   */
  public WarningLevel warningLevel() {
    return warningLevel;
  }

  /**
   * Whether the clock is completed.
   *
   * @return true for both completed states
   */
  public boolean isCompleted() {
    return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
  }
}
