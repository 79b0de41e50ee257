package io.oakit.core.supervision;

/** How a unit was urged (催办). */
public enum UrgingChannel {
  /** 电话催办. */
  PHONE,
  /** 发文催办 (催办单). */
  DOCUMENT,
  /** 现场督办. */
  ON_SITE,
  /** 会议督办. */
  MEETING
}
