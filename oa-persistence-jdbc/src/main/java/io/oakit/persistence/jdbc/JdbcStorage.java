package io.oakit.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import io.oakit.core.UnknownReferenceException;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditChain;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.AuditHead;
import io.oakit.spi.AuditLog;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.DuplicateAggregateException;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Index;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Page;
import io.oakit.spi.StaleVersionException;
import io.oakit.spi.TransientStorageException;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The persistence SPI on JDBC, for PostgreSQL (payloads as {@code jsonb}) and H2; it passes the
 * contract test kit and the workflow's fault-injection, outbox and concurrency suites on both.
 * Optimistic locking with a version column; document numbers from a counter row per unit and year,
 * incremented under the row lock (unique across JVMs sharing the database); audit entries appended
 * without a lock (a receipt from a sequence) and chained by the sealer under the lock of a one-row
 * head table; every unit of work one database transaction on
 * one connection taken from the host's {@link DataSource} (use a pool, for example HikariCP, whose
 * connection timeout bounds the wait for a connection) and closed, that is given back, at its end.
 *
 * <p>Every wait is bounded: a connection that cannot be had, a row lock held longer than the lock
 * timeout, a statement running longer than the statement timeout end the unit of work with a
 * {@link TransientStorageException}, which the workflow retries with the same idempotency key.
 *
 * <pre>{@code
 * HikariDataSource pool = new HikariDataSource(config);      // the host's pool (two connections at least
 *                                                             // while migrating: Flyway takes two)
 * Transactor store = JdbcStorage.builder(pool).build();       // migrates the schema with Flyway
 * }</pre>
 */
public final class JdbcStorage implements Transactor {

  /** A sealed entry's row in the chain's table. */
  static final String INSERT_AUDIT = "INSERT INTO oa_audit (sequence, at_instant, actor, action, subject, detail,"
      + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /** Binds a sealed entry to {@link #INSERT_AUDIT} at the given sequence. */
  static void bindAudit(PreparedStatement p, long sequence, AuditEntry e) throws SQLException {
    bindAudit(p, 0, sequence, e);
  }

  /** Binds a sealed entry to the row of a multi-row {@link #INSERT_AUDIT} whose parameters follow {@code after}. */
  static void bindAudit(PreparedStatement p, int after, long sequence, AuditEntry e) throws SQLException {
    p.setLong(after + 1, sequence);
    p.setString(after + 2, e.at().toString());
    p.setString(after + 3, e.actor());
    p.setString(after + 4, e.action());
    p.setString(after + 5, e.subject());
    p.setString(after + 6, e.detail());
    p.setString(after + 7, e.previousHash());
    p.setString(after + 8, e.hash());
  }

  /** Where the store's Flyway migrations lie on the class path. */
  public static final String MIGRATIONS = "classpath:io/oakit/persistence/jdbc/migration";

  /** The table in which Flyway records the store's schema versions. */
  public static final String SCHEMA_HISTORY = "oa_schema_history";

  /** The lock timeout unless the host sets one. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

  /** The statement timeout unless the host sets one. */
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

  private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

  private final DataSource dataSource;
  private final Dialect dialect;
  private final List<String> bounds;
  private final boolean hostTransactions;
  /** Whether this thread is inside a transaction of this store (nesting is refused). */
  private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

  private JdbcStorage(Builder b) {
    this.dataSource = b.dataSource;
    this.dialect = b.dialect;
    List<String> waits = b.dialect.bounds(b.lockTimeout, b.statementTimeout);
    if (b.dialect == Dialect.POSTGRESQL && !b.hostTransactions) {
      // the isolation level in the transaction's first round trip, with the bounds: JDBC's
      // setTransactionIsolation is a session setting on PostgreSQL (a round trip, and another when
      // the pool resets it); in a host's transaction the host chose it
      waits = List.of("SET TRANSACTION ISOLATION LEVEL READ COMMITTED; " + waits.get(0));
    }
    this.bounds = waits;
    this.hostTransactions = b.hostTransactions;
  }

