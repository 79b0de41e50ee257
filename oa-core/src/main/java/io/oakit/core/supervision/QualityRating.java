package io.oakit.core.supervision;

/** The reviewing leader's rating of the work (质量评价). */
public enum QualityRating {
  /** 优. */
  EXCELLENT("优"),
  /** 良. */
  GOOD("良"),
  /** 中. */
  FAIR("中"),
  /** 差. */
  POOR("差");

  private final String chinese;

  QualityRating(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term.
   *
   * @return the term
   */
  public String chinese() {
    return chinese;
  }
}
