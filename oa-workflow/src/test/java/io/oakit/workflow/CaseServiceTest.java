package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.deadline.ExtensionRefusedException;
import io.oakit.core.supervision.CallBackAnswer;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.QualityRating;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AuditEntry;
import io.oakit.workflow.CaseCommands.Receive;
import io.oakit.workflow.CaseCommands.Requester;
import io.oakit.workflow.SupervisionEvents.CaseKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Petition (信访) and hotline (热线) cases: the requester's personal information kept for those handling the
 * case only, repeats linked and counted, the statutory 60 + 30 days, the first contact and the answer with
 * their deadlines, the rates and the summary by category and place, and masking that keeps the audit chain.
 */
class CaseServiceTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 1, 9, 0);
  private static final Requester ZHANG = new Requester("张某某", "138-0000-1234", "城关镇解放路 8 号");

  private static Receive receive(String id, CaseKind kind, Requester who, String category, String place) {
    return new Receive(key(), "wu", SELF, id, kind, who, "小区门前道路破损，雨天积水", category, place, Importance.GENERAL);
  }

  private static String everythingOthersSee(Office o) {
    StringBuilder b = new StringBuilder();
    o.audit().forEach(a -> b.append(a.detail()).append('\n'));
    o.sent.forEach(n -> b.append(n.subject()).append(n.text()).append('\n'));
    o.events.forEach(e -> b.append(e).append('\n'));
    return b.toString();
  }

  @Test
  void theRequesterIsKeptForThoseHandlingTheCaseAndNowhereElse() {
    Office o = new Office(MONDAY_9);
    CaseService cases = new CaseService(o.ctx, o.supervision);
    CommandResult r = cases.receive(receive("信-1", CaseKind.PETITION, ZHANG, "城乡建设", "城关镇"));
    assertThat(r.state()).isEqualTo("REGISTERED");
    cases.assign(new SupervisionCommands.Assign(key(), "li", SELF, "信-1", "交通局", List.of(),
        CaseService.handlingRule(CaseKind.PETITION).toString(), 0));
    o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhou", SELF, "信-1", "交通局"));
    // the office that received it and the person who signed for it in its unit see the requester
    assertThat(cases.requester("信-1", "wu").name()).isEqualTo("张某某");
    assertThat(cases.requester("信-1", "zhou").contact()).isEqualTo("138-0000-1234");
    // a leader who does not handle it does not
    assertThatThrownBy(() -> cases.requester("信-1", "qian")).isInstanceOf(NotAuthorizedException.class);
    // nothing others see names them: audit details, notifications, events given to listeners, the case record
    o.supervision.urge(new SupervisionCommands.Urge(key(), "li", SELF, "信-1", "交通局",
        io.oakit.core.supervision.UrgingChannel.PHONE, "请抓紧"));
    assertThat(everythingOthersSee(o)).doesNotContain("张某某").doesNotContain("1234").doesNotContain("解放路");
    assertThat(cases.find("信-1").requester()).isEqualTo(SupervisionEvents.Requester.MASKED);
    assertThat(cases.find("信-1").category()).isEqualTo("城乡建设");
    // the stored case keeps it (for those handling it)
    assertThat(o.store.inTransaction(u -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, "信-1")).orElseThrow()
        .payload()).contains("张某某");
  }

  @Test
  void maskingErasesTheRequesterAndKeepsTheCaseAndTheAuditChain() {
    Office o = new Office(MONDAY_9);
    CaseService cases = new CaseService(o.ctx, o.supervision);
    cases.receive(receive("信-2", CaseKind.PETITION, ZHANG, "城乡建设", "城关镇"));
    List<AuditEntry> before = o.audit();
    assertThatThrownBy(() -> cases.mask(new CaseCommands.MaskRequester(key(), "wu", SELF, "信-2", "保存期满")))
        .isInstanceOf(NotAuthorizedException.class);
    cases.mask(new CaseCommands.MaskRequester(key(), "li", SELF, "信-2", "保存期满"));
    assertThat(o.store.inTransaction(u -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, "信-2")).orElseThrow()
        .payload()).doesNotContain("张某某").doesNotContain("138-0000-1234").contains("城乡建设");
    assertThat(cases.requester("信-2", "wu")).isEqualTo(SupervisionEvents.Requester.MASKED);
    assertThat(o.audit()).startsWith(before.toArray(AuditEntry[]::new)).hasSize(before.size() + 1);
    assertThat(o.verifyAudit()).isEmpty();
    assertThat(o.supervision.find("信-2").content()).isEqualTo("小区门前道路破损，雨天积水");
  }

  @Test
  void repeatsFromTheSameRequesterOrAboutTheSameMatterAreLinkedWithinTheWindow() {
    Office o = new Office(MONDAY_9);
    CaseService cases = new CaseService(o.ctx, o.supervision, 30);
    cases.receive(receive("热-1", CaseKind.HOTLINE, ZHANG, "城乡建设", "城关镇"));
    o.at(MONDAY_9.plusDays(3));
    // the same caller, written a little differently, about something else elsewhere
    cases.receive(receive("热-2", CaseKind.HOTLINE, new Requester(" 张某某 ", "13800001234", ""), "环境保护", "石门镇"));
    // someone else about the same matter in the same place
    cases.receive(receive("热-3", CaseKind.HOTLINE, new Requester("李某", "139", ""), "城乡建设", "城关镇"));
    // a stranger about another matter
    cases.receive(receive("热-4", CaseKind.HOTLINE, new Requester("王某", "137", ""), "教育", "石门镇"));
    assertThat(cases.find("热-2").repeatOf()).containsExactly("热-1");
    assertThat(cases.find("热-3").repeatOf()).containsExactly("热-1");
    assertThat(cases.find("热-4").repeatOf()).isEmpty();
    // outside the window: not linked
    o.at(MONDAY_9.plusDays(40));
    cases.receive(receive("热-5", CaseKind.HOTLINE, ZHANG, "城乡建设", "城关镇"));
    assertThat(cases.find("热-5").repeatOf()).isEmpty();
    assertThatThrownBy(() -> cases.receive(receive("热-1", CaseKind.HOTLINE, ZHANG, "城乡建设", "城关镇")))
        .isInstanceOf(CommandRefusedException.class);
  }

  @Test
  void aPetitionTakesTheStatute60DaysPlusOneExtensionOf30AndOwesTheRequesterAContactAndAnAnswer() {
    Office o = new Office(MONDAY_9);
    CaseService cases = new CaseService(o.ctx, o.supervision);
    cases.receive(receive("信-3", CaseKind.PETITION, ZHANG, "城乡建设", "城关镇"));
    assertThat(cases.find("信-3").contactDue()).isEqualTo(LocalDateTime.of(2026, 6, 16, 9, 0).toLocalDate().atTime(17, 30));
    cases.assign(new SupervisionCommands.Assign(key(), "li", SELF, "信-3", "交通局", List.of(), "60 calendar days", 0));
    assertThat(o.supervision.find("信-3").deadline().orElseThrow().extensionPolicy())
        .isEqualTo(io.oakit.core.deadline.StatutoryDeadlines.petitionHandling().extensions());
    o.supervision.extendDeadline(new SupervisionCommands.ExtendDeadline(key(), "zhao", SELF, "信-3", "30 calendar days", "情况复杂"));
    assertThatThrownBy(() -> o.supervision.extendDeadline(new SupervisionCommands.ExtendDeadline(key(), "zhao", SELF,
        "信-3", "5 calendar days", "再延"))).isInstanceOf(ExtensionRefusedException.class);
    cases.contact(new CaseCommands.Contact(key(), "wu", SELF, "信-3", "已受理，告知办理时限"));
    assertThatThrownBy(() -> cases.contact(new CaseCommands.Contact(key(), "wu", SELF, "信-3", "再次")))
        .isInstanceOf(CommandRefusedException.class);
    assertThatThrownBy(() -> cases.reply(new CaseCommands.Reply(key(), "wu", SELF, "信-3", "已修复")))
        .isInstanceOf(IllegalTransitionException.class);
    o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhou", SELF, "信-3", "交通局"));
    o.supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key(), "zhou", SELF, "信-3", "已修复"));
    cases.reply(new CaseCommands.Reply(key(), "wu", SELF, "信-3", "道路已于 6 月 20 日修复"));
    // due by the case's deadline as extended: 60 + 30 days
    SupervisionEvents.RequesterReplied answer = o.events.stream().filter(SupervisionEvents.RequesterReplied.class::isInstance)
        .map(SupervisionEvents.RequesterReplied.class::cast).findFirst().orElseThrow();
    assertThat(answer.due()).contains(o.supervision.find("信-3").deadline().orElseThrow().due());
    assertThat(answer.due().orElseThrow().toLocalDate()).isAfterOrEqualTo(LocalDate.of(2026, 8, 30));
    assertThat(answer.inTime()).isTrue();
    assertThat(cases.summary(CaseKind.PETITION, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), o.clock.instant()
        .atZone(Office.SHANGHAI).toLocalDateTime()).answeredInTime()).hasValueSatisfying(r -> assertThat(r)
        .hasToString("100.00% (1/1)"));
    assertThatThrownBy(() -> cases.contact(new CaseCommands.Contact(key(), "wu", SELF, "督-none", "x")))
        .isInstanceOf(UnknownReferenceException.class);
  }

  @Test
  void theHotlineSummaryCountsByCategoryAndPlaceWithItsRatesAndNamesNobody() {
    Office o = new Office(MONDAY_9);
    CaseService cases = new CaseService(o.ctx, o.supervision);
    cases.receive(receive("热-a", CaseKind.HOTLINE, ZHANG, "城乡建设", "城关镇"));
    cases.receive(receive("热-b", CaseKind.HOTLINE, new Requester("李某", "139", ""), "城乡建设", "石门镇"));
    cases.receive(receive("热-c", CaseKind.HOTLINE, new Requester("王某", "137", ""), "教育", "石门镇"));
    cases.receive(receive("信-x", CaseKind.PETITION, new Requester("赵某", "136", ""), "教育", "石门镇"));
    // 热-a contacted within 2 working hours, 热-b the next day, 热-c never
    o.at(MONDAY_9.plusHours(1));
    cases.contact(new CaseCommands.Contact(key(), "wu", SELF, "热-a", "已联系"));
    o.at(MONDAY_9.plusDays(1));
    cases.contact(new CaseCommands.Contact(key(), "wu", SELF, "热-b", "已联系"));
    // 热-a handled, accepted and called back: 满意
    cases.assign(new SupervisionCommands.Assign(key(), "li", SELF, "热-a", "交通局", List.of(), "5 working days", 0));
    o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhou", SELF, "热-a", "交通局"));
    o.supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key(), "zhou", SELF, "热-a", "完成"));
    o.supervision.accept(new SupervisionCommands.Accept(key(), "li", SELF, "热-a", QualityRating.GOOD, true, ""));
    o.supervision.callBack(new SupervisionCommands.CallBack(key(), "wu", SELF, "热-a", CallBackAnswer.SATISFIED, ""));
    CaseService.Summary s = cases.summary(CaseKind.HOTLINE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
        MONDAY_9.plusDays(2));
    assertThat(s.cases()).isEqualTo(3);
    assertThat(s.byCategory()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("城乡建设", 2, "教育", 1));
    assertThat(s.byPlace()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("城关镇", 1, "石门镇", 2));
    assertThat(s.repeats()).isZero();  // no caller twice, no category and place twice
    assertThat(s.contactedInTime()).hasValueSatisfying(r -> assertThat(r).hasToString("33.33% (1/3)"));
    assertThat(s.completion()).hasValueSatisfying(r -> assertThat(r).hasToString("33.33% (1/3)"));
    assertThat(s.satisfaction()).hasValueSatisfying(r -> assertThat(r).hasToString("100.00% (1/1)"));
    assertThat(s.toString()).doesNotContain("张某某").doesNotContain("李某");
    assertThatThrownBy(() -> cases.summary(CaseKind.HOTLINE, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1),
        MONDAY_9)).isInstanceOf(io.oakit.core.InvalidInputException.class).hasMessageContaining("toExclusive");
    assertThatThrownBy(() -> new CaseService(o.ctx, o.supervision, -1))
        .isInstanceOf(io.oakit.core.InvalidInputException.class).hasMessageContaining("repeatWindowDays");
  }
}
