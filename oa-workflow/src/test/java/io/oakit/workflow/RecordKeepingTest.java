package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.document.DocumentProfile;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The record is a record: what one configuration decided and stored reads back identically after
 * every configuration input changed — a new hire, a leave, a corrected calendar, another score card,
 * other routing and authority rules, other duty people, rules and seed — and changes only through
 * the explicit rebase command, which records old and new values.
 */
class RecordKeepingTest {

  private static final Optional<String> SELF = Optional.empty();

  /** Everything a host configures. */
  private record Config(Organization org, WorkCalendar calendar, RuleSet proposals, RuleSet authority, ScoreCard card,
      List<DutyPerson> dutyPeople, List<RosterRule> rosterRules) {}

  /** A host instance built from a configuration over a shared store and clock. */
  private static final class Host {
    final WorkflowContext ctx;
    final SupervisionService supervision;
    final IncomingService incoming;
    final OutgoingService outgoing;
    final DutyService duty;

    Host(Transactor store, Office.TestClock clock, Config c) {
      ctx = new WorkflowContext(store, clock, c.calendar(), c::org, Notifier.NONE);
      supervision = new SupervisionService(ctx, c.card(), () -> Office.SUPERVISED_UNITS);
      incoming = new IncomingService(ctx, DeadlinePolicy.defaults(), c.proposals().compile(),
          CirculationPlanner.defaults(), supervision);
      outgoing = new OutgoingService(ctx, c.authority().compile());
      DutyPlan plan = DutyPlan.builder(c.calendar(), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1))
          .slots(DayCategory.WORKING_DAY, "带班领导", "值班员", "驾驶员").peakDay(LocalDate.of(2026, 2, 16), "除夕").build();
      duty = new DutyService(ctx, plan, c.dutyPeople(), c.rosterRules());
    }
  }

  private static Config original() {
    RuleSet proposals = RuleSet.builder()
        .rule(RoutingRule.of("finance", 5, Condition.areaIn("财务"), Route.to(Target.leaderInCharge("财务"))))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build();
    return new Config(Office.organization(), ChinaCalendars.official(), proposals, Office.AUTHORITY, ScoreCard.defaults(),
        SupervisionAndDutyScenarioTest.people(), List.of(RosterRule.minimumRest(3, true)));
  }

  /** Every input changed after the fact. */
  private static Config changed() {
    Organization org = io.oakit.core.routing.CountyOffice.builder()
        .person("xin", "辛副局长", "leaders", "副局长", 2, SecrecyLevel.SECRET, "局长办公会")  // a new hire
        .away("qian", AbsenceKind.LEAVE, LocalDateTime.of(2026, 5, 1, 0, 0), LocalDateTime.of(2026, 8, 1, 0, 0), null)
        .build();
    // a corrected notice: 2026-06-03 and 2026-02-26 become days off
    WorkCalendar calendar = ChinaCalendars.builder().extraDayOff(LocalDate.of(2026, 6, 3), "更正通知")
        .extraDayOff(LocalDate.of(2026, 2, 26), "更正通知").build();
    RuleSet proposals = RuleSet.builder().defaultRoute(Route.to(Target.role("局长"))).build();
    RuleSet authority = RuleSet.builder().defaultRoute(Route.to(Target.person("sun"))).build();
    ScoreCard card = ScoreCard.builder().base("90").build();
    List<DutyPerson> people = new ArrayList<>();
    for (DutyPerson p : SupervisionAndDutyScenarioTest.people()) {
      people.add(p.id().equals("officer1")
          ? p.withUnavailable(new DutyPerson.DateSpan(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28))) : p);
    }
    people.add(0, DutyPerson.of("newhire", "新同志", "d1", "值班员", "带班领导", "驾驶员"));
    return new Config(org, calendar, proposals, authority, card, people,
        List.of(RosterRule.minimumRest(2, true), RosterRule.maxPerMonth(6, true)));
  }

  /** What a reader sees of every stored decision. */
  private record Snapshot(DocumentProfile incomingProfile, IncomingService.Stage stage, LocalDateTime incomingDue,
      LocalDateTime incomingPeriodEnd, List<List<String>> lanes, List<Record> incomingEvents,
      LocalDateTime itemDue, LocalDateTime itemPeriodEnd, OutgoingService.State outgoing,
      Map<OutgoingEvents.Purpose, List<LocalDateTime>> outgoingDeadlines, List<Record> outgoingEvents,
      SupervisionEvents.ScoresApproved approval, Map<Slot, String> roster, int rosterVersion, List<String> reasons,
      List<?> rosterChanges) {}

  /** The outgoing deadlines as a reader sees them: due and period end, whatever the calendar computes now. */
  private static Map<OutgoingEvents.Purpose, List<LocalDateTime>> outgoingDeadlines(OutgoingService.State s) {
    Map<OutgoingEvents.Purpose, List<LocalDateTime>> m = new java.util.TreeMap<>();
    s.deadlines().forEach((p, c) -> m.put(p, List.of(c.due(), c.periodEnd())));
    return m;
  }

  private static Snapshot read(Host h, Transactor store) {
    IncomingService.State in = h.incoming.find("收-r");
    DeadlineClock d = in.deadline().orElseThrow();
    DeadlineClock itemDeadline = h.supervision.find("督-r").deadline().orElseThrow();
    Roster roster = h.duty.roster("春节值班");
    List<String> reasons = roster.assignments().keySet().stream().map(roster::why).toList();
    List<Record> inEvents = IncomingService.CODEC.decodeAll(store.inTransaction(
        u -> u.aggregates().find(AggregateKind.DOCUMENT, "in/收-r")).orElseThrow().payload());
    List<Record> outEvents = OutgoingService.CODEC.decodeAll(store.inTransaction(
        u -> u.aggregates().find(AggregateKind.DOCUMENT, "out/发-r")).orElseThrow().payload());
    return new Snapshot(in.profile(), in.stage(), d.due(), d.periodEnd(), in.lanes(), inEvents,
        itemDeadline.due(), itemDeadline.periodEnd(), h.outgoing.find("发-r"), outgoingDeadlines(h.outgoing.find("发-r")),
        outEvents,
        h.supervision.approval("2026-06").orElseThrow(), roster.assignments(), roster.version(), reasons,
        roster.changes());
  }

  @Test
  void everyStoredDecisionReadsBackIdenticallyAfterEveryConfigurationInputChanged() {
    Transactor store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    Host a = new Host(store, clock, original());

    // decided under the original configuration
    a.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-r", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "财务")));
    a.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-r"));
    CommandResult proposed = a.incoming.propose(new IncomingCommands.Propose(key(), "li", SELF, "收-r"));
    a.incoming.instruct(new IncomingCommands.Instruct(key(), "qian", SELF, "收-r", "请阅", List.of("zhou", "li"),
        "finance", Optional.empty()));
    a.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-r", ItemSource.LEADER_INSTRUCTION, "落实批示",
        Importance.IMPORTANT));
    a.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-r", "交通局", List.of(), "10 working days",
        0));
    a.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-r", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        "12000"), "X交发"));
    a.outgoing.review(new OutgoingCommands.Review(key(), "li", SELF, "发-r"));
    a.outgoing.signOff(new OutgoingCommands.SignOff(key(), "qian", SELF, "发-r"));
    a.duty.publish(new DutyCommands.Publish(key(), "li", SELF, "春节值班", 2026));
    Roster v1 = a.duty.roster("春节值班");
    Slot eve = v1.assignments().keySet().stream()
        .filter(s -> s.date().equals(LocalDate.of(2026, 2, 16)) && s.role().equals("驾驶员")).findFirst().orElseThrow();
    String free = SupervisionAndDutyScenarioTest.people().stream().filter(p -> p.roles().contains("驾驶员"))
        .filter(p -> v1.dutiesOf(p.id(), eve.date().minusDays(2), eve.date().plusDays(3)).isEmpty())
        .findFirst().orElseThrow().id();
    a.duty.requestOverride(new DutyCommands.RequestOverride(key(), v1.personAt(eve).orElseThrow(), SELF, "春节值班", "r1",
        eve.date(), eve.index(), free, "临时出差"));
    a.duty.approve(new DutyCommands.Approve(key(), "li", SELF, "春节值班", "r1"));
    clock.set(LocalDateTime.of(2026, 6, 12, 10, 0));
    a.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-r", "交通局"));
    a.supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key(), "zhang", SELF, "督-r", "已完成"));
    a.supervision.accept(new SupervisionCommands.Accept(key(), "li", SELF, "督-r", QualityRating.GOOD, true, ""));
    clock.set(LocalDateTime.of(2026, 6, 30, 18, 0));
    a.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局")));
    Snapshot before = read(a, store);

    // another host instance, restarted with every input changed
    Host b = new Host(store, clock, changed());
    Snapshot after = read(b, store);
    // the clocks' working-time budgets are computed from the calendar of the reader; what was decided is compared
    assertThat(after).usingRecursiveComparison().ignoringFields("outgoing.deadlines").isEqualTo(before);
    assertThat(after.outgoingDeadlines()).isNotEmpty();
    assertThat(after.roster()).containsExactlyEntriesOf(before.roster());
    assertThat(after.incomingDue()).isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 30));
    assertThat(after.approval().sheets().get(0).total()).isEqualByComparingTo(before.approval().sheets().get(0).total());
    assertThat(proposed.assigned()).containsExactly("qian");  // decided by the old rules, stored as decided

    // the configuration really did change: the same decisions taken now come out differently
    assertThat(DeadlineClock.start(DeadlinePolicy.defaults().ruleFor(Urgency.NORMAL, DocumentKind.REQUEST),
        changed().calendar(), LocalDateTime.of(2026, 6, 1, 9, 0)).due()).isNotEqualTo(before.incomingDue());
    assertThat(io.oakit.core.roster.RosterGenerator.generate(b.duty.roster("春节值班").plan(), changed().dutyPeople(),
        changed().rosterRules(), 7).assignments()).isNotEqualTo(before.roster());

    // only the explicit command moves a decided deadline, and it records both values
    CommandResult rebased = b.incoming.rebaseDeadline(new IncomingCommands.RebaseDeadline(key(), "li", SELF, "收-r",
        "更正通知: 6月3日放假"));
    assertThat(rebased.state()).isEqualTo("INSTRUCTED");
    IncomingEvents.DeadlineRebased e = (IncomingEvents.DeadlineRebased) IncomingService.CODEC.decodeAll(store
        .inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "in/收-r")).orElseThrow().payload())
        .get(before.incomingEvents().size());
    assertThat(e.previousDue()).isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 30));
    assertThat(e.due()).isEqualTo(LocalDateTime.of(2026, 6, 11, 17, 30));
    assertThat(e.calendarVersion()).isEqualTo(changed().calendar().version()).isNotEqualTo(
        ChinaCalendars.official().version());
    assertThat(b.incoming.find("收-r").deadline().orElseThrow().due()).isEqualTo(LocalDateTime.of(2026, 6, 11, 17, 30));
    assertThat(a.incoming.find("收-r").deadline().orElseThrow().due()).as("every instance reads the rebased record")
        .isEqualTo(LocalDateTime.of(2026, 6, 11, 17, 30));
  }
}
