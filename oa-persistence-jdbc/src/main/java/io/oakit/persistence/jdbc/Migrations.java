package io.oakit.persistence.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The store's schema, migrated by Flyway: SQL scripts {@code V<n>__<name>.sql} in
 * {@value JdbcStorage#MIGRATIONS} and the Java migrations named here, recorded in
 * {@value JdbcStorage#SCHEMA_HISTORY}. The column types that differ between the databases are the
 * placeholders {@code ${text}} and {@code ${json}}.
 *
 * <p>Databases written by the store's pre-Flyway builds (the JDBC store of {@code oa-examples},
 * which kept its own {@code oa_schema_version} table) are taken over at the version they reached,
 * so no script runs twice.
 */
final class Migrations {

  /** The newest schema version this build writes. */
  static final int CURRENT = 4;

  private Migrations() {}

  /** @return a Flyway configured for the store's schema on the given database */
  static FluentConfiguration configure(DataSource dataSource, Dialect dialect) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(JdbcStorage.MIGRATIONS)
        .javaMigrations(new V2__JsonPayloads())
        .table(JdbcStorage.SCHEMA_HISTORY)
        .placeholders(Map.of("text", dialect.textType(), "json", dialect.jsonType()))
        .failOnMissingLocations(true);
  }

  static void migrate(DataSource dataSource, Dialect dialect) throws SQLException {
    FluentConfiguration config = configure(dataSource, dialect);
    OptionalInt legacy = legacyVersion(dataSource);
    if (legacy.isPresent()) {
      config = config.baselineOnMigrate(true).baselineVersion(Integer.toString(legacy.getAsInt()))
          .baselineDescription("taken over from oa_schema_version");
    }
    config.load().migrate();
  }

  /**
   * @return the version a pre-Flyway build recorded, when the database has no Flyway history yet
   */
  private static OptionalInt legacyVersion(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (hasTable(c, JdbcStorage.SCHEMA_HISTORY) || !hasTable(c, "oa_schema_version")) {
        return OptionalInt.empty();
      }
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM oa_schema_version")) {
        rs.next();
        int version = rs.getInt(1);
        return version == 0 ? OptionalInt.empty() : OptionalInt.of(version);
      }
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String candidate : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
      try (ResultSet rs = meta.getTables(null, null, candidate, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
