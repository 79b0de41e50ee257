package io.oakit.core.org;

/** Why a person is away. */
public enum AbsenceKind {
  /** 外出: out of the office for a while. */
  OUTING("外出"),
  /** 出差: on a business trip. */
  TRIP("出差"),
  /** 请假: on leave. */
  LEAVE("请假"),
  /** 会议: in a meeting. */
  MEETING("会议");

  private final String chinese;

  AbsenceKind(String chinese) {
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
