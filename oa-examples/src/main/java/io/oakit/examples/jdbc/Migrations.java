package io.oakit.examples.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: SQL scripts {@code V<n>__<name>.sql} applied in order, each once,
 * recorded in {@code oa_schema_version}, each in its own transaction. A dozen lines instead of a
 * migration framework: the example has one schema and two databases, and its users can read every
 * step.
 */
final class Migrations {

  static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__json_payloads.sql");

  private Migrations() {}

  static void migrate(Connection c, Dialect dialect) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS oa_schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL)");
      c.commit();
      int current = 0;
      try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM oa_schema_version")) {
        rs.next();
        current = rs.getInt(1);
      }
      for (int v = current + 1; v <= SCRIPTS.size(); v++) {
        if (v == 2) {
          refusePreReleasePayloads(s);
        }
        String script = read(SCRIPTS.get(v - 1)).replace("${text}", dialect.textType())
            .replace("${json}", dialect.jsonType());
        for (String sql : script.split(";\\s*\\n")) {
          String stmt = sql.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
          if (!stmt.isEmpty()) {
            s.execute(stmt);
          }
        }
        s.execute("INSERT INTO oa_schema_version (version, script) VALUES (" + v + ", '" + SCRIPTS.get(v - 1) + "')");
        c.commit();
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  /** Version 2 turns payloads into JSON: stored pre-release (positional text) payloads cannot be converted. */
  private static void refusePreReleasePayloads(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM oa_aggregate")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException("this database holds " + rs.getLong(1) + " aggregates in the positional text"
            + " format of pre-release builds, which this version does not read (see docs/storage-format.md); start"
            + " from an empty database");
      }
    }
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
