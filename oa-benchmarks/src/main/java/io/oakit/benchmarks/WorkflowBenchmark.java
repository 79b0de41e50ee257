package io.oakit.benchmarks;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.CountyOffice;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.persistence.jdbc.Dialect;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workflow throughput: commands per second through {@link SupervisionService} (each command opens
 * a supervision item: validation, the idempotency check, the aggregate insert and one audit entry,
 * in one unit of work) on the in-memory store, the JDBC store on embedded H2 and on a real
 * PostgreSQL 14 (started by the benchmark), with 1, 4 and 8 threads. With {@code audit=on} a sealer
 * seals the audit log every half second while the commands run, as a host's scheduler would; with
 * {@code audit=off} the store's audit log drops every entry (the cost of the chain is the
 * difference).
 *
 * <p>Each trial begins with a store in use: {@link #IN_USE} of commands on one thread, then the tables
 * analysed (see {@link #inUse()}); those commands are checked with the rest.
 *
 * <p>After each run the store is checked: everything sealed, one audit entry (none with the audit
 * off) and one item per command that returned, and the audit chain verifies. A lost or doubled
 * update fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class WorkflowBenchmark {

  /** Which store. */
  @Param({"memory", "h2", "postgres"})
  public String store;

  /** Whether commands write audit entries (and a sealer seals them). */
  @Param({"on", "off"})
  public String audit;

  private java.util.concurrent.ScheduledExecutorService sealer;

  /** How long each trial first runs commands on one thread, before JMH's own warm-up. */
  static final java.time.Duration IN_USE = java.time.Duration.ofSeconds(10);

  private EmbeddedPostgres postgres;
  private javax.sql.DataSource database;
  private Transactor storage;
  private SupervisionService supervision;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong done = new AtomicLong();

  /**
   * Opens a fresh store.
   *
   * @throws IOException if PostgreSQL cannot start
   */
  @Setup(Level.Trial)
  public void open() throws IOException {
    switch (store) {
      case "memory" -> storage = new InMemoryStorage();
      case "h2" -> {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        database = pooled(ds);
        storage = JdbcStorage.builder(database).dialect(Dialect.H2).build();
      }
      case "postgres" -> {
        postgres = EmbeddedPostgres.start();
        database = pooled(postgres.getPostgresDatabase());
        storage = JdbcStorage.builder(database).dialect(Dialect.POSTGRESQL).build();
      }
      default -> throw new IllegalArgumentException("unknown store " + store);
    }
    if (audit.equals("off")) {
      storage = withoutAudit(storage);
    } else {
      Transactor sealed = storage;
      sealer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
      sealer.scheduleWithFixedDelay(() -> io.oakit.spi.AuditSealing.sealAll(sealed), 500, 500,
          TimeUnit.MILLISECONDS);
    }
    Organization org = CountyOffice.organization();
    Clock clock = Clock.fixed(Instant.parse("2026-06-11T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    WorkflowContext ctx = new WorkflowContext(storage, clock, ChinaCalendars.official(), () -> org, n -> { });
    supervision = new SupervisionService(ctx, ScoreCard.defaults());
    inUse();
  }

  /**
   * Brings the store to the state of one a platform has been using: commands run on one thread for
   * {@link #IN_USE} (the JIT compiles the command path; started straight on eight threads, the
   * workers and PostgreSQL's backends leave the compiler so little of two vCPUs that its queue still
   * held dozens of the path's methods after 20 s), then the tables are analysed, as autovacuum does
   * on its first turn after the first rows (a trial ends before that turn comes, and until it does
   * PostgreSQL keeps the plan it made while the table was empty: the aggregate's look-up scans the
   * whole table, ever slower as the table grows).
   */
  private void inUse() {
    long until = System.nanoTime() + IN_USE.toNanos();
    while (System.nanoTime() < until) {
      command();
    }
    if (database != null) {
      try (java.sql.Connection c = database.getConnection(); java.sql.Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot analyse the tables", e);
      }
    }
  }

  /** The store with an audit log that keeps nothing. */
  private static Transactor withoutAudit(Transactor real) {
    return new Transactor() {
      @Override
      public <T> T inTransaction(io.oakit.spi.UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new io.oakit.spi.forwarding.ForwardingUnitOfWork(u) {
          @Override
          public io.oakit.spi.AuditLog audit() {
            return new io.oakit.spi.forwarding.ForwardingAuditLog(u.audit()) {
              @Override
              public void append(io.oakit.spi.AuditEntry.Event event) {
                // dropped: the benchmark's audit=off
              }
            };
          }
        }));
      }
    };
  }

  private static javax.sql.DataSource pooled(javax.sql.DataSource database) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(database);
    config.setMaximumPoolSize(16);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  /** Checks that nothing was lost or doubled, then stops the database. */
  @TearDown(Level.Trial)
  public void check() throws IOException, InterruptedException {
    try {
      if (sealer != null) {
        sealer.shutdown();
        sealer.awaitTermination(1, TimeUnit.MINUTES);
      }
      io.oakit.spi.AuditSealing.sealAll(storage);
      long commands = done.get();
      long expected = audit.equals("on") ? commands : 0;
      long entries = storage.inTransaction(u -> (long) u.audit().read(1, Integer.MAX_VALUE).size());
      long last = sequence.get();
      long items = storage.inTransaction(u -> {
        long n = 0;
        for (long i = 1; i <= last; i++) {
          if (u.aggregates().find(AggregateKind.SUPERVISION_ITEM, "督-" + i).isPresent()) {
            n++;
          }
        }
        return n;
      });
      Optional<Long> broken = storage.inTransaction(u -> u.audit().verify());
      if (entries != expected || items != commands || broken.isPresent()) {
        throw new IllegalStateException("lost or doubled updates on " + store + ": " + commands + " commands, "
            + entries + " audit entries, " + items + " items, chain broken at " + broken);
      }
      System.out.println("\n" + store + ": " + commands + " commands, " + entries + " audit entries, " + items
          + " items, chain verifies: 0 lost updates");
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  private String command() {
    long n = sequence.incrementAndGet();
    String id = supervision.open(new SupervisionCommands.Open("bench-" + n, "li", Optional.empty(), "督-" + n,
        ItemSource.MEETING_DECISION, "会议决定事项 " + n, Importance.GENERAL)).aggregateId();
    done.incrementAndGet();
    return id;
  }

  /** @return the command's result */
  @Benchmark
  @Threads(1)
  public String openItem_threads1() {
    return command();
  }

  /** @return the command's result */
  @Benchmark
  @Threads(4)
  public String openItem_threads4() {
    return command();
  }

  /** @return the command's result */
  @Benchmark
  @Threads(8)
  public String openItem_threads8() {
    return command();
  }
}
