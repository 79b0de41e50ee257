package io.oakit.spi.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.oakit.core.UnknownReferenceException;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditChain;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.AuditLog;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.DuplicateAggregateException;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Index;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Page;
import io.oakit.spi.StaleVersionException;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The reference implementation of the SPI, in memory: thread-safe, honouring every rule of the SPI.
 * Transactions run one at a time (one lock, not fair: a thread that releases it and asks again may
 * go first, which keeps throughput from falling as threads are added) and are undone from an undo
 * log when the work throws, so they are serializable and atomic. Suitable for tests, demos and
 * single-process hosts that keep nothing across restarts.
 */
public final class InMemoryStorage implements Transactor {

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<AggregateKind, Map<String, Aggregate>> aggregates = new EnumMap<>(AggregateKind.class);
  private final List<AuditEntry> audit = new ArrayList<>();
  /** Entries appended and not yet sealed, by receipt. */
  private final java.util.TreeMap<Long, AuditEntry.Event> unsealed = new java.util.TreeMap<>();
  private long lastReceipt;
  /** The head as appended, kept apart from the entries (as a database keeps a head row). */
  private io.oakit.spi.AuditHead auditHead = io.oakit.spi.AuditHead.EMPTY;
  private final Map<String, Long> sequences = new HashMap<>();
  private final Map<String, String> idempotency = new HashMap<>();

  /** An empty store. */
  public InMemoryStorage() {
    for (AggregateKind k : AggregateKind.values()) {
      aggregates.put(k, new HashMap<>());
    }
  }

