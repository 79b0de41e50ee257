package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.spi.AggregateKind;
import io.oakit.workflow.OutgoingCommands.AddSigner;
import io.oakit.workflow.OutgoingCommands.Archive;
import io.oakit.workflow.OutgoingCommands.Countersign;
import io.oakit.workflow.OutgoingCommands.Distribute;
import io.oakit.workflow.OutgoingCommands.Draft;
import io.oakit.workflow.OutgoingCommands.Number;
import io.oakit.workflow.OutgoingCommands.RemoveSigner;
import io.oakit.workflow.OutgoingCommands.Return;
import io.oakit.workflow.OutgoingCommands.Review;
import io.oakit.workflow.OutgoingCommands.SignOff;
import io.oakit.workflow.OutgoingCommands.StartCountersign;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OutgoingScenarioTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 6, 11, 9, 0);

  @Test
  void aReturnInsideAParallelCountersignLeavesNoOrphanedStep() {
    Office o = new Office(THURSDAY);
    o.outgoing.draft(new Draft(key(), "zhou", SELF, doc("发-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, "12000", "财务"), "X交发"));
    o.outgoing.startCountersign(new StartCountersign(key(), "zhou", SELF, "发-1", Mode.PARALLEL, List.of("li", "sun"), 0));
    o.outgoing.countersign(new Countersign(key(), "li", SELF, "发-1", "同意"));
    assertThat(o.outgoing.find("发-1").pendingSigners()).containsExactly("sun");
    o.outgoing.returnDraft(new Return(key(), "sun", SELF, "发-1", OutgoingService.Stage.DRAFT, "数据有误"));
    OutgoingService.State s = o.outgoing.find("发-1");
    assertThat(s.stage()).isEqualTo(OutgoingService.Stage.DRAFT);
    assertThat(s.pendingSigners()).isEmpty();
    assertThat(s.signers()).isEmpty();
    assertThat(o.store.inTransaction(u -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, "sun",
        io.oakit.spi.Page.Request.first(10))).items()).isEmpty();  // nobody still has a task in a tray
    assertThatThrownBy(() -> o.outgoing.countersign(new Countersign(key(), "sun", SELF, "发-1", "")))
        .hasMessageContaining("cannot countersign in state DRAFT");
  }

  @Test
  void fromDraftToArchiveWithASequentialCountersignChangedUnderWay() {
    Office o = new Office(THURSDAY);
    o.outgoing.draft(new Draft(key(), "zhou", SELF, doc("发-2", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, "12000", "财务"), "X交发"));
    o.outgoing.startCountersign(new StartCountersign(key(), "zhou", SELF, "发-2", Mode.SEQUENCE, List.of("li", "zhao"), 0));
    assertThatThrownBy(() -> o.outgoing.countersign(new Countersign(key(), "zhao", SELF, "发-2", "")))
        .hasMessageContaining("waiting for [li]");
    o.outgoing.countersign(new Countersign(key(), "li", SELF, "发-2", "同意"));
    o.outgoing.addSigner(new AddSigner(key(), "zhou", SELF, "发-2", "sun", 1));
    assertThatThrownBy(() -> o.outgoing.addSigner(new AddSigner(key(), "zhou", SELF, "发-2", "wu", 0)))
        .hasMessageContaining("position must be in 1..3");
    assertThat(o.outgoing.find("发-2").pendingSigners()).containsExactly("sun");
    o.outgoing.removeSigner(new RemoveSigner(key(), "zhou", SELF, "发-2", "zhao"));
    o.outgoing.countersign(new Countersign(key(), "sun", SELF, "发-2", "同意"));
    assertThat(o.outgoing.find("发-2").stage()).isEqualTo(OutgoingService.Stage.COUNTERSIGNED);
    o.outgoing.review(new Review(key(), "li", SELF, "发-2"));
    // 12,000 yuan: the expense ladder authorises the deputy head in charge of finance
    assertThatThrownBy(() -> o.outgoing.signOff(new SignOff(key(), "zhao", SELF, "发-2")))
        .isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
          assertThat(e.actor()).isEqualTo("zhao");
          assertThat(e.action()).isEqualTo("outgoing.sign-off");
          assertThat(e.whoMay()).isEqualTo("[routed [qian]]");
        });
    o.outgoing.signOff(new SignOff(key(), "qian", SELF, "发-2"));
    CommandResult numbered = o.outgoing.number(new Number(key(), "wu", SELF, "发-2"));
    assertThat(numbered.state()).isEqualTo("NUMBERED");
    assertThat(numbered.number()).contains("X交发〔2026〕1号");
    assertThat(numbered.aggregateId()).isEqualTo("发-2");
    assertThatThrownBy(() -> o.outgoing.distribute(new Distribute(key(), "wu", SELF, "发-2", List.of("nobody"))))
        .hasMessageContaining("unknown person 'nobody'");
    o.outgoing.distribute(new Distribute(key(), "wu", SELF, "发-2", List.of("zhao", "zhou")));
    CommandResult archived = o.outgoing.archive(new Archive(key(), "wu", SELF, "发-2"));
    assertThat(archived.state()).isEqualTo("ARCHIVED");
    assertThat(archived.version()).isEqualTo(numbered.version() + 2);
    assertThat(o.verifyAudit()).isEmpty();
  }

  @Test
  void aDeputyMaySignOffForTheAuthorisedLeaderWhileAway() {
    Office o = new Office(LocalDateTime.of(2026, 6, 9, 9, 0));  // 孙副局长 away until Wednesday 18:00; 钱副局长 deputises
    OutgoingService bySun = new OutgoingService(o.ctx,
        io.oakit.core.routing.RuleSet.builder().defaultRoute(io.oakit.core.routing.Route.to(
            io.oakit.core.routing.Target.person("sun"))).build().compile());
    bySun.draft(new Draft(key(), "li", SELF, doc("发-3", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交函"));
    bySun.review(new Review(key(), "li", SELF, "发-3"));
    assertThatThrownBy(() -> bySun.signOff(new SignOff(key(), "li", Optional.of("sun"), "发-3")))
        .isInstanceOf(NotAuthorizedException.class).hasMessage("li may not outgoing.sign-off; who may: [routed [sun]]");
    bySun.signOff(new SignOff(key(), "qian", Optional.of("sun"), "发-3"));
    assertThat(o.audit()).last().satisfies(e -> assertThat(e.detail()).startsWith("acting for sun; {\"@type\":\"outgoing.signed-off\""));
  }

  @Test
  void twoHostInstancesNeverHandOutTheSameNumberNorLoseAnUpdate() throws Exception {
    Office a = new Office(THURSDAY);
    Office b = a.secondInstance();
    int docs = 40;
    for (int i = 0; i < docs; i++) {
      String id = "发-n" + i;
      a.outgoing.draft(new Draft(key(), "li", SELF, doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交发"));
      a.outgoing.review(new Review(key(), "li", SELF, id));
      a.outgoing.signOff(new SignOff(key(), "zhao", SELF, id));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<CommandResult>> results = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      String id = "发-n" + i;
      Office host = i % 2 == 0 ? a : b;
      results.add(pool.submit(() -> host.outgoing.number(new Number(key(), "wu", SELF, id))));
    }
    HashSet<String> numbers = new HashSet<>();
    for (Future<CommandResult> f : results) {
      numbers.add(f.get().number().orElseThrow());
    }
    assertThat(numbers).hasSize(docs);

    // racing on one document: one countersign wins, the other is refused, nothing is lost
    a.outgoing.draft(new Draft(key(), "li", SELF, doc("发-race", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交发"));
    a.outgoing.startCountersign(new StartCountersign(key(), "li", SELF, "发-race", Mode.PARALLEL, List.of("qian", "zhao"), 0));
    Future<CommandResult> f1 = pool.submit(() -> a.outgoing.countersign(new Countersign(key(), "qian", SELF, "发-race", "")));
    Future<CommandResult> f2 = pool.submit(() -> b.outgoing.countersign(new Countersign(key(), "zhao", SELF, "发-race", "")));
    f1.get();
    f2.get();
    pool.shutdown();
    assertThat(a.outgoing.find("发-race").signed()).containsExactlyInAnyOrder("qian", "zhao");
  }
}
