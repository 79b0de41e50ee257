package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The contract test kit over the JDBC store on one database product: every test gets a fresh
 * database; a restart (R2.5) and a second instance (R7) are further {@link JdbcStorage}s, each with
 * its own pool, over that database; the audit log is tampered with through SQL (R6.3, R6.6).
 */
abstract class JdbcStorageContract extends StorageContract {

  private final Supplier<DataSource> freshDatabase;
  private final Dialect dialect;
  private DataSource database;

  JdbcStorageContract(Supplier<DataSource> freshDatabase, Dialect dialect) {
    this.freshDatabase = freshDatabase;
    this.dialect = dialect;
  }

  @Override
  protected Transactor newStorage() {
    database = freshDatabase.get();
    return anotherInstance();
  }

  private JdbcStorage anotherInstance() {
    return new JdbcStorage(database, dialect, 20);
  }

  @Override
  protected Optional<Transactor> reopen(Transactor storage) {
    return Optional.of(anotherInstance());
  }

  /** Another pool over the same database, as a second host process has. */
  @Override
  protected Optional<Transactor> secondInstance(Transactor storage) {
    return Optional.of(anotherInstance());
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }
}
