package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.calendar.CalendarCoverageException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.memory.InMemoryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An office that must answer a citizen on 2026-12-28: deadlines past the published year are decided
 * provisionally and say so, the 2027 notice is loaded while the host runs, and the open deadlines are
 * re-based — each change an event, the handlers told, closed work untouched, a second run a no-op.
 */
class TurnOfTheYearTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime DEC_28 = LocalDateTime.of(2026, 12, 28, 10, 0);

  static String hypothetical2027() {
    try (InputStream in = TurnOfTheYearTest.class.getResourceAsStream("holiday-cn-2027-hypothetical.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static OfficeCalendar provisional() {
    return OfficeCalendar.stored(() -> ChinaCalendars.builder().provisionalThrough(Year.of(2050)));
  }

  static CalendarCommands.LoadHolidays load2027(String actor) {
    return new CalendarCommands.LoadHolidays(key(), actor, SELF, 2027, CalendarCommands.Format.HOLIDAY_CN_JSON,
        hypothetical2027(), "国务院办公厅关于2027年部分节假日安排的通知 (hypothetical, for the test)",
        LocalDate.of(2026, 12, 29), "holiday-cn 2027.json");
  }

  @Test
  void strictRefusesAndProvisionalAnswersSayingSo() {
    Office strict = new Office(new InMemoryStorage(), new Office.TestClock(DEC_28));
    strict.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-1", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "财务")));
    assertThatThrownBy(() -> strict.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-1")))
        .isInstanceOf(CalendarCoverageException.class);

    Office o = new Office(new InMemoryStorage(), new Office.TestClock(DEC_28), provisional());
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-1", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "财务")));
    o.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-1"));
    // 7 working days from Mon 12-28: 29, 30, 31, (元旦 Fri 01-01 assumed off), 01-04, 05, 06, 07
    var deadline = o.incoming.find("收-1").deadline().orElseThrow();
    assertThat(deadline.due()).isEqualTo(LocalDateTime.of(2027, 1, 7, 17, 30));
    assertThat(deadline.isProvisional()).isTrue();
    IncomingEvents.DocumentRegistered registered = (IncomingEvents.DocumentRegistered) events(o, "in/收-1").get(1);
    assertThat(registered.assumedYears()).containsExactly(2027);
  }

  @Test
  void theNoticeIsLoadedWhileTheHostRunsAndTheOpenDeadlinesAreRebased() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(DEC_28);
    Office o = new Office(store, clock, provisional());
    // incoming, 7 working days: due 2027-01-07 under either calendar
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-1", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "财务")));
    o.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-1"));
    // supervision, 30 working days: assumed 2027-02-11 (春节 02-05..08 off); the notice works Sun 01-31 and
    // is off 02-05..12, so 2027-02-16
    open(o, "督-1", "30 working days");
    // a cancelled item: never touched
    open(o, "督-2", "30 working days");
    o.supervision.cancel(new SupervisionCommands.Cancel(key(), "li", SELF, "督-2", "撤销"));
    // an outgoing draft due by 除夕: the working day before it, under either calendar
    o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-1", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "综合"), "X交发", Optional.of("by 2027-02-05")));
    assertThat(o.supervision.find("督-1").deadline().orElseThrow().due()).isEqualTo(LocalDateTime.of(2027, 2, 11, 17, 30));
    assertThat(o.outgoing.find("发-1").deadlines().get(OutgoingEvents.Purpose.DRAFT).due())
        .isEqualTo(LocalDateTime.of(2027, 2, 4, 17, 30));
    List<Record> closedBefore = events(store, AggregateKind.SUPERVISION_ITEM, "督-2");

    // the notice arrives: a clerk may not load it, a malformed file is refused naming the field
    assertThatThrownBy(() -> o.calendar.load(load2027("wu"))).isInstanceOf(NotAuthorizedException.class);
    CalendarCommands.LoadHolidays bad = new CalendarCommands.LoadHolidays(key(), "li", SELF, 2027,
        CalendarCommands.Format.HOLIDAY_CN_JSON, "{\"year\":2027,\"days\":[{\"name\":\"元旦\"}]}", "t",
        LocalDate.of(2026, 12, 29), "s");
    assertThatThrownBy(() -> o.calendar.load(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("content").hasMessageContaining("/days/0/date");
    assertThatThrownBy(() -> o.calendar.load(new CalendarCommands.LoadHolidays(key(), "li", SELF, 2028,
        CalendarCommands.Format.HOLIDAY_CN_JSON, hypothetical2027(), "t", LocalDate.of(2026, 12, 29), "s")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not 2028");
    assertThat(o.calendar.notices()).isEmpty();
    String provisionalVersion = o.ctx.calendar().version();

    clock.set(LocalDateTime.of(2026, 12, 29, 9, 0));
    CommandResult loaded = o.calendar.load(load2027("li"));
    assertThat(o.calendar.notices()).singleElement().satisfies(n -> {
      assertThat(n.noticeTitle()).startsWith("国务院办公厅关于2027年部分节假日安排的通知");
      assertThat(n.noticeDate()).isEqualTo(LocalDate.of(2026, 12, 29));
      assertThat(n.source()).isEqualTo("holiday-cn 2027.json");
    });
    assertThat(loaded.state()).isNotEqualTo(provisionalVersion);

    // another host instance over the same store: its next command decides on the new calendar, no restart
    Office other = new Office(store, clock, provisional());
    assertThat(other.ctx.calendar().version()).isEqualTo(provisionalVersion);  // nothing read yet
    other.incoming.find("收-1");  // a query reads the calendar in force too
    assertThat(other.ctx.calendar().version()).isEqualTo(loaded.state());
    other.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-2", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "财务")));
    other.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-2"));
    IncomingEvents.DocumentRegistered fresh = (IncomingEvents.DocumentRegistered) events(o, "in/收-2").get(1);
    assertThat(fresh.calendarVersion()).isEqualTo(loaded.state());
    assertThat(fresh.assumedYears()).isEmpty();
    // decided deadlines did not move on their own
    assertThat(o.supervision.find("督-1").deadline().orElseThrow().due()).isEqualTo(LocalDateTime.of(2027, 2, 11, 17, 30));

    // the re-base: only 办公室主任 or a leader
    assertThatThrownBy(() -> o.calendar.rebaseDeadlines(new CalendarCommands.RebaseDeadlines(key(), "wu", SELF, "2027")))
        .isInstanceOf(NotAuthorizedException.class);
    o.sent.clear();
    CalendarService.Rebased r = o.calendar.rebaseDeadlines(new CalendarCommands.RebaseDeadlines(key(), "li", SELF,
        "2027年节假日安排通知已发布"));
    assertThat(r.calendarVersion()).isEqualTo(loaded.state());
    assertThat(r.recomputed()).containsExactlyInAnyOrder(new CalendarService.Ref(CalendarService.Of.INCOMING, "收-1"),
        new CalendarService.Ref(CalendarService.Of.OUTGOING, "发-1"),
        new CalendarService.Ref(CalendarService.Of.SUPERVISION, "督-1"));
    assertThat(r.moved()).containsExactly(new CalendarService.Ref(CalendarService.Of.SUPERVISION, "督-1"));
    var item = o.supervision.find("督-1").deadline().orElseThrow();
    assertThat(item.due()).isEqualTo(LocalDateTime.of(2027, 2, 16, 17, 30));
    assertThat(item.isProvisional()).isFalse();
    SupervisionEvents.ItemDeadlineRebased change = (SupervisionEvents.ItemDeadlineRebased) last(
        events(store, AggregateKind.SUPERVISION_ITEM, "督-1"));
    assertThat(change.previousDue()).isEqualTo(LocalDateTime.of(2027, 2, 11, 17, 30));
    assertThat(change.due()).isEqualTo(LocalDateTime.of(2027, 2, 16, 17, 30));
    assertThat(change.reason()).isEqualTo("2027年节假日安排通知已发布");
    assertThat(change.by()).isEqualTo("li");
    assertThat(change.assumedYears()).isEmpty();
    // the handler is told; nobody is told of a due instant that did not move
    assertThat(o.sent).extracting(n -> n.recipient().key()).containsExactly("unit:交通局");
    assertThat(o.sent.get(0).text()).contains("2027-02-11T17:30", "2027-02-16T17:30");
    // the incoming deadline did not move, but it is now decided on the published calendar
    IncomingEvents.DeadlineRebased in = (IncomingEvents.DeadlineRebased) last(events(o, "in/收-1"));
    assertThat(in.previousDue()).isEqualTo(in.due());
    assertThat(o.incoming.find("收-1").deadline().orElseThrow().isProvisional()).isFalse();
    // the closed item is untouched
    assertThat(events(store, AggregateKind.SUPERVISION_ITEM, "督-2")).isEqualTo(closedBefore);

    // running it again changes nothing
    CalendarService.Rebased again = o.calendar.rebaseDeadlines(new CalendarCommands.RebaseDeadlines(key(), "li", SELF,
        "again"));
    assertThat(again.recomputed()).isEmpty();
    assertThat(again.moved()).isEmpty();
  }

  @Test
  void aFixedCalendarCannotTakeNotices() {
    Office o = new Office(new InMemoryStorage(), new Office.TestClock(DEC_28));
    assertThatThrownBy(() -> o.calendar.load(load2027("li"))).isInstanceOf(CommandRefusedException.class)
        .hasMessageContaining("OfficeCalendar.stored");
  }

  @Test
  void outgoingCountersignsHaveDeadlinesAndReminders() {
    Office o = new Office(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0)));
    o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-2", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "综合"), "X交发"));
    // the draft's deadline from the table: 平件 7 working days from Mon 06-01 (端午 Fri 06-19 not reached)
    assertThat(o.outgoing.find("发-2").deadlines().get(OutgoingEvents.Purpose.DRAFT).due())
        .isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 30));
    o.outgoing.startCountersign(new OutgoingCommands.StartCountersign(key(), "li", SELF, "发-2",
        io.oakit.core.routing.Stage.Mode.PARALLEL, List.of("zhou", "qian"), 0));
    // 会签 3 working days by default
    OutgoingService.State s = o.outgoing.find("发-2");
    assertThat(s.runningDeadline().orElseThrow().due()).isEqualTo(LocalDateTime.of(2026, 6, 4, 9, 0).withHour(17)
        .withMinute(30));
    // the reminder of an overdue countersign reaches the signers who have not signed
    o.outgoing.countersign(new OutgoingCommands.Countersign(key(), "zhou", SELF, "发-2", "同意"));
    o.at(LocalDateTime.of(2026, 6, 5, 18, 0));
    List<Escalations.Escalation> sent = o.escalations.due(LocalDateTime.of(2026, 6, 5, 18, 0));
    assertThat(sent).isNotEmpty().allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo("out/发-2"));
    assertThat(sent).flatExtracting(Escalations.Escalation::recipients).extracting(Recipient::key)
        .containsOnly("person:qian");
    // a countersign with its own time limit; a bad one is refused naming the field
    assertThatThrownBy(() -> o.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-3", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "综合"), "X交发", Optional.of("soon")))).hasMessageContaining("deadlineRule");
  }

  @Test
  void aMonthlyProgressDutyReportsTheMissedMonths() {
    Office o = new Office(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 3, 16, 9, 0)));
    open(o, "督-m", "by 2026-09-30");
    o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-m", "交通局"));
    assertThatThrownBy(() -> o.supervision.setProgressDuty(new SupervisionCommands.SetProgressDuty(key(), "li", SELF,
        "督-m", "10 working days"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("rule");
    o.supervision.setProgressDuty(new SupervisionCommands.SetProgressDuty(key(), "li", SELF, "督-m",
        "at least 1 time every month"));
    o.at(LocalDateTime.of(2026, 3, 20, 10, 0));
    o.supervision.reportProgress(new SupervisionCommands.ReportProgress(key(), "zhang", SELF, "督-m", "交通局", "三月进展"));
    o.at(LocalDateTime.of(2026, 5, 6, 10, 0));
    o.supervision.reportProgress(new SupervisionCommands.ReportProgress(key(), "zhang", SELF, "督-m", "交通局", "五月进展"));
    // March met (from 03-16), April missed (due Thursday 04-30), May met, June open
    assertThat(o.supervision.progressDuty("督-m", "li", LocalDateTime.of(2026, 6, 2, 9, 0)))
        .extracting(p -> p.first() + " " + p.standing())
        .containsExactly("2026-03-16 MET", "2026-04-01 MISSED", "2026-05-01 MET", "2026-06-01 OPEN");
  }

  @Test
  void theNewYearDutyPlanIsPublishedProvisionallyAndSaysSo() {
    Office o = new Office(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 12, 4, 9, 0)));
    assertThatThrownBy(() -> newYear(ChinaCalendars.official())).isInstanceOf(CalendarCoverageException.class);
    io.oakit.core.roster.DutyPlan plan = newYear(ChinaCalendars.provisional());
    assertThat(plan.category(LocalDate.of(2027, 1, 1))).isEqualTo(io.oakit.core.roster.DayCategory.HOLIDAY);
    assertThat(plan.provisionalYears()).containsExactly(2027);
    DutyService duty = new DutyService(o.ctx, plan, SupervisionAndDutyScenarioTest.people(),
        List.of(io.oakit.core.roster.RosterRule.minimumRest(1, true)));
    duty.publish(new DutyCommands.Publish(key(), "li", SELF, "元旦值班", 2027));
    DutyEvents.RosterPublished published = (DutyEvents.RosterPublished) DutyService.CODEC.decodeAll(o.store.inTransaction(
        u -> u.aggregates().find(AggregateKind.ROSTER, "元旦值班")).orElseThrow().payload()).get(0);
    assertThat(published.assumedYears()).containsExactly(2027);
  }

  private static io.oakit.core.roster.DutyPlan newYear(io.oakit.core.calendar.WorkCalendar cal) {
    return io.oakit.core.roster.DutyPlan.builder(cal, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 5))
        .slots(io.oakit.core.roster.DayCategory.WORKING_DAY, "带班领导", "值班员", "驾驶员")
        .slots(io.oakit.core.roster.DayCategory.HOLIDAY, "带班领导", "值班员", "驾驶员")
        .slots(io.oakit.core.roster.DayCategory.WEEKEND, "带班领导", "值班员", "驾驶员").build();
  }

  private static void open(Office o, String id, String rule) {
    o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, id, ItemSource.LEADER_INSTRUCTION, "落实" + id,
        Importance.MAJOR));
    o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, id, "交通局", List.of(), rule, 0));
  }

  private static List<Record> events(Office o, String id) {
    return events(o.store, AggregateKind.DOCUMENT, id);
  }

  private static List<Record> events(io.oakit.spi.Transactor store, AggregateKind kind, String id) {
    String payload = store.inTransaction(u -> u.aggregates().find(kind, id)).orElseThrow().payload();
    return (kind == AggregateKind.SUPERVISION_ITEM ? SupervisionService.CODEC
        : id.startsWith("in/") ? IncomingService.CODEC : OutgoingService.CODEC).decodeAll(payload);
  }

  private static Record last(List<Record> events) {
    return events.get(events.size() - 1);
  }
}
