package io.oakit.core.supervision;

/** What the requester answers when called back (回访) about how the matter was handled. */
public enum CallBackAnswer {
  /** 满意. */
  SATISFIED("满意"),
  /** 基本满意: counted as satisfied in the 回访满意率, as offices count it. */
  BASICALLY_SATISFIED("基本满意"),
  /** 不满意: a score line for the lead unit (see the score card). */
  DISSATISFIED("不满意");

  private final String chinese;

  CallBackAnswer(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese term */
  public String chinese() {
    return chinese;
  }

  /** @return whether it counts as satisfied (满意 or 基本满意) */
  public boolean isSatisfied() {
    return this != DISSATISFIED;
  }
}
