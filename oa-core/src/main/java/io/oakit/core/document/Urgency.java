package io.oakit.core.document;

/**
 * Urgency of an official document (紧急程度), most urgent first. {@link #compareTo} orders by
 * urgency: {@code EXTRA_URGENT < URGENT < NORMAL}; use {@link #isAtLeast(Urgency)} for
 * readable comparisons.
 */
public enum Urgency {
  /** 特急: extra urgent. */
  EXTRA_URGENT("特急"),
  /** 加急: urgent. */
  URGENT("加急"),
  /** 平件: ordinary. */
  NORMAL("平件");

  private final String chinese;

  Urgency(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term, e.g. 特急.
   *
   * @return the term
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Whether this urgency is at least as urgent as the other.
   *
   * @param other the urgency to compare with
   * @return true if this is as urgent or more urgent
   */
  public boolean isAtLeast(Urgency other) {
    return ordinal() <= other.ordinal();
  }
}
