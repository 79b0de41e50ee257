package io.oakit.testkit;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
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
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.memory.InMemoryStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A store whose transactions run side by side, as a database's do, and of which a host may have
 * several instances over the same data: reads go to the committed data at once, writes are kept in
 * the transaction and applied together at commit, where versions, ids and keys are checked again;
 * numbers come from a shared sequence that leaves gaps. It is correct as it is ({@code
 * SideBySideStoreContractTest} runs the whole kit on it, so the kit's rules about instances are seen
 * to pass a store that really runs transactions at once); each {@link Flaw} breaks one thing of it,
 * the way real stores went wrong.
 */
final class SideBySideStore implements Transactor {

  /** One way of going wrong. */
  enum Flaw {
    /** None: the store keeps every rule. */
    NONE,
    /** Writes are visible to every transaction before they commit (read uncommitted). */
    DIRTY_READS,
    /**
     * Idempotency keys are looked up and checked in the snapshot the transaction began with, and the
     * table has no unique constraint: two transactions at once both record a key.
     */
    KEYS_UNIQUE_PER_TRANSACTION,
    /** The number sequence is stepped back when a transaction that drew from it rolls back. */
    NUMBERS_STEPPED_BACK_ON_ROLLBACK,
    /**
     * Each instance runs one transaction at a time under a JVM lock and starts it deferred: when
     * another instance committed in between, the commit fails with the database's raw "busy" error
     * instead of a {@link io.oakit.spi.TransientStorageException}.
     */
    JVM_LOCK_AND_RAW_BUSY_ERRORS,
    /**
     * The audit log of the single head row: appending takes one lock shared by every writer and
     * holds it until the transaction ends (the design before issue 22).
     */
    AUDIT_HEAD_LOCK
  }

  /** What all instances share: the database. */
  static final class Data {
    final InMemoryStorage committed = new InMemoryStorage();
    final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    final Map<String, Aggregate> uncommitted = new ConcurrentHashMap<>();
    final AtomicLong commits = new AtomicLong();
    /** When each idempotency key was committed (the commit's number), for the snapshot a flawed store reads. */
    final Map<String, Long> keyCommits = new ConcurrentHashMap<>();
    /** The head row's lock, for {@link Flaw#AUDIT_HEAD_LOCK}. */
    final ReentrantLock auditHead = new ReentrantLock();
  }

  private final Data data;
  private final Flaw flaw;
  private final ReentrantLock instanceLock = new ReentrantLock();
  private final ThreadLocal<Tx> active = new ThreadLocal<>();

  SideBySideStore(Data data, Flaw flaw) {
    this.data = data;
    this.flaw = flaw;
  }

  Data data() {
    return data;
  }

  @Override
  public <T> T inTransaction(UnitOfWork.Work<T> work) {
    if (active.get() != null) {
      throw new IllegalStateException("nested transactions are not supported: use the unit of work you have");
    }
    boolean locked = flaw == Flaw.JVM_LOCK_AND_RAW_BUSY_ERRORS;
    if (locked) {
      instanceLock.lock();
    }
    Tx tx = new Tx(data.commits.get());
    active.set(tx);
    try {
      T result = work.run(tx);
      commit(tx);
      return result;
    } catch (RuntimeException | Error e) {
      if (flaw == Flaw.NUMBERS_STEPPED_BACK_ON_ROLLBACK) {
        tx.drawn.forEach(key -> data.sequences.get(key).decrementAndGet());
      }
      throw e;
    } finally {
      tx.written.keySet().forEach(data.uncommitted::remove);
      active.remove();
      while (data.auditHead.isHeldByCurrentThread()) {
        data.auditHead.unlock();
      }
      if (locked) {
        instanceLock.unlock();
      }
    }
  }

  private void commit(Tx tx) {
    data.committed.inTransaction(u -> {
      if (flaw == Flaw.JVM_LOCK_AND_RAW_BUSY_ERRORS && data.commits.get() != tx.startedAt) {
        throw new IllegalStateException("[SQLITE_BUSY] database is locked");
      }
      tx.operations.forEach(op -> op.accept(u));
      long commit = data.commits.incrementAndGet();
      tx.keys.keySet().forEach(key -> data.keyCommits.putIfAbsent(key, commit));
      return null;
    });
  }

  private <T> T committed(Function<UnitOfWork, T> read) {
    return data.committed.inTransaction(read::apply);
  }

  private static String key(AggregateKind kind, String id) {
    return kind + "|" + id;
  }

  /** One transaction: its writes, in order, and what it wrote, for reading its own writes. */
  private final class Tx implements UnitOfWork, AggregateStore, AuditLog, NumberAllocator, IdempotencyStore {
    final long startedAt;
    final List<Consumer<UnitOfWork>> operations = new ArrayList<>();
    final Map<String, Aggregate> written = new LinkedHashMap<>();
    final Map<String, String> keys = new HashMap<>();
    final List<String> drawn = new ArrayList<>();

