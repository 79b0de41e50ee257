package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.Reminder;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.Timeliness;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.workflow.SupervisionCommands.Accept;
import io.oakit.workflow.SupervisionCommands.ApproveScores;
import io.oakit.workflow.SupervisionCommands.Assign;
import io.oakit.workflow.SupervisionCommands.Open;
import io.oakit.workflow.SupervisionCommands.ReportCompletion;
import io.oakit.workflow.SupervisionCommands.SignFor;
import io.oakit.workflow.SupervisionCommands.Urge;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SupervisionAndDutyScenarioTest {

  private static final Optional<String> SELF = Optional.empty();

  private static LocalDateTime june(int day, int hour) {
    return LocalDateTime.of(2026, 6, day, hour, 0);
  }

  private static void openAndAssign(Office o, String id) {
    o.supervision.open(new Open(key(), "li", SELF, id, ItemSource.LEADER_INSTRUCTION, "落实县长批示", Importance.IMPORTANT));
    o.supervision.assign(new Assign(key(), "li", SELF, id, "交通局", List.of(), "10 working days", 0));
  }

  @Test
  void anItemUrgedTwiceCompletedLateAndScored() {
    Office o = new Office(june(1, 9));
    openAndAssign(o, "督-1");
    o.at(june(1, 10));
    o.supervision.signFor(new SignFor(key(), "zhang", SELF, "督-1", "交通局"));
    o.at(june(16, 9));
    o.supervision.urge(new Urge(key(), "li", SELF, "督-1", "交通局", UrgingChannel.PHONE, "请抓紧"));
    o.at(june(18, 9));
    o.supervision.urge(new Urge(key(), "li", SELF, "督-1", "交通局", UrgingChannel.ON_SITE, "现场督办"));
    o.at(june(22, 10));
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, "督-1", "已完成"));
    o.supervision.accept(new Accept(key(), "li", SELF, "督-1", QualityRating.GOOD, true, ""));
    assertThat(o.supervision.find("督-1").facts(june(30, 18)).timeliness()).isEqualTo(Timeliness.LATE);
    assertThat(o.sent).filteredOn(n -> n.subject().equals("催办")).hasSize(2);
    o.at(june(30, 18));
    CommandResult approved = o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06",
        List.of("交通局")));
    assertThat(approved.assigned()).containsExactly("交通局");
    // 100 − 4 days × 1.5 − 2 urgings after due × 0.75 + 良 1.5 = 94.00
    SupervisionEvents.ApprovedSheet sheet = o.supervision.approval("2026-06").orElseThrow().sheets().get(0);
    assertThat(sheet.rank()).isEqualTo(1);
    assertThat(sheet.total()).isEqualByComparingTo("94.00");
    assertThat(sheet.lines().stream().map(SupervisionEvents.ApprovedLine::points).reduce(java.math.BigDecimal.ZERO,
        java.math.BigDecimal::add)).isEqualByComparingTo("94.00");
    assertThatThrownBy(() -> o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局"))))
        .hasMessageContaining("already approved");
    assertThatThrownBy(() -> o.supervision.urge(new Urge(key(), "li", SELF, "督-1", "交通局", UrgingChannel.PHONE, "")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot urge in state ACCEPTED");
  }

  @Test
  void remindersAreSentExactlyOnceEvenWhenTwoHostInstancesAskAtOnce() throws Exception {
    Office a = new Office(june(1, 9));
    Office b = a.secondInstance();
    openAndAssign(a, "督-2");
    a.at(june(1, 10));
    a.supervision.signFor(new SignFor(key(), "zhang", SELF, "督-2", "交通局"));
    List<Escalations.Escalation> all = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (LocalDateTime t : List.of(june(9, 9), june(9, 9), june(15, 18), june(17, 18), june(17, 18))) {
      a.at(t);
      Future<List<Escalations.Escalation>> x = pool.submit(() -> a.escalations.due(t));
      Future<List<Escalations.Escalation>> y = pool.submit(() -> b.escalations.due(t));
      all.addAll(x.get());
      all.addAll(y.get());
    }
    pool.shutdown();
    // due Jun 15 17:30: 50 % (Jun 8), 80 % (Jun 11), a working day before (Jun 12), at due, overdue Jun 16 and 17
    assertThat(all).extracting(e -> e.reminder().kind()).containsExactly(Reminder.Kind.FRACTION_USED,
        Reminder.Kind.FRACTION_USED, Reminder.Kind.BEFORE_DUE, Reminder.Kind.AT_DUE, Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE);
    assertThat(all).allSatisfy(e -> assertThat(e.recipients()).containsExactly(Recipient.person("zhang")));
    assertThat(a.escalations.due(june(17, 18))).isEmpty();
  }

  static DutyPlan plan() {
    return DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员", "驾驶员").peakDay(LocalDate.of(2026, 2, 16), "除夕").build();
  }

  static List<DutyPerson> people() {
    List<DutyPerson> people = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      people.add(DutyPerson.of("leader" + i, "领导" + i, "d" + (i % 3), "带班领导"));
      people.add(DutyPerson.of("officer" + i, "干部" + i, "d" + ((i + 1) % 3), "值班员"));
    }
    for (int i = 1; i <= 5; i++) {
      people.add(DutyPerson.of("driver" + i, "司机" + i, "motor", "驾驶员"));
    }
    return people;
  }

  @Test
  void dutyPublishSwapOverrideLogAndWhoIsOnDuty() {
    Office o = new Office(LocalDateTime.of(2026, 2, 10, 9, 0));
    List<RosterRule> rules = List.of(RosterRule.minimumRest(3, true), RosterRule.differentDepartments("带班领导", "值班员", true));
    DutyService duty = new DutyService(o.ctx, plan(), people(), rules);
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "春节值班", 2026));
    Roster v1 = duty.roster("春节值班");
    Slot eve = v1.assignments().keySet().stream().filter(s -> s.date().equals(LocalDate.of(2026, 2, 16)) && s.role().equals("驾驶员"))
        .findFirst().orElseThrow();
    Slot next = v1.assignments().keySet().stream().filter(s -> s.date().equals(LocalDate.of(2026, 2, 17)) && s.role().equals("驾驶员"))
        .findFirst().orElseThrow();
    // swapping the drivers of two consecutive days puts each within 3 days of their other duties: refused
    duty.requestSwap(new DutyCommands.RequestSwap(key(), v1.personAt(eve).orElseThrow(), SELF, "春节值班", "r1",
        eve.date(), eve.index(), next.date(), next.index(), "家中有事"));
    int audit = o.audit().size();
    assertThatThrownBy(() -> duty.approve(new DutyCommands.Approve(key(), "li", SELF, "春节值班", "r1")))
        .isInstanceOf(RosterChangeRefusedException.class).hasMessageContaining("at least 3 days between duties");
    assertThat(o.audit()).hasSize(audit);
    assertThat(duty.roster("春节值班").version()).isEqualTo(1);

    // an override to a driver who is free around that day is approved: version 2
    String free = people().stream().filter(p -> p.roles().contains("驾驶员"))
        .filter(p -> v1.dutiesOf(p.id(), eve.date().minusDays(2), eve.date().plusDays(3)).isEmpty())
        .findFirst().orElseThrow().id();
    duty.requestOverride(new DutyCommands.RequestOverride(key(), v1.personAt(eve).orElseThrow(), SELF, "春节值班", "r2",
        eve.date(), eve.index(), free, "临时出差"));
    assertThat(duty.approve(new DutyCommands.Approve(key(), "li", SELF, "春节值班", "r2"))).satisfies(r -> assertThat(r.state()).isEqualTo("v2"));
    assertThat(duty.roster("春节值班").personAt(eve)).contains(free);

    o.at(LocalDateTime.of(2026, 2, 17, 7, 0));  // before the 08:30 handover: still the eve's duty
    assertThat(duty.onDutyNow("春节值班")).containsEntry(eve, free);
    duty.log(new DutyCommands.Log(key(), free, SELF, "春节值班", "夜间平安，无突发情况"));
    duty.handOver(new DutyCommands.HandOver(key(), free, SELF, "春节值班", v1.personAt(next).orElseThrow(), "车辆已加油"));
    assertThat(duty.dutyLog("春节值班")).extracting(DutyEvents.DutyLogged::text).containsExactly("夜间平安，无突发情况");
    assertThat(o.verifyAudit()).isEmpty();
  }
}