  /**
   * A store over the host's data source, its dialect read from the database, the schema migrated,
   * the default timeouts.
   *
   * @param dataSource the host's data source, best a pool
   * @return the store
   * @throws IllegalStateException if the database cannot be reached, is of a kind the store does not
   *     support, or cannot be migrated
   */
  public static JdbcStorage create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * @param dataSource the host's data source, best a pool
   * @return a builder for a store over it
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"));
  }

  /** The choices a host may make; every one has a default. */
  public static final class Builder {
    private final DataSource dataSource;
    private Dialect dialect;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;
    private boolean migrate = true;
    private boolean hostTransactions;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * @param dialect the database, instead of reading it from the connection's metadata
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * @param timeout how long a unit of work waits for a row lock before it fails as transient
     *     (default {@link #DEFAULT_LOCK_TIMEOUT}); at least a millisecond
     * @return this builder
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = positive(timeout, "lockTimeout");
      return this;
    }

    /**
     * @param timeout how long one statement may run before it is cancelled and the unit of work fails
     *     as transient (default {@link #DEFAULT_STATEMENT_TIMEOUT}); at least a millisecond
     * @return this builder
     */
    public Builder statementTimeout(Duration timeout) {
      this.statementTimeout = positive(timeout, "statementTimeout");
      return this;
    }

    /**
     * @param migrate whether {@link #build()} brings the schema up to date with Flyway (default
     *     true); a host that runs its migrations itself (in a deployment step, or with a database
     *     user that may not change the schema at run time) passes false and runs
     *     {@link JdbcStorage#flyway(DataSource, Dialect)}
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Joins the host's transactions instead of running its own: the data source hands out the
     * connection of the transaction the host's transaction manager has begun on this thread (with
     * Spring: a {@code TransactionAwareDataSourceProxy}, each unit of work inside a
     * {@code TransactionTemplate}), and the store neither changes its auto-commit nor commits nor
     * rolls back — a unit of work that throws leaves the rollback to the host. A unit of work
     * begun outside a host transaction is refused.
     *
     * @return this builder
     */
    public Builder joinHostTransactions() {
      this.hostTransactions = true;
      return this;
    }

    /**
     * @return the store
     * @throws IllegalStateException if the database cannot be reached, is of a kind the store does
     *     not support, or cannot be migrated
     */
    public JdbcStorage build() {
      try {
        if (dialect == null) {
          dialect = Dialect.of(dataSource);
        }
        if (migrate) {
          Migrations.migrate(dataSource, dialect);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot open the OA Kit schema: " + e.getMessage(), e);
      } catch (org.flywaydb.core.api.FlywayException e) {
        StringBuilder why = new StringBuilder("cannot migrate the OA Kit schema: ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
          why.append(": ").append(cause.getMessage());
        }
        throw new IllegalStateException(why.toString(), e);
      }
      return new JdbcStorage(this);
    }

    private static Duration positive(Duration d, String field) {
      requireNonNull(d, field);
      if (d.toMillis() < 1 || d.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(field + " must lie between 1 ms and " + Integer.MAX_VALUE + " ms, was " + d);
      }
      return d;
    }
  }

  /**
   * The store's schema migrations for a host that runs them itself: {@code flyway(ds,
   * Dialect.POSTGRESQL).migrate()} brings the schema to this build's version, {@code info()} shows
   * where a database stands. The history is kept in {@value #SCHEMA_HISTORY}, apart from the host's
   * own Flyway history.
   *
   * @param dataSource the database, with a user that may change its schema
   * @param dialect the database's product
   * @return a Flyway for the store's schema on that database
   */
  public static Flyway flyway(DataSource dataSource, Dialect dialect) {
    return Migrations.configure(requireNonNull(dataSource, "dataSource"), requireNonNull(dialect, "dialect")).load();
  }

  /** @return the database this store writes to */
  public Dialect dialect() {
    return dialect;
  }

  private Connection borrow() throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      if (hostTransactions) {
        if (c.getAutoCommit()) {
          throw new IllegalStateException("this store joins the host's transactions, and no transaction is active on"
              + " this thread: run the unit of work inside the host's transaction manager");
        }
      } else {
        c.setAutoCommit(false);
        if (dialect == Dialect.H2) {
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);  // PostgreSQL: with the bounds
        }
      }
      if (dialect != Dialect.POSTGRESQL) {  // PostgreSQL: ahead of the unit of work's first statement
        try (Statement s = c.createStatement()) {
          for (String bound : bounds) {
            s.execute(bound);
          }
        }
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      close(c);
      throw e;
    }
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // a broken connection is simply dropped
    }
  }

  /**
   * @throws IllegalStateException when called from inside a transaction of this store on the same
   *     thread: nesting is refused (a second connection would wait for the first's row locks)
   */
  @Override
  public <T> T inTransaction(UnitOfWork.Work<T> work) {
    requireNonNull(work, "work");
    if (active.get()) {
      throw new IllegalStateException("nested transactions are not supported: use the unit of work you have");
    }
    Connection c;
    try {
      c = borrow();
    } catch (SQLException e) {
      throw new TransientStorageException("cannot open a connection: " + e.getMessage(), e);
    }
    Tx tx = new Tx(c, dialect, dialect == Dialect.POSTGRESQL ? bounds.get(0) : null);
    active.set(true);
    try {
      T result = work.run(tx);
      tx.writeDeferred();
      if (!hostTransactions) {
        c.commit();
      }
      return result;
    } catch (SQLException e) {
      rollback(c);
      throw failed(e);
    } catch (RuntimeException | Error e) {
      rollback(c);
      throw e;
    } finally {
      active.set(false);
      tx.open = false;
      close(c);
    }
  }

  private void rollback(Connection c) {
    if (hostTransactions) {
      return;  // the exception reaches the host's transaction manager, which rolls back
    }
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is unusable; the database discards the transaction
    }
  }

  private static String text(LocalDateTime t) {
    return FIXED.format(t);
  }

  /**
   * A database error as the SPI says (R2.6): a lock or statement timeout, a serialization failure or
   * deadlock, a connection problem is a {@link TransientStorageException}; anything else is not.
   */
  static RuntimeException failed(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    boolean transientFailure = state.equals("40001") || state.equals("40P01") || state.equals("55P03")
        || state.equals("57014") || state.equals("HYT00") || state.startsWith("08")
        || e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLRecoverableException;
    String message = "database error " + state + ": " + e.getMessage();
    return transientFailure ? new TransientStorageException(message, e) : new IllegalStateException(message, e);
  }

  private static boolean isDuplicate(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /** The unsealed audit row's columns; a row's values are {@code (<next receipt>, ?, ?, ?, ?, ?)}. */
  private static final String INSERT_UNSEALED = "INSERT INTO oa_audit_unsealed (receipt, at_instant, actor, action,"
      + " subject, detail) VALUES ";

  /**
   * One transaction on one connection. On PostgreSQL two things ride along with other statements
   * instead of taking a round trip of their own (a round trip costs both processes far more CPU than
   * these statements): the wait bounds go ahead of the unit of work's first statement, and the
   * audit entries appended go after its next write (or on their own before the audit is read and
   * before the commit). Either fails, or the statement it rides with fails, and the unit of work
   * fails as a whole.
   */
  private static final class Tx implements UnitOfWork, AggregateStore, AuditLog, NumberAllocator, IdempotencyStore {
    private final Connection c;
    private final Dialect dialect;
    private boolean open = true;
    /** PostgreSQL: the wait bounds, until they are sent. */
    private String bounds;
    /** The results the bounds give ahead of a statement's own (one per {@code SET}). */
    private final int boundsResults;
    /** PostgreSQL: the audit entries appended and not yet written. */
    private final List<AuditEntry.Event> deferred = new ArrayList<>();

    Tx(Connection c, Dialect dialect, String bounds) {
      this.c = c;
      this.dialect = dialect;
      this.bounds = bounds;
      this.boundsResults = bounds == null ? 0 : bounds.split(";").length;
    }

    /**
     * A statement of this unit of work, with the bounds not yet sent ahead of it and, for a write
     * ({@code carry}), the deferred audit rows after it; its own parameters are bound from 1 as usual.
     */
    private final class Sql implements AutoCloseable {
      final PreparedStatement p;
      /** The results ahead of the statement's own (one per bound). */
      private final int skip;
      private final List<AuditEntry.Event> carried;
      private final int own;

      Sql(String sql, boolean carry) throws SQLException {
        StringBuilder text = new StringBuilder();
        int ahead = 0;
        if (bounds != null) {
          text.append(bounds).append("; ");
          ahead = boundsResults;
          bounds = null;
        }
        text.append(sql);
        List<AuditEntry.Event> rows = List.of();
        int params = 0;
        if (carry && !deferred.isEmpty()) {
          rows = List.copyOf(deferred);
          deferred.clear();
          text.append("; ").append(unsealedRows(rows.size()));
          params = (int) sql.chars().filter(ch -> ch == '?').count();  // the carried rows' parameters follow
        }
        this.skip = ahead;
        this.carried = rows;
        this.own = params;
        this.p = c.prepareStatement(text.toString());
      }

      ResultSet query() throws SQLException {
        if (skip == 0) {
          return p.executeQuery();
        }
        boolean rows = p.execute();
        for (int i = 0; i < skip; i++) {
          rows = p.getMoreResults();
        }
        if (!rows) {
          throw new SQLException("the query returned no rows");
        }
        return p.getResultSet();
      }

      int update() throws SQLException {
        bindUnsealed(p, own, carried);
        if (skip == 0 && carried.isEmpty()) {
          return p.executeUpdate();
        }
        p.execute();
        for (int i = 0; i < skip; i++) {
          p.getMoreResults();
        }
        return p.getUpdateCount();
      }

      @Override
      public void close() throws SQLException {
        p.close();
      }
    }

    /** {@code item} {@code times} times, comma-separated: an {@code IN} list's marks, a {@code VALUES}'s rows. */
    private static String repeated(String item, int times) {
      return String.join(", ", java.util.Collections.nCopies(times, item));
    }

    private String unsealedRows(int rows) {
      String row = "(" + dialect.nextReceipt() + ", ?, ?, ?, ?, ?)";
      return INSERT_UNSEALED + repeated(row, rows);
    }

    private static void bindUnsealed(PreparedStatement p, int after, List<AuditEntry.Event> rows) throws SQLException {
      int i = after;
      for (AuditEntry.Event event : rows) {
        p.setString(++i, event.at().toString());
        p.setString(++i, event.actor());
        p.setString(++i, event.action());
        p.setString(++i, event.subject());
        p.setString(++i, event.detail());
      }
    }

    /** Sends the bounds on their own if no statement has taken them yet. */
    private void sendBounds() throws SQLException {
      if (bounds != null) {
        try (Statement s = c.createStatement()) {
          s.execute(bounds);
        }
        bounds = null;
      }
    }

    /** Writes the deferred audit rows on their own: before the audit is read, and at the end of the work. */
    void writeDeferred() {
      if (deferred.isEmpty()) {
        return;
      }
      List<AuditEntry.Event> rows = List.copyOf(deferred);
      deferred.clear();
      try (Sql q = new Sql(unsealedRows(rows.size()), false)) {
        bindUnsealed(q.p, 0, rows);
        q.update();
      } catch (SQLException ex) {
        throw failed(ex);
      }
    }

    private void check() {
      if (!open) {
        throw new IllegalStateException("this unit of work has ended");
      }
    }

    @Override
    public AggregateStore aggregates() {
      check();
      return this;
    }

    @Override
    public AuditLog audit() {
      check();
      return this;
    }

    @Override
    public NumberAllocator numbers() {
      check();
      return this;
    }

    @Override
    public IdempotencyStore idempotency() {
      check();
      return this;
    }

    private static RuntimeException failed(SQLException e) {
      return JdbcStorage.failed(e);
    }

    // ------------------------------------------------------------ aggregates

    /**
     * R1.9: text the database would change on the way in (a lone surrogate, which the driver's UTF-8
     * encoder turns into '?'; U+0000) is refused, not silently altered.
     */
    private String storable(String payload) {
      io.oakit.spi.StorageLimits.problem(payload, io.oakit.spi.StorageLimits.MAX_PAYLOAD_LENGTH).ifPresent(problem -> {
        throw new IllegalArgumentException("payload " + problem);
      });
      return payload;
    }

    @Override
    public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
      check();
      Aggregate a = new Aggregate(requireNonNull(kind, "kind"), id, 1, storable(payload), index);
      // PostgreSQL: one round trip, and a duplicate leaves the transaction usable (a failed INSERT
      // would abort it); H2: looked up first
      boolean postgres = dialect == Dialect.POSTGRESQL;
      if (!postgres && find(kind, id).isPresent()) {
        throw new DuplicateAggregateException(kind, id);
      }
      try (Sql q = new Sql("INSERT INTO oa_aggregate (kind, id, version, payload, is_open, due_at,"
          + " unit, from_day, to_day) VALUES (?, ?, 1, " + dialect.jsonParameter() + ", ?, ?, ?, ?, ?)"
          + (postgres ? " ON CONFLICT (kind, id) DO NOTHING" : ""), true)) {
        PreparedStatement p = q.p;
        p.setString(1, kind.name());
        p.setString(2, id);
        p.setString(3, payload);
        setIndex(p, 4, index);
        if (q.update() == 0) {
          throw new DuplicateAggregateException(kind, id);
        }
      } catch (SQLException e) {
        if (isDuplicate(e)) {
          throw new DuplicateAggregateException(kind, id);
        }
        throw failed(e);
      }
      writePending(kind, id, index, false);
      return a;
    }

    private static void setIndex(PreparedStatement p, int from, Index index) throws SQLException {
      p.setBoolean(from, index.open());
      p.setString(from + 1, index.dueAt().map(JdbcStorage::text).orElse(null));
      p.setString(from + 2, index.unit().orElse(null));
      p.setString(from + 3, index.fromInclusive().map(LocalDate::toString).orElse(null));
      p.setString(from + 4, index.toExclusive().map(LocalDate::toString).orElse(null));
    }

    /**
     * The tray rows of an aggregate, each with its due instant (the tray's order): the old ones
     * removed first unless it is new (a new one has none).
     */
    private void writePending(AggregateKind kind, String id, Index index, boolean replace) {
      Set<String> people = index.pendingFor();
      if (!replace && people.isEmpty()) {
        return;
      }
      try (PreparedStatement del = c.prepareStatement("DELETE FROM oa_pending WHERE kind = ? AND id = ?");
          PreparedStatement ins = c.prepareStatement("INSERT INTO oa_pending (kind, id, person, due_key) VALUES (?, ?, ?, ?)")) {
        sendBounds();
        if (replace) {
          del.setString(1, kind.name());
          del.setString(2, id);
          del.executeUpdate();
        }
        String dueKey = index.dueAt().map(JdbcStorage::text).orElse("~");
        for (String person : people) {
          ins.setString(1, kind.name());
          ins.setString(2, id);
          ins.setString(3, person);
          ins.setString(4, dueKey);
          ins.addBatch();
        }
        if (!people.isEmpty()) {
          ins.executeBatch();
        }
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    @Override
    public Optional<Aggregate> find(AggregateKind kind, String id) {
      check();
      List<Aggregate> found = select("SELECT * FROM oa_aggregate WHERE kind = ? AND id = ?",
          List.of(requireNonNull(kind, "kind").name(), requireNonNull(id, "id")));
      return found.stream().findFirst();
    }

    /** An aggregate's row as read, before its tray rows are known. */
    private record Row(AggregateKind kind, String id, long version, String payload, boolean open,
        Optional<LocalDateTime> dueAt, Optional<String> unit, Optional<LocalDate> from, Optional<LocalDate> to) {}

    /** The aggregates a query selects, with their tray rows read in one more statement (not one per aggregate). */
    private List<Aggregate> select(String sql, List<Object> args) {
      List<Row> rows = new ArrayList<>();
      try {
        try (Sql q = new Sql(sql, false)) {
          for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Integer n) {
              q.p.setInt(i + 1, n);
            } else {
              q.p.setString(i + 1, (String) v);
            }
          }
          try (ResultSet rs = q.query()) {
            while (rs.next()) {
              rows.add(new Row(AggregateKind.valueOf(rs.getString("kind")), rs.getString("id"), rs.getLong("version"),
                  rs.getString("payload"), rs.getBoolean("is_open"),
                  Optional.ofNullable(rs.getString("due_at")).map(t -> LocalDateTime.parse(t, FIXED)),
                  Optional.ofNullable(rs.getString("unit")),
                  Optional.ofNullable(rs.getString("from_day")).map(LocalDate::parse),
                  Optional.ofNullable(rs.getString("to_day")).map(LocalDate::parse)));
            }
          }
        }
        java.util.Map<String, Set<String>> trays = pending(rows);
        List<Aggregate> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
          Set<String> people = trays.getOrDefault(r.kind().name() + '\u0000' + r.id(), Set.of());
          out.add(new Aggregate(r.kind(), r.id(), r.version(), r.payload(),
              new Index(r.open(), r.dueAt(), r.unit(), people, r.from(), r.to())));
        }
        return out;
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    /** Ids in one look-up of tray rows. */
    private static final int IDS_PER_LOOKUP = 500;

    /**
     * The people in whose trays the aggregates lie, by {@code kind NUL id}: one statement per kind
     * and {@value #IDS_PER_LOOKUP} aggregates.
     */
    private java.util.Map<String, Set<String>> pending(List<Row> rows) throws SQLException {
      java.util.Map<String, Set<String>> trays = new java.util.HashMap<>();
      java.util.Map<AggregateKind, List<String>> ids = new java.util.EnumMap<>(AggregateKind.class);
      for (Row r : rows) {
        ids.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.id());
      }
      for (java.util.Map.Entry<AggregateKind, List<String>> kind : ids.entrySet()) {
        List<String> all = kind.getValue();
        for (int from = 0; from < all.size(); from += IDS_PER_LOOKUP) {
          List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_LOOKUP));
          try (Sql q = new Sql("SELECT id, person FROM oa_pending WHERE kind = ? AND id IN (" + repeated("?", chunk.size())
              + ")", false)) {
            q.p.setString(1, kind.getKey().name());
            for (int i = 0; i < chunk.size(); i++) {
              q.p.setString(i + 2, chunk.get(i));
            }
            try (ResultSet rs = q.query()) {
              while (rs.next()) {
                trays.computeIfAbsent(kind.getKey().name() + '\u0000' + rs.getString(1), k -> new TreeSet<>())
                    .add(rs.getString(2));
              }
            }
          }
        }
      }
      return trays;
    }

    @Override
    public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
      check();
      Aggregate next = new Aggregate(requireNonNull(kind, "kind"), id, expectedVersion + 1, storable(payload), index);
      try (Sql q = new Sql("UPDATE oa_aggregate SET version = ?, payload = "
          + dialect.jsonParameter() + ", is_open = ?,"
          + " due_at = ?, unit = ?, from_day = ?, to_day = ? WHERE kind = ? AND id = ? AND version = ?", true)) {
        PreparedStatement p = q.p;
        p.setLong(1, expectedVersion + 1);
        p.setString(2, payload);
        setIndex(p, 3, index);
        p.setString(8, kind.name());
        p.setString(9, id);
        p.setLong(10, expectedVersion);
        if (q.update() == 0) {
          Optional<Aggregate> current = find(kind, id);
          if (current.isEmpty()) {
            throw new UnknownReferenceException(kind.name().toLowerCase(java.util.Locale.ROOT), id, "update");
          }
          throw new StaleVersionException(kind, id, expectedVersion, current.get().version());
        }
      } catch (SQLException e) {
        throw failed(e);
      }
      writePending(kind, id, index, true);
      return next;
    }

    /** Keyset paging: the cursor is the last row's sort key, {@code <key>|<id>}; rows strictly after it follow. */
    private Page<Aggregate> page(String where, List<Object> args, String keyColumn, Page.Request page) {
      return page(where, args, keyColumn, false, page);
    }

    /**
     * Keyset paging. When {@code keyNeverNull} (the condition excludes rows without a key), rows are
     * ordered by the column itself, so an index on it serves the order and a page reads only its
     * rows; otherwise rows without a key come last ({@code COALESCE(key, '~')}).
     */
    private Page<Aggregate> page(String where, List<Object> args, String keyColumn, boolean keyNeverNull,
        Page.Request page) {
      check();
      requireNonNull(page, "page");
      List<Object> all = new ArrayList<>(args);
      String sql = "SELECT * FROM oa_aggregate WHERE " + where;
      String key = keyNeverNull ? keyColumn : "COALESCE(" + keyColumn + ", '~')";
      if (page.after().isPresent()) {
        String cursor = page.after().get();
        int bar = cursor.lastIndexOf('\u0001');
        String last = cursor.substring(0, bar);
        String id = cursor.substring(bar + 1);
        sql += keyNeverNull ? " AND (" + key + ", id) > (?, ?)" : " AND (" + key + " > ? OR (" + key + " = ? AND id > ?))";
        all.add(last);
        if (!keyNeverNull) {
          all.add(last);
        }
        all.add(id);
      }
      sql += " ORDER BY " + key + ", id LIMIT " + (page.size() + 1);
      return page(select(sql, all), page.size(), keyColumn.equals("due_at") ? a -> a.index().dueAt()
          .map(JdbcStorage::text).orElse("~") : a -> a.index().fromInclusive().map(LocalDate::toString).orElse("~"));
    }

    /** A page of the rows read (one more than the page when there are more), its cursor the last row's key and id. */
    private static Page<Aggregate> page(List<Aggregate> rows, int size,
        java.util.function.Function<Aggregate, String> key) {
      boolean more = rows.size() > size;
      List<Aggregate> items = more ? rows.subList(0, size) : rows;
      Optional<String> next = Optional.empty();
      if (more) {
        Aggregate last = items.get(items.size() - 1);
        next = Optional.of(key.apply(last) + '\u0001' + last.id());
      }
      return new Page<>(items, next);
    }

    @Override
    public Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page) {
      return page("kind = ? AND is_open = TRUE AND due_at < ?", List.of(kind.name(), text(requireNonNull(at, "at"))),
          "due_at", true, page);
    }

    @Override
    public Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate fromInclusive, LocalDate toExclusive,
        Page.Request page) {
      return page("kind = ? AND unit = ? AND due_at >= ? AND due_at < ?", List.of(kind.name(), requireNonNull(unit, "unit"),
          text(fromInclusive.atStartOfDay()), text(toExclusive.atStartOfDay())), "due_at", true, page);
    }

    @Override
    public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
      check();
      requireNonNull(page, "page");
      // read in the tray's order from the tray rows' own index (kind, person, due_key, id): a page
      // touches its own rows, however many the person holds
      List<Object> args = new ArrayList<>(List.of(kind.name(), requireNonNull(personId, "personId")));
      String sql = "SELECT a.* FROM oa_pending p JOIN oa_aggregate a ON a.kind = p.kind AND a.id = p.id"
          + " WHERE p.kind = ? AND p.person = ? AND a.is_open = TRUE";
      if (page.after().isPresent()) {
        String cursor = page.after().get();
        int bar = cursor.lastIndexOf('\u0001');
        sql += " AND (p.due_key, p.id) > (?, ?)";
        args.add(cursor.substring(0, bar));
        args.add(cursor.substring(bar + 1));
      }
      sql += " ORDER BY p.due_key, p.id LIMIT " + (page.size() + 1);
      return page(select(sql, args), page.size(), a -> a.index().dueAt().map(JdbcStorage::text).orElse("~"));
    }

    @Override
    public Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page) {
      String d = requireNonNull(day, "day").toString();
      return page("kind = ? AND from_day <= ? AND to_day > ?", List.of(kind.name(), d, d), "from_day", page);
    }

    // ------------------------------------------------------------ audit

    @Override
    public void append(AuditEntry.Event event) {
      check();
      requireNonNull(event, "event");
      // no lock: the receipt comes from a sequence, the entry is sealed after the commit
      deferred.add(event);
      if (dialect != Dialect.POSTGRESQL) {
        writeDeferred();
      }
    }

    @Override
    public List<AuditEntry> seal(int limit) {
      check();
      positive(limit);
      writeDeferred();
      // the head row's lock makes sealers take turns; the entries read after it are those committed
      // (or this unit of work's own), in the order they were appended
      try {
        sendBounds();
      } catch (SQLException ex) {
        throw failed(ex);
      }
      try (PreparedStatement head = c.prepareStatement(
          "SELECT last_sequence, last_hash FROM oa_audit_head WHERE id = 1 FOR UPDATE");
          ResultSet rs = head.executeQuery()) {
        rs.next();
        long sequence = rs.getLong(1);
        String previous = rs.getString(2);
        List<Long> receipts = new ArrayList<>();
        List<AuditEntry> sealed = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT receipt, at_instant, actor, action, subject, detail"
            + " FROM oa_audit_unsealed ORDER BY receipt LIMIT " + limit);
            ResultSet r = q.executeQuery()) {
          while (r.next()) {
            receipts.add(r.getLong(1));
            AuditEntry e = AuditChain.next(previous, ++sequence, new AuditEntry.Event(Instant.parse(r.getString(2)),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
            sealed.add(e);
            previous = e.hash();
          }
        }
        if (sealed.isEmpty()) {
          return List.of();
        }
        insertAudit(sealed);
        for (int from = 0; from < receipts.size(); from += ROWS_PER_STATEMENT) {
          List<Long> chunk = receipts.subList(from, Math.min(receipts.size(), from + ROWS_PER_STATEMENT));
          try (PreparedStatement del = c.prepareStatement("DELETE FROM oa_audit_unsealed WHERE receipt IN ("
              + repeated("?", chunk.size()) + ")")) {
            for (int i = 0; i < chunk.size(); i++) {
              del.setLong(i + 1, chunk.get(i));
            }
            del.executeUpdate();
          }
        }
        try (PreparedStatement up = c.prepareStatement(
            "UPDATE oa_audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
          up.setLong(1, sequence);
          up.setString(2, previous);
          up.executeUpdate();
        }
        return List.copyOf(sealed);
      } catch (SQLException ex) {
        throw failed(ex);
      }
    }

    private static void positive(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
      }
    }

    @Override
    public List<AuditEntry.Unsealed> unsealed(int limit) {
      check();
      positive(limit);
      writeDeferred();
      List<AuditEntry.Unsealed> out = new ArrayList<>();
      try (Sql q = new Sql("SELECT receipt, at_instant, actor, action, subject, detail"
          + " FROM oa_audit_unsealed ORDER BY receipt LIMIT " + limit, false);
          ResultSet r = q.query()) {
        while (r.next()) {
          out.add(new AuditEntry.Unsealed(r.getLong(1), new AuditEntry.Event(Instant.parse(r.getString(2)),
              r.getString(3), r.getString(4), r.getString(5), r.getString(6))));
        }
      } catch (SQLException ex) {
        throw failed(ex);
      }
      return List.copyOf(out);
    }

    /** Sealed or deleted rows in one statement (a statement per row costs the database far more). */
    private static final int ROWS_PER_STATEMENT = 500;

    /** Writes sealed entries to the chain's table, {@value #ROWS_PER_STATEMENT} rows a statement. */
    private void insertAudit(List<AuditEntry> entries) throws SQLException {
      String row = INSERT_AUDIT.substring(INSERT_AUDIT.indexOf("VALUES ") + "VALUES ".length());
      String head = INSERT_AUDIT.substring(0, INSERT_AUDIT.indexOf("VALUES ") + "VALUES ".length());
      for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
        List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
        try (PreparedStatement p = c.prepareStatement(head + repeated(row, chunk.size()))) {
          for (int i = 0; i < chunk.size(); i++) {
            bindAudit(p, 8 * i, chunk.get(i).sequence(), chunk.get(i));
          }
          p.executeUpdate();
        }
      }
    }


    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
      check();
      List<AuditEntry> out = new ArrayList<>();
      try (Sql q = new Sql("SELECT * FROM oa_audit WHERE sequence >= ? ORDER BY sequence LIMIT " + Math.max(1, limit),
          false)) {
        q.p.setLong(1, fromSequence);
        try (ResultSet rs = q.query()) {
          while (rs.next()) {
            out.add(new AuditEntry(rs.getLong("sequence"), Instant.parse(rs.getString("at_instant")), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("hash")));
          }
        }
      } catch (SQLException e) {
        throw failed(e);
      }
      return out;
    }

    @Override
    public Optional<Long> verify() {
      List<AuditEntry> entries = read(1, Integer.MAX_VALUE);
      Optional<Long> broken = AuditChain.firstBroken(entries);
      if (broken.isPresent()) {
        return broken;
      }
      // the end of the log: the entries must still reach the head row
      AuditHead head = head();
      AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      long lastSequence = last == null ? 0 : last.sequence();
      String lastHash = last == null ? AuditChain.GENESIS : last.hash();
      if (lastSequence != head.sequence() || !lastHash.equals(head.hash())) {
        return Optional.of(Math.min(lastSequence + 1, head.sequence()));
      }
      return Optional.empty();
    }

    @Override
    public AuditHead head() {
      check();
      try (Sql q = new Sql("SELECT last_sequence, last_hash FROM oa_audit_head WHERE id = 1", false);
          ResultSet rs = q.query()) {
        rs.next();
        return new AuditHead(rs.getLong(1), rs.getString(2));
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    // ------------------------------------------------------------ numbers

    @Override
    public DocumentNumber next(String unitCode, int year) {
      check();
      requireNonNull(unitCode, "unitCode");
      try {
        sendBounds();
        for (int attempt = 0; attempt < 2; attempt++) {
          try (PreparedStatement up = c.prepareStatement(
              "UPDATE oa_number SET last_sequence = last_sequence + 1 WHERE unit_code = ? AND year_value = ?")) {
            up.setString(1, unitCode);
            up.setInt(2, year);
            if (up.executeUpdate() == 1) {
              try (PreparedStatement q = c.prepareStatement(
                  "SELECT last_sequence FROM oa_number WHERE unit_code = ? AND year_value = ?")) {
                q.setString(1, unitCode);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                  rs.next();
                  return new DocumentNumber(unitCode, year, rs.getLong(1));
                }
              }
            }
          }
          Savepoint sp = c.setSavepoint();
          try (PreparedStatement ins = c.prepareStatement(
              "INSERT INTO oa_number (unit_code, year_value, last_sequence) VALUES (?, ?, 1)")) {
            ins.setString(1, unitCode);
            ins.setInt(2, year);
            ins.executeUpdate();
            c.releaseSavepoint(sp);
            return new DocumentNumber(unitCode, year, 1);
          } catch (SQLException e) {
            if (!isDuplicate(e)) {
              throw e;
            }
            c.rollback(sp); // someone created the counter first: increment it instead
          }
        }
        throw new IllegalStateException("could not allocate a number for " + unitCode + " " + year);
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    // ------------------------------------------------------------ idempotency

    @Override
    public Optional<String> find(String key) {
      check();
      requireNonNull(key, "key");
      try (Sql q = new Sql("SELECT result FROM oa_idempotency WHERE idem_key = ?", false)) {
        q.p.setString(1, key);
        try (ResultSet rs = q.query()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    @Override
    public void record(String key, String result) {
      check();
      boolean postgres = dialect == Dialect.POSTGRESQL;
      if (!postgres && find(key).isPresent()) {
        throw new DuplicateKeyException(key);
      }
      requireNonNull(result, "result");
      try (Sql q = new Sql("INSERT INTO oa_idempotency (idem_key, result) VALUES (?, ?)"
          + (postgres ? " ON CONFLICT (idem_key) DO NOTHING" : ""), true)) {
        q.p.setString(1, key);
        q.p.setString(2, result);
        if (q.update() == 0) {
          throw new DuplicateKeyException(key);
        }
      } catch (SQLException e) {
        if (isDuplicate(e)) {
          throw new DuplicateKeyException(key);
        }
        throw failed(e);
      }
    }
  }
}
