package io.oakit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.spi.StaleVersionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two stores with their own connection pools over one PostgreSQL database — as two JVMs sharing it
 * would be — never hand out a number twice and never lose an update.
 */
class SharedDatabaseTest {

  @Test
  void twoStoresOnOneDatabaseShareNumbersAndVersionsSafely() throws Exception {
    DataSource database = TestDatabases.freshPostgres();
    JdbcStorage first = TestDatabases.store(database, Dialect.POSTGRESQL, 8);
    JdbcStorage second = TestDatabases.store(database, Dialect.POSTGRESQL, 8);
    first.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, "shared", "0", Index.NONE));
    ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      JdbcStorage store = t % 2 == 0 ? first : second;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 100; i++) {
          numbers.add(store.inTransaction(u -> u.numbers().next("X办发", 2026)).sequence());
          while (true) {
            var read = store.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "shared")).orElseThrow();
            try {
              store.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "shared", read.version(),
                  Long.toString(Long.parseLong(read.payload()) + 1), Index.NONE));
              break;
            } catch (StaleVersionException e) {
              conflicts.incrementAndGet();
            }
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    Set<Long> distinct = new HashSet<>(numbers);
    assertThat(distinct).hasSize(800);
    assertThat(first.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "shared")).orElseThrow().payload())
        .as("updates kept, %s conflicts reported", conflicts.get()).isEqualTo("800");
  }
}
