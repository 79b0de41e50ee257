package io.oakit.persistence.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 2: payloads become the self-describing JSON documents of the stored format, in a
 * JSON column ({@code jsonb} on PostgreSQL). A database that already holds aggregates holds them in
 * the positional text format of pre-release builds, which no release reads: it is refused with a
 * message rather than half converted.
 */
final class V2__JsonPayloads extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Map<String, String> placeholders = context.getConfiguration().getPlaceholders();
    try (Statement s = context.getConnection().createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM oa_aggregate")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new IllegalStateException("this database holds " + rs.getLong(1) + " aggregates in the positional"
              + " text format of pre-release builds, which this version does not read (see"
              + " docs/storage-format.md); start from an empty database");
        }
      }
      String script = read("v2-json-payloads.sql");
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        script = script.replace("${" + p.getKey() + "}", p.getValue());
      }
      for (String sql : script.split(";\\s*\\n")) {
        String statement = sql.lines().filter(l -> !l.trim().startsWith("--"))
            .reduce("", (a, b) -> a + "\n" + b).trim();
        if (!statement.isEmpty()) {
          s.execute(statement);
        }
      }
    }
  }

  private static String read(String name) {
    try (InputStream in = V2__JsonPayloads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration script " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
