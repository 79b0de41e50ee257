package io.oakit.spi;

import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log. Obtained from a {@link UnitOfWork}.
 *
 * <ul>
 *   <li><b>R6.1</b> {@code append} gives the next sequence (1, 2, …) and chains the entry with
 *       {@link AuditChain#next}.
 *   <li><b>R6.2</b> the SPI offers no way to change or remove an entry.
 *   <li><b>R6.3</b> {@code verify} reports the first entry whose content, sequence or order was altered
 *       in storage ({@link AuditChain#firstBroken}).
 *   <li><b>R6.4</b> entries appended in a transaction that rolls back are not kept.
 * </ul>
 */
public interface AuditLog {

  /**
   * Appends an entry (R6.1).
   *
   * @param event what to audit
   * @return the stored entry
   */
  AuditEntry append(AuditEntry.Event event);

  /**
   * Reads entries in sequence order.
   *
   * @param fromSequence the first sequence to read, {@code >= 1}
   * @param limit the most entries, {@code >= 1}
   * @return the entries
   */
  List<AuditEntry> read(long fromSequence, int limit);

  /**
   * Verifies the whole chain (R6.3).
   *
   * @return the sequence of the first altered entry, or empty if the chain holds
   */
  Optional<Long> verify();
}
