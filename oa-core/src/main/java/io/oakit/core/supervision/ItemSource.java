package io.oakit.core.supervision;

/** Where a supervision item comes from. */
public enum ItemSource {
  /** 领导批示: a leader's written instruction. */
  LEADER_INSTRUCTION("领导批示"),
  /** 会议决定: a meeting decision. */
  MEETING_DECISION("会议决定"),
  /** 上级来文: a higher authority's document. */
  HIGHER_AUTHORITY_DOCUMENT("上级来文"),
  /** 热线: a hotline case. */
  HOTLINE_CASE("热线工单"),
  /** 信访: a petition. */
  PETITION("信访件"),
  /**
   * A source the office names itself (领导交办, 表态事项, 转办, 人大建议 …): the item records the name the host
   * gives it.
   */
  OTHER("其他");

  private final String chinese;

  ItemSource(String chinese) {
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
