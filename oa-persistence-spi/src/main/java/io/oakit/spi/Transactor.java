package io.oakit.spi;

/**
 * The entry point of a store: runs work in a transaction. This is the interface a host implements
 * (with the other interfaces of this package behind {@link UnitOfWork}).
 *
 * <ul>
 *   <li><b>R2.1</b> when the work returns, everything it did — aggregates, audit entries, numbers,
 *       idempotency keys — is committed together, and its result returned.
 *   <li><b>R2.2</b> when the work throws, nothing it did is kept, and the exception propagates
 *       unchanged.
 *   <li><b>R2.3</b> that holds for an {@code Error} thrown by the work too.
 *   <li><b>R2.4</b> a transaction started from inside another on the same thread is refused with an
 *       {@code IllegalStateException} that says so (and the outer one, if its work lets that
 *       exception through, keeps nothing).
 *   <li><b>R2.5</b> what was committed survives a new instance of the store over the same data
 *       (a restart), and document numbers continue where they were.
 *   <li><b>R2.6</b> a failure that may pass on a second try (a lock timeout, a serialization failure
 *       or deadlock, a lost or unavailable connection, a busy database file) is thrown as
 *       {@link TransientStorageException}, with nothing of the work kept.
 *   <li><b>R2.3</b> implementations are thread-safe; concurrent transactions never lose an update
 *       (R1.5) nor hand out a number twice (R4.1).
 * </ul>
 */
public interface Transactor {

  /**
   * Runs work in a transaction (R2.1, R2.2).
   *
   * @param work the work
   * @param <T> its result
   * @return the work's result
   */
  <T> T inTransaction(UnitOfWork.Work<T> work);
}
