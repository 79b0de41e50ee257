package io.oakit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store reads a page's tray rows, seals entries and removes what it sealed in statements of
 * several hundred rows, not one per row: a full page (1,000 aggregates, three tray look-ups) and a
 * seal of 1,201 entries (three inserts, three deletes) keep every row.
 */
class ManyRowsTest {

  private static JdbcStorage store(Dialect dialect) {
    return JdbcStorage.builder(TestDatabases.pooled(dialect == Dialect.H2 ? TestDatabases.freshH2()
        : TestDatabases.freshPostgres(), 4)).dialect(dialect).build();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aFullPageHasEveryAggregatesTrayRows(Dialect dialect) {
    JdbcStorage store = store(dialect);
    int n = 1_001;
    store.inTransaction(u -> {
      for (int i = 0; i < n; i++) {
        u.aggregates().insert(AggregateKind.DOCUMENT, String.format("doc-%04d", i), "{}", new Index(true,
            Optional.of(LocalDateTime.of(2026, 6, 1, 9, 0).plusMinutes(i)), Optional.of("u"),
            Set.of("clerk-" + i, "leader"), Optional.empty(), Optional.empty()));
      }
      return null;
    });
    List<Aggregate> read = new ArrayList<>();
    store.inTransaction(u -> {
      Page.Request page = Page.Request.first(1000);
      while (true) {
        Page<Aggregate> p = u.aggregates().pendingFor(AggregateKind.DOCUMENT, "leader", page);
        read.addAll(p.items());
        if (p.next().isEmpty()) {
          return null;
        }
        page = page.next(p);
      }
    });
    assertThat(read).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(read.get(i).id()).isEqualTo(String.format("doc-%04d", i));
      assertThat(read.get(i).index().pendingFor()).containsExactlyInAnyOrder("clerk-" + i, "leader");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aSealOfMoreThanOneStatementsRowsSealsAndRemovesEachEntryOnce(Dialect dialect) {
    JdbcStorage store = store(dialect);
    int n = 1_201;
    store.inTransaction(u -> {
      for (int i = 0; i < n; i++) {
        u.audit().append(new AuditEntry.Event(Instant.parse("2026-06-01T01:00:00Z").plusSeconds(i), "li", "test",
            "doc-" + i, "{}"));
      }
      return null;
    });
    List<AuditEntry> sealed = store.inTransaction(u -> u.audit().seal(5_000));
    assertThat(sealed).hasSize(n);
    List<AuditEntry.Unsealed> left = store.inTransaction(u -> u.audit().unsealed(5_000));
    assertThat(left).isEmpty();
    List<AuditEntry> stored = store.inTransaction(u -> u.audit().read(1, 5_000));
    assertThat(stored).isEqualTo(sealed);
    for (int i = 0; i < n; i++) {
      assertThat(stored.get(i).sequence()).isEqualTo(i + 1);
      assertThat(stored.get(i).subject()).isEqualTo("doc-" + i);
    }
    Optional<Long> broken = store.inTransaction(u -> u.audit().verify());
    assertThat(broken).isEmpty();
  }
}
