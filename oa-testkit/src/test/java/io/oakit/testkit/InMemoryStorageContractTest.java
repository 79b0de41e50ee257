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

  /** One object in one process: its only other "instance" is itself, used from other threads. */
  @Override
  protected Optional<Transactor> secondInstance(Transactor storage) {
    return Optional.of(storage);
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((InMemoryStorage) storage)::tamperWithAuditLog);
  }

  @Override
  protected boolean unitsOfWorkRunSideBySide() {
    return false;  // one unit of work at a time, under one lock
  }
}
