package io.oakit.spi;

/** The kinds of aggregate OA Kit keeps through the SPI. */
public enum AggregateKind {
  /** An incoming (收文) or outgoing (发文) document with its step history. */
  DOCUMENT,
  /** A circulation (传阅) of a document. */
  CIRCULATION,
  /** A supervision item (督办事项). */
  SUPERVISION_ITEM,
  /** A duty roster version (值班表). */
  ROSTER,
  /** A routing rule set. */
  RULE_SET,
  /** A year of holiday data added by the host. */
  CALENDAR,
  /** A period's assessment (e.g. supervision scores) with its approval. */
  ASSESSMENT,
  /** A notification in the transactional outbox: written with the change that caused it, open until delivered. */
  NOTIFICATION
}
