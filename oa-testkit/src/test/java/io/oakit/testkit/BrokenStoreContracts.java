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

  /** The kit over instances of a side-by-side store with one flaw (or none). */
  abstract static class SideBySide extends StorageContract {
    private final SideBySideStore.Flaw flaw;

    SideBySide(SideBySideStore.Flaw flaw) {
      this.flaw = flaw;
    }

    @Override
    protected Transactor newStorage() {
      return new SideBySideStore(new SideBySideStore.Data(), flaw);
    }

    @Override
    protected Optional<Transactor> reopen(Transactor storage) {
      return Optional.of(new SideBySideStore(((SideBySideStore) storage).data(), flaw));
    }

    @Override
    protected Optional<Transactor> secondInstance(Transactor storage) {
      return Optional.of(new SideBySideStore(((SideBySideStore) storage).data(), flaw));
    }

    @Override
    protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
      return Optional.of(((SideBySideStore) storage).data().committed::tamperWithAuditLog);
    }
  }

  static class AuditHeadLock extends SideBySide {
    AuditHeadLock() {
      super(SideBySideStore.Flaw.AUDIT_HEAD_LOCK);
    }
  }

  static class DirtyReads extends SideBySide {
    DirtyReads() {
      super(SideBySideStore.Flaw.DIRTY_READS);
    }
  }

  static class KeysUniquePerTransaction extends SideBySide {
    KeysUniquePerTransaction() {
      super(SideBySideStore.Flaw.KEYS_UNIQUE_PER_TRANSACTION);
    }
  }

  static class NumbersSteppedBackOnRollback extends SideBySide {
    NumbersSteppedBackOnRollback() {
      super(SideBySideStore.Flaw.NUMBERS_STEPPED_BACK_ON_ROLLBACK);
    }
  }

  static class JvmLockAndRawBusyErrors extends SideBySide {
    JvmLockAndRawBusyErrors() {
      super(SideBySideStore.Flaw.JVM_LOCK_AND_RAW_BUSY_ERRORS);
    }
  }

  static class PerInstanceCache extends StorageContract {
    private InMemoryStorage data;

    @Override
    protected Transactor newStorage() {
      data = new InMemoryStorage();
      return BrokenStores.perInstanceCache(data);
    }

    @Override
    protected Optional<Transactor> secondInstance(Transactor storage) {
      return Optional.of(BrokenStores.perInstanceCache(data));
    }
  }

  static class StrippingControlCharacters extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.strippingControlCharacters();
    }
  }

  static class RewritingLineSeparators extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.rewritingLineSeparators();
    }
  }

  static class ReplacingLoneSurrogates extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.replacingLoneSurrogates();
    }
  }

  static class OffsetPaging extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.offsetPaging();
    }
  }

  static class AuditRollbackDroppingOneMore extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.auditRollbackDroppingOneMore();
    }
  }

  static class CuttingAtSixteenMebibytes extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.cuttingAtSixteenMebibytes();
    }
  }

  static class NormalisingToNfc extends StorageContract {
    @Override
    protected Transactor newStorage() {
      return BrokenStores.normalisingToNfc();
    }
  }
}
