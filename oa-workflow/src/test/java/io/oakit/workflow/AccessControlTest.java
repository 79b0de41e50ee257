package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import io.oakit.core.routing.CountyOffice;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.core.routing.Target;
import io.oakit.spi.AuditEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each leak and authority case the access-control issue reproduced, as a table of tests: every one
 * was accepted before and must be refused (or kept from the uncleared person) now, with nothing
 * written by a refusal.
 */
class AccessControlTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 6, 11, 9, 0);
  private static final String SECRET_SUBJECT = "关于收-机的请示";

  /** A 秘密 (CONFIDENTIAL) incoming document, proposed and ready for the leader's instruction. */
  private static Office proposedConfidential() {
    Office o = new Office(THURSDAY);
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "li", SELF, doc("收-机", Urgency.NORMAL,
        SecrecyLevel.CONFIDENTIAL, null, "财务")));
    o.incoming.register(new IncomingCommands.Register(key(), "li", SELF, "收-机"));
    o.incoming.propose(new IncomingCommands.Propose(key(), "li", SELF, "收-机"));
    return o;
  }

  private static void lower(Office o, String person, SecrecyLevel to) {
    o.organization.set(CountyOffice.builder(Map.of(person, to)).build());
  }

  // ------------------------------------------------------------------ clearance

  @Test
  void aClassifiedDocumentCannotBeInstructedToADepartmentWhoseHeadIsNotCleared() {
    Office o = proposedConfidential();
    int audit = o.audit().size();
    // the safety department's head is 吴科员, 非密
    assertThatThrownBy(() -> o.incoming.instruct(new IncomingCommands.Instruct(key(), "qian", SELF, "收-机", "请办",
        List.of(), "safety", Optional.empty()))).isInstanceOfSatisfying(ClearanceException.class,
            e -> assertThat(e.personId()).isEqualTo("wu"));
    assertThat(o.audit()).hasSize(audit);
    assertThat(o.incoming.tray("wu")).isEmpty();
  }

  @Test
  void aSupervisionItemOpenedFromAClassifiedDocumentInheritsItsLevelAndKeepsItsContentFromOutsiders() {
    Office o = proposedConfidential();
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "qian", SELF, "收-机", "请办", List.of("zhou"), "finance",
        Optional.of("督-机")));
    assertThat(o.supervision.secrecyOf("督-机")).isEqualTo(SecrecyLevel.CONFIDENTIAL);
    o.sent.clear();
    o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-机", "交通局", List.of(), "10 working days",
        0));
    assertThat(o.sent).isNotEmpty().noneSatisfy(n -> assertThat(n.text()).contains(SECRET_SUBJECT));
    // the outside unit, whose liaison nobody can check, is reached only through the office that opened it
    assertThat(o.sent).allSatisfy(n -> assertThat(n.recipient().isPerson()).isTrue());
    assertThat(o.sent).allSatisfy(n -> assertThat(n.personId()).isEqualTo("qian"));
    o.at(LocalDateTime.of(2026, 7, 10, 9, 0));
    List<Escalations.Escalation> reminders = new Escalations(o.ctx).due(LocalDateTime.of(2026, 7, 10, 9, 0));
    assertThat(reminders).filteredOn(e -> e.aggregateId().equals("督-机")).singleElement()
        .satisfies(e -> assertThat(e.recipients()).containsExactly(Recipient.person("qian")));
    // an outside unit's liaison is not of the organisation, so not cleared: refused, nothing written
    assertThatThrownBy(() -> o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-机",
        "交通局"))).isInstanceOf(ClearanceException.class);
    assertThatThrownBy(() -> o.supervision.find("督-机", "wu")).isInstanceOf(ClearanceException.class);
    assertThat(o.supervision.find("督-机", "zhou").content()).contains(SECRET_SUBJECT);
  }

  @Test
  void aReaderWhoseClearanceIsLoweredLosesTheTaskAndHearsNothingOfTheSubject() {
    Office o = proposedConfidential();
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "qian", SELF, "收-机", "请阅", List.of("zhou", "sun"),
        "finance", Optional.empty()));
    List<String> lane = o.incoming.find("收-机").lanes().get(0);
    assertThat(lane).containsExactly("sun", "zhou");
    assertThat(o.incoming.tray("sun")).extracting(s -> s.profile().id()).containsExactly("收-机");
    lower(o, "zhou", SecrecyLevel.UNCLASSIFIED);  // 非密 < 秘密
    o.sent.clear();
    o.incoming.read(new IncomingCommands.Read(key(), "sun", SELF, "收-机", "已阅"));
    // it is zhou's turn, but zhou may no longer see it: nothing with the subject reaches him
    assertThat(o.sent).noneSatisfy(n -> assertThat(n.personId()).isEqualTo("zhou"));
    // the office that signed for it (李主任) hears of the gap, without the subject
    assertThat(o.sent).anySatisfy(n -> {
      assertThat(n.personId()).isEqualTo("li");
      assertThat(n.text()).contains("zhou is not cleared").doesNotContain(SECRET_SUBJECT);
    });
    assertThat(o.incoming.tray("zhou")).isEmpty();
    assertThatThrownBy(() -> o.incoming.read(new IncomingCommands.Read(key(), "zhou", SELF, "收-机", "")))
        .isInstanceOf(ClearanceException.class);
    assertThatThrownBy(() -> o.incoming.find("收-机", "zhou")).isInstanceOf(ClearanceException.class);
  }

  @Test
  void aQueuedNoticeIsWithheldWhenItsRecipientIsNoLongerClearedAtTheMomentOfSending() {
    Office o = proposedConfidential();
    o.ctx.deliverAfterCommit(false);  // the host delivers on its own schedule
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "qian", SELF, "收-机", "请阅", List.of("zhou"), "finance",
        Optional.empty()));
    assertThat(o.ctx.outbox().pending()).anySatisfy(n -> assertThat(n.personId()).isEqualTo("zhou"));
    lower(o, "zhou", SecrecyLevel.UNCLASSIFIED);
    o.ctx.outbox().deliver();
    assertThat(o.sent).noneSatisfy(n -> assertThat(n.personId()).isEqualTo("zhou"));
    assertThat(o.ctx.outbox().pending()).isEmpty();
  }

  @Test
  void aCountersignerWhoseClearanceIsLoweredCannotCountersign() {
    Office o = new Office(THURSDAY);
    o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-机", Urgency.NORMAL, SecrecyLevel.CONFIDENTIAL,
        null), "X交发"));
    o.outgoing.startCountersign(new OutgoingCommands.StartCountersign(key(), "li", SELF, "发-机", Mode.PARALLEL,
        List.of("zhou", "qian"), 0));
    assertThat(o.outgoing.tray("zhou")).extracting(s -> s.profile().id()).containsExactly("发-机");
    lower(o, "zhou", SecrecyLevel.UNCLASSIFIED);
    assertThat(o.outgoing.tray("zhou")).isEmpty();
    int audit = o.audit().size();
    assertThatThrownBy(() -> o.outgoing.countersign(new OutgoingCommands.Countersign(key(), "zhou", SELF, "发-机", "")))
        .isInstanceOf(ClearanceException.class);
    assertThat(o.audit()).hasSize(audit);
  }

  @Test
  void peopleWithoutClearanceMayNotUrgeCloseOrArchiveNorActOnAClassifiedDraft() {
    Office o = proposedConfidential();
    assertThatThrownBy(() -> o.incoming.urge(new IncomingCommands.Urge(key(), "wu", SELF, "收-机", "快")))
        .isInstanceOf(ClearanceException.class);
    Office out = new Office(THURSDAY);
    out.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-机", Urgency.NORMAL,
        SecrecyLevel.CONFIDENTIAL, null), "X交发"));
    out.outgoing.startCountersign(new OutgoingCommands.StartCountersign(key(), "li", SELF, "发-机", Mode.SEQUENCE,
        List.of("zhou", "qian"), 0));
    int audit = out.audit().size();
    assertThatThrownBy(() -> out.outgoing.removeSigner(new OutgoingCommands.RemoveSigner(key(), "wu", SELF, "发-机",
        "qian"))).isInstanceOf(ClearanceException.class);
    assertThatThrownBy(() -> out.outgoing.returnDraft(new OutgoingCommands.Return(key(), "wu", SELF, "发-机",
        OutgoingService.Stage.DRAFT, "退回"))).isInstanceOf(ClearanceException.class);
    assertThat(out.audit()).hasSize(audit);
  }

  @Test
  void theAuditLogKeepsAClassifiedDocumentsIdAndLevelButNotItsSubjectOrText() {
    Office o = proposedConfidential();
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "qian", SELF, "收-机", "请阅并办理：拨付经费", List.of("zhou"),
        "finance", Optional.empty()));
    List<AuditEntry> audit = o.audit();
    assertThat(audit).hasSize(4).allSatisfy(e -> {
      assertThat(e.subject()).isEqualTo("DOCUMENT:in/收-机");
      assertThat(e.detail()).contains("\"secrecy\":\"CONFIDENTIAL\"", "\"redacted\":true")
          .doesNotContain(SECRET_SUBJECT, "拨付经费");
    });
    assertThat(o.verifyAudit()).isEmpty();
  }

  // ------------------------------------------------------------------ authority

  @Test
  void aCollectiveDecisionNeedsEverySignatureOfTheMeeting() {
    Office o = new Office(THURSDAY);
    // 60,000 yuan: 5万元以上的须经局长办公会议研究同意 — every member of the meeting signs
    o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-6万", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, "60000"), "X交发"));
    o.outgoing.review(new OutgoingCommands.Review(key(), "li", SELF, "发-6万"));
    CommandResult first = o.outgoing.signOff(new OutgoingCommands.SignOff(key(), "qian", SELF, "发-6万", "同意"));
    assertThat(first.state()).isEqualTo("REVIEWED");
    assertThat(first.assigned()).containsExactlyInAnyOrder("zhao", "sun");
    assertThatThrownBy(() -> o.outgoing.number(new OutgoingCommands.Number(key(), "wu", SELF, "发-6万")))
        .isInstanceOf(io.oakit.core.IllegalTransitionException.class);
    assertThatThrownBy(() -> o.outgoing.signOff(new OutgoingCommands.SignOff(key(), "qian", SELF, "发-6万", "再签")))
        .isInstanceOf(NotAuthorizedException.class);
    o.outgoing.signOff(new OutgoingCommands.SignOff(key(), "sun", SELF, "发-6万", "同意"));
    CommandResult last = o.outgoing.signOff(new OutgoingCommands.SignOff(key(), "zhao", SELF, "发-6万", "同意，按程序办理"));
    assertThat(last.state()).isEqualTo("SIGNED_OFF");
    assertThat(o.outgoing.find("发-6万").signatures()).extracting(OutgoingEvents.SignOffSigned::opinion)
        .containsExactly("同意", "同意", "同意，按程序办理");
  }

  @Test
  void aTwoStageRouteIsSignedInOrderByThePeopleOfEachStage() {
    Office o = new Office(THURSDAY);
    // 计财处 review (周科长), then the leader in charge of finance (钱副局长)
    OutgoingService twoStages = new OutgoingService(o.ctx, RuleSet.builder().defaultRoute(Route.builder()
        .then(Target.person("zhou")).then(Target.leaderInCharge("财务")).build()).build().compile());
    twoStages.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-两", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null), "X交发"));
    twoStages.review(new OutgoingCommands.Review(key(), "li", SELF, "发-两"));
    assertThatThrownBy(() -> twoStages.signOff(new OutgoingCommands.SignOff(key(), "qian", SELF, "发-两", "同意")))
        .isInstanceOfSatisfying(NotAuthorizedException.class, e -> assertThat(e.whoMay()).contains("zhou"));
    assertThat(twoStages.signOff(new OutgoingCommands.SignOff(key(), "zhou", SELF, "发-两", "经审核，同意")).state())
        .isEqualTo("REVIEWED");
    assertThatThrownBy(() -> twoStages.signOff(new OutgoingCommands.SignOff(key(), "zhou", SELF, "发-两", "")))
        .isInstanceOf(NotAuthorizedException.class);
    assertThat(twoStages.signOff(new OutgoingCommands.SignOff(key(), "qian", SELF, "发-两", "同意")).state())
        .isEqualTo("SIGNED_OFF");
  }

  @Test
  void aClerkMayNotInstructNorApproveScoresAndTheLeadersApprovalStillWorks() {
    Office o = proposedConfidential();
    int audit = o.audit().size();
    assertThatThrownBy(() -> o.incoming.instruct(new IncomingCommands.Instruct(key(), "li", SELF, "收-机", "请办",
        List.of(), "finance", Optional.empty()))).isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
          assertThat(e.actor()).isEqualTo("li");
          assertThat(e.action()).isEqualTo("incoming.instruct");
          assertThat(e.whoMay()).isEqualTo("[leader]");
        });
    assertThat(o.audit()).hasSize(audit);
    o.at(LocalDateTime.of(2026, 6, 30, 18, 0));
    assertThatThrownBy(() -> o.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "wu", SELF,
        "2026-06", List.of("交通局")))).isInstanceOf(NotAuthorizedException.class);
    assertThat(o.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2026-06",
        List.of("交通局"))).state()).isEqualTo("APPROVED");
  }

  @Test
  void nobodyApprovesTheirOwnDutySwapAndOnlyThePeopleOnDutyWriteTheLogOrHandOver() {
    Office o = new Office(LocalDateTime.of(2026, 2, 10, 9, 0));
    // li is 办公室主任 and on the duty list here: his own request must go to someone else
    List<io.oakit.core.roster.DutyPerson> people = new java.util.ArrayList<>(SupervisionAndDutyScenarioTest.people());
    people.add(io.oakit.core.roster.DutyPerson.of("li", "李主任", "office", "带班领导"));
    DutyService duty = new DutyService(o.ctx, SupervisionAndDutyScenarioTest.plan(), people,
        List.of(RosterRule.minimumRest(3, true)));
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "春节", 2026));
    Roster v1 = duty.roster("春节");
    Slot liSlot = v1.assignments().entrySet().stream().filter(e -> e.getValue().equals("li")).findFirst().orElseThrow()
        .getKey();
    duty.requestOverride(new DutyCommands.RequestOverride(key(), "li", SELF, "春节", "own", liSlot.date(),
        liSlot.index(), "leader1", "家中有事"));
    int audit = o.audit().size();
    assertThatThrownBy(() -> duty.approve(new DutyCommands.Approve(key(), "li", SELF, "春节", "own")))
        .isInstanceOfSatisfying(NotAuthorizedException.class, e -> assertThat(e.whoMay()).contains("requester"));
    assertThat(o.audit()).hasSize(audit);

    o.at(LocalDateTime.of(2026, 2, 17, 10, 0));
    Map<Slot, String> onDuty = duty.onDutyNow("春节");
    String offDuty = SupervisionAndDutyScenarioTest.people().stream().map(io.oakit.core.roster.DutyPerson::id)
        .filter(p -> !onDuty.containsValue(p)).findFirst().orElseThrow();
    assertThatThrownBy(() -> duty.log(new DutyCommands.Log(key(), offDuty, SELF, "春节", "一切正常")))
        .isInstanceOf(NotAuthorizedException.class);
    assertThatThrownBy(() -> duty.handOver(new DutyCommands.HandOver(key(), offDuty, SELF, "春节",
        onDuty.values().iterator().next(), ""))).isInstanceOf(NotAuthorizedException.class);
    String onNow = onDuty.values().iterator().next();
    duty.log(new DutyCommands.Log(key(), onNow, SELF, "春节", "一切正常"));
    assertThat(duty.dutyLog("春节")).hasSize(1);
  }

  @Test
  void aReminderOfADocumentNobodyIsAssignedToGoesToTheOfficeThatSignedForIt() {
    Office o = proposedConfidential();
    o.at(LocalDateTime.of(2026, 6, 30, 9, 0));
    List<Escalations.Escalation> sent = new Escalations(o.ctx).due(LocalDateTime.of(2026, 6, 30, 9, 0));
    assertThat(sent).singleElement().satisfies(e -> assertThat(e.recipients()).containsExactly(Recipient.person("li")));
    assertThat(o.sent).anySatisfy(n -> {
      assertThat(n.personId()).isEqualTo("li");
      assertThat(n.text()).contains("nobody is assigned to it yet");
    });
  }
}
