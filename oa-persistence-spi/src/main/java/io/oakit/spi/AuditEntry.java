package io.oakit.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One sealed entry of the audit log, hash-chained to the one before (see {@link AuditChain}).
 *
 * @param sequence 1 for the first entry, then consecutive
 * @param at when the audited action happened
 * @param actor who did it
 * @param action what was done, e.g. {@code supervision.urge}
 * @param subject what it was done to, e.g. {@code SUPERVISION_ITEM:D-12}
 * @param detail free text
 * @param previousHash the hash of the entry before, 64 zeros for the first
 * @param hash SHA-256 over the canonical encoding of the fields above, hex
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject, String detail,
    String previousHash, String hash) {
  /**
   * Checks the arguments.
   *
   * @param sequence 1 for the first entry, then consecutive
   * @param at when the audited action happened
   * @param actor who did it
   * @param action what was done, e.g. {@code supervision.urge}
   * @param subject what it was done to, e.g. {@code SUPERVISION_ITEM:D-12}
   * @param detail free text
   * @param previousHash the hash of the entry before, 64 zeros for the first
   * @param hash SHA-256 over the canonical encoding of the fields above, hex
   */
  public AuditEntry {
    checkArgument(sequence >= 1, "sequence must be >= 1 but was %s", sequence);
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireNonNull(subject, "subject");
    requireNonNull(detail, "detail");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
  }

  /**
   * What to audit; the log adds the sequence and the hashes.
   *
   * @param at when
   * @param actor who
   * @param action what
   * @param subject to what
   * @param detail free text
   */
  public record Event(Instant at, String actor, String action, String subject, String detail) {
    /**
     * Checks the arguments.
     *
     * @param at when the audited action happened
     * @param actor who did it
     * @param action what was done, e.g. {@code supervision.urge}
     * @param subject what it was done to, e.g. {@code SUPERVISION_ITEM:D-12}
     * @param detail free text
     */
    public Event {
      requireNonNull(at, "at");
      requireNonNull(actor, "actor");
      requireNonNull(action, "action");
      requireNonNull(subject, "subject");
      requireNonNull(detail, "detail");
    }
  }

  /**
   * An entry appended and committed but not yet sealed: it has no sequence and no hash yet.
   *
   * @param receipt the store's number for it, increasing in the order entries were appended (not
   *     consecutive)
   * @param event what was audited
   */
  public record Unsealed(long receipt, Event event) {
    /**
     * Checks the arguments.
     *
     * @param receipt the store's number for it
     * @param event what was audited
     */
    public Unsealed {
      requireNonNull(event, "event");
    }
  }
}
