package io.oakit.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The head of the audit log: the sequence and hash of its last entry ({@code 0} and
 * {@link AuditChain#GENESIS} for an empty log). A host that keeps or publishes heads (in another
 * system, a daily report, a signed message) can later prove with {@link AuditLog#verify(AuditHead)}
 * that nothing up to that head was removed, reordered or altered.
 *
 * @param sequence the last entry's sequence, {@code >= 0}
 * @param hash its hash
 */
public record AuditHead(long sequence, String hash) {
  /**
   * Checks the arguments.
   *
   * @param sequence the last entry's sequence, {@code >= 0}
   * @param hash its hash
   */
  public AuditHead {
    requireNonNull(hash, "hash");
    checkArgument(sequence >= 0, "sequence must be >= 0 but was %s", sequence);
  }

  /** The head of an empty log. */
  public static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS);
}
