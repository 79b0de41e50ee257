package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.InvalidInputException;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.ItemState;
import io.oakit.spi.AggregateKind;
import io.oakit.workflow.IncomingCommands.Archive;
import io.oakit.workflow.IncomingCommands.Close;
import io.oakit.workflow.IncomingCommands.Handle;
import io.oakit.workflow.IncomingCommands.Instruct;
import io.oakit.workflow.IncomingCommands.Propose;
import io.oakit.workflow.IncomingCommands.Read;
import io.oakit.workflow.IncomingCommands.Register;
import io.oakit.workflow.IncomingCommands.SignFor;
import io.oakit.workflow.IncomingEvents.ReaderSkipped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncomingScenarioTest {

  private static final Optional<String> SELF = Optional.empty();

  private static LocalDateTime june(int day, int hour) {
    return LocalDateTime.of(2026, 6, day, hour, 0);
  }

  private void throughProposal(Office o, String id, Urgency urgency, SecrecyLevel secrecy, String... areas) {
    o.incoming.signFor(new SignFor(key(), "wu", SELF, doc(id, urgency, secrecy, null, areas)));
    o.incoming.register(new Register(key(), "wu", SELF, id));
    o.incoming.propose(new Propose(key(), "li", SELF, id));
  }

  @Test
  void aLeaderAwayDuringCirculationIsSkippedAndReadsOnReturn() {
    Office o = new Office(june(5, 9));  // Friday: everyone is in
    throughProposal(o, "收-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED);
    o.incoming.instruct(new Instruct(key(), "zhao", SELF, "收-1", "请各位阅示，财务科办理", List.of("zhou", "li", "sun", "qian"),
        "finance", Optional.of("督-收-1")));
    IncomingService.State s = o.incoming.find("收-1");
    assertThat(s.lanes()).containsExactly(List.of("qian", "sun", "li", "zhou"));  // protocol order: nobody is away on Friday
    assertThat(o.supervision.find("督-收-1").state()).isEqualTo(ItemState.REGISTERED);

    o.at(june(8, 10));  // Monday: 孙副局长 is on a trip until Wednesday 18:00
    o.incoming.read(new Read(key(), "qian", SELF, "收-1", "已阅"));
    assertThatThrownBy(() -> o.incoming.read(new Read(key(), "zhou", SELF, "收-1", "")))
        .hasMessageContaining("not yet zhou's turn: li has it");
    o.incoming.read(new Read(key(), "li", SELF, "收-1", "同意"));  // sun is skipped, owed it on return
    assertThat(o.incoming.find("收-1").owed()).containsExactly("sun");
    assertThat(o.events).filteredOn(ReaderSkipped.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((ReaderSkipped) e).backAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 18, 0)));
    o.incoming.read(new Read(key(), "zhou", SELF, "收-1", "拟办"));
    o.incoming.handle(new Handle(key(), "zhou", SELF, "收-1", "已拨付"));
    assertThatThrownBy(() -> o.incoming.close(new Close(key(), "li", SELF, "收-1")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("[sun] still to read");

    o.at(june(11, 9));
    o.incoming.read(new Read(key(), "sun", SELF, "收-1", "补阅"));
    o.incoming.close(new Close(key(), "li", SELF, "收-1"));
    assertThat(o.incoming.archive(new Archive(key(), "wu", SELF, "收-1"))).satisfies(r -> {
      assertThat(r.aggregateId()).isEqualTo("收-1");
      assertThat(r.state()).isEqualTo("ARCHIVED");
    });
    assertThat(o.verifyAudit()).isEmpty();
  }

  @Test
  void anUrgentDocumentGoesToTheLeaderInChargeAndTheHandlingDepartmentInParallel() {
    Office o = new Office(june(11, 9));
    throughProposal(o, "收-2", Urgency.URGENT, SecrecyLevel.UNCLASSIFIED, "财务");
    o.incoming.instruct(new Instruct(key(), "zhao", SELF, "收-2", "急办", List.of("li"), "finance", Optional.empty()));
    IncomingService.State s = o.incoming.find("收-2");
    assertThat(s.pendingReaders()).containsExactly("qian", "zhou", "li");
    o.incoming.read(new Read(key(), "zhou", SELF, "收-2", ""));  // no waiting for the leader
    o.incoming.read(new Read(key(), "qian", SELF, "收-2", ""));
    assertThat(o.sent).anySatisfy(n -> assertThat(n.subject()).isEqualTo("传阅"));
  }

  @Test
  void nobodyWithoutClearanceCanBeGivenTheDocumentAndNothingIsWritten() {
    Office o = new Office(june(11, 9));
    assertThatThrownBy(() -> o.incoming.signFor(new SignFor(key(), "wu", SELF, doc("密-1", Urgency.NORMAL, SecrecyLevel.SECRET, null))))
        .isInstanceOf(ClearanceException.class).hasMessageContaining("wu (clearance 非密) may not sign for 密-1 (机密)");
    o.incoming.signFor(new SignFor(key(), "li", SELF, doc("密-1", Urgency.NORMAL, SecrecyLevel.SECRET, null)));
    o.incoming.register(new Register(key(), "li", SELF, "密-1"));
    o.incoming.propose(new Propose(key(), "li", SELF, "密-1"));
    long version = version(o, "in/密-1");
    int audit = o.audit().size();
    assertThatThrownBy(() -> o.incoming.instruct(new Instruct(key(), "zhao", SELF, "密-1", "阅", List.of("qian", "zhou"), "finance",
        Optional.empty()))).isInstanceOf(ClearanceException.class).hasMessageContaining("zhou");
    assertThat(version(o, "in/密-1")).isEqualTo(version);
    assertThat(o.audit()).hasSize(audit);
  }

  private static long version(Office o, String id) {
    io.oakit.spi.Aggregate a = o.store.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, id)).orElseThrow();
    return a.version();
  }

  @Test
  void invalidAndRepeatedCommands() {
    Office o = new Office(june(11, 9));
    assertThatThrownBy(() -> o.incoming.register(new Register(key(), " ", SELF, "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("actor: must not be blank");
    String k = key();
    CommandResult first = o.incoming.signFor(new SignFor(k, "wu", SELF, doc("收-3", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null)));
    CommandResult again = o.incoming.signFor(new SignFor(k, "wu", SELF, doc("收-3", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null)));
    assertThat(again).isEqualTo(first);
    assertThat(o.audit()).hasSize(1);
    assertThatThrownBy(() -> o.incoming.close(new Close(key(), "li", SELF, "收-3")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot close in state RECEIVED");
  }
}
