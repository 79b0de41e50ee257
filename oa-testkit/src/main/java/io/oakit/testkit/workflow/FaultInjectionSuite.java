package io.oakit.testkit.workflow;

import static io.oakit.testkit.workflow.SampleOffice.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.Transactor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import io.oakit.workflow.OutgoingCommands;
import io.oakit.workflow.OutgoingService;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import io.oakit.testkit.MutableClock;

/**
 * The workflow on a store that fails at random (no connection, failed writes, failed commits,
 * timeouts after commit), each failed command retried with its idempotency key until it succeeds.
 * Afterwards every aggregate is where the scenario left it, no update is lost, no number is issued
 * twice, every event has exactly one audit entry, and the audit chain verifies. Extended per store.
 */
public abstract class FaultInjectionSuite {

  private static final Optional<String> SELF = Optional.empty();

  /** @return a fresh, empty store */
  protected abstract Transactor newStore();

  private static <T> T retry(Supplier<T> command, int[] retries) {
    while (true) {
      try {
        return command.get();
      } catch (FaultyStore.InjectedFault e) {
        retries[0]++;
      }
    }
  }

  /**
   * A long scenario survives random faults.
   */
  @Test
  public void aLongScenarioSurvivesRandomFaults() {
    Transactor real = newStore();
    FaultyStore faulty = new FaultyStore(real, 42, 0.08);
    MutableClock clock = new MutableClock(LocalDateTime.of(2026, 6, 11, 9, 0));
    io.oakit.core.org.Organization org = SampleOffice.organization();
    WorkflowContext ctx = new WorkflowContext(faulty, clock, ChinaCalendars.official(), () -> org, n -> { });
    OutgoingService outgoing = new OutgoingService(ctx, SampleOffice.AUTHORITY.compile());
    SupervisionService supervision = new SupervisionService(ctx, ScoreCard.defaults(), () -> SampleOffice.SUPERVISED_UNITS);
    int[] retries = {0};
    int commands = 0;
    int events = 0;
    int documents = 30;
    for (int i = 0; i < documents; i++) {
      String id = "发-" + i;
      String k = "f" + i + "/";
      clock.set(LocalDateTime.of(2026, 6, 11, 9, 0).plusMinutes(i * 10L));
      retry(() -> outgoing.draft(new OutgoingCommands.Draft(k + "draft", "li", SELF,
          doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交发")), retries);
      retry(() -> outgoing.startCountersign(new OutgoingCommands.StartCountersign(k + "cs", "li", SELF, id, Mode.PARALLEL,
          List.of("qian", "zhou"), 0)), retries);
      retry(() -> outgoing.countersign(new OutgoingCommands.Countersign(k + "cs1", "qian", SELF, id, "")), retries);
      retry(() -> outgoing.countersign(new OutgoingCommands.Countersign(k + "cs2", "zhou", SELF, id, "")), retries);
      retry(() -> outgoing.review(new OutgoingCommands.Review(k + "rev", "li", SELF, id)), retries);
      retry(() -> outgoing.signOff(new OutgoingCommands.SignOff(k + "sign", "zhao", SELF, id)), retries);
      retry(() -> outgoing.number(new OutgoingCommands.Number(k + "no", "wu", SELF, id)), retries);
      retry(() -> outgoing.distribute(new OutgoingCommands.Distribute(k + "dist", "wu", SELF, id, List.of("zhao"))), retries);
      retry(() -> outgoing.archive(new OutgoingCommands.Archive(k + "arch", "wu", SELF, id)), retries);
      String item = "督-" + i;
      retry(() -> supervision.open(new SupervisionCommands.Open(k + "open", "li", SELF, item, ItemSource.MEETING_DECISION,
          "会议决定事项", Importance.GENERAL)), retries);
      retry(() -> supervision.assign(new SupervisionCommands.Assign(k + "assign", "li", SELF, item, "交通局", List.of(),
          "5 working days", 0)), retries);
      retry(() -> supervision.signFor(new SupervisionCommands.SignFor(k + "signfor", "zhang", SELF, item, "交通局")), retries);
      retry(() -> supervision.reportCompletion(new SupervisionCommands.ReportCompletion(k + "done", "zhang", SELF, item,
          "完成")), retries);
      retry(() -> supervision.accept(new SupervisionCommands.Accept(k + "ok", "li", SELF, item, QualityRating.GOOD, true, "")),
          retries);
      commands += 14;
      events += 17;  // the draft and the countersign each also set their deadline, and a 请示 its wait for the answer
    }
    // the outcome, read from the real store
    WorkflowContext check = new WorkflowContext(real, clock, ChinaCalendars.official(), () -> org, n -> { });
    OutgoingService out = new OutgoingService(check, SampleOffice.AUTHORITY.compile());
    SupervisionService sup = new SupervisionService(check, ScoreCard.defaults(), () -> SampleOffice.SUPERVISED_UNITS);
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < documents; i++) {
      OutgoingService.State s = out.find("发-" + i);
      assertThat(s.stage()).isEqualTo(OutgoingService.Stage.ARCHIVED);
      assertThat(s.signed()).containsExactlyInAnyOrder("qian", "zhou");
      numbers.add(s.number().orElseThrow());
      assertThat(sup.find("督-" + i).state()).isEqualTo(ItemState.ACCEPTED);
    }
    assertThat(numbers).hasSize(documents);
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= documents; n++) {
      expected.add("X交发〔2026〕" + n + "号");
    }
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);  // no number lost or issued twice
    io.oakit.spi.AuditSealing.sealAll(real);
    int audited = real.inTransaction(u -> u.audit().read(1, Integer.MAX_VALUE)).size();
    assertThat(audited).as("one audit entry per event, none doubled by retries").isEqualTo(events);
    Optional<Long> broken = real.inTransaction(u -> u.audit().verify());
    assertThat(broken).isEmpty();
    assertThat(faulty.injected.get()).isGreaterThan(20);
    String report = String.format("%d commands, %d transactions, %d faults injected, %d retries, all survived",
        commands, faulty.transactions.get(), faulty.injected.get(), retries[0]);
    System.out.println(getClass().getSimpleName() + ": " + report);
  }
}
