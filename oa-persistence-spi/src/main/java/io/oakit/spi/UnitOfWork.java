package io.oakit.spi;

/**
 * One transaction's view of the store: everything done through it commits together or not at all
 * (see {@link Transactor}). Valid only inside {@link Transactor#inTransaction}; not thread-safe.
 */
public interface UnitOfWork {

  /** @return the aggregates */
  AggregateStore aggregates();

  /** @return the audit log */
  AuditLog audit();

  /** @return the document-number allocator */
  NumberAllocator numbers();

  /** @return the processed idempotency keys */
  IdempotencyStore idempotency();

  /**
   * The work done in a transaction.
   *
   * @param <T> its result
   */
  @FunctionalInterface
  interface Work<T> {
    /**
     * @param unit the unit of work
     * @return the result
     */
    T run(UnitOfWork unit);
  }
}