  /**
   * @throws IllegalStateException when called from inside a transaction of this store (nesting is not supported)
   */
  @Override
  public <T> T inTransaction(UnitOfWork.Work<T> work) {
    requireNonNull(work, "work");
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("nested transactions are not supported: use the unit of work you have");
    }
    lock.lock();
    Tx tx = new Tx();
    try {
      T result = work.run(tx);
      tx.open = false;
      return result;
    } catch (RuntimeException | Error e) {
      tx.rollback();
      throw e;
    } finally {
      tx.open = false;
      lock.unlock();
    }
  }

  /**
   * For contract tests only: lets a test change the stored audit log behind the SPI's back, as an
   * intruder editing the database would, to check that {@link AuditLog#verify()} notices.
   *
   * @param edit receives the stored entries and returns the tampered ones
   */
  public void tamperWithAuditLog(UnaryOperator<List<AuditEntry>> edit) {
    lock.lock();
    try {
      List<AuditEntry> edited = new ArrayList<>(edit.apply(List.copyOf(audit)));
      audit.clear();
      audit.addAll(edited);
    } finally {
      lock.unlock();
    }
  }

  /** One transaction: applies writes at once and remembers how to undo them. */
  private final class Tx implements UnitOfWork, AggregateStore, AuditLog, NumberAllocator, IdempotencyStore {
    private final List<Runnable> undo = new ArrayList<>();
    private boolean open = true;

    private void check() {
      if (!open) {
        throw new IllegalStateException("this unit of work has ended");
      }
    }

    void rollback() {
      for (int i = undo.size() - 1; i >= 0; i--) {
        undo.get(i).run();
      }
      undo.clear();
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

    // ------------------------------------------------------------ aggregates

    @Override
    public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
      check();
      Map<String, Aggregate> map = aggregates.get(requireNonNull(kind, "kind"));
      Aggregate a = new Aggregate(kind, id, 1, payload, index);
      if (map.containsKey(id)) {
        throw new DuplicateAggregateException(kind, id);
      }
      map.put(id, a);
      undo.add(() -> map.remove(id));
      return a;
    }

    @Override
    public Optional<Aggregate> find(AggregateKind kind, String id) {
      check();
      return Optional.ofNullable(aggregates.get(requireNonNull(kind, "kind")).get(requireNonNull(id, "id")));
    }

    @Override
    public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
      check();
      Map<String, Aggregate> map = aggregates.get(requireNonNull(kind, "kind"));
      Aggregate current = map.get(requireNonNull(id, "id"));
      if (current == null) {
        throw new UnknownReferenceException(kind.name().toLowerCase(java.util.Locale.ROOT), id, "update");
      }
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(kind, id, expectedVersion, current.version());
      }
      Aggregate next = new Aggregate(kind, id, expectedVersion + 1, payload, index);
      map.put(id, next);
      undo.add(() -> map.put(id, current));
      return next;
    }

    @Override
    public Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page) {
      requireNonNull(at, "at");
      return query(kind, a -> a.index().open() && a.index().dueAt().map(d -> d.isBefore(at)).orElse(false),
          BY_DUE, page);
    }

    @Override
    public Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate fromInclusive,
        LocalDate toExclusive, Page.Request page) {
      requireNonNull(unit, "unit");
      requireNonNull(fromInclusive, "fromInclusive");
      requireNonNull(toExclusive, "toExclusive");
      return query(kind, a -> a.index().unit().map(unit::equals).orElse(false) && a.index().dueAt()
          .map(d -> !d.toLocalDate().isBefore(fromInclusive) && d.toLocalDate().isBefore(toExclusive)).orElse(false),
          BY_DUE, page);
    }

    @Override
    public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
      requireNonNull(personId, "personId");
      return query(kind, a -> a.index().open() && a.index().pendingFor().contains(personId), BY_DUE, page);
    }

    @Override
    public Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page) {
      requireNonNull(day, "day");
      return query(kind, a -> a.index().fromInclusive().map(f -> !day.isBefore(f)).orElse(false)
          && a.index().toExclusive().map(day::isBefore).orElse(false), BY_FROM, page);
    }

    /**
     * Keyset paging over a stable order: items sort by a fixed-width text key (the sort instant or day,
     * then the id), and the cursor is the last key returned, so a page never repeats or skips an item
     * because of writes between pages.
     */
    private Page<Aggregate> query(AggregateKind kind, Predicate<Aggregate> filter,
        java.util.function.Function<Aggregate, String> key, Page.Request page) {
      check();
      requireNonNull(page, "page");
      java.util.TreeMap<String, Aggregate> sorted = new java.util.TreeMap<>();
      for (Aggregate a : aggregates.get(requireNonNull(kind, "kind")).values()) {
        if (filter.test(a)) {
          sorted.put(key.apply(a), a);
        }
      }
      java.util.NavigableMap<String, Aggregate> rest = page.after().isPresent()
          ? sorted.tailMap(page.after().get(), false) : sorted;
      List<Aggregate> items = new ArrayList<>(page.size());
      String last = null;
      for (Map.Entry<String, Aggregate> e : rest.entrySet()) {
        if (items.size() == page.size()) {
          break;
        }
        items.add(e.getValue());
        last = e.getKey();
      }
      boolean more = last != null && sorted.higherKey(last) != null;
      return new Page<>(items, more ? Optional.of(last) : Optional.empty());
    }

    // ------------------------------------------------------------ audit

    @Override
    public void append(AuditEntry.Event event) {
      check();
      requireNonNull(event, "event");
      long receipt = ++lastReceipt;
      unsealed.put(receipt, event);
      undo.add(() -> unsealed.remove(receipt));
    }

    @Override
    public List<AuditEntry> seal(int limit) {
      check();
      checkArgument(limit >= 1, "limit must be >= 1 but was %s", limit);
      List<AuditEntry> sealed = new ArrayList<>();
      io.oakit.spi.AuditHead before = auditHead;
      while (sealed.size() < limit && !unsealed.isEmpty()) {
        Map.Entry<Long, AuditEntry.Event> next = unsealed.pollFirstEntry();
        AuditEntry e = AuditChain.next(auditHead.hash(), auditHead.sequence() + 1, next.getValue());
        audit.add(e);
        auditHead = new io.oakit.spi.AuditHead(e.sequence(), e.hash());
        sealed.add(e);
        undo.add(() -> {
          audit.remove(audit.size() - 1);
          unsealed.put(next.getKey(), next.getValue());
        });
      }
      undo.add(() -> auditHead = before);
      return List.copyOf(sealed);
    }

    @Override
    public List<AuditEntry.Unsealed> unsealed(int limit) {
      check();
      checkArgument(limit >= 1, "limit must be >= 1 but was %s", limit);
      List<AuditEntry.Unsealed> out = new ArrayList<>();
      for (Map.Entry<Long, AuditEntry.Event> e : unsealed.entrySet()) {
        if (out.size() == limit) {
          break;
        }
        out.add(new AuditEntry.Unsealed(e.getKey(), e.getValue()));
      }
      return List.copyOf(out);
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
      check();
      checkArgument(fromSequence >= 1, "fromSequence must be >= 1 but was %s", fromSequence);
      checkArgument(limit >= 1, "limit must be >= 1 but was %s", limit);
      int from = (int) Math.min(audit.size(), fromSequence - 1);
      return List.copyOf(audit.subList(from, Math.min(audit.size(), from + limit)));
    }

    @Override
    public Optional<Long> verify() {
      check();
      Optional<Long> broken = AuditChain.firstBroken(audit);
      if (broken.isPresent()) {
        return broken;
      }
      // the end of the log: the entries must still reach the head kept apart from them
      AuditEntry last = audit.isEmpty() ? null : audit.get(audit.size() - 1);
      long lastSequence = last == null ? 0 : last.sequence();
      String lastHash = last == null ? AuditChain.GENESIS : last.hash();
      if (lastSequence != auditHead.sequence() || !lastHash.equals(auditHead.hash())) {
        return Optional.of(Math.min(lastSequence + 1, auditHead.sequence()));
      }
      return Optional.empty();
    }

    @Override
    public io.oakit.spi.AuditHead head() {
      check();
      return auditHead;
    }

    // ------------------------------------------------------------ numbers

    @Override
    public DocumentNumber next(String unitCode, int year) {
      check();
      requireNonNull(unitCode, "unitCode");
      String key = unitCode + '\u0000' + year;
      long previous = sequences.getOrDefault(key, 0L);
      sequences.put(key, previous + 1);
      undo.add(() -> {
        if (previous == 0) {
          sequences.remove(key);
        } else {
          sequences.put(key, previous);
        }
      });
      return new DocumentNumber(unitCode, year, previous + 1);
    }

    // ------------------------------------------------------------ idempotency

    @Override
    public Optional<String> find(String key) {
      check();
      return Optional.ofNullable(idempotency.get(requireNonNull(key, "key")));
    }

    @Override
    public void record(String key, String result) {
      check();
      requireNonNull(key, "key");
      requireNonNull(result, "result");
      if (idempotency.containsKey(key)) {
        throw new DuplicateKeyException(key);
      }
      idempotency.put(key, result);
      undo.add(() -> idempotency.remove(key));
    }
  }

  private static final java.time.format.DateTimeFormatter FIXED =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

  /** Due instant (those without one last), then id. */
  private static final java.util.function.Function<Aggregate, String> BY_DUE =
      a -> a.index().dueAt().map(FIXED::format).orElse("~") + '\u0001' + a.id();

  /** First day, then id. */
  private static final java.util.function.Function<Aggregate, String> BY_FROM =
      a -> a.index().fromInclusive().map(d -> FIXED.format(d.atStartOfDay())).orElse("~") + '\u0001' + a.id();

  @Override
  public String toString() {
    return "InMemoryStorage";
  }
}
