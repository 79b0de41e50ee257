package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;

/** The JDBC store on embedded H2 passes the contract test kit. */
class H2StorageContractTest extends StorageContract {

  private javax.sql.DataSource database;

  @Override
  protected Transactor newStorage() {
    database = TestDatabases.freshH2();
    return new JdbcStorage(database, Dialect.H2, 20);
  }

  @Override
  protected Optional<Transactor> reopen(Transactor storage) {
    return Optional.of(new JdbcStorage(database, Dialect.H2, 20));
  }

  /** Another pool over the same database, as a second host process has. */
  @Override
  protected Optional<Transactor> secondInstance(Transactor storage) {
    return Optional.of(new JdbcStorage(database, Dialect.H2, 20));
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }
}
