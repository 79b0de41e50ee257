package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The duty office's records (值班): the roster reported upwards (报备) by its deadline and reminded until it is,
 * and a structured duty log (值班记录) whose urgent incidents reach the 带班领导 at once, the caller kept out of the
 * audit log.
 */
class DutyRecordsTest {

  private static final Optional<String> SELF = Optional.empty();

  private static DutyService duty(Office o) {
    return new DutyService(o.ctx, SupervisionAndDutyScenarioTest.plan(), SupervisionAndDutyScenarioTest.people(),
        List.of(RosterRule.minimumRest(3, true)));
  }

  @Test
  void aHolidayRosterIsReportedUpwardsByItsDeadlineAndRemindedUntilItIs() {
    Office o = new Office(LocalDateTime.of(2026, 2, 2, 9, 0));
    DutyService duty = duty(o);
    assertThatThrownBy(() -> new DutyService(o.ctx, SupervisionAndDutyScenarioTest.plan(),
        SupervisionAndDutyScenarioTest.people(), List.of(), -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reportWorkingDaysBefore");
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "春节值班", 2026));
    DutyEvents.RosterPublished published = (DutyEvents.RosterPublished) DutyService.CODEC.decodeAll(o.store
        .inTransaction(u -> u.aggregates().find(io.oakit.spi.AggregateKind.ROSTER, "春节值班")).orElseThrow().payload())
        .get(0);
    // the plan begins on Saturday 2026-02-14 (a 调休 working day): 3 working days before is Wednesday 02-11
    LocalDateTime due = published.reportDue().orElseThrow();
    assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 11));
    // at due the publisher is reminded
    o.at(due);
    assertThat(o.escalations.due(due)).filteredOn(e -> e.aggregateId().equals("春节值班"))
        .flatExtracting(Escalations.Escalation::recipients).extracting(Recipient::id).containsOnly("li");
    duty.reportUpward(new DutyCommands.ReportUpward(key(), "li", SELF, "春节值班", "县委办公室值班室", "系统报送"));
    assertThatThrownBy(() -> duty.reportUpward(new DutyCommands.ReportUpward(key(), "li", SELF, "春节值班",
        "县委办公室值班室", "再报"))).isInstanceOf(CommandRefusedException.class).hasMessageContaining("reported already");
    assertThat(o.escalations.due(due.plusDays(3))).filteredOn(e -> e.aggregateId().equals("春节值班")).isEmpty();
    // a later swap keeps it reported
    assertThat(o.events).filteredOn(DutyEvents.ReportedUpward.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((DutyEvents.ReportedUpward) e).to()).isEqualTo("县委办公室值班室"));
  }

  @Test
  void anUrgentIncidentLoggedOnDutyReachesTheLeaderOnDutyAtOnceAndTheCallerStaysOutOfTheAuditLog() {
    Office o = new Office(LocalDateTime.of(2026, 2, 10, 9, 0));
    DutyService duty = duty(o);
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "春节值班", 2026));
    o.at(LocalDateTime.of(2026, 2, 16, 22, 0));  // 除夕 night
    Roster roster = duty.roster("春节值班");
    Map<Slot, String> now = duty.onDutyNow("春节值班");
    String officer = now.entrySet().stream().filter(e -> e.getKey().role().equals("值班员")).findFirst().orElseThrow()
        .getValue();
    String leader = now.entrySet().stream().filter(e -> e.getKey().role().equals("带班领导")).findFirst().orElseThrow()
        .getValue();
    assertThat(roster.version()).isEqualTo(1);
    o.sent.clear();
    duty.log(new DutyCommands.Log(key(), officer, SELF, "春节值班", "城关镇某小区燃放烟花引发火情",
        Optional.of(LocalDateTime.of(2026, 2, 16, 21, 40)), Optional.of("王某 139-0000-5678"),
        Optional.of("已通知消防，现场扑灭"), Optional.of("县应急局"), true));
    assertThat(o.sent).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo(leader);
      assertThat(n.subject()).isEqualTo("紧急情况");
      assertThat(n.text()).contains("火情").contains("已通知消防").doesNotContain("王某");
    });
    DutyEvents.DutyLogged entry = duty.dutyLog("春节值班").get(0);
    assertThat(entry.caller()).contains("王某 139-0000-5678");
    assertThat(entry.reportedTo()).contains("县应急局");
    assertThat(o.audit()).allSatisfy(a -> assertThat(a.detail()).doesNotContain("王某"));
    assertThat(o.events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("王某"));
    // a plain entry tells nobody; an incident cannot have happened in the future; someone off duty may not log
    duty.log(new DutyCommands.Log(key(), officer, SELF, "春节值班", "平安"));
    assertThat(o.sent).hasSize(1);
    assertThatThrownBy(() -> duty.log(new DutyCommands.Log(key(), officer, SELF, "春节值班", "x",
        Optional.of(LocalDateTime.of(2026, 2, 17, 1, 0)), Optional.empty(), Optional.empty(), Optional.empty(), false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("occurredAt");
    assertThatThrownBy(() -> duty.log(new DutyCommands.Log(key(), "li", SELF, "春节值班", "x")))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void aPublishedRosterIsRePlannedFromADayWhenAnOfficerFallsIllAndOnlyTheirDutiesChange() {
    Office o = new Office(LocalDateTime.of(2026, 2, 10, 9, 0));
    DutyService duty = duty(o);
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "春节值班", 2026));
    Roster before = duty.roster("春节值班");
    LocalDate from = LocalDate.of(2026, 2, 17);
    String ill = before.assignments().entrySet().stream().filter(e -> e.getKey().date().equals(from.plusDays(1))
        && e.getKey().role().equals("值班员")).findFirst().orElseThrow().getValue();
    // the host's duty list now has the officer away for a week from the day
    List<io.oakit.core.roster.DutyPerson> now = SupervisionAndDutyScenarioTest.people().stream()
        .map(p -> p.id().equals(ill) ? p.withUnavailable(new io.oakit.core.roster.DutyPerson.DateSpan(from,
            from.plusDays(6))) : p).toList();
    DutyService later = new DutyService(o.ctx, SupervisionAndDutyScenarioTest.plan(), now,
        List.of(RosterRule.minimumRest(3, true)));
    o.sent.clear();
    String k = key();
    later.replan(new DutyCommands.Replan(k, "li", SELF, "春节值班", from, 2026, ill + " 病假"));
    Roster after = later.roster("春节值班");
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.changes()).last().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(io.oakit.core.roster.RosterChange.Kind.REPLAN);
      assertThat(c.reason()).isEqualTo(ill + " 病假");
    });
    List<Slot> theirs = before.assignments().entrySet().stream().filter(e -> e.getValue().equals(ill)
        && !e.getKey().date().isBefore(from) && !e.getKey().date().isAfter(from.plusDays(6))).map(Map.Entry::getKey)
        .toList();
    assertThat(theirs).isNotEmpty();
    for (Slot s : before.assignments().keySet()) {
      if (theirs.contains(s)) {
        assertThat(after.personAt(s)).isPresent().isNotEqualTo(Optional.of(ill));
      } else {
        assertThat(after.personAt(s)).as("%s", s).isEqualTo(before.personAt(s));
      }
    }
    // the ill officer and whoever took their duties are told
    assertThat(o.sent).extracting(n -> n.recipient().id()).contains(ill)
        .containsAll(theirs.stream().map(s -> after.personAt(s).orElseThrow()).toList());
    assertThat(o.events).filteredOn(DutyEvents.RosterReplanned.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((DutyEvents.RosterReplanned) e).assignments()).hasSize(theirs.size()));
    // the same command again changes nothing; a re-plan is for those who approve changes
    later.replan(new DutyCommands.Replan(k, "li", SELF, "春节值班", from, 2026, ill + " 病假"));
    assertThat(later.roster("春节值班").version()).isEqualTo(2);
    assertThatThrownBy(() -> later.replan(new DutyCommands.Replan(key(), "officer1", SELF, "春节值班", from, 2026, "x")))
        .isInstanceOf(NotAuthorizedException.class);
    assertThat(later.roster("春节值班").version()).isEqualTo(2);
  }

  @Test
  void theOrganisationsAbsencesKeepAPersonOffDutyWithoutTheHostCopyingThem() {
    // 孙副局长 is on a trip Jun 8–10 in the organisation; the duty list names him like anyone else
    Office o = new Office(LocalDateTime.of(2026, 6, 1, 9, 0));
    io.oakit.core.roster.DutyPlan plan = io.oakit.core.roster.DutyPlan.builder(io.oakit.core.calendar.ChinaCalendars
        .official(), LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 15))
        .slots(io.oakit.core.roster.DayCategory.WORKING_DAY, "带班领导")
        .slots(io.oakit.core.roster.DayCategory.WEEKEND, "带班领导").slots(io.oakit.core.roster.DayCategory.HOLIDAY, "带班领导")
        .build();
    List<io.oakit.core.roster.DutyPerson> leaders = List.of(
        io.oakit.core.roster.DutyPerson.of("zhao", "赵局长", "leaders", "带班领导"),
        io.oakit.core.roster.DutyPerson.of("qian", "钱副局长", "leaders", "带班领导"),
        io.oakit.core.roster.DutyPerson.of("sun", "孙副局长", "leaders", "带班领导"));
    DutyService duty = new DutyService(o.ctx, plan, leaders, List.of());
    for (long seed = 1; seed <= 5; seed++) {
      String id = "周值班-" + seed;
      duty.publish(new DutyCommands.Publish(key(), "li", SELF, id, seed));
      assertThat(duty.roster(id).assignments()).noneSatisfy((slot, person) -> {
        assertThat(person).isEqualTo("sun");
        assertThat(slot.date()).isBetween(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 10));
      });
      assertThat(duty.roster(id).assignments()).containsValue("sun");  // on other days he takes his turn
    }
    // putting him on duty during the trip is refused
    Slot jun9 = duty.roster("周值班-1").assignments().keySet().stream()
        .filter(sl -> sl.date().equals(LocalDate.of(2026, 6, 9))).findFirst().orElseThrow();
    String holder = duty.roster("周值班-1").personAt(jun9).orElseThrow();
    duty.requestOverride(new DutyCommands.RequestOverride(key(), holder, SELF, "周值班-1", "r1", jun9.date(), jun9.index(),
        "sun", "临时有事"));
    assertThatThrownBy(() -> duty.approve(new DutyCommands.Approve(key(), "li", SELF, "周值班-1", "r1")))
        .isInstanceOf(RosterChangeRefusedException.class).hasMessageContaining("unavailable");
  }

  @Test
  void aDaytimeInspectionTeamIsOnDutyInItsOwnHoursAndHandsOverToTheNextWorkingDay() {
    Office o = new Office(LocalDateTime.of(2026, 9, 18, 9, 0));
    io.oakit.core.roster.DutyPlan plan = io.oakit.core.roster.DutyPlan.builder(io.oakit.core.calendar.ChinaCalendars
        .official(), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 1))
        .slots(io.oakit.core.roster.DayCategory.WORKING_DAY, "中层干部", "工作人员", "驾驶员").workingDaysOnly()
        .daytime(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30)).build();
    List<io.oakit.core.roster.DutyPerson> people = new java.util.ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      people.add(io.oakit.core.roster.DutyPerson.of("m" + i, "中层" + i, "d" + i, "中层干部"));
      people.add(io.oakit.core.roster.DutyPerson.of("s" + i, "干部" + i, "d" + i, "工作人员"));
      people.add(io.oakit.core.roster.DutyPerson.of("v" + i, "司机" + i, "motor", "驾驶员"));
    }
    DutyService duty = new DutyService(o.ctx, plan, people, List.of(RosterRule.minimumRest(1, true)));
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "巡查", 3));
    o.at(LocalDateTime.of(2026, 9, 24, 10, 0));  // Thursday morning: the team of the day
    assertThat(duty.onDutyNow("巡查")).hasSize(3)
        .allSatisfy((slot, p) -> assertThat(slot.date()).isEqualTo(LocalDate.of(2026, 9, 24)));
    o.at(LocalDateTime.of(2026, 9, 24, 20, 0));  // the evening: nobody
    assertThat(duty.onDutyNow("巡查")).isEmpty();
    // Thursday afternoon the team hands over to Monday's (Friday is 中秋, then the weekend)
    o.at(LocalDateTime.of(2026, 9, 24, 17, 0));
    Map<Slot, String> now = duty.onDutyNow("巡查");
    String member = now.values().iterator().next();
    Roster roster = duty.roster("巡查");
    String monday = roster.assignments().entrySet().stream()
        .filter(e -> e.getKey().date().equals(LocalDate.of(2026, 9, 28))).findFirst().orElseThrow().getValue();
    duty.handOver(new DutyCommands.HandOver(key(), member, SELF, "巡查", monday, "巡查记录已交"));
  }
}
