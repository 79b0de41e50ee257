package io.oakit.workflow;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.AuditLog;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Index;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Page;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store that fails on purpose: before the work (no connection), on a write, at commit (the work is
 * rolled back), and after commit (a timeout: the work is kept but the caller sees a failure). Seeded,
 * so a run can be repeated.
 */
public final class FaultyStore implements Transactor {

  /** A failure injected by the test. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String where) {
      super("injected fault: " + where);
    }
  }

  private final Transactor real;
  private final SplittableRandom random;
  private final double rate;
  public final AtomicInteger injected = new AtomicInteger();
  public final AtomicInteger transactions = new AtomicInteger();

  /**
   * @param real the store to wrap
   * @param seed the seed
   * @param rate the probability of each kind of fault per transaction
   */
  public FaultyStore(Transactor real, long seed, double rate) {
    this.real = real;
    this.random = new SplittableRandom(seed);
    this.rate = rate;
  }

  private synchronized boolean fault() {
    return random.nextDouble() < rate;
  }

  private RuntimeException inject(String where) {
    injected.incrementAndGet();
    return new InjectedFault(where);
  }

  @Override
  public <T> T inTransaction(UnitOfWork.Work<T> work) {
    transactions.incrementAndGet();
    if (fault()) {
      throw inject("no connection");
    }
    boolean failWrite = fault();
    boolean failCommit = fault();
    T result = real.inTransaction(u -> {
      T r = work.run(failWrite ? new FailingWrites(u) : u);
      if (failCommit) {
        throw inject("commit");
      }
      return r;
    });
    if (fault()) {
      throw inject("timeout after commit");
    }
    return result;
  }

  /** A unit of work whose first write fails. */
  private final class FailingWrites implements UnitOfWork {
    private final UnitOfWork u;

    FailingWrites(UnitOfWork u) {
      this.u = u;
    }

    @Override
    public AggregateStore aggregates() {
      AggregateStore s = u.aggregates();
      return new AggregateStore() {
        @Override
        public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
          throw inject("insert");
        }

        @Override
        public Optional<Aggregate> find(AggregateKind kind, String id) {
          return s.find(kind, id);
        }

        @Override
        public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
          throw inject("update");
        }

        @Override
        public Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page) {
          return s.openOverdue(kind, at, page);
        }

        @Override
        public Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate from, LocalDate to,
            Page.Request page) {
          return s.byUnitAndPeriod(kind, unit, from, to, page);
        }

        @Override
        public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
          return s.pendingFor(kind, personId, page);
        }

        @Override
        public Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page) {
          return s.covering(kind, day, page);
        }
      };
    }

    @Override
    public AuditLog audit() {
      AuditLog log = u.audit();
      return new AuditLog() {
        @Override
        public AuditEntry append(AuditEntry.Event event) {
          throw inject("audit append");
        }

        @Override
        public List<AuditEntry> read(long fromSequence, int limit) {
          return log.read(fromSequence, limit);
        }

        @Override
        public Optional<Long> verify() {
          return log.verify();
        }
      };
    }

    @Override
    public NumberAllocator numbers() {
      return (unit, year) -> {
        throw inject("number");
      };
    }

    @Override
    public IdempotencyStore idempotency() {
      return u.idempotency();
    }
  }

}
