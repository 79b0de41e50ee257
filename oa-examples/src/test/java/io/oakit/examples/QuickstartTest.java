package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineStatus;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Fairness;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.Router;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.spi.memory.InMemoryStorage;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/quickstart.md, step by step. */
class QuickstartTest {

  private final Organization org = Organization.builder()
      .unit("xj", "某县交通运输局")
      .department("leaders", "局领导", "xj", null)
      .department("finance", "财务科", "xj", "财务")
      .person("zhao", "赵局长", "leaders", "局长", 1, SecrecyLevel.TOP_SECRET, "局长")
      .person("qian", "钱副局长", "leaders", "副局长", 2, SecrecyLevel.SECRET)
      .person("zhou", "周科长", "finance", "科长", 5, SecrecyLevel.CONFIDENTIAL)
      .head("finance", "zhou")
      .inCharge("财务", "qian")
      .away("qian", AbsenceKind.TRIP, LocalDateTime.of(2026, 6, 8, 0, 0), LocalDateTime.of(2026, 6, 10, 18, 0), "zhao")
      .build();

  private final WorkCalendar cal = ChinaCalendars.official();

  @Test
  void routeADocument() {
    Router router = RuleSet.builder()
        .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), ApprovalLadder.builder()
            .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
            .above(Route.to(Target.role("局长")))
            .build()).withOnAbsent(RoutingRule.AbsencePolicy.DEPUTY))
        .defaultRoute(Route.to(Target.role("局长")))
        .build().compile();
    DocumentProfile request = DocumentProfile.builder().id("请-1").kind(DocumentKind.REQUEST).issuingUnit("财务科")
        .subject("关于购置设备的请示").tags("经费").amount("12000").receivedAt(LocalDateTime.of(2026, 6, 9, 9, 0)).build();
    RoutingDecision decision = router.route(request, org, request.receivedAt());
    assertThat(decision.steps().get(0).assignees().get(0).personId()).isEqualTo("zhao");
    assertThat(decision.owed()).extracting(RoutingDecision.Owed::personId).containsExactly("qian");
  }

  @Test
  void computeADeadline() {
    DeadlineClock clock = DeadlineClock.start(DeadlinePolicy.defaults().ruleFor(Urgency.NORMAL, DocumentKind.REQUEST),
        cal, LocalDateTime.of(2026, 9, 30, 10, 0));
    assertThat(clock.due()).isEqualTo(LocalDateTime.of(2026, 10, 15, 17, 30));
    assertThat(clock.status(LocalDateTime.of(2026, 10, 14, 17, 0))).isEqualTo(DeadlineStatus.APPROACHING);
  }

  @Test
  void generateADutyRoster() {
    DutyPlan plan = DutyPlan.builder(cal, LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员")
        .peakDay(LocalDate.of(2026, 2, 16), "除夕")
        .build();
    List<DutyPerson> people = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      people.add(DutyPerson.of("leader" + i, "领导" + i, "d" + (i % 3), "带班领导"));
      people.add(DutyPerson.of("officer" + i, "干部" + i, "d" + ((i + 1) % 3), "值班员"));
    }
    Roster roster = RosterGenerator.generate(plan, people, List.of(RosterRule.minimumRest(3, true)), 2026);
    assertThat(roster.assignments()).hasSize(30);
    assertThat(roster.fairness(people).pools()).extracting(Fairness.Pool::role).containsExactlyInAnyOrder("带班领导", "值班员");
  }

  @Test
  void plugInYourStorage() {
    WorkflowContext ctx = new WorkflowContext(new InMemoryStorage(), Clock.systemDefaultZone(), cal, () -> org,
        notification -> { });
    SupervisionService supervision = new SupervisionService(ctx, ScoreCard.defaults());
    supervision.open(new SupervisionCommands.Open("cmd-1", "zhao", Optional.empty(), "督-1",
        ItemSource.LEADER_INSTRUCTION, "落实县长批示", Importance.IMPORTANT));
    assertThat(supervision.find("督-1").state()).isEqualTo(ItemState.REGISTERED);
  }

  @Test
  void storeInADatabase() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1");   // or jdbc:postgresql://…
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcStorage store = JdbcStorage.create(pool);     // creates or upgrades its tables (Flyway)
      WorkflowContext ctx = new WorkflowContext(store, Clock.systemDefaultZone(), cal, () -> org, notification -> { });
      SupervisionService supervision = new SupervisionService(ctx, ScoreCard.defaults());
      supervision.open(new SupervisionCommands.Open("cmd-1", "zhao", Optional.empty(), "督-1",
          ItemSource.LEADER_INSTRUCTION, "落实县长批示", Importance.IMPORTANT));
      assertThat(supervision.find("督-1").state()).isEqualTo(ItemState.REGISTERED);
    }
  }
}
