package io.oakit.testkit;

import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;
import java.util.Optional;

/** The reference implementation passes the contract test kit. */
class InMemoryStorageContractTest extends StorageContract {

  @Override
  protected Transactor newStorage() {
    return new InMemoryStorage();
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((InMemoryStorage) storage)::tamperWithAuditLog);
  }
}
