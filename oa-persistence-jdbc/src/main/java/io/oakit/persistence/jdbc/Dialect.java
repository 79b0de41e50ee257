package io.oakit.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the JDBC store runs on; they differ in the large-text and JSON column types, in how
 * a JSON parameter is written and in how a transaction's waits are bounded.
 */
public enum Dialect {
  /** Embedded H2: payloads in a {@code JSON} column. */
  H2("CLOB", "JSON", "? FORMAT JSON"),
  /** PostgreSQL: payloads in a {@code jsonb} column, so {@code payload->>'subject'} works. */
  POSTGRESQL("TEXT", "JSONB", "CAST(? AS JSONB)");

  private final String textType;
  private final String jsonType;
  private final String jsonParameter;

  Dialect(String textType, String jsonType, String jsonParameter) {
    this.textType = textType;
    this.jsonType = jsonType;
    this.jsonParameter = jsonParameter;
  }

  /**
   * @param dataSource a data source
   * @return the dialect of the database behind it, read from the connection's metadata
   * @throws SQLException if no connection can be had
   * @throws IllegalStateException if the database is neither H2 nor PostgreSQL
   */
  static Dialect of(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
      if (name.contains("postgres")) {
        return POSTGRESQL;
      }
      if (name.equals("h2")) {
        return H2;
      }
      throw new IllegalStateException("the JDBC store runs on PostgreSQL and H2, not on " + product);
    }
  }

  String textType() {
    return textType;
  }

  String jsonType() {
    return jsonType;
  }

  /** @return the SQL for a parameter holding JSON text */
  String jsonParameter() {
    return jsonParameter;
  }

  /** @return the SQL expression of the next audit receipt */
  String nextReceipt() {
    return this == POSTGRESQL ? "nextval('oa_audit_receipt')" : "NEXT VALUE FOR oa_audit_receipt";
  }

  /**
   * @return the statements that bound a transaction's lock and statement waits: on PostgreSQL one
   *     string for this transaction only ({@code SET LOCAL}), sent ahead of its first statement; H2
   *     knows only the session's settings, set again at the start of every transaction, and there a
   *     wait for a lock ends at the shorter of the two timeouts
   */
  List<String> bounds(Duration lockTimeout, Duration statementTimeout) {
    return switch (this) {
      case POSTGRESQL -> List.of("SET LOCAL lock_timeout = '" + lockTimeout.toMillis()
          + "ms'; SET LOCAL statement_timeout = '" + statementTimeout.toMillis() + "ms'");
      // H2's query timeout does not end a wait for a lock: the shorter of the two bounds it
      case H2 -> List.of("SET LOCK_TIMEOUT " + Math.min(lockTimeout.toMillis(), statementTimeout.toMillis()),
          "SET QUERY_TIMEOUT " + statementTimeout.toMillis());
    };
  }
}
