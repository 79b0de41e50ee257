package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.memory.InMemoryStorage;
import io.oakit.workflow.IncomingCommands.Instruct;
import io.oakit.workflow.IncomingCommands.Particulars;
import io.oakit.workflow.IncomingCommands.Propose;
import io.oakit.workflow.IncomingCommands.Read;
import io.oakit.workflow.IncomingCommands.Register;
import io.oakit.workflow.IncomingCommands.SignFor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Registration (登记) with its particulars and 收文编号, and urgent documents sent at once (急件急办) to the
 * leaders in charge and the department concerned before any instruction — as the offices' own texts ask
 * (对于紧急文件，要第一时间送分管领导阅示 … 在呈送有关领导阅知的同时，也需复印有关部门阅知办理).
 */
class RegistrationTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime FRIDAY_9 = LocalDateTime.of(2026, 6, 5, 9, 0);

  private static Particulars particulars(Importance importance, Optional<String> department) {
    return new Particulars(Optional.of("县财〔2026〕12号"), Optional.of(LocalDate.of(2026, 6, 3)), 3,
        List.of("000101", "000102"), importance, department);
  }

  private static void signFor(Office o, String id, Urgency urgency, String... areas) {
    o.incoming.signFor(new SignFor(key(), "wu", SELF, doc(id, urgency, SecrecyLevel.UNCLASSIFIED, null, areas)));
  }

  @Test
  void theRegisterRecordsTheParticularsAndAllocatesANumberPerYearNeverTwice() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 12, 31, 9, 0));
    Office a = new Office(store, clock, OfficeCalendar.fixed(ChinaCalendars.provisional()));
    Office b = new Office(store, clock, OfficeCalendar.fixed(ChinaCalendars.provisional()));  // another host instance
    for (String id : List.of("收-1", "收-2", "收-3")) {
      signFor(a, id, Urgency.NORMAL, "财务");
    }
    CommandResult first = a.incoming.register(new Register(key(), "wu", SELF, "收-1", particulars(Importance.IMPORTANT,
        Optional.empty())));
    CommandResult second = b.incoming.register(new Register(key(), "wu", SELF, "收-2"));
    assertThat(a.incoming.find("收-1").number()).contains("收〔2026〕1号");
    assertThat(a.incoming.find("收-2").number()).contains("收〔2026〕2号");
    IncomingEvents.Registration entry = a.incoming.find("收-1").registration().orElseThrow();
    assertThat(entry).isEqualTo(new IncomingEvents.Registration("收〔2026〕1号", Optional.of("县财〔2026〕12号"),
        Optional.of(LocalDate.of(2026, 6, 3)), 3, List.of("000101", "000102"), Importance.IMPORTANT, Optional.empty(), "xj"));
    assertThat(a.incoming.find("收-1").importance()).isEqualTo(Importance.IMPORTANT);
    assertThat(a.incoming.find("收-2").importance()).isEqualTo(Importance.GENERAL);
    assertThat(first.state()).isEqualTo("REGISTERED");
    assertThat(second.state()).isEqualTo("REGISTERED");
    // a new year starts at 1
    clock.set(LocalDateTime.of(2027, 1, 4, 9, 0));
    b.incoming.register(new Register(key(), "wu", SELF, "收-3"));
    assertThat(a.incoming.find("收-3").number()).contains("收〔2027〕1号");
    // the stored entry reads back whole
    List<Record> events = IncomingService.CODEC.decodeAll(store.inTransaction(u -> u.aggregates()
        .find(AggregateKind.DOCUMENT, "in/收-1")).orElseThrow().payload());
    assertThat(((IncomingEvents.DocumentRegistered) events.get(1)).registration()).contains(entry);
  }

  @Test
  void badParticularsAreRefusedNamingTheFieldAndNothingIsStored() {
    Office o = new Office(FRIDAY_9);
    signFor(o, "收-4", Urgency.NORMAL, "财务");
    record Bad(Particulars particulars, String field) {}
    List<Bad> bad = List.of(
        new Bad(new Particulars(Optional.empty(), Optional.empty(), 1, List.of("1", "2"), Importance.GENERAL,
            Optional.empty()), "particulars.copyNumbers: 2 copy numbers for 1 copies"),
        new Bad(new Particulars(Optional.empty(), Optional.empty(), 3, List.of("1", "1"), Importance.GENERAL,
            Optional.empty()), "particulars.copyNumbers: a copy number is given twice"),
        new Bad(new Particulars(Optional.empty(), Optional.empty(), 0, List.of(), Importance.GENERAL, Optional.empty()),
            "particulars.copies"),
        new Bad(new Particulars(Optional.of(" "), Optional.empty(), 1, List.of(), Importance.GENERAL, Optional.empty()),
            "particulars.senderReference"),
        new Bad(new Particulars(Optional.empty(), Optional.of(LocalDate.of(2026, 6, 6)), 1, List.of(), Importance.GENERAL,
            Optional.empty()), "particulars.writtenOn: 2026-06-06 is after the day it is registered"),
        new Bad(new Particulars(Optional.empty(), Optional.empty(), 1, List.of(), null, Optional.empty()),
            "particulars.importance"));
    for (Bad b : bad) {
      assertThatThrownBy(() -> o.incoming.register(new Register(key(), "wu", SELF, "收-4", b.particulars())))
          .as(b.field()).isInstanceOf(InvalidInputException.class).hasMessageContaining(b.field());
    }
    assertThatThrownBy(() -> o.incoming.register(new Register(key(), "wu", SELF, "收-4", particulars(Importance.GENERAL,
        Optional.of("nowhere"))))).isInstanceOf(UnknownReferenceException.class).hasMessageContaining("nowhere");
    assertThat(o.incoming.find("收-4").stage()).isEqualTo(IncomingService.Stage.RECEIVED);
    // no number was used up by a refused registration
    o.incoming.register(new Register(key(), "wu", SELF, "收-4"));
    assertThat(o.incoming.find("收-4").number()).contains("收〔2026〕1号");
  }

  @Test
  void anUrgentDocumentReachesTheLeaderInChargeAndTheNamedDepartmentAtRegistration() {
    Office o = new Office(FRIDAY_9);
    signFor(o, "急-1", Urgency.URGENT, "财务", "安全生产");
    signFor(o, "平-1", Urgency.NORMAL, "财务");
    assertThat(o.sent).isEmpty();
    o.incoming.register(new Register(key(), "wu", SELF, "平-1", particulars(Importance.GENERAL, Optional.of("finance"))));
    assertThat(o.sent).isEmpty();  // a normal document waits for the instruction
    CommandResult r = o.incoming.register(new Register(key(), "wu", SELF, "急-1", particulars(Importance.GENERAL,
        Optional.of("finance"))));
    // the leaders in charge of both areas and the head of 财务科 — not the head of 安全科 (wu)
    assertThat(r.assigned()).containsExactly("sun", "qian", "zhou");
    assertThat(o.sent).extracting(n -> n.recipient().id()).containsExactly("sun", "qian", "zhou");
    assertThat(o.sent).allSatisfy(n -> assertThat(n.subject()).isEqualTo("急件"));
    assertThat(o.incoming.tray("qian")).extracting(s -> s.profile().id()).containsExactly("急-1");
    assertThat(o.incoming.tray("wu")).isEmpty();
    assertThat(o.events).filteredOn(IncomingEvents.SentAtOnce.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((IncomingEvents.SentAtOnce) e).explanation()).singleElement().asString()
            .startsWith("急件急办: 加急 — 孙副局长 (leader in charge of 安全生产), 钱副局长 (leader in charge of 财务), 周科长"));
    // the leader reads it before any proposal or instruction
    o.incoming.read(new Read(key(), "qian", SELF, "急-1", "请财务科速办"));
    assertThat(o.incoming.tray("qian")).isEmpty();
    // the instruction's circulation leaves out those who have their copy already and splits the rest (加急)
    o.incoming.propose(new Propose(key(), "li", SELF, "急-1"));
    o.incoming.instruct(new Instruct(key(), "zhao", SELF, "急-1", "阅办", List.of("qian", "li", "zhao", "zhou"), "finance",
        Optional.empty()));
    IncomingService.State s = o.incoming.find("急-1");
    assertThat(s.lanes()).containsExactly(List.of("sun"), List.of("qian"), List.of("zhou"), List.of("zhao"), List.of("li"));
    assertThat(s.read()).containsExactly("qian");
  }

  @Test
  void theTrayPutsTheMoreImportantFirstAtEqualUrgencyAndDeadline() {
    Office o = new Office(FRIDAY_9);
    signFor(o, "急-a", Urgency.URGENT, "财务");
    signFor(o, "急-b", Urgency.URGENT, "财务");
    signFor(o, "急-c", Urgency.EXTRA_URGENT, "财务");
    o.incoming.register(new Register(key(), "wu", SELF, "急-a", particulars(Importance.GENERAL, Optional.empty())));
    o.incoming.register(new Register(key(), "wu", SELF, "急-b", particulars(Importance.MAJOR, Optional.empty())));
    o.incoming.register(new Register(key(), "wu", SELF, "急-c", particulars(Importance.GENERAL, Optional.empty())));
    assertThat(o.incoming.tray("qian")).extracting(s -> s.profile().id()).containsExactly("急-c", "急-b", "急-a");
  }

  @Test
  void aDocumentCloseToItsDeadlineCirculatesInParallelCopies() {
    Office o = new Office(FRIDAY_9);
    signFor(o, "平-2", Urgency.NORMAL, "财务");
    o.incoming.register(new Register(key(), "wu", SELF, "平-2"));
    o.incoming.propose(new Propose(key(), "li", SELF, "平-2"));
    LocalDateTime due = o.incoming.find("平-2").deadline().orElseThrow().due();
    // instructed the working day before it falls due: 多头分送
    o.at(due.minusDays(1).withHour(9));
    o.incoming.instruct(new Instruct(key(), "zhao", SELF, "平-2", "阅", List.of("qian", "li", "zhou"), "finance",
        Optional.empty()));
    assertThat(o.incoming.find("平-2").lanes()).hasSize(3);
  }
}
