package io.oakit.core.calendar;

/** Why a day is, or is not, a working day. */
public enum DayKind {
  /** An ordinary Monday to Friday. */
  WORKDAY(true),
  /** An ordinary Saturday or Sunday. */
  WEEKEND(false),
  /** A statutory holiday or a day moved into a holiday period (放假, 调休放假). */
  HOLIDAY(false),
  /** A Saturday or Sunday that is worked because of a holiday arrangement (调休上班). */
  ADJUSTED_WORKDAY(true),
  /** A day off the host added for its own office (e.g. a local festival). */
  LOCAL_DAY_OFF(false),
  /** A working day the host added for its own office. */
  LOCAL_WORKDAY(true);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /**
   * Whether days of this kind are working days.
   *
   * @return true for working kinds
   */
  public boolean isWorking() {
    return working;
  }
}
