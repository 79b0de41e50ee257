package io.oakit.persistence.jdbc;

import io.oakit.spi.AuditEntry;
import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
    return TestDatabases.store(database, dialect, 20);
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
    return Optional.of(edit -> rewriteAuditTable(storage, edit));
  }

  /** Rewrites the stored audit log with SQL, behind the SPI's back, as an attacker with database access would. */
  private void rewriteAuditTable(Transactor storage, UnaryOperator<List<AuditEntry>> edit) {
    List<AuditEntry> edited = edit.apply(storage.inTransaction(u -> u.audit().read(1, Integer.MAX_VALUE)));
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM oa_audit");
      }
      long position = 1;
      for (AuditEntry e : edited) {  // rows are keyed by sequence: keep the edited order by position
        insertAuditRow(c, position++, e);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes one sealed audit row by SQL, at a sequence of the caller's choosing (tests only). */
  static void insertAuditRow(Connection c, long sequence, AuditEntry e) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(JdbcStorage.INSERT_AUDIT)) {
      JdbcStorage.bindAudit(p, sequence, e);
      p.executeUpdate();
    }
  }
}
