package io.oakit.core.deadline;

/** The warning level of a deadline (正常 / 临期 / 逾期). */
public enum WarningLevel {
  /** 正常: nothing to warn about. */
  NORMAL,
  /** 临期: the due instant is approaching. */
  APPROACHING,
  /** 逾期: the due instant has passed and the work is not done. */
  OVERDUE
}
