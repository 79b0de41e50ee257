package io.oakit.core.document;

/** The fifteen kinds of official document (文种) of the 党政机关公文处理工作条例 (2012), art. 8. */
public enum DocumentKind {
  /** 决议. */ RESOLUTION("决议"),
  /** 决定. */ DECISION("决定"),
  /** 命令（令）. */ ORDER("命令"),
  /** 公报. */ COMMUNIQUE("公报"),
  /** 公告. */ ANNOUNCEMENT("公告"),
  /** 通告. */ PUBLIC_NOTICE("通告"),
  /** 意见. */ OPINION("意见"),
  /** 通知. */ NOTICE("通知"),
  /** 通报. */ BULLETIN("通报"),
  /** 报告. */ REPORT("报告"),
  /** 请示. */ REQUEST("请示"),
  /** 批复. */ REPLY("批复"),
  /** 议案. */ MOTION("议案"),
  /** 函. */ LETTER("函"),
  /** 纪要. */ MINUTES("纪要");

  private final String chinese;

  DocumentKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term, e.g. 请示.
   *
   * @return the term
   */
  public String chinese() {
    return chinese;
  }
}
