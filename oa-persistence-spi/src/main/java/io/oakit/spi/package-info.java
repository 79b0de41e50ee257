/**
 * The storage interfaces (SPI) a host implements to keep OA Kit's state in its own storage: a
 * {@link io.oakit.spi.Transactor} running {@link io.oakit.spi.UnitOfWork}s over versioned
 * {@link io.oakit.spi.AggregateStore aggregates}, a hash-chained {@link io.oakit.spi.AuditLog}, a
 * {@link io.oakit.spi.NumberAllocator document-number allocator} and an
 * {@link io.oakit.spi.IdempotencyStore}. Every contract is a numbered rule (R1.1 …) in the Javadoc,
 * checked by the contract test kit in oa-testkit; {@link io.oakit.spi.memory.InMemoryStorage} is the
 * reference implementation. No method accepts or returns {@code null}.
 */
package io.oakit.spi;
