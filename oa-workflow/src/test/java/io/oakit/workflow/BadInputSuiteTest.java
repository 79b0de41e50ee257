package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.HolidayData;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.calendar.WorkingHours;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.core.routing.Target;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.spi.AggregateKind;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Bad input thrown at the public entry points, one table row per case: each must be refused with
 * an exception whose message names the field or state, and must leave storage exactly as it was
 * (same audit log, same aggregates at the same versions). The per-category counts are listed in
 * {@code docs/reliability.md}.
 */
class BadInputSuiteTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final String MEGABYTE = "长".repeat(1 << 20);
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 6, 11, 9, 0);

  /** One case: a category from the list, what is tried, and what the message must name. */
  record Case(String category, String name, ThrowingCallable action, String named) {}

  private final Office office = new Office(T0);
  private final WorkCalendar calendar = ChinaCalendars.official();

  BadInputSuiteTest() {
    // a drafted document and an assigned supervision item to aim commands at
    office.outgoing.draft(new OutgoingCommands.Draft("seed-1", "li", SELF,
        doc("发-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交发"));
    office.supervision.open(new SupervisionCommands.Open("seed-2", "li", SELF, "督-1", ItemSource.MEETING_DECISION,
        "会议决定事项", Importance.GENERAL));
    office.supervision.assign(new SupervisionCommands.Assign("seed-3", "li", SELF, "督-1", "交通局", List.of(),
        "5 working days", 0));
    office.supervision.open(new SupervisionCommands.Open("seed-4", "li", SELF, "督-2", ItemSource.MEETING_DECISION,
        "会议决定事项", Importance.GENERAL));
    // an incoming document waiting for the leader's instruction, and a published duty roster
    office.incoming.signFor(new IncomingCommands.SignFor("seed-5", "wu", SELF,
        doc("收-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null)));
    office.incoming.register(new IncomingCommands.Register("seed-6", "wu", SELF, "收-1"));
    office.incoming.propose(new IncomingCommands.Propose("seed-7", "li", SELF, "收-1"));
    duty = new DutyService(office.ctx, SupervisionAndDutyScenarioTest.plan(), SupervisionAndDutyScenarioTest.people(),
        List.of(RosterRule.minimumRest(3, true)));
    duty.publish(new DutyCommands.Publish("seed-8", "li", SELF, "春节值班", 2026));
    // a 机密 incoming document, proposed
    office.incoming.signFor(new IncomingCommands.SignFor("seed-9", "li", SELF,
        doc("收-2", Urgency.NORMAL, SecrecyLevel.SECRET, null)));
    office.incoming.register(new IncomingCommands.Register("seed-10", "li", SELF, "收-2"));
    office.incoming.propose(new IncomingCommands.Propose("seed-11", "li", SELF, "收-2"));
  }

  private final DutyService duty;

  private IncomingCommands.Instruct instruct(String key, String instruction, List<String> readers, String department) {
    return new IncomingCommands.Instruct(key, "zhao", SELF, "收-1", instruction, readers, department, Optional.empty());
  }

  private static OutgoingCommands.Draft draft(String key, String actor, DocumentFields d) {
    return new OutgoingCommands.Draft(key, actor, SELF, d, "X交发");
  }

  private static DocumentFields withSubject(String subject) {
    return new DocumentFields("发-9", DocumentKind.REQUEST, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, "县财政局", subject,
        List.of(), List.of(), Optional.empty());
  }

  private static HolidayData csv(String text) {
    return HolidayData.parseCsv(new StringReader(text), "holidays.csv", Year.of(2026), Year.of(2026));
  }

  private static final String HEADER = "date,name,off_day\n";

  List<Case> cases() {
    List<Case> c = new ArrayList<>();
    OutgoingService out = office.outgoing;
    SupervisionService sup = office.supervision;
    // nulls
    c.add(new Case("null", "deadline rule text", () -> DeadlineRule.parse(null), "text"));
    c.add(new Case("null", "holiday data first year", () -> HolidayData.of(null, Year.of(2026), Map.of()), "firstYear"));
    c.add(new Case("null", "calendar date", () -> calendar.isWorkingDay(null), "date"));
    c.add(new Case("null", "draft without a document", () -> out.draft(draft("b1", "li", null)), "document"));
    c.add(new Case("null", "supervision item without a source", () -> sup.open(new SupervisionCommands.Open("b2", "li",
        SELF, "督-9", null, "内容", Importance.GENERAL)), "source"));
    c.add(new Case("null", "acceptance without a rating", () -> sup.accept(new SupervisionCommands.Accept("b3", "li",
        SELF, "督-1", null, true, "")), "rating"));
    // empty and whitespace strings
    c.add(new Case("blank", "empty idempotency key", () -> out.draft(draft("", "li",
        doc("发-9", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null))), "idempotencyKey"));
    c.add(new Case("blank", "whitespace actor", () -> out.draft(draft("b4", "   ",
        doc("发-9", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null))), "actor"));
    c.add(new Case("blank", "whitespace subject", () -> out.draft(draft("b5", "li", withSubject(" \t "))), "subject"));
    c.add(new Case("blank", "whitespace lead unit", () -> sup.assign(new SupervisionCommands.Assign("b6", "li", SELF,
        "督-1", "  ", List.of(), "5 working days", 0)), "leadUnit"));
    c.add(new Case("blank", "empty deadline rule", () -> DeadlineRule.parse("  "), "deadline"));
    // out-of-range numbers
    c.add(new Case("range", "negative working days", () -> DeadlineRule.workingDays(-1), "amount"));
    c.add(new Case("range", "negative progress interval", () -> sup.assign(new SupervisionCommands.Assign("b7", "li",
        SELF, "督-1", "交通局", List.of(), "5 working days", -1)), "progressEveryWorkingDays"));
    c.add(new Case("range", "negative countersign quorum", () -> out.startCountersign(
        new OutgoingCommands.StartCountersign("b8", "li", SELF, "发-1", Mode.PARALLEL, List.of("qian"), -1)),
        "required"));
    c.add(new Case("range", "countersign with no signers", () -> out.startCountersign(
        new OutgoingCommands.StartCountersign("b9", "li", SELF, "发-1", Mode.PARALLEL, List.of(), 0)), "signers"));
    // negative durations
    c.add(new Case("negative duration", "negative working hours", () -> DeadlineRule.workingHours(-2), "amount"));
    c.add(new Case("negative duration", "negative deadline rule text", () -> DeadlineRule.parse("-3 working days"),
        "-3"));
    // reversed intervals
    c.add(new Case("reversed interval", "holiday years reversed", () -> HolidayData.of(Year.of(2026), Year.of(2025),
        Map.of()), "lastYear"));
    c.add(new Case("reversed interval", "working session ends before it starts", () -> WorkingHours.parse("17:30-08:30"),
        "17:30"));
    c.add(new Case("reversed interval", "deadline resumed before it was suspended", () -> DeadlineClock.start(
        DeadlineRule.workingDays(5), calendar, T0).suspend(T0.plusDays(1), "补充材料").resume(T0), "last event"));
    c.add(new Case("reversed interval", "absence ends before it starts", () -> Organization.builder()
        .unit("u", "单位").department("d", "办公室", "u", "综合").person("p", "张三", "d", "科员", 1,
            SecrecyLevel.UNCLASSIFIED)
        .away("p", io.oakit.core.org.AbsenceKind.LEAVE, T0, T0.minusDays(1), null).build(), "end"));
    // dates outside calendar coverage
    c.add(new Case("coverage", "day after the last covered year", () -> calendar.isWorkingDay(LocalDate.of(2031, 1, 2)),
        "2031-01-02"));
    c.add(new Case("coverage", "working days running past the coverage", () -> calendar.plusWorkingDays(
        calendar.lastCoveredDay().minusDays(3), 30), "cover"));
    c.add(new Case("coverage", "day before the first covered year", () -> calendar.workingDaysBetween(
        LocalDate.of(2010, 1, 1), LocalDate.of(2019, 3, 1)), "2010-01-01"));
    // unknown people and units
    c.add(new Case("unknown reference", "sign for an item by a unit not assigned to it", () -> sup.signFor(
        new SupervisionCommands.SignFor("b10", "zhang", SELF, "督-1", "不存在局")), "不存在局"));
    c.add(new Case("unknown reference", "countersign by an unknown signer", () -> out.startCountersign(
        new OutgoingCommands.StartCountersign("b11", "li", SELF, "发-1", Mode.PARALLEL, List.of("ghost"), 0)), "ghost"));
    c.add(new Case("unknown reference", "command from an unknown actor", () -> out.review(
        new OutgoingCommands.Review("b12", "nobody", SELF, "发-1")), "nobody"));
    c.add(new Case("unknown reference", "command on an unknown document", () -> out.review(
        new OutgoingCommands.Review("b13", "li", SELF, "发-404")), "发-404"));
    c.add(new Case("unknown reference", "assign an item to a misspelt lead unit", () -> sup.assign(
        new SupervisionCommands.Assign("b25", "li", SELF, "督-2", "交通居", List.of(), "5 working days", 0)), "交通居"));
    c.add(new Case("unknown reference", "assign an item with a co-unit that is not supervised", () -> sup.assign(
        new SupervisionCommands.Assign("b26", "li", SELF, "督-2", "交通局", List.of("财政局", "教肓局"), "5 working days",
            0)), "教肓局"));
    c.add(new Case("unknown reference", "score a month for a unit that is not supervised", () -> sup.approveScores(
        new SupervisionCommands.ApproveScores("b27", "zhao", SELF, "2026-06", List.of("交通局", "交通居"))), "交通居"));
    c.add(new Case("unknown reference", "urge an item as someone outside the organisation", () -> sup.urge(
        new SupervisionCommands.Urge("b28", "nobody", SELF, "督-1", "交通局", UrgingChannel.PHONE, "")), "nobody"));
    c.add(new Case("unknown reference", "cancel an item acting for someone who does not exist", () -> sup.cancel(
        new SupervisionCommands.Cancel("b29", "li", Optional.of("ghost"), "督-2", "撤销")), "ghost"));
    c.add(new Case("unknown reference", "organisation head who does not exist", () -> Organization.builder()
        .unit("u", "单位").department("d", "办公室", "u", "综合").head("d", "ghost").build(), "ghost"));
    // duplicate ids
    c.add(new Case("duplicate id", "a second draft with a taken id", () -> out.draft(draft("b14", "li",
        doc("发-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null))), "发-1"));
    c.add(new Case("duplicate id", "a second supervision item with a taken id", () -> sup.open(
        new SupervisionCommands.Open("b15", "li", SELF, "督-1", ItemSource.MEETING_DECISION, "内容", Importance.GENERAL)),
        "督-1"));
    c.add(new Case("duplicate id", "two routing rules with one id", () -> RuleSet.builder()
        .rule(RoutingRule.of("r", 1, Condition.tagged("a"), Route.to(Target.role("局长"))))
        .rule(RoutingRule.of("r", 2, Condition.tagged("b"), Route.to(Target.role("局长"))))
        .defaultRoute(Route.to(Target.role("局长"))).build(), "'r'"));
    c.add(new Case("duplicate id", "two people with one id", () -> Organization.builder()
        .unit("u", "单位").department("d", "办公室", "u", "综合")
        .person("p", "张三", "d", "科员", 1, SecrecyLevel.UNCLASSIFIED)
        .person("p", "李四", "d", "科员", 1, SecrecyLevel.UNCLASSIFIED), "'p'"));
    // illegal state transitions
    c.add(new Case("state", "archive a draft", () -> out.archive(new OutgoingCommands.Archive("b16", "wu", SELF, "发-1")),
        "DRAFT"));
    c.add(new Case("state", "sign off before review", () -> out.signOff(new OutgoingCommands.SignOff("b17", "zhao", SELF,
        "发-1")), "DRAFT"));
    c.add(new Case("state", "number before sign-off", () -> out.number(new OutgoingCommands.Number("b18", "wu", SELF,
        "发-1")), "DRAFT"));
    c.add(new Case("state", "accept an item not reported done", () -> sup.accept(new SupervisionCommands.Accept("b19",
        "li", SELF, "督-1", QualityRating.GOOD, true, "")), "ASSIGNED"));
    c.add(new Case("state", "report completion before signing for it", () -> sup.reportCompletion(
        new SupervisionCommands.ReportCompletion("b20", "zhang", SELF, "督-1", "完成")), "ASSIGNED"));
    // oversized text
    c.add(new Case("oversized", "1 MB subject", () -> out.draft(draft("b21", "li", withSubject(MEGABYTE))), "subject"));
    c.add(new Case("oversized", "1 MB supervision content", () -> sup.open(new SupervisionCommands.Open("b22", "li", SELF,
        "督-9", ItemSource.MEETING_DECISION, MEGABYTE, Importance.GENERAL)), "content"));
    c.add(new Case("oversized", "1 MB countersign comment", () -> out.countersign(new OutgoingCommands.Countersign("b23",
        "qian", SELF, "发-1", MEGABYTE)), "comment"));
    c.add(new Case("oversized", "101-character item id", () -> sup.open(new SupervisionCommands.Open("b24", "li", SELF,
        "x".repeat(101), ItemSource.MEETING_DECISION, "内容", Importance.GENERAL)), "itemId"));
    // malformed holiday CSV
    c.add(new Case("holiday CSV", "bad date", () -> csv(HEADER + "2026-02-30,春节,true\n"), "line 2"));
    c.add(new Case("holiday CSV", "duplicate date", () -> csv(HEADER + "2026-02-16,春节,true\n2026-02-16,春节,true\n"),
        "line 3"));
    c.add(new Case("holiday CSV", "unknown flag", () -> csv(HEADER + "2026-02-16,春节,yes\n"), "line 2"));
    c.add(new Case("holiday CSV", "wrong header", () -> csv("day,name,flag\n2026-02-16,春节,true\n"), "header"));
    c.add(new Case("holiday CSV", "date outside the covered years", () -> csv(HEADER + "2028-02-16,春节,true\n"),
        "line 2"));
    c.add(new Case("holiday CSV", "missing name", () -> csv(HEADER + "2026-02-16,,true\n"), "line 2"));
    // rule sets with contradictions
    c.add(new Case("contradictory rules", "approval ladder tiers out of order", () -> ApprovalLadder.builder()
        .upToInclusive("1000", Route.to(Target.role("办公室主任")))
        .upToInclusive("500", Route.to(Target.role("局长"))), "500"));
    c.add(new Case("contradictory rules", "approval ladder without a top tier", () -> ApprovalLadder.builder()
        .upToInclusive("1000", Route.to(Target.role("办公室主任"))).build(), "top tier"));
    c.add(new Case("contradictory rules", "approval ladder with two top tiers", () -> ApprovalLadder.builder()
        .above(Route.to(Target.role("局长"))).above(Route.to(Target.role("局长"))), "top tier"));
    c.add(new Case("contradictory rules", "a person deputising for themselves", () -> Organization.builder()
        .deputy("p", "p"), "themselves"));
    // incoming documents, duty rosters and escalations
    IncomingService in = office.incoming;
    LocalDate eve = LocalDate.of(2026, 2, 16);
    c.add(new Case("null", "incoming document signed for without its fields", () -> in.signFor(
        new IncomingCommands.SignFor("b30", "wu", SELF, null)), "document"));
    c.add(new Case("null", "escalation run without an instant", () -> office.escalations.due(null), "at"));
    c.add(new Case("blank", "whitespace instruction", () -> in.instruct(instruct("b31", "  ", List.of("li"), "finance")),
        "instruction"));
    c.add(new Case("range", "swap of a negative slot index", () -> duty.requestSwap(new DutyCommands.RequestSwap("b32",
        "li", SELF, "春节值班", "r1", eve, -1, eve.plusDays(1), 0, "家中有事")), "slotA"));
    c.add(new Case("range", "swap of a slot the day does not have", () -> duty.requestSwap(new DutyCommands.RequestSwap(
        "b33", "li", SELF, "春节值班", "r1", eve, 7, eve.plusDays(1), 0, "家中有事")), "no slot 7"));
    c.add(new Case("reversed interval", "duty plan ending before it starts", () -> DutyPlan.builder(calendar,
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 14)), "end after it starts"));
    c.add(new Case("coverage", "duty plan running past the calendar", () -> DutyPlan.builder(calendar,
        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1)).slots(DayCategory.WORKING_DAY, "值班员").build(), "2027"));
    c.add(new Case("unknown reference", "instruction naming a department that does not exist", () -> in.instruct(
        instruct("b34", "请办理", List.of("li"), "不存在科")), "不存在科"));
    c.add(new Case("unknown reference", "instruction naming a reader who does not exist", () -> in.instruct(
        instruct("b35", "请阅", List.of("li", "ghost"), "finance")), "ghost"));
    c.add(new Case("unknown reference", "incoming document urged by someone outside the organisation", () -> in.urge(
        new IncomingCommands.Urge("b36", "nobody", SELF, "收-1", "请抓紧")), "nobody"));
    c.add(new Case("unknown reference", "duty taken over by someone not on the duty list", () -> duty.requestOverride(
        new DutyCommands.RequestOverride("b37", "li", SELF, "春节值班", "r1", eve, 0, "ghost", "临时出差")), "ghost"));
    c.add(new Case("unknown reference", "duty log written by someone unknown", () -> duty.log(new DutyCommands.Log("b38",
        "nobody", SELF, "春节值班", "平安")), "nobody"));
    c.add(new Case("unknown reference", "approval of a request never made", () -> duty.approve(new DutyCommands.Approve(
        "b39", "li", SELF, "春节值班", "r404")), "r404"));
    c.add(new Case("duplicate id", "a roster published twice", () -> duty.publish(new DutyCommands.Publish("b40", "li",
        SELF, "春节值班", 7)), "春节值班"));
    c.add(new Case("duplicate id", "an incoming document signed for twice", () -> in.signFor(new IncomingCommands.SignFor(
        "b41", "wu", SELF, doc("收-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null))), "收-1"));
    c.add(new Case("state", "register an incoming document twice", () -> in.register(new IncomingCommands.Register("b42",
        "wu", SELF, "收-1")), "PROPOSED"));
    c.add(new Case("state", "close an incoming document before anyone read it", () -> in.close(
        new IncomingCommands.Close("b43", "li", SELF, "收-1")), "PROPOSED"));
    c.add(new Case("oversized", "1 MB leader's instruction", () -> in.instruct(instruct("b44", MEGABYTE, List.of("li"),
        "finance")), "instruction"));
    c.add(new Case("oversized", "1 MB duty log entry", () -> duty.log(new DutyCommands.Log("b45", "li", SELF, "春节值班",
        MEGABYTE)), "text"));
    c.add(new Case("not authorised", "a clerk gives the leader's instruction", () -> in.instruct(
        new IncomingCommands.Instruct("b46", "wu", SELF, "收-1", "请办", List.of(), "finance", Optional.empty())),
        "incoming.instruct"));
    c.add(new Case("not authorised", "a clerk approves a month's scores", () -> office.supervision.approveScores(
        new SupervisionCommands.ApproveScores("b47", "wu", SELF, "2026-06", List.of("交通局"))),
        "supervision.approve-scores"));
    c.add(new Case("not authorised", "the duty log written by someone not on duty", () -> duty.log(
        new DutyCommands.Log("b48", "leader1", SELF, "春节值班", "平安")), "duty.log"));
    c.add(new Case("not authorised", "a handover by someone not on duty", () -> duty.handOver(
        new DutyCommands.HandOver("b49", "leader1", SELF, "春节值班", "leader2", "")), "duty.hand-over"));
    c.add(new Case("not cleared", "a 非密 clerk signs for a 机密 document", () -> in.signFor(new IncomingCommands.SignFor(
        "b50", "wu", SELF, doc("收-3", Urgency.NORMAL, SecrecyLevel.SECRET, null))), "wu"));
    c.add(new Case("not cleared", "a 非密 clerk urges a 机密 document", () -> in.urge(new IncomingCommands.Urge("b51", "wu",
        SELF, "收-2", "快")), "wu"));
    c.add(new Case("not cleared", "a 机密 document instructed to a department whose head is 非密", () -> in.instruct(
        new IncomingCommands.Instruct("b52", "zhao", SELF, "收-2", "请办", List.of(), "safety", Optional.empty())),
        "wu"));
    c.add(new Case("not cleared", "a 机密 document read by a 秘密 reader", () -> in.find("收-2", "zhou"), "zhou"));
    c.add(new Case("not authorised", "a clerk extends an incoming document's deadline", () -> in.extendDeadline(
        new IncomingCommands.ExtendDeadline("b53", "wu", SELF, "收-1", "3 working days", "来不及")),
        "incoming.extend-deadline"));
    c.add(new Case("range", "an extension that is a date, not a period", () -> in.extendDeadline(
        new IncomingCommands.ExtendDeadline("b54", "zhao", SELF, "收-1", "by 2026-07-01", "来不及")), "extension"));
    c.add(new Case("blank", "a problem raised with nothing said", () -> office.supervision.raiseProblem(
        new SupervisionCommands.RaiseProblem("b56", "li", SELF, "督-1", " ", Optional.empty())), "problem"));
    c.add(new Case("range", "a registration of more copy numbers than copies", () -> in.register(
        new IncomingCommands.Register("b57", "wu", SELF, "收-1", new IncomingCommands.Particulars(Optional.empty(),
            Optional.empty(), 1, List.of("01", "02"), io.oakit.core.supervision.Importance.GENERAL, Optional.empty()))),
        "particulars.copyNumbers"));
    c.add(new Case("unknown reference", "a problem raised to an area nobody is in charge of", () -> office.supervision
        .raiseProblem(new SupervisionCommands.RaiseProblem("b58", "li", SELF, "督-1", "缺资金", Optional.of("外事"))), "外事"));
    c.add(new Case("unknown reference", "an item reassigned to a unit that is not supervised", () -> office.supervision
        .reassign(new SupervisionCommands.Reassign("b59", "li", SELF, "督-1", "交通居", "转办")), "交通居"));
    c.add(new Case("blank", "an item broken down into a child with nothing to do", () -> office.supervision.breakDown(
        new SupervisionCommands.BreakDown("b60", "li", SELF, "督-1", "督-1-1", " ", io.oakit.core.supervision.Importance
            .GENERAL)), "content"));
    c.add(new Case("range", "scores approved for a thirteenth month", () -> office.supervision.approveScores(
        new SupervisionCommands.ApproveScores("b61", "zhao", SELF, "2026-13", List.of("交通局"))), "period"));
    c.add(new Case("blank", "a petition whose requester has no name", () -> new CaseService(office.ctx, office.supervision)
        .receive(new CaseCommands.Receive("b62", "wu", SELF, "信-b", SupervisionEvents.CaseKind.PETITION,
            new CaseCommands.Requester(" ", "138", ""), "道路破损", "城乡建设", "城关镇",
            io.oakit.core.supervision.Importance.GENERAL)), "requester.name"));
    c.add(new Case("unknown reference", "a contact recorded on an item that is not a case", () -> new CaseService(
        office.ctx, office.supervision).contact(new CaseCommands.Contact("b63", "wu", SELF, "督-1", "已联系")), "督-1"));
    c.add(new Case("blank", "an extension without a reason", () -> in.extendDeadline(
        new IncomingCommands.ExtendDeadline("b55", "zhao", SELF, "收-1", "3 working days", "  ")), "reason"));
    return c;
  }

  /**
   * What the store holds: every audit entry (every change writes one) and every aggregate the cases
   * aim at, with versions.
   */
  private Map<String, String> snapshot() {
    return office.store.inTransaction(u -> {
      Map<String, String> s = new TreeMap<>();
      s.put("audit", u.audit().read(1, Integer.MAX_VALUE).toString());
      s.put("unsealed", u.audit().unsealed(Integer.MAX_VALUE).toString());
      for (AggregateKind kind : AggregateKind.values()) {
        for (String id : List.of("out/发-1", "out/发-9", "out/发-404", "督-1", "督-2", "督-9",
            "supervision/2026-06", "in/收-1", "in/收-2", "in/收-3", "春节值班")) {
          u.aggregates().find(kind, id).ifPresent(a -> s.put(kind + "/" + id, a.version() + ":" + a.payload()));
        }
      }
      return s;
    });
  }

  @TestFactory
  Stream<DynamicTest> everyCaseIsRefusedByNameAndChangesNothing() {
    return cases().stream().map(k -> DynamicTest.dynamicTest(k.category() + ": " + k.name(), () -> {
      Map<String, String> before = snapshot();
      assertThatThrownBy(k.action())
          .as(k.name())
          .isInstanceOf(RuntimeException.class)
          .hasMessageContaining(k.named())
          .satisfies(e -> {
            // a refusal from a workflow service is the library's exception; a bare
            // IllegalArgumentException or NullPointerException may only come from a value's precondition
            if (thrownInWorkflowService(e)) {
              assertThat(e).as(k.name() + " from a workflow service").isInstanceOf(io.oakit.core.OaException.class);
            }
          });
      assertThat(snapshot()).as("storage after: " + k.name()).isEqualTo(before);
    }));
  }

  /**
   * Whether the first frame of OA Kit's own code that threw is in a workflow service (not a test),
   * other than a null argument refused by {@code requireNonNull}.
   */
  private static boolean thrownInWorkflowService(Throwable e) {
    if (e instanceof NullPointerException && e.getStackTrace()[0].getClassName().equals("java.util.Objects")) {
      return false;  // requireNonNull of a method argument: a programming error, named
    }
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("io.oakit.")) {
        return f.getClassName().startsWith("io.oakit.workflow.") && !f.getClassName().contains("Test");
      }
    }
    return false;
  }

  @Test
  void theSnapshotHoldsEveryAggregateTheCasesAimAt() {
    assertThat(snapshot()).containsKeys("DOCUMENT/out/发-1", "DOCUMENT/in/收-1", "SUPERVISION_ITEM/督-1",
        "SUPERVISION_ITEM/督-2", "ROSTER/春节值班");
  }

  @Test
  void theCasesCoverEveryCategoryTheReliabilityPageLists() {
    Map<String, Integer> counts = new TreeMap<>();
    cases().forEach(k -> counts.merge(k.category(), 1, Integer::sum));
    assertThat(counts.keySet()).containsExactlyInAnyOrder("null", "blank", "range", "negative duration",
        "reversed interval", "coverage", "unknown reference", "duplicate id", "state", "oversized", "holiday CSV",
        "contradictory rules", "not authorised", "not cleared");
    System.out.println("BadInputSuiteTest: " + cases().size() + " cases " + counts);
  }
}
