package io.oakit.testkit.workflow;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.AuditLog;
import io.oakit.spi.Index;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.forwarding.ForwardingAggregateStore;
import io.oakit.spi.forwarding.ForwardingAuditLog;
import io.oakit.spi.forwarding.ForwardingUnitOfWork;
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
  /** How many faults were injected so far. */
  public final AtomicInteger injected = new AtomicInteger();
  /** How many transactions were begun so far. */
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
  private final class FailingWrites extends ForwardingUnitOfWork {

    FailingWrites(UnitOfWork u) {
      super(u);
    }

    @Override
    public AggregateStore aggregates() {
      return new ForwardingAggregateStore(delegate().aggregates()) {
        @Override
        public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
          throw inject("insert");
        }

        @Override
        public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
          throw inject("update");
        }
      };
    }

    @Override
    public AuditLog audit() {
      return new ForwardingAuditLog(delegate().audit()) {
        @Override
        public void append(AuditEntry.Event event) {
          throw inject("audit append");
        }
      };
    }

    @Override
    public NumberAllocator numbers() {
      return (unit, year) -> {
        throw inject("number");
      };
    }
  }
}
