package io.oakit.core.document;

/**
 * Secrecy level of a document (密级) and, read as a clearance, the highest level a person may
 * receive. Ordered from lowest to highest: {@code UNCLASSIFIED < CONFIDENTIAL (秘密) < SECRET (机密)
 * < TOP_SECRET (绝密)}.
 */
public enum SecrecyLevel {
  /** 非密: no secrecy level; also "no clearance". */
  UNCLASSIFIED("非密"),
  /** 秘密. */
  CONFIDENTIAL("秘密"),
  /** 机密. */
  SECRET("机密"),
  /** 绝密. */
  TOP_SECRET("绝密");

  private final String chinese;

  SecrecyLevel(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term, e.g. 机密.
   *
   * @return the term
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Whether a person with this clearance may receive a document of the given level.
   *
   * @param documentLevel the document's secrecy level
   * @return true if this level is at least the document's
   */
  public boolean covers(SecrecyLevel documentLevel) {
    return compareTo(documentLevel) >= 0;
  }
}
