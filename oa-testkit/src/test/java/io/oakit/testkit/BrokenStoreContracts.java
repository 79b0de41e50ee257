package io.oakit.testkit;

import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;
import java.util.Optional;

/**
 * The contract test kit run against the broken stores. Not named *Test: the build does not run
 * these directly; {@link TckSelfTest} runs them and expects their failures.
 */
final class BrokenStoreContracts {

  private BrokenStoreContracts() {}

  static class LosingUpdates extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.losingUpdates();
    }
  }

  static class ReusingNumbers extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.reusingNumbers();
    }
  }

  static class NotRollingBack extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.notRollingBack();
    }
  }

  static class EditableAudit extends StorageContract {
    private InMemoryStorage real;

    @Override
    protected Transactor newStorage() {
      real = BrokenStores.editableAuditBase();
      return BrokenStores.editableAudit(real);
    }

    @Override
    protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
      return Optional.of(real::tamperWithAuditLog);
    }
  }

  static class CaseInsensitiveIds extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.caseInsensitiveIds();
    }
  }

  static class TruncatingPayloads extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.truncatingPayloads();
    }
  }

  static class CommittingOnError extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.committingOnError();
    }
  }

  static class StaleIndexOnUpdate extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.staleIndexOnUpdate();
    }
  }

  static class KindBlindQueries extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.kindBlindQueries();
    }
  }

  static class DroppingUndatedFromTrays extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.droppingUndatedFromTrays();
    }
  }

  static class InclusiveOverdue extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.inclusiveOverdue();
    }
  }

  static class AuditReadFromTheStart extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.auditReadFromTheStart();
    }
  }

  static class ChainOnlyAudit extends StorageContract {
    private InMemoryStorage real;

    @Override
    protected Transactor newStorage() {
      real = new InMemoryStorage();
      return BrokenStores.chainOnlyAudit(real);
    }

    @Override
    protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
      return Optional.of(real::tamperWithAuditLog);
    }
  }

  static class FlatteningNestedTransactions extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.flatteningNestedTransactions();
    }
  }

  static class NumbersInMemory extends StorageContract {
    private InMemoryStorage data;

    @Override
    protected Transactor newStorage() {
      data = new InMemoryStorage();
      return BrokenStores.numbersInMemory(data);
    }

    @Override
    protected Optional<Transactor> reopen(Transactor storage) {
      return Optional.of(BrokenStores.numbersInMemory(data));
    }
  }
}
