package io.oakit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The schema is migrated by Flyway and versioned in {@code oa_schema_history}; a database written
 * by the store's earlier builds (which kept {@code oa_schema_version} themselves) is taken over at
 * the version it reached, its records read as they were.
 */
class MigrationsTest {

  @Test
  void aFreshDatabaseIsBroughtToTheCurrentVersionAndRecordsEachStep() throws SQLException {
    DataSource db = TestDatabases.freshPostgres();
    JdbcStorage.create(db);
    assertThat(versions(db)).containsExactly("1", "2", "3", "4");
    assertThat(JdbcStorage.flyway(db, Dialect.POSTGRESQL).info().pending()).isEmpty();
    JdbcStorage.create(db);  // a second start changes nothing
    assertThat(versions(db)).containsExactly("1", "2", "3", "4");
    assertThat(columnType(db, "oa_aggregate", "payload")).isEqualTo("jsonb");
  }

  @Test
  void anAuditLogWrittenUnderTheHeadLockIsReadAndChainedOnAfterVersion3() throws SQLException {
    for (Dialect dialect : Dialect.values()) {
      DataSource db = dialect == Dialect.H2 ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
      Migrations.configure(db, dialect).target("2").load().migrate();
      // two entries as version 2 wrote them: chained at once, the head row moved in the same transaction
      io.oakit.spi.AuditEntry first = io.oakit.spi.AuditChain.next(io.oakit.spi.AuditChain.GENESIS, 1,
          new io.oakit.spi.AuditEntry.Event(java.time.Instant.parse("2026-09-30T01:00:00Z"), "li", "old", "s", "一"));
      io.oakit.spi.AuditEntry second = io.oakit.spi.AuditChain.next(first.hash(), 2,
          new io.oakit.spi.AuditEntry.Event(java.time.Instant.parse("2026-09-30T02:00:00Z"), "li", "old", "s", "二"));
      try (Connection c = db.getConnection()) {
        for (io.oakit.spi.AuditEntry e : List.of(first, second)) {
          JdbcStorageContract.insertAuditRow(c, e.sequence(), e);
        }
        try (Statement st = c.createStatement()) {
          st.executeUpdate("UPDATE oa_audit_head SET last_sequence = 2, last_hash = '" + second.hash() + "' WHERE id = 1");
        }
      }
      JdbcStorage store = JdbcStorage.create(db);
      assertThat(versions(db)).as(dialect.name()).endsWith("3", "4");
      store.inTransaction(u -> {
        u.audit().append(new io.oakit.spi.AuditEntry.Event(java.time.Instant.parse("2026-12-05T01:00:00Z"), "li", "new",
            "s", "三"));
        return null;
      });
      io.oakit.spi.AuditHead head = io.oakit.spi.AuditSealing.sealAll(store);
      List<io.oakit.spi.AuditEntry> log = store.inTransaction(u -> u.audit().read(1, 10));
      assertThat(log).as(dialect.name()).extracting(io.oakit.spi.AuditEntry::detail).containsExactly("一", "二", "三");
      assertThat(log.get(0)).isEqualTo(first);
      assertThat(log.get(2).previousHash()).isEqualTo(second.hash());
      assertThat(head.sequence()).isEqualTo(3);
      Optional<Long> broken = store.inTransaction(u -> u.audit().verify());
      assertThat(broken).as(dialect.name()).isEmpty();
    }
  }

