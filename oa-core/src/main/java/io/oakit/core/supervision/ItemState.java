package io.oakit.core.supervision;

/** The life of a supervision item. */
public enum ItemState {
  /** 立项: registered, not yet assigned. */
  REGISTERED,
  /** 交办: assigned, the lead unit has not signed for it. */
  ASSIGNED,
  /** 办理中: the lead unit signed for it and is handling it (also after a rework). */
  IN_PROGRESS,
  /** 报结: completion reported, awaiting review. */
  COMPLETION_REPORTED,
  /** 审核通过: the review accepted the work. */
  ACCEPTED,
  /** 办结: closed. */
  CLOSED,
  /** 归档: archived. */
  ARCHIVED,
  /** 撤销: cancelled. */
  CANCELLED
}
