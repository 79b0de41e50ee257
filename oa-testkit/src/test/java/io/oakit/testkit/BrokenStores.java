package io.oakit.testkit;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.AuditLog;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Index;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Page;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.memory.InMemoryStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Deliberately broken stores: the contract test kit must fail on each of them. */
final class BrokenStores {

  private BrokenStores() {}

  /** Ignores the expected version: last writer wins, updates get lost. */
  static Transactor losingUpdates() {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new Delegating(u) {
          @Override
          public AggregateStore aggregates() {
            AggregateStore store = u.aggregates();
            return new DelegatingStore(store) {
              @Override
              public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
                long current = store.find(kind, id).map(Aggregate::version).orElse(expectedVersion);
                return store.update(kind, id, current, payload, index);
              }
            };
          }
        }));
      }
    };
  }

  /** Hands out number 1 every time. */
  static Transactor reusingNumbers() {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new Delegating(u) {
          @Override
          public NumberAllocator numbers() {
            return (unit, year) -> new DocumentNumber(unit, year, 1);
          }
        }));
      }
    };
  }

  /** Keeps whatever the work did before it threw. */
  static Transactor notRollingBack() {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        RuntimeException[] failure = new RuntimeException[1];
        T result = real.inTransaction(u -> {
          try {
            return work.run(u);
          } catch (RuntimeException e) {
            failure[0] = e;
            return null;
          }
        });
        if (failure[0] != null) {
          throw failure[0];
        }
        return result;
      }
    };
  }

  /** Whose audit log can be edited unnoticed: verify always says the chain holds. */
  static InMemoryStorage editableAuditBase() {
    return new InMemoryStorage();
  }

  static Transactor editableAudit(InMemoryStorage real) {
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new Delegating(u) {
          @Override
          public AuditLog audit() {
            AuditLog log = u.audit();
            return new AuditLog() {
              @Override
              public AuditEntry append(AuditEntry.Event event) {
                return log.append(event);
              }

              @Override
              public List<AuditEntry> read(long fromSequence, int limit) {
                return log.read(fromSequence, limit);
              }

              @Override
              public Optional<Long> verify() {
                return Optional.empty();
              }
            };
          }
        }));
      }
    };
  }

  /** A unit of work that forwards everything. */
  private static class Delegating implements UnitOfWork {
    private final UnitOfWork u;

    Delegating(UnitOfWork u) {
      this.u = u;
    }

    @Override
    public AggregateStore aggregates() {
      return u.aggregates();
    }

    @Override
    public AuditLog audit() {
      return u.audit();
    }

    @Override
    public NumberAllocator numbers() {
      return u.numbers();
    }

    @Override
    public IdempotencyStore idempotency() {
      return u.idempotency();
    }
  }

  /** An aggregate store that forwards everything. */
  private static class DelegatingStore implements AggregateStore {
    private final AggregateStore s;

    DelegatingStore(AggregateStore s) {
      this.s = s;
    }

    @Override
    public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
      return s.insert(kind, id, payload, index);
    }

    @Override
    public Optional<Aggregate> find(AggregateKind kind, String id) {
      return s.find(kind, id);
    }

    @Override
    public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
      return s.update(kind, id, expectedVersion, payload, index);
    }

    @Override
    public Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page) {
      return s.openOverdue(kind, at, page);
    }

    @Override
    public Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate fromInclusive, LocalDate toExclusive,
        Page.Request page) {
      return s.byUnitAndPeriod(kind, unit, fromInclusive, toExclusive, page);
    }

    @Override
    public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
      return s.pendingFor(kind, personId, page);
    }

    @Override
    public Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page) {
      return s.covering(kind, day, page);
    }
  }
}
