package io.oakit.testkit;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditLog;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.Index;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.forwarding.ForwardingAggregateStore;
import io.oakit.spi.forwarding.ForwardingAuditLog;
import io.oakit.spi.forwarding.ForwardingUnitOfWork;
import io.oakit.spi.memory.InMemoryStorage;
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
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public AggregateStore aggregates() {
            AggregateStore store = u.aggregates();
            return new ForwardingAggregateStore(store) {
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
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
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
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public AuditLog audit() {
            return new ForwardingAuditLog(u.audit()) {
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
}
