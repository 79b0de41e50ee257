package io.oakit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Stored years, not a demo month: a host-scale dataset in a real PostgreSQL (embedded, its data
 * directory kept between runs) and what a host's screens ask of it, through the JDBC store.
 *
 * <p>The dataset (generated once, seed 22): 1,000 units of 5 people each, 1,000,000 incoming
 * documents received over five years (2022–2026, each due ten days after it came in, handled by
 * one unit; those due in the last twenty days still open, and one in a hundred of the older ones
 * never closed) and 200,000 supervision items over the same years (led by one unit; those due in
 * the last month open, and two in a hundred older ones). Every open document is in the tray of its
 * unit's clerk, one other person of the unit and the leader in charge of its ten units (a hundred
 * leaders; one tray in a hundred sampled is a leader's). Payloads are JSON of the stored format's shape and size (two events and
 * the view), written with {@code COPY}.
 *
 * <p>Measured, each a unit of work through {@link JdbcStorage} over a pool of four connections:
 * a person's tray (first page of 20), a unit's register for a month (first page of 50), the
 * overdue list (first page of 50), every open supervision item read page by page (what the
 * escalations read), and a unit's items due in a year page by page (what scoring a year reads).
 * Then each query's plan ({@code EXPLAIN ANALYZE}).
 *
 * <p>Run: {@code java -cp oa-benchmarks/target/benchmarks.jar io.oakit.benchmarks.HostScaleRun [dir]}
 * (the first run generates the data, about 1.5 GB, in a few minutes). Writes {@code
 * target/host-scale.md}.
 */
public final class HostScaleRun {

  static final int UNITS = 1_000;
  static final int PEOPLE_PER_UNIT = 5;
  static final int DOCUMENTS = 1_000_000;
  static final int ITEMS = 200_000;
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final int DAYS = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
  /** "Now" for the screens. */
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
  private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

  private HostScaleRun() {}

  /**
   * @param args the data directory (default {@code target/host-scale-pg})
   * @throws Exception if the database cannot be started or read
   */
  public static void main(String[] args) throws Exception {
    Report report = run(Path.of(args.length > 0 ? args[0] : "target/host-scale-pg"));
    System.out.print(report.markdown());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/host-scale.md"), report.markdown(), StandardCharsets.UTF_8);
  }

  /**
   * What a run found.
   *
   * @param markdown the table and the plans
   * @param trayP99 the 99th percentile of a tray page, in milliseconds
   */
  public record Report(String markdown, double trayP99) {}

