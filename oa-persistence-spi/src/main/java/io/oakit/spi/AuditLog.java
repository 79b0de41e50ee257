package io.oakit.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log. Obtained from a {@link UnitOfWork}.
 *
 * <ul>
 *   <li><b>R6.1</b> {@code append} gives the next sequence (1, 2, …) and chains the entry with
 *       {@link AuditChain#next}.
 *   <li><b>R6.2</b> the SPI offers no way to change or remove an entry.
 *   <li><b>R6.3</b> {@code verify} reports the first entry that no longer fits the chain
 *       ({@link AuditChain#firstBroken}): an entry edited in storage, or entries moved without their
 *       hashes computed afresh. A chain alone cannot see entries cut off its end, nor a log rewritten
 *       with fresh hashes; that takes a head kept outside the store (R6.6).
 *   <li><b>R6.4</b> entries appended in a transaction that rolls back are not kept, and the entries
 *       committed before it all stay.
 *   <li><b>R6.5</b> {@code read(from, n)} starts at sequence {@code from}.
 *   <li><b>R6.6</b> {@code head} is the last entry's sequence and hash; {@code verify(head)} of a head
 *       taken earlier reports the removal of entries up to it (the end of the log included) and
 *       entries reordered or re-hashed up to it.
 * </ul>
 *
 * <p>What the chain proves: each entry's content and its place after the one before. A chain alone
 * cannot see its own end cut off, nor a whole suffix rewritten with fresh hashes by someone who can
 * write the store; a head kept outside the store (by the host) can — {@link #verify(AuditHead)}
 * checks the log against it. Stores keep their own head as well and compare it in {@link #verify()},
 * which catches an intruder who edits the entries but not that record.
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

  /**
   * The head of the log now (R6.6).
   *
   * @return the last entry's sequence and hash, or {@link AuditHead#EMPTY}
   */
  AuditHead head();

  /**
   * Verifies the chain and that it still reaches a head taken earlier (R6.6): the entry at the
   * head's sequence exists and has the head's hash.
   *
   * @param known a head taken earlier
   * @return the sequence of the first altered or missing entry, or empty if the log holds
   */
  default Optional<Long> verify(AuditHead known) {
    requireNonNull(known, "known");
    Optional<Long> broken = verify();
    if (broken.isPresent() || known.sequence() == 0) {
      return broken;
    }
    List<AuditEntry> at = read(known.sequence(), 1);
    if (at.isEmpty() || at.get(0).sequence() != known.sequence() || !at.get(0).hash().equals(known.hash())) {
      long present = head().sequence();
      return Optional.of(Math.min(known.sequence(), present + 1));
    }
    return Optional.empty();
  }
}
