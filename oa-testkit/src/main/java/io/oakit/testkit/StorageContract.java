package io.oakit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.UnknownReferenceException;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.DuplicateAggregateException;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import io.oakit.spi.StaleVersionException;
import io.oakit.spi.Transactor;
import io.oakit.spi.TransientStorageException;
import io.oakit.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract test kit (TCK) of the persistence SPI. A host extends this class, returns a fresh,
 * empty store from {@link #newStorage()}, and runs it with its own tests; each test is named after
 * the rule of the SPI Javadoc it checks ({@code r1_5_…} checks R1.5).
 *
 * <pre>{@code
 * class JdbcStorageContractTest extends StorageContract {
 *   protected Transactor newStorage() { return new JdbcStorage(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Optional hooks, each enabling rules that are skipped without it: {@link #reopen} (a fresh
 * instance over the same data, R2.5), {@link #secondInstance} (another instance used at the same
 * time, the R7 rules) and {@link #auditTamperer} (altering the stored audit log behind the SPI's
 * back, R6.3 and R6.6). A store that can offer them should: the rules they enable are where stores
 * that passed everything else lost data.
 */
public abstract class StorageContract {

  /** Changes the stored audit log behind the SPI's back. */
  @FunctionalInterface
  public interface AuditTamperer {
    /**
     * @param edit receives the stored entries in order and returns them altered; the store keeps the
     *     returned entries in the returned order (a store keyed by sequence numbers them by position)
     */
    void tamper(UnaryOperator<List<AuditEntry>> edit);
  }

  /**
   * Long Chinese text with characters outside the Basic Multilingual Plane, every C0 control
   * character but U+0000, C1 controls and every kind of line end.
   */
  protected static final String AWKWARD_TEXT =
      "关于加强“急件急办”的通知 𠀀𠀁𪚥 🏛️ " + "督查督办事项；".repeat(2000) + "end\r\n\t\"'\\"
          + controls() + "\u0085\u2028\u2029\r\r\n\n\u007f\u0080\u009f\ufeff\ufffd";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String controls() {
    StringBuilder s = new StringBuilder();
    for (char c = 1; c < 0x20; c++) {
      s.append(c);
    }
    return s.toString();
  }

  /**
   * A payload as the workflow writes them: a JSON object, here holding {@code text} in one field.
   *
   * @param text the text
   * @return the JSON object's text
   */
  protected static String json(String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", "tck");
    n.put("text", text);
    return n.toString();
  }

  /**
   * @param a an aggregate whose payload was made by {@link #json}
   * @return its text
   */
  protected static String text(Aggregate a) {
    try {
      return JSON.readTree(a.payload()).get("text").textValue();
    } catch (JsonProcessingException e) {
      throw new AssertionError("the stored payload is not JSON: " + a.payload(), e);
    }
  }

  /**
   * @param a JSON text
   * @param b other JSON text
   * @return whether they are the same JSON value (member order and white space aside)
   */
  protected static boolean sameJson(String a, String b) {
    try {
      return JSON.readTree(a).equals(JSON.readTree(b));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The same aggregate: kind, id, version, index equal and the payloads the same JSON value. */
  private static void assertSame(Aggregate read, Aggregate written) {
    assertThat(read.kind()).isEqualTo(written.kind());
    assertThat(read.id()).isEqualTo(written.id());
    assertThat(read.version()).isEqualTo(written.version());
    assertThat(read.index()).isEqualTo(written.index());
    assertThat(sameJson(read.payload(), written.payload())).as("payload %s is the JSON value %s", read.payload(),
        written.payload()).isTrue();
  }

  private Transactor storage;

  /**
   * A new, empty store.
   *
   * @return the store under test
   */
  protected abstract Transactor newStorage();

  /**
   * A fresh instance of the store over the same data, as after a restart of the host, if the
   * implementation can offer one (a store that keeps nothing across instances cannot, and skips
   * R2.5).
   *
   * @param storage the store made by {@link #newStorage()}
   * @return the new instance, or empty to skip the restart test
   */
  protected Optional<Transactor> reopen(Transactor storage) {
    return Optional.empty();
  }

  /**
   * Another instance of the store over the same data, used at the same time as the first: what a
   * second process or connection pool of the host over the same database is. The R7 rules (no dirty
   * reads, no stale caches, no lost updates, one effect per key and no number twice across
   * instances) run only when the implementation offers one. A store that is one object in one
   * process (the in-memory store) returns the same instance.
   *
   * @param storage the store made by {@link #newStorage()}
   * @return the second instance, or empty to skip the R7 rules
   */
  protected Optional<Transactor> secondInstance(Transactor storage) {
    return Optional.empty();
  }

  /**
   * How to tamper with the store's audit log, if the implementation can offer it to the kit.
   *
   * @param storage the store made by {@link #newStorage()}
   * @return the tamperer, or empty to skip the tamper test
   */
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.empty();
  }

  @BeforeEach
  void createStorage() {
    storage = newStorage();
  }

  /** @return the store of the current test */
  protected Transactor storage() {
    return storage;
  }

  private static Index due(LocalDateTime due, String unit, Set<String> pending) {
    return new Index(true, Optional.of(due), Optional.of(unit), pending, Optional.empty(), Optional.empty());
  }

  private Aggregate insert(String id, String payload) {
    return storage.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, id, payload, Index.NONE));
  }

  private Optional<Aggregate> find(String id) {
    return storage.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, id));
  }

  // ---------------------------------------------------------------- R1 aggregates

  /**
   * R1.1: insert stores version 1.
   */
  @Test
  public void r1_1_insert_stores_version_1() {
    Aggregate a = insert("d1", json("payload"));
    assertThat(a.version()).isEqualTo(1);
    assertThat(find("d1")).hasValueSatisfying(read -> assertSame(read, a));
  }

  /**
   * R1.2: duplicate insert is refused and changes nothing.
   */
  @Test
  public void r1_2_duplicate_insert_is_refused_and_changes_nothing() {
    insert("d1", json("first"));
    assertThatThrownBy(() -> insert("d1", json("second"))).isInstanceOf(DuplicateAggregateException.class);
    assertThat(find("d1").orElseThrow()).satisfies(a -> assertThat(text(a)).isEqualTo("first"));
    // the same id in another kind is another aggregate
    storage.inTransaction(u -> u.aggregates().insert(AggregateKind.ROSTER, "d1", json("roster"), Index.NONE));
  }

  /**
   * R1.3: find returns exactly what was written including awkward text.
   */
  @Test
  public void r1_3_find_returns_exactly_what_was_written_including_awkward_text() {
    Index index = new Index(true, Optional.of(LocalDateTime.of(2026, 10, 9, 17, 30, 0, 123_456_789)),
        Optional.of("县委办"), Set.of("张三", "李四"), Optional.of(LocalDate.of(2026, 2, 14)),
        Optional.of(LocalDate.of(2026, 3, 1)));
    storage.inTransaction(u -> u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "督-1", json(AWKWARD_TEXT), index));
    Aggregate read = storage.inTransaction(u -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, "督-1")).orElseThrow();
    assertThat(text(read)).isEqualTo(AWKWARD_TEXT);
    assertThat(sameJson(read.payload(), json(AWKWARD_TEXT))).as("an equal JSON value").isTrue();
    assertThat(read.index()).isEqualTo(index);
    assertThat(find("missing")).isEmpty();
  }

  /**
   * R1.4: update with the current version increments it.
   */
  @Test
  public void r1_4_update_with_the_current_version_increments_it() {
    insert("d1", json("v1"));
    Aggregate v2 = storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "d1", 1, json("v2"), Index.NONE));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(find("d1")).hasValueSatisfying(read -> assertSame(read, v2));
  }

  /**
   * R1.5: update with a stale version is refused and changes nothing.
   */
  @Test
  public void r1_5_update_with_a_stale_version_is_refused_and_changes_nothing() {
    insert("d1", json("v1"));
    storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "d1", 1, json("v2"), Index.NONE));
    assertThatThrownBy(() -> storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "d1", 1, json("lost"), Index.NONE)))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(find("d1").orElseThrow()).satisfies(a -> assertThat(text(a)).isEqualTo("v2"));
  }

  /**
   * R1.5: concurrent updates lose nothing.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r1_5_concurrent_updates_lose_nothing() throws Exception {
    int aggregates = 8;
    int threads = 16;
    int updatesPerThread = 1000;
    for (int i = 0; i < aggregates; i++) {
      insert("c" + i, json("0"));
    }
    // first side by side, deterministically: one reads, another commits, the first writes and retries on a
    // conflict — a store that ignores the expected version loses the other's update on every run
    Aggregate stale = find("c0").orElseThrow();
    storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "c0", stale.version(),
        json(Long.toString(Long.parseLong(text(stale)) + 1)), Index.NONE));
    Aggregate read0 = stale;
    while (true) {
      Aggregate seen = read0;
      try {
        storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "c0", seen.version(),
            json(Long.toString(Long.parseLong(text(seen)) + 1)), Index.NONE));
        break;
      } catch (StaleVersionException e) {
        read0 = find("c0").orElseThrow();
      }
    }
    // then under load
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int n = 0; n < updatesPerThread; n++) {
          String id = "c" + ((thread + n) % aggregates);
          while (true) {
            Aggregate read = find(id).orElseThrow();
            try {
              storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, id, read.version(),
                  json(Long.toString(Long.parseLong(text(read)) + 1)), Index.NONE));
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
    long total = 0;
    for (int i = 0; i < aggregates; i++) {
      Aggregate a = find("c" + i).orElseThrow();
      total += Long.parseLong(text(a));
      assertThat(a.version()).isEqualTo(Long.parseLong(text(a)) + 1);
    }
    assertThat(total).as("updates kept (conflicts reported: %s)", conflicts.get())
        .isEqualTo((long) threads * updatesPerThread + 2);
  }

  /**
   * R1.6: update of a missing aggregate is refused.
   */
  @Test
  public void r1_6_update_of_a_missing_aggregate_is_refused() {
    assertThatThrownBy(() -> storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "nope", 1, json("x"), Index.NONE)))
        .isInstanceOf(UnknownReferenceException.class);
  }

  // ---------------------------------------------------------------- R2 transactions

  /**
   * R2.1: a transaction commits everything it did.
   */
  @Test
  public void r2_1_a_transaction_commits_everything_it_did() {
    String result = storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "d1", json("p"), Index.NONE);
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "insert", "DOCUMENT:d1", ""));
      u.idempotency().record("k1", "done");
      return u.numbers().next("X办发", 2026).toString();
    });
    assertThat(result).isEqualTo("X办发〔2026〕1号");
    assertThat(find("d1")).isPresent();
    assertThat(auditLog(10)).hasSize(1);
    assertThat(recorded("k1")).contains("done");
  }

  /**
   * R2.2: a failing transaction leaves nothing behind.
   */
  @Test
  public void r2_2_a_failing_transaction_leaves_nothing_behind() {
    insert("d0", json("before"));
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "d1", json("p"), Index.NONE);
      u.aggregates().update(AggregateKind.DOCUMENT, "d0", 1, json("after"), Index.NONE);
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "insert", "DOCUMENT:d1", ""));
      u.idempotency().record("k1", "done");
      u.numbers().next("X办发", 2026);
      throw boom;
    })).isSameAs(boom);
    assertThat(find("d1")).isEmpty();
    assertThat(find("d0").orElseThrow()).satisfies(a -> assertThat(text(a)).isEqualTo("before"));
    assertThat(find("d0").orElseThrow().version()).isEqualTo(1);
    assertThat(auditLog(10)).isEmpty();
    assertThat(recorded("k1")).isEmpty();
  }

  // ---------------------------------------------------------------- R3 idempotency

  /**
   * R3.1: a retried command returns the first result and has no second effect.
   */
  @Test
  public void r3_1_a_retried_command_returns_the_first_result_and_has_no_second_effect() {
    UnitOfWorkCommand command = new UnitOfWorkCommand("key-1");
    String first = storage.inTransaction(command::run);
    String second = storage.inTransaction(command::run);
    assertThat(second).isEqualTo(first);
    assertThat(auditLog(10)).hasSize(1);
  }

  /** A command that appends one audit entry and records its key, the way workflow commands do. */
  private record UnitOfWorkCommand(String key) {
    String run(UnitOfWork u) {
      return u.idempotency().find(key).orElseGet(() -> act(u));
    }

    /** The command's effect and the key's record, once the key was not found. */
    String act(UnitOfWork u) {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "cmd", key, ""));
      String result = "done " + key + " with " + u.numbers().next("X办发", 2026);
      u.idempotency().record(key, result);
      return result;
    }
  }

  /**
   * R3.2: recording a key twice is refused.
   */
  @Test
  public void r3_2_recording_a_key_twice_is_refused() {
    storage.inTransaction(u -> {
      u.idempotency().record("k", "first");
      return null;
    });
    assertThatThrownBy(() -> storage.inTransaction(u -> {
      u.idempotency().record("k", "second");
      return null;
    })).isInstanceOf(IdempotencyStore.DuplicateKeyException.class);
    assertThat(recorded("k")).contains("first");
  }

  // ---------------------------------------------------------------- R4 numbers

  /**
   * R4.1: sequences are per unit and year.
   */
  @Test
  public void r4_1_sequences_are_per_unit_and_year() {
    List<String> numbers = storage.inTransaction(u -> List.of(u.numbers().next("X办发", 2026).toString(),
        u.numbers().next("X办发", 2026).toString(), u.numbers().next("X办函", 2026).toString(),
        u.numbers().next("X办发", 2027).toString()));
    assertThat(numbers).containsExactly("X办发〔2026〕1号", "X办发〔2026〕2号", "X办函〔2026〕1号", "X办发〔2027〕1号");
  }

  /**
   * R4.1: numbers are unique under concurrency.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r4_1_numbers_are_unique_under_concurrency() throws Exception {
    int threads = 8;
    int each = 500;
    ConcurrentLinkedQueue<Long> issued = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        for (int n = 0; n < each; n++) {
          issued.add(storage.inTransaction(u -> u.numbers().next("X办发", 2026)).sequence());
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(new HashSet<>(issued)).hasSize(threads * each);
  }

  /**
   * R4.2: a number from a rolled back transaction is never issued twice.
   */
  @Test
  public void r4_2_a_number_from_a_rolled_back_transaction_is_never_issued_twice() {
    assertThatThrownBy(() -> storage.inTransaction(u -> {
      u.numbers().next("X办发", 2026);
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
    DocumentNumber a = storage.inTransaction(u -> u.numbers().next("X办发", 2026));
    DocumentNumber b = storage.inTransaction(u -> u.numbers().next("X办发", 2026));
    assertThat(a.sequence()).isLessThan(b.sequence());
  }

  // ---------------------------------------------------------------- R5 queries

  /**
   * R5.1 to R5.4: queries return exactly their items in order.
   */
  @Test
  public void r5_1_to_r5_4_queries_return_exactly_their_items_in_order() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "b", json(""), due(t.minusDays(2), "交通局", Set.of("张三")));
      u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "a", json(""), due(t.minusDays(2), "交通局", Set.of()));
      u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "c", json(""), due(t.plusDays(1), "财政局", Set.of("张三")));
      u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "closed", json(""),
          new Index(false, Optional.of(t.minusDays(5)), Optional.of("交通局"), Set.of("张三"), Optional.empty(), Optional.empty()));
      u.aggregates().insert(AggregateKind.ROSTER, "r1", json(""), new Index(false, Optional.empty(), Optional.empty(), Set.of(),
          Optional.of(LocalDate.of(2026, 2, 14)), Optional.of(LocalDate.of(2026, 3, 1))));
      return null;
    });
    assertThat(ids(storage.inTransaction(u -> u.aggregates().openOverdue(AggregateKind.SUPERVISION_ITEM, t, Page.Request.first(10)))))
        .containsExactly("a", "b");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().byUnitAndPeriod(AggregateKind.SUPERVISION_ITEM, "交通局",
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), Page.Request.first(10))))).containsExactly("closed", "a", "b");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.SUPERVISION_ITEM, "张三", Page.Request.first(10)))))
        .containsExactly("b", "c");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().covering(AggregateKind.ROSTER, LocalDate.of(2026, 2, 28), Page.Request.first(10)))))
        .containsExactly("r1");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().covering(AggregateKind.ROSTER, LocalDate.of(2026, 3, 1), Page.Request.first(10)))))
        .isEmpty();
  }

  /**
   * R5.5: paging lists every item exactly once in order.
   */
  @Test
  public void r5_5_paging_lists_every_item_exactly_once_in_order() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> {
      for (int i = 0; i < 137; i++) {
        u.aggregates().insert(AggregateKind.DOCUMENT, String.format("d%03d", i), json(""), due(t.minusMinutes(1 + i % 7), "u", Set.of()));
      }
      return null;
    });
    List<String> all = ids(storage.inTransaction(u -> u.aggregates().openOverdue(AggregateKind.DOCUMENT, t, Page.Request.first(1000))));
    List<String> paged = new ArrayList<>();
    Page.Request request = Page.Request.first(10);
    while (true) {
      Page.Request r = request;
      Page<Aggregate> page = storage.inTransaction(u -> u.aggregates().openOverdue(AggregateKind.DOCUMENT, t, r));
      paged.addAll(ids(page));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page);
      // a write between pages, sorting before the cursor, must not make a page repeat or skip an existing item
      storage.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, "late" + paged.size(), json(""),
          due(t.minusDays(30), "u", Set.of())));
    }
    assertThat(paged).hasSize(137).containsExactlyElementsOf(all).doesNotHaveDuplicates();
  }

  /** The log after sealing everything committed. */
  private List<AuditEntry> auditLog(int limit) {
    io.oakit.spi.AuditSealing.sealAll(storage);
    return storage.inTransaction(u -> u.audit().read(1, limit));
  }

  private Optional<String> recorded(String key) {
    return storage.inTransaction(u -> u.idempotency().find(key));
  }

  private Optional<Long> verify() {
    io.oakit.spi.AuditSealing.sealAll(storage);
    return storage.inTransaction(u -> u.audit().verify());
  }

  private static List<String> ids(Page<Aggregate> page) {
    return page.items().stream().map(Aggregate::id).toList();
  }

  // ---------------------------------------------------------------- R6 audit

  /**
   * R6.1: appended entries are not sealed until a seal; a seal numbers and chains them in the order
   * they were appended, each once.
   */
  @Test
  public void r6_1_entries_are_numbered_and_chained_when_sealed() {
    storage.inTransaction(u -> {
      for (int i = 0; i < 5; i++) {
        u.audit().append(new AuditEntry.Event(Instant.EPOCH.plusSeconds(i), "tester", "act", "s" + i, AWKWARD_TEXT));
      }
      return null;
    });
    List<AuditEntry> beforeSeal = storage.inTransaction(u -> u.audit().read(1, 100));
    assertThat(beforeSeal).as("nothing is sealed before a seal").isEmpty();
    List<AuditEntry.Unsealed> waiting = storage.inTransaction(u -> u.audit().unsealed(100));
    assertThat(waiting).extracting(w -> w.event().subject()).containsExactly("s0", "s1", "s2", "s3", "s4");
    assertThat(waiting).extracting(AuditEntry.Unsealed::receipt).isSorted().doesNotHaveDuplicates();
    List<AuditEntry> firstTwo = storage.inTransaction(u -> u.audit().seal(2));
    assertThat(firstTwo).extracting(AuditEntry::subject).containsExactly("s0", "s1");
    List<AuditEntry> log = auditLog(100);
    assertThat(log).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(log).extracting(AuditEntry::subject).containsExactly("s0", "s1", "s2", "s3", "s4");
    assertThat(log.subList(0, 2)).isEqualTo(firstTwo);
    for (int i = 1; i < log.size(); i++) {
      assertThat(log.get(i).previousHash()).isEqualTo(log.get(i - 1).hash());
    }
    assertThat(log.get(2).detail()).isEqualTo(AWKWARD_TEXT);
    List<AuditEntry.Unsealed> left = storage.inTransaction(u -> u.audit().unsealed(100));
    assertThat(left).as("each entry is sealed once").isEmpty();
    List<AuditEntry> again = storage.inTransaction(u -> u.audit().seal(100));
    assertThat(again).isEmpty();
    assertThat(verify()).isEmpty();
  }

  /**
   * R6.3: tampering with content or order is detected.
   */
  @Test
  public void r6_3_tampering_with_content_or_order_is_detected() {
    Optional<AuditTamperer> tamperer = auditTamperer(storage);
    assumeTrue(tamperer.isPresent(), "the implementation offers no way to tamper with its audit log");
    storage.inTransaction(u -> {
      for (int i = 0; i < 5; i++) {
        u.audit().append(new AuditEntry.Event(Instant.EPOCH.plusSeconds(i), "tester", "act", "s" + i, "detail " + i));
      }
      return null;
    });
    io.oakit.spi.AuditSealing.sealAll(storage);
    tamperer.get().tamper(entries -> {
      List<AuditEntry> edited = new ArrayList<>(entries);
      AuditEntry e = edited.get(2);
      edited.set(2, new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), "edited", e.previousHash(), e.hash()));
      return edited;
    });
    assertThat(verify()).contains(3L);
    tamperer.get().tamper(entries -> {
      List<AuditEntry> edited = new ArrayList<>(entries);
      AuditEntry e = edited.get(2);
      edited.set(2, new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), "detail 2", e.previousHash(), e.hash()));
      AuditEntry fourth = edited.remove(3);
      edited.add(4, fourth);  // swap entries 4 and 5
      return edited;
    });
    // a store that keys entries by sequence reports the 4th position, one that keeps list order the 5th
    assertThat(verify()).hasValueSatisfying(sequence -> assertThat(sequence).isBetween(4L, 5L));
  }

  /**
   * R6.4: entries of a rolled back transaction are neither sealed nor listed, and the entries sealed
   * before it stay.
   */
  @Test
  public void r6_4_entries_of_a_rolled_back_transaction_are_not_kept() {
    storage.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "kept", "s", ""));
      return null;
    });
    List<AuditEntry> before = auditLog(10);
    assertThat(before).extracting(AuditEntry::action).containsExactly("kept");
    assertThatThrownBy(() -> storage.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "rolled back", "s", ""));
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
    List<AuditEntry.Unsealed> rolledBack = storage.inTransaction(u -> u.audit().unsealed(10));
    assertThat(rolledBack).isEmpty();
    assertThat(auditLog(10)).as("the entry sealed before the rollback").isEqualTo(before);
    storage.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "act", "s", ""));
      return null;
    });
    assertThat(auditLog(10)).extracting(AuditEntry::sequence).containsExactly(1L, 2L);
    assertThat(auditLog(10)).extracting(AuditEntry::action).containsExactly("kept", "act");
    assertThat(verify()).isEmpty();
  }

  /**
   * Whether the store runs units of work side by side (a database does; the in-memory store runs
   * one at a time and skips R6.7 and R6.8, whose cases need a unit of work left open while another
   * runs). By default the kit finds out: while one unit of work is open, having done nothing,
   * does another, which only reads, run? A store that knows the answer may say it.
   *
   * @return true unless the store runs one unit of work at a time
   */
  protected boolean unitsOfWorkRunSideBySide() {
    CountDownLatch open = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = pool.submit(() -> storage.inTransaction(u -> {
        open.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }));
      if (!open.await(30, TimeUnit.SECONDS)) {
        return false;
      }
      Future<?> second = pool.submit(() -> storage.inTransaction(u -> u.idempotency().find("side-by-side probe")));
      boolean sideBySide;
      try {
        second.get(PROBE_MILLIS, TimeUnit.MILLISECONDS);
        sideBySide = true;
      } catch (TimeoutException e) {
        sideBySide = false;
      } catch (Exception e) {
        sideBySide = false;
      }
      release.countDown();
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);
      return sideBySide;
    } catch (Exception e) {
      throw new AssertionError("the probe for units of work side by side failed", e);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  /** How long the kit waits for a unit of work that must not be blocked (generous: a liveness check, not a timing). */
  private static final long UNBLOCKED_WITHIN_SECONDS = 10;

  /** How long the probe of {@link #unitsOfWorkRunSideBySide} waits for the second unit of work. */
  private static final long PROBE_MILLIS = 300;

  /**
   * Runs {@code whileOpen} while another thread's unit of work has appended an entry and stays
   * open; then lets it commit.
   */
  private void withAnOpenAppend(String action, Runnable whileOpen) throws Exception {
    java.util.concurrent.CountDownLatch appended = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> open = pool.submit(() -> storage.inTransaction(u -> {
        u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", action, "open", ""));
        appended.countDown();
        try {
          release.await(UNBLOCKED_WITHIN_SECONDS * 2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }));
      assertThat(appended.await(UNBLOCKED_WITHIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      try {
        whileOpen.run();
      } finally {
        release.countDown();
      }
      open.get(UNBLOCKED_WITHIN_SECONDS * 3, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs work on another thread and fails unless it finishes while the open unit of work waits. */
  private static <T> T unblocked(String what, java.util.concurrent.Callable<T> work) {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      return pool.submit(work).get(UNBLOCKED_WITHIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(what + " waited for a unit of work that appended an audit entry and is still open", e);
    } catch (Exception e) {
      throw new AssertionError(what + " failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * R6.7: appending takes no lock another append waits for: while a unit of work that appended is
   * open, another appends and commits.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r6_7_an_open_unit_of_work_that_appended_does_not_block_another_writer() throws Exception {
    assumeTrue(unitsOfWorkRunSideBySide(), "the store runs one unit of work at a time");
    withAnOpenAppend("slow", () -> unblocked("another unit of work's append and commit", () -> storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "meanwhile", json("p"), Index.NONE);
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "fast", "meanwhile", ""));
      return null;
    })));
    // both sealed once the slow one committed, in whichever order the store gave them receipts
    assertThat(auditLog(10)).extracting(AuditEntry::action).containsExactlyInAnyOrder("fast", "slow");
    assertThat(verify()).isEmpty();
  }

  /**
   * R6.8: a seal leaves the entries of a unit of work still open (it neither waits for them nor loses
   * them); after the commit, the next seal seals them.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r6_8_an_entry_still_open_at_a_seal_is_sealed_by_the_next() throws Exception {
    assumeTrue(unitsOfWorkRunSideBySide(), "the store runs one unit of work at a time");
    storage.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "before", "s", ""));
      return null;
    });
    withAnOpenAppend("late", () -> {
      unblocked("another unit of work's append and commit", () -> storage.inTransaction(u -> {
        u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "early", "s", ""));
        return null;
      }));
      List<AuditEntry> sealed = unblocked("a seal", () -> storage.inTransaction(u -> u.audit().seal(100)));
      assertThat(sealed).extracting(AuditEntry::action).containsExactly("before", "early");
    });
    List<AuditEntry.Unsealed> waiting = storage.inTransaction(u -> u.audit().unsealed(10));
    assertThat(waiting).extracting(w -> w.event().action()).containsExactly("late");
    assertThat(auditLog(10)).extracting(AuditEntry::action).containsExactly("before", "early", "late");
    assertThat(auditLog(10)).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(verify()).isEmpty();
  }

  // ---------------------------------------------------------------- rules added for hosts' own stores

  /** R1.7: ids and keys are compared exactly: case and trailing spaces make another id. */
  @Test
  public void r1_7_ids_and_keys_are_compared_exactly() {
    insert("gw-1", json("lower"));
    insert("GW-1", json("upper"));
    insert("gw-1 ", json("trailing space"));
    assertThat(find("gw-1")).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo("lower"));
    assertThat(find("GW-1")).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo("upper"));
    assertThat(find("gw-1 ")).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo("trailing space"));
    storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "gw-1", 1, json("changed"), Index.NONE));
    assertThat(find("GW-1")).hasValueSatisfying(a -> assertThat(a.version()).isEqualTo(1));
    storage.inTransaction(u -> {
      u.idempotency().record("Key-1", "a");
      u.idempotency().record("key-1", "b");
      return null;
    });
    assertThat(recorded("Key-1")).contains("a");
    assertThat(recorded("key-1")).contains("b");
    assertThat(recorded("key-1 ")).isEmpty();
    String longId = "长".repeat(io.oakit.spi.StorageLimits.MAX_ID_LENGTH);
    insert(longId, json("longest id"));
    assertThat(find(longId)).isPresent();
  }

  /** R1.8: a payload far beyond 65,535 characters comes back whole. */
  @Test
  public void r1_8_long_payloads_come_back_whole() {
    String text = "督查督办𠀀\u2028\u001f".repeat(40_000) + "end";
    insert("long", json(text));
    assertThat(find("long")).hasValueSatisfying(a -> assertThat(text(a)).hasSize(text.length()).isEqualTo(text));
    // a payload of exactly the documented limit
    int room = io.oakit.spi.StorageLimits.MAX_PAYLOAD_LENGTH - json("").length();
    String longest = "督查督办abcdef".repeat(room / 10) + "x".repeat(room % 10);
    assertThat(json(longest)).hasSize(io.oakit.spi.StorageLimits.MAX_PAYLOAD_LENGTH);
    insert("longest", json(longest));
    assertThat(find("longest")).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo(longest));
  }

  /**
   * R1.3 for every character the SPI promises: every code point of the Basic Multilingual Plane but
   * U+0000 and the surrogates, and the first and last of every supplementary plane.
   */
  @Test
  public void r1_3_every_unicode_scalar_value_but_u0000_comes_back() {
    StringBuilder all = new StringBuilder();
    for (int c = 1; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        all.append((char) c);
      }
    }
    for (int plane = 1; plane <= 16; plane++) {
      all.appendCodePoint(plane * 0x10000).appendCodePoint(plane * 0x10000 + 0xFFFD);
    }
    String text = all.toString();
    insert("unicode", json(text));
    String back = text(find("unicode").orElseThrow());
    for (int i = 0; i < text.length(); i++) {
      if (i >= back.length() || back.charAt(i) != text.charAt(i)) {
        throw new AssertionError(String.format("character %d (U+%04X) came back as %s", i, (int) text.charAt(i),
            i < back.length() ? String.format("U+%04X", (int) back.charAt(i)) : "nothing"));
      }
    }
    assertThat(back).isEqualTo(text);
  }

  /** R2.3: an {@code Error} thrown by the work rolls back too, and propagates unchanged. */
  @Test
  public void r2_3_an_error_thrown_by_the_work_rolls_back_too() {
    AssertionError error = new AssertionError("an error, not an exception");
    assertThatThrownBy(() -> storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "d1", json("p"), Index.NONE);
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "insert", "DOCUMENT:d1", ""));
      throw error;
    })).isSameAs(error);
    assertThat(find("d1")).isEmpty();
    assertThat(auditLog(10)).isEmpty();
  }

  /** R5.6: an update replaces the index in every query. */
  @Test
  public void r5_6_an_update_replaces_the_index_in_every_query() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "i", json(""),
        new Index(true, Optional.of(t.minusDays(1)), Optional.of("交通局"), Set.of("张三"), Optional.of(LocalDate.of(2026, 6, 1)),
            Optional.of(LocalDate.of(2026, 6, 2)))));
    storage.inTransaction(u -> u.aggregates().update(AggregateKind.SUPERVISION_ITEM, "i", 1, json(""),
        new Index(true, Optional.of(t.plusDays(1)), Optional.of("财政局"), Set.of("李四"), Optional.of(LocalDate.of(2026, 7, 1)),
            Optional.of(LocalDate.of(2026, 7, 2)))));
    assertThat(ids(storage.inTransaction(u -> u.aggregates().openOverdue(AggregateKind.SUPERVISION_ITEM, t,
        Page.Request.first(10))))).isEmpty();
    assertThat(ids(storage.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.SUPERVISION_ITEM, "张三",
        Page.Request.first(10))))).isEmpty();
    assertThat(ids(storage.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.SUPERVISION_ITEM, "李四",
        Page.Request.first(10))))).containsExactly("i");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().byUnitAndPeriod(AggregateKind.SUPERVISION_ITEM, "交通局",
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), Page.Request.first(10))))).isEmpty();
    assertThat(ids(storage.inTransaction(u -> u.aggregates().covering(AggregateKind.SUPERVISION_ITEM,
        LocalDate.of(2026, 6, 1), Page.Request.first(10))))).isEmpty();
    assertThat(ids(storage.inTransaction(u -> u.aggregates().covering(AggregateKind.SUPERVISION_ITEM,
        LocalDate.of(2026, 7, 1), Page.Request.first(10))))).containsExactly("i");
  }

  /** R5.7: two kinds with the same index never show up in each other's queries. */
  @Test
  public void r5_7_queries_keep_kinds_apart() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "x", json(""), due(t.minusDays(1), "交通局", Set.of("张三")));
      u.aggregates().insert(AggregateKind.DOCUMENT, "x", json(""), due(t.minusDays(1), "交通局", Set.of("张三")));
      return null;
    });
    for (AggregateKind kind : List.of(AggregateKind.SUPERVISION_ITEM, AggregateKind.DOCUMENT)) {
      assertThat(storage.inTransaction(u -> u.aggregates().openOverdue(kind, t, Page.Request.first(10))).items())
          .singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(kind));
      assertThat(storage.inTransaction(u -> u.aggregates().pendingFor(kind, "张三", Page.Request.first(10))).items())
          .singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(kind));
      assertThat(storage.inTransaction(u -> u.aggregates().byUnitAndPeriod(kind, "交通局", LocalDate.of(2026, 6, 1),
          LocalDate.of(2026, 7, 1), Page.Request.first(10))).items()).singleElement()
          .satisfies(a -> assertThat(a.kind()).isEqualTo(kind));
    }
    assertThat(storage.inTransaction(u -> u.aggregates().openOverdue(AggregateKind.ROSTER, t, Page.Request.first(10)))
        .items()).isEmpty();
  }

  /** R5.8: a tray lists items without a due instant too, after the dated ones, in a stable order. */
  @Test
  public void r5_8_undated_items_come_last_in_a_tray() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "undated-b", json(""), new Index(true, Optional.empty(),
          Optional.empty(), Set.of("张三"), Optional.empty(), Optional.empty()));
      u.aggregates().insert(AggregateKind.DOCUMENT, "dated", json(""), due(t, "u", Set.of("张三")));
      u.aggregates().insert(AggregateKind.DOCUMENT, "undated-a", json(""), new Index(true, Optional.empty(),
          Optional.empty(), Set.of("张三"), Optional.empty(), Optional.empty()));
      return null;
    });
    List<String> first = ids(storage.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, "张三",
        Page.Request.first(10))));
    assertThat(first).containsExactly("dated", "undated-a", "undated-b");
    List<String> paged = new ArrayList<>();
    Page.Request request = Page.Request.first(1);
    while (true) {
      Page.Request r = request;
      Page<Aggregate> page = storage.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, "张三", r));
      paged.addAll(ids(page));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page);
    }
    assertThat(paged).containsExactlyElementsOf(first);
  }

  /** R5.9: overdue means due strictly before the instant asked about, to the nanosecond. */
  @Test
  public void r5_9_overdue_means_due_strictly_before() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 15, 17, 30, 0, 1);
    storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "at", json(""), due(t, "u", Set.of()));
      u.aggregates().insert(AggregateKind.DOCUMENT, "just-before", json(""), due(t.minusNanos(1), "u", Set.of()));
      return null;
    });
    assertThat(ids(storage.inTransaction(u -> u.aggregates().openOverdue(AggregateKind.DOCUMENT, t,
        Page.Request.first(10))))).containsExactly("just-before");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().byUnitAndPeriod(AggregateKind.DOCUMENT, "u",
        LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16), Page.Request.first(10))))).containsExactly("just-before",
            "at");
    assertThat(ids(storage.inTransaction(u -> u.aggregates().byUnitAndPeriod(AggregateKind.DOCUMENT, "u",
        LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 17), Page.Request.first(10))))).isEmpty();
  }

  /** R6.5: an audit read starts at the sequence asked for. */
  @Test
  public void r6_5_audit_reads_start_at_the_sequence_asked_for() {
    storage.inTransaction(u -> {
      for (int i = 0; i < 7; i++) {
        u.audit().append(new AuditEntry.Event(Instant.EPOCH.plusSeconds(i), "tester", "act", "s" + i, "d" + i));
      }
      return null;
    });
    io.oakit.spi.AuditSealing.sealAll(storage);
    List<AuditEntry> middle = storage.inTransaction(u -> u.audit().read(4, 2));
    List<AuditEntry> last = storage.inTransaction(u -> u.audit().read(7, 10));
    List<AuditEntry> beyond = storage.inTransaction(u -> u.audit().read(8, 10));
    assertThat(middle).extracting(AuditEntry::sequence).containsExactly(4L, 5L);
    assertThat(last).extracting(AuditEntry::sequence).containsExactly(7L);
    assertThat(beyond).isEmpty();
  }

  /** R6.6: against a head taken earlier, removing the last entry or reordering re-hashed entries is detected. */
  @Test
  public void r6_6_truncation_and_reordering_are_detected_against_a_known_head() {
    io.oakit.spi.AuditHead empty = storage.inTransaction(u -> u.audit().head());
    assertThat(empty).isEqualTo(io.oakit.spi.AuditHead.EMPTY);
    storage.inTransaction(u -> {
      for (int i = 0; i < 5; i++) {
        u.audit().append(new AuditEntry.Event(Instant.EPOCH.plusSeconds(i), "tester", "act", "s" + i, "detail " + i));
      }
      return null;
    });
    io.oakit.spi.AuditHead head = io.oakit.spi.AuditSealing.sealAll(storage);
    List<AuditEntry> log = auditLog(10);
    assertThat(head).isEqualTo(new io.oakit.spi.AuditHead(5, log.get(4).hash()));
    Optional<Long> intact = storage.inTransaction(u -> u.audit().verify(head));
    assertThat(intact).isEmpty();
    Optional<AuditTamperer> tamperer = auditTamperer(storage);
    assumeTrue(tamperer.isPresent(), "the implementation offers no way to tamper with its audit log");
    // the last entry removed: the chain that is left is intact, only the head can tell
    tamperer.get().tamper(entries -> entries.subList(0, 4));
    Optional<Long> truncated = storage.inTransaction(u -> u.audit().verify(head));
    assertThat(truncated).contains(5L);
    assertThat(verify()).as("the store's own head").contains(5L);
    // entries 4 and 5 swapped and chained afresh: a consistent chain that no longer reaches the head
    tamperer.get().tamper(entries -> {
      List<AuditEntry> fresh = new ArrayList<>(entries.subList(0, 3));
      for (AuditEntry e : List.of(log.get(4), log.get(3))) {
        fresh.add(io.oakit.spi.AuditChain.next(fresh.get(fresh.size() - 1).hash(), fresh.size() + 1L,
            new AuditEntry.Event(e.at(), e.actor(), e.action(), e.subject(), e.detail())));
      }
      return fresh;
    });
    Optional<Long> reordered = storage.inTransaction(u -> u.audit().verify(head));
    assertThat(reordered).contains(5L);
  }

  /**
   * R1.9: a payload holding a lone surrogate (which is not text, and which the workflow never
   * writes: {@code StorageLimits}) is either kept exactly or refused with an exception that keeps
   * nothing; it is never silently changed (an encoder's replacement {@code '?'}).
   */
  @Test
  public void r1_9_a_lone_surrogate_is_kept_or_refused_never_replaced() {
    String lone = "before\uD800after \uDC00 end";
    boolean refused;
    try {
      insert("lone", json(lone));
      refused = false;
    } catch (RuntimeException e) {
      refused = true;
    }
    if (refused) {
      assertThat(find("lone")).as("a refused payload keeps nothing").isEmpty();
    } else {
      assertThat(find("lone")).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo(lone));
    }
  }

  /** R2.4: a transaction started inside another on the same thread is refused, and the outer keeps nothing. */
  @Test
  public void r2_4_a_nested_transaction_is_refused() {
    assertThatThrownBy(() -> storage.inTransaction(u -> {
      u.aggregates().insert(AggregateKind.DOCUMENT, "outer", json(""), Index.NONE);
      return storage.inTransaction(v -> v.aggregates().insert(AggregateKind.DOCUMENT, "inner", json(""), Index.NONE));
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("nested");
    assertThat(find("outer")).isEmpty();
    assertThat(find("inner")).isEmpty();
  }

  /** R2.5: after a restart (a fresh instance over the same data) everything committed is there and numbers go on. */
  @Test
  public void r2_5_what_was_committed_survives_a_restart_and_numbers_go_on() {
    insert("kept", json("before the restart"));
    storage.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "act", "s", "d"));
      u.idempotency().record("k-restart", "first");
      return u.numbers().next("县府办发", 2026);
    });
    Optional<Transactor> reopened = reopen(storage);
    assumeTrue(reopened.isPresent(), "the implementation offers no fresh instance over the same data");
    Transactor again = reopened.get();
    Optional<Aggregate> kept = again.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "kept"));
    assertThat(kept).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo("before the restart"));
    Optional<String> key = again.inTransaction(u -> u.idempotency().find("k-restart"));
    assertThat(key).contains("first");
    io.oakit.spi.AuditSealing.sealAll(again);
    List<AuditEntry> log = again.inTransaction(u -> u.audit().read(1, 10));
    assertThat(log).hasSize(1);
    DocumentNumber next = again.inTransaction(u -> u.numbers().next("县府办发", 2026));
    assertThat(next.sequence()).as("县府办发〔2026〕1号 must not be issued twice").isEqualTo(2);
  }

  // ---------------------------------------------------------------- R7 instances

  private Transactor second() {
    Optional<Transactor> other = secondInstance(storage);
    assumeTrue(other.isPresent(), "the implementation offers no second instance over the same data");
    return other.get();
  }

  /** How long a reader may wait for a writer before the kit lets the writer go on (a store may block readers). */
  private static final long PATIENCE_MILLIS = 1_000;

  /**
   * R7.1: what a transaction of one instance wrote is invisible to the other instance until it
   * commits — aggregates, indexes, idempotency keys, audit entries — and never visible when it rolls
   * back. (A store whose readers wait for the writer passes: the kit lets the writer finish after a
   * second.)
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r7_1_no_dirty_reads_across_instances() throws Exception {
    Transactor other = second();
    LocalDateTime due = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, "d1", json("clean"), due(due, "交通局", Set.of("张三"))));
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    IllegalStateException rollback = new IllegalStateException("rolled back on purpose");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Object> writer = pool.submit(() -> storage.inTransaction(u -> {
        u.aggregates().update(AggregateKind.DOCUMENT, "d1", 1, json("dirty"), due(due, "交通局", Set.of("李四")));
        u.aggregates().insert(AggregateKind.DOCUMENT, "d2", json("dirty"), due(due, "交通局", Set.of("李四")));
        u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "dirty", "DOCUMENT:d1", ""));
        u.idempotency().record("k-dirty", "dirty");
        u.numbers().next("X办发", 2026);
        written.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw rollback;
      }));
      assertThat(written.await(30, TimeUnit.SECONDS)).as("the writer wrote").isTrue();
      Future<List<String>> reader = pool.submit(() -> other.inTransaction(u -> List.of(
          u.aggregates().find(AggregateKind.DOCUMENT, "d1").map(StorageContract::text).orElse("missing"),
          u.aggregates().find(AggregateKind.DOCUMENT, "d2").map(StorageContract::text).orElse("missing"),
          ids(u.aggregates().pendingFor(AggregateKind.DOCUMENT, "李四", Page.Request.first(10))).toString(),
          ids(u.aggregates().pendingFor(AggregateKind.DOCUMENT, "张三", Page.Request.first(10))).toString(),
          u.idempotency().find("k-dirty").orElse("none"),
          Integer.toString(u.audit().unsealed(10).size()))));
      List<String> seen;
      try {
        seen = reader.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException blocked) {
        release.countDown();
        seen = reader.get(60, TimeUnit.SECONDS);
      }
      release.countDown();
      assertThatThrownBy(() -> writer.get(60, TimeUnit.SECONDS)).hasCause(rollback);
      assertThat(seen).as("what the other instance saw while the writer had not committed")
          .containsExactly("clean", "missing", "[]", "[d1]", "none", "0");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    Optional<Aggregate> after = other.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "d1"));
    assertThat(after).hasValueSatisfying(a -> assertThat(text(a)).isEqualTo("clean"));
  }

  /**
   * R7.2: what one instance commits, the other sees at its next transaction: no instance answers from
   * a copy it keeps (aggregates, indexes, keys, the audit log, numbers).
   */
  @Test
  public void r7_2_what_one_instance_commits_the_other_sees_at_once() {
    Transactor other = second();
    LocalDateTime due = LocalDateTime.of(2026, 6, 15, 17, 30);
    storage.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, "d1", json("v1"), due(due, "交通局", Set.of("张三"))));
    assertThat(other.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "d1")).map(StorageContract::text)).contains("v1");
    assertThat(ids(other.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, "张三", Page.Request.first(10)))))
        .containsExactly("d1");
    storage.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "d1", 1, json("v2"), due(due, "交通局", Set.of("李四"))));
    Aggregate seen = other.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "d1")).orElseThrow();
    assertThat(text(seen)).isEqualTo("v2");
    assertThat(seen.version()).isEqualTo(2);
    assertThat(ids(other.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, "张三", Page.Request.first(10)))))
        .isEmpty();
    assertThatThrownBy(() -> other.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "d1", 1, json("lost"), Index.NONE)))
        .isInstanceOf(StaleVersionException.class);
    other.inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "d1", 2, json("v3"), Index.NONE));
    assertThat(storage.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "d1")).map(StorageContract::text)).contains("v3");

    Optional<String> keyBefore = other.inTransaction(u -> u.idempotency().find("k1"));
    assertThat(keyBefore).isEmpty();
    storage.inTransaction(u -> {
      u.idempotency().record("k1", "first");
      return null;
    });
    Optional<String> keyAfter = other.inTransaction(u -> u.idempotency().find("k1"));
    assertThat(keyAfter).contains("first");
    assertThatThrownBy(() -> other.inTransaction(u -> {
      u.idempotency().record("k1", "second");
      return null;
    })).isInstanceOf(IdempotencyStore.DuplicateKeyException.class);

    long headBefore = other.inTransaction(u -> u.audit().head().sequence());
    assertThat(headBefore).isZero();
    storage.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "act", "s", "first"));
      return null;
    });
    io.oakit.spi.AuditSealing.sealAll(storage);
    other.inTransaction(u -> {
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "act", "s", "second"));
      return null;
    });
    List<AuditEntry> sealedByOther = other.inTransaction(u -> u.audit().seal(10));
    assertThat(sealedByOther).extracting(AuditEntry::sequence).containsExactly(2L);
    long headAfter = storage.inTransaction(u -> u.audit().head().sequence());
    assertThat(headAfter).isEqualTo(2);
    assertThat(verify()).isEmpty();

    List<Long> numbers = new ArrayList<>();
    for (Transactor t : List.of(storage, other, storage, other)) {
      numbers.add(t.inTransaction(u -> u.numbers().next("X办发", 2026)).sequence());
    }
    assertThat(numbers).containsExactly(1L, 2L, 3L, 4L);
  }

  /**
   * Runs work until it neither meets a stale version nor a transient failure (R2.6), as the
   * workflow's command runner does; any other exception fails the test.
   */
  private static <T> T retrying(Transactor t, UnitOfWork.Work<T> work, AtomicInteger retries) {
    for (int attempt = 1; ; attempt++) {
      try {
        return t.inTransaction(work);
      } catch (StaleVersionException | TransientStorageException | IdempotencyStore.DuplicateKeyException e) {
        retries.incrementAndGet();
        if (attempt >= 10_000) {
          throw e;
        }
        Thread.yield();
      }
    }
  }

  /**
   * Runs work on one instance until it calls {@link Interleaving#pause()}; then runs other work on
   * another instance to its end (or, when a store makes it wait for the first, for a second), then
   * lets the first go on. This is how the R7 rules put two transactions side by side exactly where a
   * store can go wrong, every time.
   */
  protected static final class Interleaving {
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);

    /** Called by the first work where the second is to run. */
    public void pause() {
      paused.countDown();
      try {
        resume.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What a transaction came to: its result or its failure. */
  protected record Outcome<T>(T value, Throwable failure) {
    boolean failedWith(Class<?>... types) {
      for (Class<?> t : types) {
        if (t.isInstance(failure)) {
          return true;
        }
      }
      return false;
    }
  }

  private static <T> Outcome<T> outcome(Callable<T> call) {
    try {
      return new Outcome<>(call.call(), null);
    } catch (Exception | Error e) {
      return new Outcome<>(null, e);
    }
  }

  /**
   * @return the first work's outcome and the second's
   */
  private static <A, B> List<Outcome<?>> interleave(Transactor first, Function<Interleaving,
      UnitOfWork.Work<A>> firstWork, Transactor second, UnitOfWork.Work<B> secondWork)
      throws Exception {
    Interleaving at = new Interleaving();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Outcome<A>> a = pool.submit(() -> outcome(() -> first.inTransaction(firstWork.apply(at))));
      at.paused.await(30, TimeUnit.SECONDS);
      Future<Outcome<B>> b = pool.submit(() -> outcome(() -> second.inTransaction(secondWork)));
      try {
        b.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException waitsForTheFirst) {
        // a store that makes the second wait for the first: let the first go on
      }
      at.resume.countDown();
      return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    } finally {
      at.resume.countDown();
      pool.shutdownNow();
    }
  }

  /**
   * R7.3: updates of the same aggregates from two instances at once lose nothing, and a conflict
   * surfaces only as {@link StaleVersionException} or {@link TransientStorageException}
   * (a busy database, a serialization failure), never as another exception.
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r7_3_concurrent_updates_from_two_instances_lose_nothing() throws Exception {
    List<Transactor> instances = List.of(storage, second());
    // a transaction that read, while the other instance commits, then writes elsewhere: it commits,
    // or fails as transient and then commits when tried again (a deferred SQLite transaction is "busy")
    insert("read", json("v1"));
    List<Outcome<?>> both = interleave(storage, at -> u -> {
      u.aggregates().find(AggregateKind.DOCUMENT, "read");
      at.pause();
      u.audit().append(new AuditEntry.Event(Instant.EPOCH, "tester", "write", "DOCUMENT:elsewhere", ""));
      return u.aggregates().insert(AggregateKind.DOCUMENT, "elsewhere", json("mine"), Index.NONE);
    }, instances.get(1), u -> u.aggregates().update(AggregateKind.DOCUMENT, "read", 1, json("v2"), Index.NONE));
    for (Outcome<?> o : both) {
      assertThat(o.failure() == null || o.failedWith(TransientStorageException.class))
          .as("a transaction meeting another instance's commit fails only as transient, not with %s", o.failure()).isTrue();
    }
    if (both.get(0).failure() != null) {
      storage.inTransaction(u -> u.aggregates().insert(AggregateKind.DOCUMENT, "elsewhere", json("mine"), Index.NONE));
    }
    if (both.get(1).failure() != null) {
      instances.get(1).inTransaction(u -> u.aggregates().update(AggregateKind.DOCUMENT, "read", 1, json("v2"), Index.NONE));
    }
    assertThat(find("read").map(StorageContract::text)).contains("v2");
    assertThat(find("elsewhere").map(StorageContract::text)).contains("mine");

    int aggregates = 4;
    int threads = 8;
    int updatesPerThread = 150;
    for (int i = 0; i < aggregates; i++) {
      insert("c" + i, json("0"));
    }
    AtomicInteger retries = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Transactor mine = instances.get(t % 2);
        done.add(pool.submit(() -> {
          for (int n = 0; n < updatesPerThread; n++) {
            String id = "c" + ((thread + n) % aggregates);
            retrying(mine, u -> {
              Aggregate read = u.aggregates().find(AggregateKind.DOCUMENT, id).orElseThrow();
              return u.aggregates().update(AggregateKind.DOCUMENT, id, read.version(),
                  json(Long.toString(Long.parseLong(text(read)) + 1)), Index.NONE);
            }, retries);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long total = 0;
    for (int i = 0; i < aggregates; i++) {
      Aggregate a = find("c" + i).orElseThrow();
      total += Long.parseLong(text(a));
      assertThat(a.version()).isEqualTo(Long.parseLong(text(a)) + 1);
    }
    assertThat(total).as("updates kept (retries: %s)", retries.get()).isEqualTo((long) threads * updatesPerThread);
  }

  /**
   * R7.4: the same command, with the same idempotency key, sent by both instances at once (the way
   * the workflow's runner does it: look the key up, act, record the key) takes effect once, and
   * every caller, retried after a refusal, gets the first result.
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r7_4_one_key_sent_by_both_instances_at_once_takes_effect_once() throws Exception {
    List<Transactor> instances = List.of(storage, second());
    // the first looks the key up and finds nothing; the other instance runs the command and commits;
    // then the first acts and records the key: it must be refused, and tried again return the result
    UnitOfWorkCommand raced = new UnitOfWorkCommand("raced");
    List<Outcome<?>> both = interleave(storage, at -> u -> {
      Optional<String> earlier = u.idempotency().find("raced");
      at.pause();
      return earlier.orElseGet(() -> raced.act(u));
    }, instances.get(1), raced::run);
    Set<Object> raceResults = new HashSet<>();
    AtomicInteger refusals = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      Outcome<?> o = both.get(i);
      if (o.failure() == null) {
        raceResults.add(o.value());
      } else {
        assertThat(o.failedWith(IdempotencyStore.DuplicateKeyException.class, TransientStorageException.class,
            StaleVersionException.class)).as("refused as a duplicate key or transiently, not with %s", o.failure()).isTrue();
        raceResults.add(retrying(instances.get(i), raced::run, refusals));
      }
    }
    assertThat(raceResults).as("every caller gets the first result").hasSize(1);
    io.oakit.spi.AuditSealing.sealAll(storage);
    List<AuditEntry> effects = storage.inTransaction(u -> u.audit().read(1, 100));
    assertThat(effects).as("one effect of the raced command").hasSize(1);

    int callers = 4;
    int rounds = 12;
    AtomicInteger retries = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      for (int round = 0; round < rounds; round++) {
        UnitOfWorkCommand command = new UnitOfWorkCommand("same-" + round);
        CyclicBarrier start = new CyclicBarrier(callers);
        List<Future<String>> results = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
          Transactor mine = instances.get(c % 2);
          results.add(pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            return retrying(mine, command::run, retries);
          }));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> f : results) {
          distinct.add(f.get(2, TimeUnit.MINUTES));
        }
        assertThat(distinct).as("results of round %s", round).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
    io.oakit.spi.AuditSealing.sealAll(storage);
    List<AuditEntry> log = storage.inTransaction(u -> u.audit().read(1, 1000));
    assertThat(log).as("one effect per key").hasSize(rounds + 1);
    assertThat(log.stream().map(AuditEntry::subject).distinct().count()).isEqualTo(rounds + 1);
  }

  /**
   * R7.5: numbers drawn by both instances at once are all different, also when some of the
   * transactions that drew them roll back: a number given to a committed transaction is never
   * handed out again.
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void r7_5_numbers_drawn_by_both_instances_are_never_issued_twice() throws Exception {
    List<Transactor> instances = List.of(storage, second());
    // one draws and rolls back late, after the other instance drew and committed: the committed
    // number is not handed out again
    List<Outcome<?>> both = interleave(storage, at -> u -> {
      u.numbers().next("Y办发", 2026);
      at.pause();
      throw new IllegalArgumentException("rolled back on purpose");
    }, instances.get(1), u -> u.numbers().next("Y办发", 2026).sequence());
    assertThat(both.get(0).failure()).isInstanceOf(IllegalArgumentException.class);
    long other = (Long) both.get(1).value();
    long after = storage.inTransaction(u -> u.numbers().next("Y办发", 2026)).sequence();
    long afterOnTheOther = instances.get(1).inTransaction(u -> u.numbers().next("Y办发", 2026)).sequence();
    assertThat(List.of(other, after, afterOnTheOther)).as("committed numbers").doesNotHaveDuplicates();

    int threads = 4;
    int each = 60;
    ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
    AtomicInteger retries = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Transactor mine = instances.get(t % 2);
        done.add(pool.submit(() -> {
          for (int n = 0; n < each; n++) {
            boolean rollBack = n % 3 == 1;
            try {
              long number = retrying(mine, u -> {
                long drawn = u.numbers().next("X办发", 2026).sequence();
                if (rollBack) {
                  throw new IllegalArgumentException("rolled back on purpose");
                }
                return drawn;
              }, retries);
              committed.add(number);
            } catch (IllegalArgumentException expected) {
              // nothing of it was kept
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(committed).hasSize(threads * each * 2 / 3).doesNotHaveDuplicates();
    // the rolled-back numbers held back by the concurrency above must not come back either
    long next = storage.inTransaction(u -> u.numbers().next("X办发", 2026)).sequence();
    assertThat(committed).doesNotContain(next);
  }
}
