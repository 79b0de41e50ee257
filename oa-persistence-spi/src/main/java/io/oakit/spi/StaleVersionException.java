package io.oakit.spi;

import io.oakit.core.OaException;

/** An update expected a version that is no longer current: someone else updated first. */
public final class StaleVersionException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The kind of thing or aggregate concerned. */
  private final AggregateKind kind;
  /** The id that was not found. */
  private final String id;
  /** The version the caller expected. */
  private final long expectedVersion;
  /** The current version. */
  private final long actualVersion;

  /**
   * @param kind the aggregate's kind
   * @param id its id
   * @param expectedVersion the version the caller expected
   * @param actualVersion the current version
   */
  public StaleVersionException(AggregateKind kind, String id, long expectedVersion, long actualVersion) {
    super(kind + " " + id + " is at version " + actualVersion + ", not the expected " + expectedVersion
        + ": someone else updated it first; reload and retry");
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** @return the aggregate's kind */
  public AggregateKind kind() {
    return kind;
  }

  /** @return the aggregate's id */
  public String id() {
    return id;
  }

  /** @return the version the caller expected */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** @return the current version */
  public long actualVersion() {
    return actualVersion;
  }
}
