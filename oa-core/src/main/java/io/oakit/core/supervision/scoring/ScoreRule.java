package io.oakit.core.supervision.scoring;

/** The rules of a score card; each score line names the one it comes from. */
public enum ScoreRule {
  /** The base score of a unit for the period (基础分). */
  BASE("base score"),
  /** Working days overdue, capped per item (逾期扣分). */
  OVERDUE("overdue"),
  /** Urgings of the unit after the due instant (催办扣分). */
  URGING_AFTER_DUE("urged after due"),
  /** Reviews that returned the work (退回重办扣分). */
  REWORK("returned for rework"),
  /** The unit handed the item back (推诿): said the matter was not its own. */
  HANDED_BACK("handed back"),
  /** Progress reports the lead unit owed and did not make. */
  MISSED_PROGRESS_REPORT("progress report missed"),
  /** A call-back (回访) whose requester answered 不满意 (lead unit). */
  DISSATISFIED_CALL_BACK("dissatisfied call-back"),
  /** The unit signed for the item later than allowed (签收迟缓). */
  LATE_SIGN_FOR("late sign-for"),
  /** Completed well before the due date (提前办结加分). */
  EARLY_COMPLETION("completed early"),
  /** A leader's commendation of the unit (领导表扬加分). */
  COMMENDATION("leader's commendation"),
  /** The reviewing leader's quality rating (质量评价). */
  QUALITY_RATING("quality rating"),
  /** The unit total brought back within the floor and ceiling. */
  BOUNDS("floor/ceiling");

  private final String label;

  ScoreRule(String label) {
    this.label = label;
  }

  /**
   * A readable label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
