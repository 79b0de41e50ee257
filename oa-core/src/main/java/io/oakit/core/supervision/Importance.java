package io.oakit.core.supervision;

/** How important a supervision item is. */
public enum Importance {
  /** 重大. */
  MAJOR("重大"),
  /** 重要. */
  IMPORTANT("重要"),
  /** 一般. */
  GENERAL("一般");

  private final String chinese;

  Importance(String chinese) {
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
