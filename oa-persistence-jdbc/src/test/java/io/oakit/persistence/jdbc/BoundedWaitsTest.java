package io.oakit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.spi.AuditEntry;
import io.oakit.spi.TransientStorageException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every wait of the JDBC store is bounded: while one unit of work holds the audit chain's head row
 * (or the pool's only connection), another does not block for ever but fails with the SPI's transient
 * exception — which the workflow retries with the same key — and succeeds once the first has ended.
 */
class BoundedWaitsTest {

  private static final AuditEntry.Event EVENT = new AuditEntry.Event(Instant.parse("2026-09-30T01:00:00Z"), "li",
      "test", "doc-1", "{}");

  private static DataSource fresh(Dialect dialect) {
    return dialect == Dialect.H2 ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
  }

  /** Runs {@code blocked} while another unit of work of {@code holder} holds the audit head's lock. */
  private static <T> T whileTheHeadIsLocked(JdbcStorage holder, Function<Void, T> blocked) throws Exception {
    return whileHeld(holder, u -> {
      u.audit().append(EVENT);
      u.audit().seal(10);  // a sealer holds the head row's lock until it ends
    }, 60, blocked);
  }

  /**
   * Runs {@code blocked} while another unit of work of {@code holder}, having run {@code take}, stays
   * open (at most {@code seconds}).
   */
  private static <T> T whileHeld(JdbcStorage holder, java.util.function.Consumer<io.oakit.spi.UnitOfWork> take,
      long seconds, Function<Void, T> blocked) throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> holder.inTransaction(u -> {
      take.accept(u);
      locked.countDown();
      try {
        release.await(seconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
    try {
      return blocked.apply(null);
    } finally {
      release.countDown();
      first.get(60, TimeUnit.SECONDS);
    }
  }

  private static JdbcStorage withLockTimeout200ms(Dialect dialect) {
    return JdbcStorage.builder(TestDatabases.pooled(fresh(dialect), 4)).dialect(dialect)
        .lockTimeout(Duration.ofMillis(200)).build();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRowLockHeldLongerThanTheLockTimeoutFailsAsTransient(Dialect dialect) throws Exception {
    JdbcStorage store = withLockTimeout200ms(dialect);
    whileTheHeadIsLocked(store, v -> {
      assertThatThrownBy(() -> store.inTransaction(u -> u.audit().seal(10)))
          .isInstanceOf(TransientStorageException.class);
      return null;
    });
    store.inTransaction(u -> {
      u.audit().append(EVENT);
      return u.audit().seal(10);  // the retry after the holder ended succeeds
    });
    Optional<Long> broken = store.inTransaction(u -> u.audit().verify());
    assertThat(broken).isEmpty();
    assertThat(entries(store)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStatementRunningLongerThanTheStatementTimeoutFailsAsTransient(Dialect dialect) throws Exception {
    DataSource db = fresh(dialect);
    JdbcStorage store = JdbcStorage.builder(TestDatabases.pooled(db, 4)).dialect(dialect)
        .lockTimeout(Duration.ofSeconds(60)).statementTimeout(Duration.ofMillis(300)).build();
    whileTheHeadIsLocked(store, v -> {
      assertThatThrownBy(() -> store.inTransaction(u -> u.audit().seal(10)))
          .isInstanceOf(TransientStorageException.class);
      return null;
    });
    assertThat(entries(store)).hasSize(1);
  }

  /**
   * On PostgreSQL the bounds travel with the unit of work's first statement (no round trip of their
   * own): a unit of work whose very first statement waits for a row lock is bounded all the same.
   */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theBoundsHoldForTheFirstStatementOfAUnitOfWork(Dialect dialect) throws Exception {
    JdbcStorage store = withLockTimeout200ms(dialect);
    io.oakit.spi.AggregateKind kind = io.oakit.spi.AggregateKind.DOCUMENT;
    store.inTransaction(u -> u.aggregates().insert(kind, "doc-1", "{}", io.oakit.spi.Index.NONE));
    // a store without bounds would wait the 10 s the holder holds the row, then find it stale
    whileHeld(store, u -> u.aggregates().update(kind, "doc-1", 1, "{\"by\":\"holder\"}", io.oakit.spi.Index.NONE), 10,
        v -> {
          assertThatThrownBy(() -> store.inTransaction(u -> {
            u.audit().append(EVENT);  // no statement of its own: it rides with the next write
            return u.aggregates().update(kind, "doc-1", 1, "{\"by\":\"blocked\"}", io.oakit.spi.Index.NONE);
          })).isInstanceOf(TransientStorageException.class);
          return null;
        });
    assertThat(store.inTransaction(u -> u.aggregates().find(kind, "doc-1")).orElseThrow().payload()).contains("holder");
    assertThat(entries(store)).isEmpty();  // the failed unit of work's audit entry went with it
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void noConnectionWithinThePoolsTimeoutFailsAsTransient(Dialect dialect) throws Exception {
    DataSource db = fresh(dialect);
    JdbcStorage.flyway(db, dialect).migrate();  // Flyway takes two connections: migrated beforehand
    var pool = TestDatabases.pooled(db, 1, 250);
    JdbcStorage store = JdbcStorage.builder(pool).dialect(dialect).migrate(false).build();
    whileTheHeadIsLocked(store, v -> {
      assertThatThrownBy(() -> store.inTransaction(u -> u.aggregates().find(io.oakit.spi.AggregateKind.DOCUMENT, "x")))
          .isInstanceOf(TransientStorageException.class).hasMessageContaining("connection");
      return null;
    });
    assertThat(entries(store)).hasSize(1);
  }

  private static List<AuditEntry> entries(JdbcStorage store) {
    io.oakit.spi.AuditSealing.sealAll(store);
    return store.inTransaction(u -> u.audit().read(1, 10));
  }

  @Test
  void timeoutsOutsideTheirRangeAreRefusedByName() {
    var builder = JdbcStorage.builder(TestDatabases.freshH2());
    assertThatThrownBy(() -> builder.lockTimeout(Duration.ZERO)).hasMessageContaining("lockTimeout");
    assertThatThrownBy(() -> builder.statementTimeout(Duration.ofDays(30))).hasMessageContaining("statementTimeout");
  }
}
