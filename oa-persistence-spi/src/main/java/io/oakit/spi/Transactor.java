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
 *   <li>Implementations are thread-safe; concurrent transactions never lose an update (R1.5) nor
 *       hand out a number twice (R4.1).
 * </ul>
 *
 * <p>A host may run several instances of a store over the same data at once (several processes, or
 * several connection pools). Between instances:
 *
 * <ul>
 *   <li><b>R7.1</b> what a transaction of one instance wrote — aggregates, indexes, idempotency keys,
 *       audit entries — is invisible to the other until it commits, and never visible if it rolls
 *       back (no dirty reads).
 *   <li><b>R7.2</b> what one instance committed the other sees at its next transaction: no instance
 *       answers from a copy of its own (caches are invalidated across instances or not kept).
 *   <li><b>R7.3</b> updates from both instances at once lose nothing, and a transaction that meets
 *       the other instance's commit either commits or fails with {@link StaleVersionException} or
 *       {@link TransientStorageException} (a busy database file, a serialization failure), never
 *       with another exception.
 *   <li><b>R7.4</b> one command sent by both instances at once with one idempotency key takes effect
 *       once: the later {@link IdempotencyStore#record record} is refused even when its transaction
 *       looked the key up before the other committed (a unique constraint, not a look-up, decides).
 *   <li><b>R7.5</b> numbers drawn by both instances are never issued twice, also when a transaction
 *       that drew one rolls back after the other committed (a sequence is never stepped back).
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
