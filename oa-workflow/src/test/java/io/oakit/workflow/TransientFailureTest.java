package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.Transactor;
import io.oakit.spi.TransientStorageException;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.memory.InMemoryStorage;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A store's transient failures (R2.6) are retried by the workflow with the same key; others are not. */
class TransientFailureTest {

  /** Fails the first {@code failures} transactions transiently (a lock timeout), keeping nothing. */
  private static Transactor failingFirst(InMemoryStorage real, AtomicInteger failures) {
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> {
          T result = work.run(u);
          if (failures.getAndDecrement() > 0) {
            throw new TransientStorageException("lock timeout (HYT00)", null);
          }
          return result;
        });
      }
    };
  }

  private static SupervisionService supervision(Transactor store) {
    WorkflowContext ctx = new WorkflowContext(store, new Office.TestClock(LocalDateTime.of(2026, 6, 11, 9, 0)),
        ChinaCalendars.official(), Office::organization, Notifier.NONE);
    return new SupervisionService(ctx, ScoreCard.defaults(), () -> Office.SUPERVISED_UNITS);
  }

  @Test
  void aCommandThatMeetsTransientFailuresIsRetriedAndTakesEffectOnce() {
    InMemoryStorage real = new InMemoryStorage();
    SupervisionService s = supervision(failingFirst(real, new AtomicInteger(3)));
    CommandResult r = s.open(new SupervisionCommands.Open("k1", "li", Optional.empty(), "督-t", ItemSource.MEETING_DECISION,
        "会议决定事项", Importance.GENERAL));
    assertThat(r.version()).isEqualTo(1);
    io.oakit.spi.AuditSealing.sealAll(real);
    java.util.List<io.oakit.spi.AuditEntry> audit = real.inTransaction(u -> u.audit().read(1, 10));
    assertThat(audit).hasSize(1);
  }

  @Test
  void aStoreThatKeepsFailingReachesTheCallerAsTransientWithNothingKept() {
    InMemoryStorage real = new InMemoryStorage();
    SupervisionService s = supervision(failingFirst(real, new AtomicInteger(1000)));
    assertThatThrownBy(() -> s.open(new SupervisionCommands.Open("k1", "li", Optional.empty(), "督-t",
        ItemSource.MEETING_DECISION, "会议决定事项", Importance.GENERAL))).isInstanceOf(TransientStorageException.class);
    io.oakit.spi.AuditSealing.sealAll(real);
    java.util.List<io.oakit.spi.AuditEntry> audit = real.inTransaction(u -> u.audit().read(1, 10));
    assertThat(audit).isEmpty();
  }
}
