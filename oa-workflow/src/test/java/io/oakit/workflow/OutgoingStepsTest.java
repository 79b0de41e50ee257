package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.InvalidInputException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.workflow.OutgoingCommands.Distribute;
import io.oakit.workflow.OutgoingCommands.Draft;
import io.oakit.workflow.OutgoingCommands.Issue;
import io.oakit.workflow.OutgoingCommands.LinkReply;
import io.oakit.workflow.OutgoingCommands.Number;
import io.oakit.workflow.OutgoingCommands.Recheck;
import io.oakit.workflow.OutgoingCommands.Review;
import io.oakit.workflow.OutgoingCommands.SignOff;
import io.oakit.workflow.OutgoingService.Stage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The steps after sign-off the regulations lay down — 复核, 编号, 核发, 分发 to outside organs (主送, 抄送) — and a
 * 请示 waiting for its answer (批复), reminded until the incoming answer is linked.
 */
class OutgoingStepsTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 1, 9, 0);

  private static void signedOff(Office o, OutgoingService out, String id, DocumentKind kind) {
    DocumentFields d = doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null);
    out.draft(new Draft(key(), "li", SELF, new DocumentFields(id, kind, d.urgency(), d.secrecy(), d.issuingUnit(),
        d.subject(), d.tags(), d.areas(), d.amount()), "X交发"));
    out.review(new Review(key(), "li", SELF, id));
    out.signOff(new SignOff(key(), "zhao", SELF, id));
  }

  @Test
  void recheckAndIssueAreRecordedAndRequiredWhereTheOfficeSaysSo() {
    Office o = new Office(MONDAY_9);
    OutgoingService strict = o.outgoing.requiringRecheckAndIssue();
    signedOff(o, strict, "发-1", DocumentKind.NOTICE);
    assertThatThrownBy(() -> strict.number(new Number(key(), "wu", SELF, "发-1")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("SIGNED_OFF");
    strict.recheck(new Recheck(key(), "li", SELF, "发-1", "标题中“关于”后多一空格，已改"));
    strict.number(new Number(key(), "wu", SELF, "发-1"));
    assertThatThrownBy(() -> strict.distribute(new Distribute(key(), "wu", SELF, "发-1", List.of("zhou"))))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("NUMBERED");
    strict.issue(new Issue(key(), "wu", SELF, "发-1", 30));
    CommandResult r = strict.distribute(new Distribute(key(), "wu", SELF, "发-1", List.of("zhou"),
        List.of("县人民政府"), List.of("县财政局", "县审计局")));
    assertThat(r.state()).isEqualTo("DISTRIBUTED");
    assertThat(o.events).filteredOn(OutgoingEvents.Distributed.class::isInstance).singleElement().satisfies(e -> {
      OutgoingEvents.Distributed d = (OutgoingEvents.Distributed) e;
      assertThat(d.mainTo()).containsExactly("县人民政府");
      assertThat(d.copyTo()).containsExactly("县财政局", "县审计局");
    });
    // the default service records them when taken and lets an office leave them out
    signedOff(o, o.outgoing, "发-2", DocumentKind.NOTICE);
    o.outgoing.number(new Number(key(), "wu", SELF, "发-2"));
    assertThatThrownBy(() -> o.outgoing.recheck(new Recheck(key(), "li", SELF, "发-2", "")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> o.outgoing.distribute(new Distribute(key(), "wu", SELF, "发-2", List.of(), List.of(),
        List.of()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody to distribute it to");
    o.outgoing.distribute(new Distribute(key(), "wu", SELF, "发-2", List.of(), List.of("县人民政府"), List.of()));
    assertThat(o.outgoing.find("发-2").stage()).isEqualTo(Stage.DISTRIBUTED);
    assertThatThrownBy(() -> strict.issue(new Issue(key(), "wu", SELF, "发-2", 0))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("copies");
  }

  @Test
  void aRequestWaitsForItsAnswerAndIsRemindedUntilTheAnswerIsLinked() {
    Office o = new Office(MONDAY_9);
    OutgoingService out = o.outgoing.waitingForAnswers(DeadlineRule.workingDays(10));
    signedOff(o, out, "请-1", DocumentKind.REQUEST);
    out.number(new Number(key(), "wu", SELF, "请-1"));
    out.distribute(new Distribute(key(), "wu", SELF, "请-1", List.of(), List.of("县人民政府"), List.of()));
    OutgoingService.State s = out.find("请-1");
    assertThat(s.isOpen(OutgoingEvents.Purpose.REPLY)).isTrue();
    LocalDateTime due = s.runningDeadline().orElseThrow().due();
    assertThat(due).isEqualTo(io.oakit.core.deadline.DeadlineClock.start(DeadlineRule.workingDays(10),
        o.ctx.calendar(), MONDAY_9).due());
    // at due the drafter is reminded that no answer has come
    o.at(due);
    assertThat(o.escalations.due(due)).filteredOn(e -> e.aggregateId().equals("out/请-1"))
        .flatExtracting(Escalations.Escalation::recipients).extracting(Recipient::id).containsOnly("li");
    // the answer arrives and is linked: the wait ends, no more reminders
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, new DocumentFields("收-批复", DocumentKind.REPLY,
        Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, "县人民政府", "关于请-1的批复", List.of(), List.of(), Optional.empty())));
    assertThatThrownBy(() -> out.linkReply(new LinkReply(key(), "wu", SELF, "请-1", "收-none")))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("收-none");
    out.linkReply(new LinkReply(key(), "wu", SELF, "请-1", "收-批复"));
    assertThat(out.find("请-1").reply()).contains("收-批复");
    assertThat(out.find("请-1").runningDeadline()).isEmpty();
    assertThatThrownBy(() -> out.linkReply(new LinkReply(key(), "wu", SELF, "请-1", "收-批复")))
        .isInstanceOf(CommandRefusedException.class).hasMessageContaining("linked already");
    assertThat(o.escalations.due(due.plusDays(10))).filteredOn(e -> e.aggregateId().equals("out/请-1")).isEmpty();
    // only a 请示 waits for an answer
    signedOff(o, out, "通-1", DocumentKind.NOTICE);
    out.number(new Number(key(), "wu", SELF, "通-1"));
    out.distribute(new Distribute(key(), "wu", SELF, "通-1", List.of("zhou")));
    assertThat(out.find("通-1").runningDeadline()).isEmpty();
    assertThatThrownBy(() -> out.linkReply(new LinkReply(key(), "wu", SELF, "通-1", "收-批复")))
        .isInstanceOf(CommandRefusedException.class).hasMessageContaining("not a 请示");
  }
}
