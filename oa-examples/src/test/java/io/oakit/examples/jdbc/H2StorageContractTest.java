package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;

/** The JDBC store on embedded H2 passes the contract test kit. */
class H2StorageContractTest extends StorageContract {

  @Override
  protected Transactor newStorage() {
    return new JdbcStorage(TestDatabases.freshH2(), Dialect.H2, 20);
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }
}
