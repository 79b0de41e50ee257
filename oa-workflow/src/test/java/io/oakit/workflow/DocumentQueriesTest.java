package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.UnknownReferenceException;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.spi.Page;
import io.oakit.workflow.DocumentQueries.Direction;
import io.oakit.workflow.DocumentQueries.ReadingStatus;
import io.oakit.workflow.IncomingCommands.Instruct;
import io.oakit.workflow.IncomingCommands.Particulars;
import io.oakit.workflow.IncomingCommands.Propose;
import io.oakit.workflow.IncomingCommands.Read;
import io.oakit.workflow.IncomingCommands.Register;
import io.oakit.workflow.IncomingCommands.SignFor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The host's first screens: tray, overdue list, register and circulation, paged and clearance-checked. */
class DocumentQueriesTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime FRIDAY_9 = LocalDateTime.of(2026, 6, 5, 9, 0);

  private static void received(Office o, String id, Urgency urgency, SecrecyLevel secrecy, Importance importance) {
    o.incoming.signFor(new SignFor(key(), "li", SELF, doc(id, urgency, secrecy, null, "财务")));
    o.incoming.register(new Register(key(), "li", SELF, id, new Particulars(Optional.empty(), Optional.empty(), 1,
        List.of(), importance, Optional.of("finance"))));
  }

  private static List<String> ids(Page<DocumentQueries.Entry> page) {
    return page.items().stream().map(DocumentQueries.Entry::documentId).toList();
  }

  @Test
  void aTrayHoldsIncomingAndOutgoingDocumentsInTrayOrderPageByPage() {
    Office o = new Office(FRIDAY_9);
    DocumentQueries q = new DocumentQueries(o.ctx);
    received(o, "急-1", Urgency.URGENT, SecrecyLevel.UNCLASSIFIED, Importance.GENERAL);  // qian has it at once
    received(o, "特-1", Urgency.EXTRA_URGENT, SecrecyLevel.UNCLASSIFIED, Importance.GENERAL);
    received(o, "急-2", Urgency.URGENT, SecrecyLevel.UNCLASSIFIED, Importance.MAJOR);
    o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "财务"), "X交发"));
    o.outgoing.startCountersign(new OutgoingCommands.StartCountersign(key(), "li", SELF, "发-1",
        io.oakit.core.routing.Stage.Mode.PARALLEL, List.of("qian"), 0));
    List<String> seen = new ArrayList<>();
    Page.Request request = Page.Request.first(2);
    while (true) {
      Page<DocumentQueries.Entry> page = q.tray("qian", request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      seen.addAll(ids(page));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page);
    }
    assertThat(seen).containsExactly("特-1", "急-2", "急-1", "发-1");
    DocumentQueries.Entry first = q.tray("qian", Page.Request.first(1)).items().get(0);
    assertThat(first.direction()).isEqualTo(Direction.INCOMING);
    assertThat(first.number()).contains("收〔2026〕2号");
    assertThat(first.stage()).isEqualTo("REGISTERED");
    assertThatThrownBy(() -> q.tray("qian", new Page.Request(Optional.of("x"), 2))).hasMessageContaining("after");
  }

  @Test
  void aClassifiedDocumentLeavesTheTrayAndTheListsOfThoseNotClearedForItNow() {
    Office o = new Office(FRIDAY_9);
    DocumentQueries q = new DocumentQueries(o.ctx);
    received(o, "密-1", Urgency.URGENT, SecrecyLevel.CONFIDENTIAL, Importance.GENERAL);
    assertThat(ids(q.tray("zhou", Page.Request.first(10)))).containsExactly("密-1");
    LocalDateTime late = o.incoming.find("密-1").deadline().orElseThrow().due().plusDays(1);
    assertThat(ids(q.overdue("li", late, Page.Request.first(10)))).containsExactly("密-1");
    assertThat(ids(q.overdue("wu", late, Page.Request.first(10)))).isEmpty();  // a 非密 clerk
    assertThat(ids(q.register("wu", Direction.INCOMING, "xj", FRIDAY_9.toLocalDate(), FRIDAY_9.toLocalDate().plusDays(1),
        Page.Request.first(10)))).isEmpty();
    assertThatThrownBy(() -> q.circulation("密-1", "wu")).isInstanceOf(ClearanceException.class);
    // 周科长's clearance is lowered: the document leaves his tray at once
    o.organization.set(io.oakit.core.routing.CountyOffice.builder(java.util.Map.of("zhou", SecrecyLevel.UNCLASSIFIED)).build());
    assertThat(ids(q.tray("zhou", Page.Request.first(10)))).isEmpty();
    assertThatThrownBy(() -> q.overdue("nobody", late, Page.Request.first(10))).isInstanceOf(UnknownReferenceException.class);
  }

  @Test
  void theRegisterOfAUnitListsWhatItRegisteredOrNumberedInThePeriod() {
    Office o = new Office(FRIDAY_9);
    DocumentQueries q = new DocumentQueries(o.ctx);
    received(o, "收-a", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, Importance.GENERAL);
    o.at(FRIDAY_9.plusHours(1));
    received(o, "收-b", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, Importance.GENERAL);
    o.at(LocalDateTime.of(2026, 6, 8, 9, 0));
    received(o, "收-c", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, Importance.GENERAL);
    o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-a", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null), "X交发"));
    o.outgoing.review(new OutgoingCommands.Review(key(), "li", SELF, "发-a"));
    o.outgoing.signOff(new OutgoingCommands.SignOff(key(), "zhao", SELF, "发-a"));
    o.outgoing.number(new OutgoingCommands.Number(key(), "wu", SELF, "发-a"));
    LocalDate friday = FRIDAY_9.toLocalDate();
    assertThat(ids(q.register("li", Direction.INCOMING, "xj", friday, friday.plusDays(1), Page.Request.first(10))))
        .containsExactly("收-a", "收-b");
    Page<DocumentQueries.Entry> week = q.register("li", Direction.INCOMING, "xj", friday, friday.plusDays(7),
        Page.Request.first(2));
    assertThat(ids(week)).containsExactly("收-a", "收-b");
    assertThat(ids(q.register("li", Direction.INCOMING, "xj", friday, friday.plusDays(7), Page.Request.first(2).next(week))))
        .containsExactly("收-c");
    assertThat(week.items()).extracting(e -> e.number().orElseThrow()).containsExactly("收〔2026〕1号", "收〔2026〕2号");
    assertThat(ids(q.register("li", Direction.INCOMING, "other-unit", friday, friday.plusDays(7), Page.Request.first(10))))
        .isEmpty();
    assertThat(q.register("li", Direction.OUTGOING, "X交发", friday, friday.plusDays(7), Page.Request.first(10)).items())
        .singleElement().satisfies(e -> assertThat(e.number()).contains("X交发〔2026〕1号"));
    assertThatThrownBy(() -> q.register("li", Direction.INCOMING, "xj", friday, friday, Page.Request.first(10)))
        .isInstanceOf(io.oakit.core.InvalidInputException.class).hasMessageContaining("empty or reversed");
    assertThatThrownBy(() -> q.register("li", Direction.INCOMING, "xj", friday, friday.plusYears(2), Page.Request.first(10)))
        .isInstanceOf(io.oakit.core.InvalidInputException.class).hasMessageContaining("longer than a year");
  }

  @Test
  void theCirculationSaysWhoReadItWithTheirCommentsWhoHasItAndWhoIsOwedIt() {
    Office o = new Office(FRIDAY_9);
    DocumentQueries q = new DocumentQueries(o.ctx);
    o.incoming.signFor(new SignFor(key(), "wu", SELF, doc("收-9", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null)));
    o.incoming.register(new Register(key(), "wu", SELF, "收-9"));
    o.incoming.propose(new Propose(key(), "li", SELF, "收-9"));
    o.incoming.instruct(new Instruct(key(), "zhao", SELF, "收-9", "请阅", List.of("qian", "sun", "li", "zhou"), "finance",
        Optional.empty()));
    o.at(LocalDateTime.of(2026, 6, 8, 10, 0));  // 孙副局长 is away until Wednesday 18:00
    o.incoming.read(new Read(key(), "qian", SELF, "收-9", "同意"));
    o.incoming.read(new Read(key(), "li", SELF, "收-9", "请财务科办理"));  // sun is passed over
    DocumentQueries.Circulation c = q.circulation("收-9", "wu");
    assertThat(c.copies()).singleElement().satisfies(copy -> assertThat(copy.readings())
        .extracting(DocumentQueries.Reading::personId, DocumentQueries.Reading::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("qian", ReadingStatus.READ),
            org.assertj.core.groups.Tuple.tuple("sun", ReadingStatus.OWED),
            org.assertj.core.groups.Tuple.tuple("li", ReadingStatus.READ),
            org.assertj.core.groups.Tuple.tuple("zhou", ReadingStatus.WITH_THEM)));
    DocumentQueries.Reading li = c.copies().get(0).readings().get(2);
    assertThat(li.comment()).contains("请财务科办理");
    assertThat(li.readAt()).contains(LocalDateTime.of(2026, 6, 8, 10, 0));
    assertThat(c.copies().get(0).readings().get(1).backAt()).contains(LocalDateTime.of(2026, 6, 10, 18, 0));
    assertThat(c.readBy()).containsExactly("qian", "li");
    assertThat(c.owedBy()).containsExactly("sun", "zhou");
    assertThat(c.done()).isFalse();
    assertThatThrownBy(() -> q.circulation("收-none", "wu")).isInstanceOf(UnknownReferenceException.class);
  }
}
