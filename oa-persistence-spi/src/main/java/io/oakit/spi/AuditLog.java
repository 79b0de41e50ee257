package io.oakit.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log. Obtained from a {@link UnitOfWork}.
 *
 * <p>Sequence, then seal: a command's unit of work only <em>appends</em> its entries, which takes no
 * lock another unit of work waits for, so writers are never serialised by the log. A separate,
 * host-driven step <em>seals</em> what has been committed: it gives each entry the next sequence
 * and chains it to the one before. Sealers exclude one another (one at a time, anywhere), never the
 * writers.
 *
 * <ul>
 *   <li><b>R6.1</b> {@code seal} gives the entries appended by committed units of work (and by its own
 *       unit of work) the next sequences (1, 2, …) in the order they were appended, and chains each
 *       with {@link AuditChain#next}; an entry is sealed once.
 *   <li><b>R6.2</b> the SPI offers no way to change or remove an entry, sealed or not.
 *   <li><b>R6.3</b> {@code verify} reports the first sealed entry that no longer fits the chain
 *       ({@link AuditChain#firstBroken}): an entry edited in storage, or entries moved without their
 *       hashes computed afresh. A chain alone cannot see entries cut off its end, nor a log rewritten
 *       with fresh hashes; that takes a head kept outside the store (R6.6).
 *   <li><b>R6.4</b> entries appended in a unit of work that rolls back are neither sealed nor listed
 *       as unsealed, and the entries committed before it all stay.
 *   <li><b>R6.5</b> {@code read(from, n)} starts at sequence {@code from}; it reads sealed entries.
 *   <li><b>R6.6</b> {@code head} is the last sealed entry's sequence and hash; {@code verify(head)} of
 *       a head taken earlier reports the removal of entries up to it (the end of the log included) and
 *       entries reordered or re-hashed up to it.
 *   <li><b>R6.7</b> appending takes no lock another append waits for: while a unit of work that has
 *       appended is still open, another unit of work appends and commits.
 *   <li><b>R6.8</b> an entry whose unit of work is still open when a seal runs is not sealed by it
 *       (nor lost): a later seal, after the commit, seals it; {@code unsealed} lists the committed
 *       entries not yet sealed, in the order they were appended.
 * </ul>
 *
 * <p>What is provable when: a <em>sealed</em> entry is as before — its content and its place after
 * the one before, and with a head kept outside the store, that nothing up to the head was removed.
 * An entry <em>appended but not yet sealed</em> is stored with its unit of work (so it is never lost
 * or left out of a committed change) but is not yet tamper-evident: someone who can write the store
 * could edit or delete it before the next seal. Hosts therefore seal often (the examples seal every
 * few seconds with the scheduler that runs escalations) and may keep the heads seal returns.
 */
public interface AuditLog {

  /**
   * Records an entry in this unit of work (R6.7); a seal after the commit gives it its sequence.
   *
   * @param event what to audit
   */
  void append(AuditEntry.Event event);

  /**
   * Seals up to {@code limit} committed entries not yet sealed, in the order they were appended
   * (R6.1, R6.8). Call it in a unit of work of its own; sealers in other units of work wait for it.
   *
   * @param limit the most entries to seal, {@code >= 1}
   * @return the entries sealed, in sequence order (empty when there was nothing to seal)
   */
  List<AuditEntry> seal(int limit);

  /**
   * The committed entries not yet sealed, in the order they were appended (R6.8).
   *
   * @param limit the most entries, {@code >= 1}
   * @return the entries
   */
  List<AuditEntry.Unsealed> unsealed(int limit);

  /**
   * Reads entries in sequence order.
   *
   * @param fromSequence the first sequence to read, {@code >= 1}
   * @param limit the most entries, {@code >= 1}
   * @return the entries
   */
  List<AuditEntry> read(long fromSequence, int limit);

  /**
   * Verifies the whole chain of sealed entries (R6.3).
   *
   * @return the sequence of the first altered entry, or empty if the chain holds
   */
  Optional<Long> verify();

  /**
   * The head of the log now (R6.6).
   *
   * @return the last sealed entry's sequence and hash, or {@link AuditHead#EMPTY}
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