  /**
   * Generates the dataset in {@code dir} unless it is there, and measures.
   *
   * @param dir the database's data directory
   * @return the report
   * @throws Exception if the database cannot be started or read
   */
  public static Report run(Path dir) throws Exception {
    Files.createDirectories(dir);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
        .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB").start();
         HikariDataSource pool = pool(pg.getPostgresDatabase(), 4)) {
      JdbcStorage store = JdbcStorage.create(pool);
      if (count(pool, "SELECT count(*) FROM oa_aggregate") < DOCUMENTS + ITEMS) {
        generate(pool);
      }
      List<String> out = new ArrayList<>();
      double trayP99 = run(store, pool, out);
      return new Report(String.join("\n", out) + "\n", trayP99);
    }
  }

  private static HikariDataSource pool(DataSource database, int size) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database);
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  static String unit(int u) {
    return String.format(Locale.ROOT, "unit%04d", u);
  }

  static String person(int u, int p) {
    return String.format(Locale.ROOT, "p%04d-%d", u, p);
  }

  /** One of the hundred leaders, each in charge of ten units. */
  static String leader(int l) {
    return String.format(Locale.ROOT, "leader%02d", l);
  }

  private static String text(LocalDateTime t) {
    return FIXED.format(t);
  }

  // ------------------------------------------------------------------ generation

  private static void generate(DataSource ds) throws SQLException, IOException {
    long started = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("TRUNCATE oa_aggregate, oa_pending");
        // bulk load without the secondary indexes, then build them
        s.execute("DROP INDEX IF EXISTS oa_aggregate_due");
        s.execute("DROP INDEX IF EXISTS oa_aggregate_unit");
        s.execute("DROP INDEX IF EXISTS oa_pending_tray");
      }
      CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
      SplittableRandom r = new SplittableRandom(22);
      List<int[]> openDocuments = new ArrayList<>();
      List<String> openDue = new ArrayList<>();
      CopyIn in = copy.copyIn("COPY oa_aggregate (kind, id, version, payload, is_open, due_at, unit, from_day, to_day)"
          + " FROM STDIN");
      StringBuilder batch = new StringBuilder(1 << 20);
      for (int n = 1; n <= DOCUMENTS; n++) {
        LocalDateTime received = FIRST_DAY.plusDays(r.nextInt(DAYS)).atTime(8 + r.nextInt(9), r.nextInt(60));
        LocalDateTime due = received.toLocalDate().plusDays(10).atTime(17, 30);
        int u = r.nextInt(UNITS);
        boolean open = due.isAfter(NOW.minusDays(20)) || r.nextInt(100) == 0;
        String id = String.format(Locale.ROOT, "in/收-%07d", n);
        if (open) {
          openDocuments.add(new int[] {n, u});
          openDue.add(text(due));
        }
        row(batch, "DOCUMENT", id, documentPayload(id, received, due, u, r), open, due, unit(u));
        flush(in, batch, false);
      }
      for (int n = 1; n <= ITEMS; n++) {
        LocalDateTime assigned = FIRST_DAY.plusDays(r.nextInt(DAYS)).atTime(9, 0);
        LocalDateTime due = assigned.toLocalDate().plusDays(14 + r.nextInt(30)).atTime(17, 30);
        int u = r.nextInt(UNITS);
        boolean open = due.isAfter(NOW.minusDays(30)) || r.nextInt(50) == 0;
        String id = String.format(Locale.ROOT, "督-%06d", n);
        row(batch, "SUPERVISION_ITEM", id, itemPayload(id, assigned, due, u), open, due, unit(u));
        flush(in, batch, false);
      }
      flush(in, batch, true);
      in.endCopy();
      // trays: the unit's clerk and one other person; a leader in a hundred has ten units' documents
      CopyIn trays = copy.copyIn("COPY oa_pending (kind, id, person, due_key) FROM STDIN");
      for (int k = 0; k < openDocuments.size(); k++) {
        int[] d = openDocuments.get(k);
        String id = String.format(Locale.ROOT, "in/收-%07d", d[0]);
        String due = openDue.get(k);
        int other = 1 + r.nextInt(PEOPLE_PER_UNIT - 1);
        for (String who : List.of(person(d[1], 0), person(d[1], other), leader(d[1] / 10))) {
          batch.append("DOCUMENT\t").append(id).append('\t').append(who).append('\t').append(due).append('\n');
        }
        flush(trays, batch, false);
      }
      flush(trays, batch, true);
      trays.endCopy();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX oa_aggregate_due ON oa_aggregate (kind, is_open, due_at, id)");
        s.execute("CREATE INDEX oa_aggregate_unit ON oa_aggregate (kind, unit, due_at, id)");
        s.execute("CREATE INDEX oa_pending_tray ON oa_pending (kind, person, due_key, id)");
        s.execute("VACUUM ANALYZE oa_aggregate");
        s.execute("VACUUM ANALYZE oa_pending");
      }
    }
    System.out.printf(Locale.ROOT, "generated %,d documents and %,d items in %.0f s%n", DOCUMENTS, ITEMS,
        (System.nanoTime() - started) / 1e9);
  }

  private static void row(StringBuilder b, String kind, String id, String payload, boolean open, LocalDateTime due,
      String unit) {
    b.append(kind).append('\t').append(id).append("\t1\t").append(payload).append('\t').append(open ? 't' : 'f')
        .append('\t').append(text(due)).append('\t').append(unit).append("\t\\N\t\\N\n");
  }

  private static void flush(CopyIn in, StringBuilder b, boolean always) throws SQLException {
    if (always || b.length() > (1 << 20) - 8192) {
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      b.setLength(0);
    }
  }

  /** A stored incoming document of the documented shape: signed for and registered, with the view. */
  private static String documentPayload(String id, LocalDateTime received, LocalDateTime due, int u,
      SplittableRandom r) {
    String subject = "关于做好" + (2022 + r.nextInt(5)) + "年第" + (1 + r.nextInt(40)) + "项重点工作的通知";
    return "{\"format\":\"oakit.aggregate\",\"formatVersion\":1,\"aggregate\":\"incoming-document\",\"id\":\"" + id
        + "\",\"subject\":\"" + subject + "\",\"secrecy\":\"UNCLASSIFIED\",\"urgency\":\"NORMAL\",\"stage\":\"REGISTERED\","
        + "\"due\":\"" + due + "\",\"events\":[{\"@type\":\"incoming.received\",\"@version\":2,\"at\":\"" + received
        + "\",\"by\":\"" + person(u, 0) + "\",\"document\":{\"documentId\":\"" + id + "\",\"kind\":\"NOTICE\","
        + "\"urgency\":\"NORMAL\",\"secrecy\":\"UNCLASSIFIED\",\"issuingUnit\":\"县政府办\",\"subject\":\"" + subject
        + "\",\"tags\":[\"综合\"],\"areas\":[\"综合\"]}},{\"@type\":\"incoming.registered\",\"@version\":1,\"at\":\""
        + received.plusMinutes(8) + "\",\"by\":\"" + person(u, 0) + "\",\"deadlineRule\":\"7 working days\","
        + "\"periodEnd\":\"" + due + "\",\"due\":\"" + due + "\",\"calendarVersion\":\"sha256:8243455b75f58216\","
        + "\"assumedYears\":[],\"registration\":{\"number\":\"收〔" + received.getYear() + "〕" + id.substring(5)
        + "号\",\"copies\":1,\"attachments\":[]}}]}";
  }

  /** A stored supervision item of the documented shape: opened and assigned, with the view. */
  private static String itemPayload(String id, LocalDateTime assigned, LocalDateTime due, int u) {
    return "{\"format\":\"oakit.aggregate\",\"formatVersion\":1,\"aggregate\":\"supervision-item\",\"id\":\"" + id
        + "\",\"state\":\"ASSIGNED\",\"lead\":\"" + unit(u) + "\",\"due\":\"" + due + "\",\"events\":[{\"@type\":"
        + "\"supervision.opened\",\"@version\":1,\"at\":\"" + assigned.minusHours(1) + "\",\"by\":\"li\",\"itemId\":\""
        + id + "\",\"source\":\"MEETING_DECISION\",\"content\":\"落实县政府常务会议决定事项\",\"importance\":\"GENERAL\"},"
        + "{\"@type\":\"supervision.assigned\",\"@version\":1,\"at\":\"" + assigned + "\",\"by\":\"li\",\"leadUnit\":\""
        + unit(u) + "\",\"coUnits\":[],\"deadlineRule\":\"10 working days\",\"progressEveryWorkingDays\":5,"
        + "\"periodEnd\":\"" + due + "\",\"due\":\"" + due + "\",\"calendarVersion\":\"sha256:8243455b75f58216\","
        + "\"assumedYears\":[]}]}";
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ------------------------------------------------------------------ measurement

  /** Milliseconds of each sample, and what the samples returned. */
  private record Samples(double[] millis, long rows) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  private static Samples sample(int n, Supplier<Integer> query) {
    long warm = 0;
    for (int i = 0; i < Math.min(200, n); i++) {
      warm += query.get();  // warm the JIT, the pool and the buffers
    }
    if (warm < 0) {
      throw new IllegalStateException("negative rows");
    }
    double[] millis = new double[n];
    long rows = 0;
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      rows += query.get();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    return new Samples(millis, rows);
  }

  private static double run(JdbcStorage store, DataSource ds, List<String> out) throws SQLException {
    out.add("| screen | query | samples | rows per sample | p50 (ms) | p99 (ms) | max (ms) |");
    out.add("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    SplittableRandom r = new SplittableRandom(7);
    Samples tray = sample(2_000, () -> {
      int u = r.nextInt(UNITS);
      String who = r.nextInt(100) == 0 ? leader(u / 10) : person(u, r.nextInt(3) == 0 ? 0 : r.nextInt(PEOPLE_PER_UNIT));
      return store.inTransaction(w -> w.aggregates().pendingFor(AggregateKind.DOCUMENT, who, Page.Request.first(20)))
          .items().size();
    });
    line(out, "a person's tray", "`pendingFor(DOCUMENT, person, first 20)`", tray);
    Samples register = sample(1_000, () -> {
      String unit = unit(r.nextInt(UNITS));
      LocalDate month = FIRST_DAY.plusMonths(r.nextInt(60));
      return store.inTransaction(w -> w.aggregates().byUnitAndPeriod(AggregateKind.DOCUMENT, unit, month,
          month.plusMonths(1), Page.Request.first(50))).items().size();
    });
    line(out, "a unit's register for a month", "`byUnitAndPeriod(DOCUMENT, unit, month, first 50)`", register);
    Samples overdue = sample(500, () -> store.inTransaction(w -> w.aggregates().openOverdue(AggregateKind.DOCUMENT,
        NOW, Page.Request.first(50))).items().size());
    line(out, "the overdue list", "`openOverdue(DOCUMENT, now, first 50)`", overdue);
    long[] pages = new long[1];
    Samples escalations = sample(3, () -> {
      int rows = 0;
      pages[0] = 0;
      Page.Request page = Page.Request.first(500);
      while (true) {
        Page.Request current = page;
        Page<Aggregate> p = store.inTransaction(w -> w.aggregates().openOverdue(AggregateKind.SUPERVISION_ITEM,
            NOW.plusYears(100), current));
        rows += p.items().size();
        pages[0]++;
        if (p.next().isEmpty()) {
          return rows;
        }
        page = page.next(p);
      }
    });
    line(out, "escalations: every open item, page by page", "`openOverdue(SUPERVISION_ITEM, now + 100 years, pages of 500)`",
        escalations);
    Samples year = sample(200, () -> {
      String unit = unit(r.nextInt(UNITS));
      int rows = 0;
      Page.Request page = Page.Request.first(500);
      while (true) {
        Page.Request current = page;
        Page<Aggregate> p = store.inTransaction(w -> w.aggregates().byUnitAndPeriod(AggregateKind.SUPERVISION_ITEM,
            unit, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), current));
        rows += p.items().size();
        if (p.next().isEmpty()) {
          return rows;
        }
        page = page.next(p);
      }
    });
    line(out, "scoring a year: a unit's items due in 2026, page by page", "`byUnitAndPeriod(SUPERVISION_ITEM, unit, 2026, pages of 500)`",
        year);
    out.add("");
    out.add(String.format(Locale.ROOT, "Dataset: %,d aggregates, %,d tray rows, %,d open documents, %,d open items; "
            + "the escalations' read took %d pages of at most 500.", count(ds, "SELECT count(*) FROM oa_aggregate"),
        count(ds, "SELECT count(*) FROM oa_pending"),
        count(ds, "SELECT count(*) FROM oa_aggregate WHERE kind = 'DOCUMENT' AND is_open"),
        count(ds, "SELECT count(*) FROM oa_aggregate WHERE kind = 'SUPERVISION_ITEM' AND is_open"), pages[0]));
    out.add("");
    explain(ds, out, "a leader's tray (the largest: about 400 open documents)",
        "SELECT a.* FROM oa_pending p JOIN oa_aggregate a ON a.kind = p.kind AND a.id = p.id WHERE p.kind = 'DOCUMENT'"
            + " AND p.person = '" + leader(42) + "' AND a.is_open = TRUE ORDER BY p.due_key, p.id LIMIT 21");
    explain(ds, out, "a unit's register for a month",
        "SELECT * FROM oa_aggregate WHERE kind = 'DOCUMENT' AND unit = '" + unit(420) + "' AND due_at >= '"
            + text(LocalDateTime.of(2025, 3, 1, 0, 0)) + "' AND due_at < '" + text(LocalDateTime.of(2025, 4, 1, 0, 0))
            + "' ORDER BY due_at, id LIMIT 51");
    explain(ds, out, "the overdue list",
        "SELECT * FROM oa_aggregate WHERE kind = 'DOCUMENT' AND is_open = TRUE AND due_at < '" + text(NOW)
            + "' ORDER BY due_at, id LIMIT 51");
    explain(ds, out, "the overdue list, a later page",
        "SELECT * FROM oa_aggregate WHERE kind = 'DOCUMENT' AND is_open = TRUE AND due_at < '" + text(NOW)
            + "' AND (due_at, id) > ('" + text(LocalDateTime.of(2024, 6, 1, 17, 30)) + "', 'in/收-0500000')"
            + " ORDER BY due_at, id LIMIT 51");
    return tray.percentile(0.99);
  }

  private static void line(List<String> out, String screen, String query, Samples s) {
    out.add(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.2f | %.2f | %.2f |", screen, query, s.millis().length,
        (double) s.rows() / s.millis().length, s.percentile(0.50), s.percentile(0.99),
        Arrays.stream(s.millis()).max().orElse(0)));
  }

  private static void explain(DataSource ds, List<String> out, String what, String sql) throws SQLException {
    out.add("`EXPLAIN (ANALYZE, BUFFERS)` — " + what + ":");
    out.add("");
    out.add("```");
    try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql);
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    out.add("```");
    out.add("");
  }
}
