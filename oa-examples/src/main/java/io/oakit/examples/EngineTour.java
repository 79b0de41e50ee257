package io.oakit.examples;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Fairness;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterEditor;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.CirculationPlan;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.RankedUnit;
import io.oakit.core.supervision.scoring.Ranking;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The part of the demo that shows routing, circulation, supervision scoring and the duty roster. */
final class EngineTour {

  private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 6, 8, 9, 0);

  private EngineTour() {}

  static void run(PrintStream out, WorkCalendar cal) {
    Organization org = Organization.builder()
        .unit("xj", "某县交通运输局")
        .department("leaders", "局领导", "xj", null)
        .department("office", "办公室", "xj", "综合")
        .department("finance", "财务科", "xj", "财务")
        .person("zhao", "赵局长", "leaders", "局长", 1, SecrecyLevel.TOP_SECRET, "局长", "局长办公会")
        .person("qian", "钱副局长", "leaders", "副局长", 2, SecrecyLevel.SECRET, "局长办公会")
        .person("sun", "孙副局长", "leaders", "副局长", 3, SecrecyLevel.CONFIDENTIAL, "局长办公会")
        .person("li", "李主任", "office", "办公室主任", 4, SecrecyLevel.SECRET, "办公室主任")
        .person("zhou", "周科长", "finance", "财务科科长", 5, SecrecyLevel.CONFIDENTIAL)
        .head("office", "li").head("finance", "zhou")
        .inCharge("财务", "qian")
        .deputy("sun", "qian")
        .away("sun", AbsenceKind.TRIP, LocalDateTime.of(2026, 6, 8, 0, 0), LocalDateTime.of(2026, 6, 10, 18, 0), "qian")
        .build();

    out.println("5. Routing a 12,000 yuan expense request by the expense ladder");
    RuleSet rules = RuleSet.builder()
        .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), ApprovalLadder.builder()
            .upToInclusive("1000", Route.to(Target.role("办公室主任")))
            .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
            .upToInclusive("50000", Route.to(Target.role("局长")))
            .above(Route.builder().countersignAll(Target.allWithRole("局长办公会")).build())
            .build()))
        .defaultRoute(Route.to(Target.role("办公室主任")))
        .build();
    DocumentProfile request = DocumentProfile.builder().id("请-2026-031").kind(DocumentKind.REQUEST)
        .issuingUnit("财务科").subject("关于购置执法记录仪的请示").tags("经费").amount("12000").receivedAt(MONDAY).build();
    RoutingDecision decision = rules.compile().route(request, org, MONDAY);
    decision.explanation().forEach(line -> out.println("   " + line));
    out.println();

    out.println("6. Circulating a notice while 孙副局长 is on a trip");
    DocumentProfile notice = DocumentProfile.builder().id("通-2026-107").kind(DocumentKind.NOTICE)
        .issuingUnit("县政府办").subject("关于做好防汛工作的通知").receivedAt(MONDAY).build();
    CirculationPlan plan = CirculationPlanner.defaults().plan(notice, List.of("zhou", "li", "sun", "qian"), org, cal, MONDAY);
    plan.explanation().forEach(line -> out.println("   " + line));
    out.println();

    out.println("7. Scoring June's supervision items");
    List<SupervisionItem> items = new ArrayList<>();
    items.add(item("督-1", Importance.IMPORTANT, "交通局", List.of("财政局"))
        .signFor(MONDAY.minusDays(7).plusHours(1), "交通局", "张科长")
        .signFor(MONDAY.minusDays(4), "财政局", "王科长")
        .urge(LocalDateTime.of(2026, 6, 17, 9, 0), "交通局", UrgingChannel.PHONE, "督查室", "请抓紧办理")
        .reportCompletion(LocalDateTime.of(2026, 6, 22, 10, 0), "已完成")
        .accept(LocalDateTime.of(2026, 6, 22, 16, 0), "李主任", QualityRating.GOOD, true, ""));
    items.add(item("督-2", Importance.GENERAL, "财政局", List.of())
        .signFor(MONDAY.minusDays(7).plusHours(1), "财政局", "王科长")
        .reportCompletion(MONDAY, "已完成")
        .accept(MONDAY.plusHours(6), "李主任", QualityRating.EXCELLENT, true, ""));
    Map<String, ScoreSheet> sheets = Scoring.sheets(ScoreCard.defaults(), AssessmentPeriod.month(YearMonth.of(2026, 6)),
        items, LocalDateTime.of(2026, 6, 30, 18, 0));
    for (RankedUnit r : Ranking.rank(sheets.values())) {
      out.println("   #" + r.rank() + " " + sheets.get(r.unit()).toString().replace("\n", "\n   "));
    }
    out.println();

    out.println("8. The 2026 Spring Festival duty roster (leader, two officers, a driver every day) and a swap");
    DutyPlan duty = DutyPlan.builder(cal, LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员", "值班员", "驾驶员")
        .peakDay(LocalDate.of(2026, 2, 16), "除夕")
        .build();
    List<DutyPerson> people = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      people.add(DutyPerson.of("leader" + i, "领导" + i, "dept" + (i % 4), "带班领导"));
    }
    for (int i = 1; i <= 28; i++) {
      people.add(DutyPerson.of("officer" + i, "干部" + i, "dept" + (i % 4), "值班员"));
    }
    for (int i = 1; i <= 4; i++) {
      people.add(DutyPerson.of("driver" + i, "司机" + i, "motor", "驾驶员"));
    }
    List<RosterRule> dutyRules = List.of(RosterRule.notUnavailable(true), RosterRule.minimumRest(3, true),
        RosterRule.differentDepartments("带班领导", "值班员", true));
    Roster roster = RosterGenerator.generate(duty, people, dutyRules, 2026);
    roster.assignments().forEach((slot, who) -> {
      if (slot.date().isBefore(LocalDate.of(2026, 2, 18))) {
        out.println("   " + slot.date() + " " + slot.category() + " " + slot.role() + " " + who);
      }
    });
    for (Fairness.Pool p : roster.fairness(people).pools()) {
      out.printf("   fairness %s: spread %.1f (lower bound %.1f)%n", p.role(), p.spread(), p.lowerBound());
    }
    Slot eve = slotOf(roster, LocalDate.of(2026, 2, 16), "驾驶员");
    Slot next = slotOf(roster, LocalDate.of(2026, 2, 17), "驾驶员");
    RosterEditor.Outcome swap = new RosterEditor(people, dutyRules)
        .swap(roster, eve, next, roster.personAt(eve).orElseThrow(), "办公室主任", LocalDateTime.of(2026, 2, 10, 10, 0), "家中有事");
    out.println("   swap of the 除夕 and 初一 drivers: " + (swap.allowed() ? "allowed, version " + swap.roster().get().version()
        : "refused — " + swap.violations().get(0)));
  }

  private static SupervisionItem item(String id, Importance importance, String lead, List<String> co) {
    LocalDateTime assigned = MONDAY.minusDays(7);
    return SupervisionItem.register(id, ItemSource.LEADER_INSTRUCTION, "落实县长批示", importance, assigned.minusHours(1), "督查室")
        .assign(assigned, "督查室", lead, co,
            DeadlineClock.start(DeadlineRule.workingDays(10), io.oakit.core.calendar.ChinaCalendars.official(), assigned), 0);
  }

  private static Slot slotOf(Roster roster, LocalDate day, String role) {
    return roster.assignments().keySet().stream().filter(s -> s.date().equals(day) && s.role().equals(role))
        .findFirst().orElseThrow();
  }
}
