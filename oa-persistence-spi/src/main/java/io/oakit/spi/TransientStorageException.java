package io.oakit.spi;

import io.oakit.core.OaException;

/**
 * A failure of the store that may pass if the same work is tried again: a lock or statement
 * timeout, a serialization failure or deadlock the database resolved by aborting this transaction, a
 * connection that could not be had or was lost, a busy database file (SQLITE_BUSY). Nothing of the
 * work was kept. Stores throw it for such failures (R2.6) so that callers can tell them from
 * programming errors; the workflow retries a command that meets one, with the same idempotency key.
 */
public class TransientStorageException extends OaException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, e.g. the database's error code and message
   * @param cause the database's exception, may be null
   */
  public TransientStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
