package io.oakit.core.roster;

/** What kind of day a duty falls on; each category has its own slots and weight. */
public enum DayCategory {
  /** A working day (including an adjusted working day, 调休上班). */
  WORKING_DAY,
  /** A weekend day that is not worked. */
  WEEKEND,
  /** A statutory holiday (法定节假日) or a day moved into one. */
  HOLIDAY,
  /** A named peak day, e.g. Spring Festival eve (除夕). */
  PEAK
}
