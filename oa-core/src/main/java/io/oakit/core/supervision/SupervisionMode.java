package io.oakit.core.supervision;

/** How an item is supervised. */
public enum SupervisionMode {
  /** 常规督办: followed until done. */
  ROUTINE("常规督办"),
  /** 跟踪督办: followed step by step, with progress reports at set intervals (see the progress duty). */
  TRACKING("跟踪督办"),
  /** 专项督办: a dedicated campaign on one matter, often with on-site checks. */
  SPECIAL("专项督办");

  private final String chinese;

  SupervisionMode(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese term */
  public String chinese() {
    return chinese;
  }
}
