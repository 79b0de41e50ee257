package io.oakit.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The host-driven sealing step of the audit log ({@link AuditLog#seal}): run it every few seconds
 * (from the scheduler that runs escalations, for example) and before reading or verifying the log.
 * Any number of hosts may run it at once; the store lets one seal at a time.
 */
public final class AuditSealing {

  /** How many entries one unit of work seals at most. */
  public static final int BATCH = 1_000;

  private AuditSealing() {}

  /**
   * Seals every committed entry not yet sealed, a batch per unit of work.
   *
   * @param store the store
   * @return the head after the last batch (the head to keep outside the store, if the host keeps one)
   */
  public static AuditHead sealAll(Transactor store) {
    requireNonNull(store, "store");
    while (true) {
      List<AuditEntry> sealed = store.inTransaction(u -> u.audit().seal(BATCH));
      if (sealed.size() < BATCH) {
        return store.inTransaction(u -> u.audit().head());
      }
    }
  }
}
