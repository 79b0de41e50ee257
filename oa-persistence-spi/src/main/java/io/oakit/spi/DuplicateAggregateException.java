package io.oakit.spi;

import io.oakit.core.OaException;

/** An insert used an id that is already taken within its kind. */
public final class DuplicateAggregateException extends OaException {
  private static final long serialVersionUID = 1L;

  /**
   * @param kind the kind
   * @param id the taken id
   */
  public DuplicateAggregateException(AggregateKind kind, String id) {
    super(kind + " " + id + " already exists");
  }
}