    Tx(long startedAt) {
      this.startedAt = startedAt;
    }

    @Override
    public AggregateStore aggregates() {
      return this;
    }

    @Override
    public AuditLog audit() {
      return this;
    }

    @Override
    public NumberAllocator numbers() {
      return this;
    }

    @Override
    public IdempotencyStore idempotency() {
      return this;
    }

    private void write(Aggregate a) {
      written.put(key(a.kind(), a.id()), a);
      if (flaw == Flaw.DIRTY_READS) {
        data.uncommitted.put(key(a.kind(), a.id()), a);
      }
    }

    @Override
    public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
      if (find(kind, id).isPresent()) {
        throw new DuplicateAggregateException(kind, id);
      }
      Aggregate a = new Aggregate(kind, id, 1, payload, index);
      write(a);
      operations.add(u -> u.aggregates().insert(kind, id, payload, index));
      return a;
    }

    @Override
    public Optional<Aggregate> find(AggregateKind kind, String id) {
      Aggregate own = written.get(key(kind, id));
      if (own != null) {
        return Optional.of(own);
      }
      Aggregate dirty = data.uncommitted.get(key(kind, id));
      if (dirty != null) {
        return Optional.of(dirty);
      }
      return committed(u -> u.aggregates().find(kind, id));
    }

    @Override
    public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
      Aggregate current = find(kind, id).orElseThrow(() -> new io.oakit.core.UnknownReferenceException(
          kind.name().toLowerCase(java.util.Locale.ROOT), id, "update"));
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(kind, id, expectedVersion, current.version());
      }
      Aggregate a = new Aggregate(kind, id, expectedVersion + 1, payload, index);
      write(a);
      operations.add(u -> u.aggregates().update(kind, id, expectedVersion, payload, index));
      return a;
    }

    @Override
    public Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page) {
      return committed(u -> u.aggregates().openOverdue(kind, at, page));
    }

    @Override
    public Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate fromInclusive, LocalDate toExclusive,
        Page.Request page) {
      return committed(u -> u.aggregates().byUnitAndPeriod(kind, unit, fromInclusive, toExclusive, page));
    }

    @Override
    public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
      return committed(u -> u.aggregates().pendingFor(kind, personId, page));
    }

    @Override
    public Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page) {
      return committed(u -> u.aggregates().covering(kind, day, page));
    }

    @Override
    public void append(AuditEntry.Event event) {
      if (flaw == Flaw.AUDIT_HEAD_LOCK && !data.auditHead.isHeldByCurrentThread()) {
        data.auditHead.lock();
      }
      operations.add(u -> u.audit().append(event));
    }

    /** Seals what is committed, at once (a seal is its own transaction here). */
    @Override
    public List<AuditEntry> seal(int limit) {
      return committed(u -> u.audit().seal(limit));
    }

    @Override
    public List<AuditEntry.Unsealed> unsealed(int limit) {
      return committed(u -> u.audit().unsealed(limit));
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
      return committed(u -> u.audit().read(fromSequence, limit));
    }

    @Override
    public Optional<Long> verify() {
      return committed(u -> u.audit().verify());
    }

    @Override
    public AuditHead head() {
      return committed(u -> u.audit().head());
    }

    @Override
    public Optional<Long> verify(AuditHead known) {
      return committed(u -> u.audit().verify(known));
    }

    @Override
    public DocumentNumber next(String unitCode, int year) {
      String key = unitCode + "|" + year;
      long n = data.sequences.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
      drawn.add(key);
      return new DocumentNumber(unitCode, year, n);
    }

    @Override
    public Optional<String> find(String key) {
      String own = keys.get(key);
      if (own != null) {
        return Optional.of(own);
      }
      if (flaw == Flaw.KEYS_UNIQUE_PER_TRANSACTION) {
        // reads the snapshot the transaction began with, and nothing at commit checks again
        Long committedAt = data.keyCommits.get(key);
        if (committedAt == null || committedAt > startedAt) {
          return Optional.empty();
        }
      }
      return committed(u -> u.idempotency().find(key));
    }

    @Override
    public void record(String key, String result) {
      if (find(key).isPresent()) {
        throw new DuplicateKeyException(key);
      }
      keys.put(key, result);
      if (flaw == Flaw.KEYS_UNIQUE_PER_TRANSACTION) {
        operations.add(u -> {
          if (u.idempotency().find(key).isEmpty()) {
            u.idempotency().record(key, result);
          }
        });
      } else {
        operations.add(u -> u.idempotency().record(key, result));
      }
    }
  }
}