  @Test
  void traysWrittenBeforeVersion4AreReadInTheirOrderAfterIt() throws SQLException {
    for (Dialect dialect : Dialect.values()) {
      DataSource db = dialect == Dialect.H2 ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
      Migrations.configure(db, dialect).target("3").load().migrate();
      try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
        String json = dialect == Dialect.H2 ? "'{}' FORMAT JSON" : "CAST('{}' AS JSONB)";
        st.executeUpdate("INSERT INTO oa_aggregate (kind, id, version, payload, is_open, due_at) VALUES"
            + " ('DOCUMENT', 'late', 1, " + json + ", TRUE, '2026-10-12T17:30:00.000000000'),"
            + " ('DOCUMENT', 'early', 1, " + json + ", TRUE, '2026-10-09T17:30:00.000000000'),"
            + " ('DOCUMENT', 'undated', 1, " + json + ", TRUE, NULL)");
        st.executeUpdate("INSERT INTO oa_pending (kind, id, person) VALUES ('DOCUMENT', 'late', 'wu'),"
            + " ('DOCUMENT', 'undated', 'wu'), ('DOCUMENT', 'early', 'wu')");
      }
      JdbcStorage store = JdbcStorage.create(db);
      io.oakit.spi.Page<Aggregate> first = store.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, "wu",
          io.oakit.spi.Page.Request.first(2)));
      assertThat(first.items()).as(dialect.name()).extracting(Aggregate::id).containsExactly("early", "late");
      io.oakit.spi.Page<Aggregate> second = store.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT,
          "wu", io.oakit.spi.Page.Request.first(2).next(first)));
      assertThat(second.items()).as(dialect.name()).extracting(Aggregate::id).containsExactly("undated");
    }
  }

  @Test
  void theDialectIsReadFromTheDatabase() {
    assertThat(JdbcStorage.create(TestDatabases.freshH2()).dialect()).isEqualTo(Dialect.H2);
    assertThat(JdbcStorage.create(TestDatabases.freshPostgres()).dialect()).isEqualTo(Dialect.POSTGRESQL);
  }

  @Test
  void aHostMayRunTheMigrationsItselfAndStartTheStoreWithoutThem() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    assertThatThrownBy(() -> JdbcStorage.builder(db).migrate(false).build()
        .inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "x"))).hasMessageContaining("OA_AGGREGATE");
    JdbcStorage.flyway(db, Dialect.H2).migrate();
    JdbcStorage store = JdbcStorage.builder(db).migrate(false).build();
    Optional<Aggregate> none = store.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "x"));
    assertThat(none).isEmpty();
  }

  @Test
  void aDatabaseOfThePreFlywayBuildsIsTakenOverAtItsVersionWithItsRecords() throws Exception {
    DataSource db = TestDatabases.freshH2();
    legacy(db, 2);
    JdbcStorage old = JdbcStorage.builder(db).dialect(Dialect.H2).migrate(false).build();
    old.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, "d-1", "{\"format\":1}", Index.NONE));

    JdbcStorage store = JdbcStorage.create(db);
    assertThat(versions(db)).containsExactly("2", "3", "4");  // the baseline: no script ran again
    assertThat(store.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "d-1")).orElseThrow().payload())
        .isEqualTo("{\"format\":1}");
  }

  @Test
  void aPreReleaseDatabaseWithPositionalPayloadsIsRefusedWithAMessageAndLeftAsItWas() throws Exception {
    DataSource db = TestDatabases.freshH2();
    legacy(db, 1);
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO oa_aggregate (kind, id, version, payload, is_open) VALUES ('DOCUMENT', 'd-1', 1,"
          + " 'd-1|关于…|3', TRUE)");
    }
    assertThatThrownBy(() -> JdbcStorage.create(db)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("positional text format");
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT payload FROM oa_aggregate")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("d-1|关于…|3");
    }
  }

  /** Writes the schema as the pre-Flyway builds did: their scripts up to {@code version}, and oa_schema_version. */
  private static void legacy(DataSource db, int version) throws SQLException, IOException {
    String[] scripts = {"migration/V1__schema.sql", "v2-json-payloads.sql"};
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE oa_schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL)");
      for (int v = 1; v <= version; v++) {
        String script;
        try (InputStream in = JdbcStorage.class.getResourceAsStream(scripts[v - 1])) {
          script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${text}", "CLOB")
              .replace("${json}", "JSON");
        }
        for (String sql : script.split(";\\s*\\n")) {
          String statement = sql.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
          if (!statement.isEmpty()) {
            s.execute(statement);
          }
        }
        s.execute("INSERT INTO oa_schema_version (version, script) VALUES (" + v + ", 'V" + v + "')");
      }
    }
  }

  private static List<String> versions(DataSource db) {
    List<String> out = new ArrayList<>();
    for (MigrationInfo m : JdbcStorage.flyway(db, Dialect.H2).info().applied()) {
      out.add(m.getVersion().getVersion());
    }
    return out;
  }

  private static String columnType(DataSource db, String table, String column) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = '" + table
             + "' AND column_name = '" + column + "'")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
