package io.oakit.spi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of the audit log, for implementers: the canonical encoding, the hash of an entry,
 * and the verification of a sequence of entries. Stateless.
 *
 * <p>Canonical encoding: the fields sequence, at (ISO-8601 instant), actor, action, subject, detail
 * and previousHash, each as its UTF-8 byte length in decimal, a colon, and the bytes — so no field
 * can bleed into the next. The hash is SHA-256 of that encoding, in lower-case hex.
 */
public final class AuditChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * The entry that follows {@code previous} for an event.
   *
   * @param previousHash the hash of the last entry, or {@link #GENESIS}
   * @param sequence the new entry's sequence
   * @param event the event
   * @return the hashed entry
   */
  public static AuditEntry next(String previousHash, long sequence, AuditEntry.Event event) {
    String hash = hash(sequence, event, previousHash);
    return new AuditEntry(sequence, event.at(), event.actor(), event.action(), event.subject(), event.detail(),
        previousHash, hash);
  }

  /**
   * The hash an entry must have.
   *
   * @param sequence the sequence
   * @param event the content
   * @param previousHash the previous hash
   * @return the SHA-256 hex
   */
  public static String hash(long sequence, AuditEntry.Event event, String previousHash) {
    StringBuilder canonical = new StringBuilder();
    for (String field : new String[] {Long.toString(sequence), event.at().toString(), event.actor(), event.action(),
        event.subject(), event.detail(), previousHash}) {
      canonical.append(field.getBytes(UTF_8).length).append(':').append(field);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Checks a log from its first entry: consecutive sequences from 1, each previous hash equal to the
   * hash of the entry before, each hash equal to the hash of its content.
   *
   * @param entries the whole log in sequence order
   * @return the sequence of the first entry that fails, or empty if the chain holds
   */
  public static Optional<Long> firstBroken(List<AuditEntry> entries) {
    String previous = GENESIS;
    long expected = 1;
    for (AuditEntry e : entries) {
      AuditEntry.Event content = new AuditEntry.Event(e.at(), e.actor(), e.action(), e.subject(), e.detail());
      if (e.sequence() != expected || !e.previousHash().equals(previous)
          || !e.hash().equals(hash(e.sequence(), content, e.previousHash()))) {
        return Optional.of(e.sequence());
      }
      previous = e.hash();
      expected++;
    }
    return Optional.empty();
  }
}
