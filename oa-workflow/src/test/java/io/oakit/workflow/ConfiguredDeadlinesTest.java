package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.OfficeHours;
import io.oakit.core.calendar.RegionalHolidays;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.calendar.WorkingHours;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.deadline.ExtensionPolicy;
import io.oakit.core.deadline.ExtensionRefusedException;
import io.oakit.core.deadline.Reminder;
import io.oakit.core.deadline.ReminderPolicy;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.memory.InMemoryStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The deadline configuration an administrator keeps as documents — limits on extensions (延期), reminders,
 * office hours and regional holidays — read in force on the day of each command, and kept by what was
 * decided under them: a later version changes new documents, never earlier ones.
 */
class ConfiguredDeadlinesTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final ExtensionPolicy ONE_OF_FIVE_DAYS = ExtensionPolicy.atMost(1, DeadlineRule.workingDays(5));
  private static final ReminderPolicy AT_DUE_ONLY = new ReminderPolicy(List.of(), List.of(), true, 0, 0.8);

  /** A host whose incoming and outgoing services read their policies from stored versions. */
  private static final class Host {
    final Office office;
    final ConfigurationService configurations;
    final IncomingService incoming;
    final OutgoingService outgoing;

    Host(LocalDateTime start, OfficeCalendar calendar) {
      office = new Office(new InMemoryStorage(), new Office.TestClock(start), calendar);
      configurations = new ConfigurationService(office.ctx);
      RuleSet proposals = RuleSet.builder()
          .rule(RoutingRule.of("finance", 5, Condition.areaIn("财务"), Route.to(Target.leaderInCharge("财务"))))
          .defaultRoute(Route.to(Target.role("办公室主任"))).build();
      incoming = new IncomingService(office.ctx, DeadlinePolicy.defaults(), proposals.compile(),
          CirculationPlanner.defaults(), office.supervision,
          configurations.extensionPolicies("incoming", ExtensionPolicy.unlimited()),
          configurations.reminderPolicies("incoming", ReminderPolicy.defaults()));
      outgoing = new OutgoingService(office.ctx, Office.AUTHORITY.compile(), DeadlinePolicy.defaults(),
          OutgoingService.COUNTERSIGN_DEFAULT, configurations.reminderPolicies("outgoing", ReminderPolicy.defaults()));
    }

    Host(LocalDateTime start) {
      this(start, OfficeCalendar.fixed(ChinaCalendars.official()));
    }

    void save(String format, String name, LocalDate from, String json) {
      configurations.save(new ConfigurationCommands.SaveVersion(key(), "li", SELF, format, name, from, json, ""));
    }

    void receive(String id) {
      incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc(id, Urgency.NORMAL,
          SecrecyLevel.UNCLASSIFIED, null, "财务")));
      incoming.register(new IncomingCommands.Register(key(), "wu", SELF, id));
    }

    IncomingEvents.DocumentRegistered registered(String id) {
      return (IncomingEvents.DocumentRegistered) IncomingService.CODEC.decodeAll(office.store.inTransaction(u ->
          u.aggregates().find(AggregateKind.DOCUMENT, "in/" + id)).orElseThrow().payload()).get(1);
    }

    long version(String id) {
      return office.store.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, id)).orElseThrow().version();
    }

    IncomingCommands.ExtendDeadline extend(String actor, String id, String by) {
      return new IncomingCommands.ExtendDeadline(key(), actor, SELF, id, by, "需征求财政局意见");
    }
  }

  @Test
  void anIncomingDocumentKeepsTheExtensionLimitsAndRemindersItWasRegisteredUnder() {
    Host h = new Host(LocalDateTime.of(2026, 6, 1, 9, 0));
    h.save(Configuration.EXTENSION_POLICY, "incoming", LocalDate.of(2026, 6, 1), Configuration.write(ONE_OF_FIVE_DAYS));
    h.save(Configuration.REMINDER_POLICY, "incoming", LocalDate.of(2026, 6, 1), Configuration.write(AT_DUE_ONLY));
    h.receive("收-1");
    assertThat(h.registered("收-1").extensionPolicy()).hasValue(Configuration.write(ONE_OF_FIVE_DAYS));
    assertThat(h.registered("收-1").reminderPolicy()).hasValue(Configuration.write(AT_DUE_ONLY));
    DeadlineClock registered = h.incoming.find("收-1").deadline().orElseThrow();
    assertThat(registered.reminders()).extracting(Reminder::kind).containsExactly(Reminder.Kind.AT_DUE);

    // from Jun 2 the office allows any number of extensions and the usual reminders
    h.save(Configuration.EXTENSION_POLICY, "incoming", LocalDate.of(2026, 6, 2),
        Configuration.write(ExtensionPolicy.unlimited()));
    h.save(Configuration.REMINDER_POLICY, "incoming", LocalDate.of(2026, 6, 2), Configuration.write(ReminderPolicy.defaults()));
    h.office.at(LocalDateTime.of(2026, 6, 3, 9, 0));
    // a clerk may not extend; the leader may, by 3 working days (Jun 10 → Jun 15 across the weekend)
    assertThatThrownBy(() -> h.incoming.extendDeadline(h.extend("wu", "收-1", "3 working days")))
        .isInstanceOf(NotAuthorizedException.class);
    h.incoming.extendDeadline(h.extend("zhao", "收-1", "3 working days"));
    DeadlineClock extended = h.incoming.find("收-1").deadline().orElseThrow();
    assertThat(extended.due()).isEqualTo(registered.asDecided(registered.periodEnd(), registered.due())
        .extend(LocalDateTime.of(2026, 6, 3, 9, 0), DeadlineRule.workingDays(3), "zhao", "x").due());
    assertThat(extended.due()).isAfter(registered.due());
    // a second extension is beyond the limits it was registered under, although looser ones are in force now
    long before = h.version("in/收-1");
    assertThatThrownBy(() -> h.incoming.extendDeadline(h.extend("zhao", "收-1", "1 working day")))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("at most 1 extension");
    assertThat(h.version("in/收-1")).isEqualTo(before);
    // and its reminders stay those it was registered with: exactly one, at due
    assertThat(extended.reminders()).extracting(Reminder::kind).containsExactly(Reminder.Kind.AT_DUE);
    h.office.at(extended.due().plusDays(30));
    assertThat(h.office.escalations.due(extended.due().plusDays(30))).filteredOn(e -> e.aggregateId().equals("in/收-1"))
        .extracting(e -> e.reminder().kind()).containsExactly(Reminder.Kind.AT_DUE);

    // a document registered under the new versions: extended twice, reminded as usual
    h.office.at(LocalDateTime.of(2026, 6, 3, 10, 0));
    h.receive("收-2");
    assertThat(h.registered("收-2").extensionPolicy()).isEmpty();
    assertThat(h.registered("收-2").reminderPolicy()).isEmpty();
    h.incoming.extendDeadline(h.extend("zhao", "收-2", "10 working days"));
    h.incoming.extendDeadline(h.extend("qian", "收-2", "10 working days"));  // the leader in charge of 财务
    assertThat(h.incoming.find("收-2").deadline().orElseThrow().extensions()).hasSize(2);
    assertThat(h.incoming.find("收-2").deadline().orElseThrow().reminders()).extracting(Reminder::kind)
        .contains(Reminder.Kind.FRACTION_USED, Reminder.Kind.AT_DUE, Reminder.Kind.OVERDUE);
  }

  @Test
  void anExtensionMustBeAPeriodAskedBeforeDueOnAnOpenDocument() {
    Host h = new Host(LocalDateTime.of(2026, 6, 1, 9, 0));
    h.receive("收-3");
    assertThatThrownBy(() -> h.incoming.extendDeadline(h.extend("zhao", "收-3", "by 2026-07-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("extension");
    assertThatThrownBy(() -> h.incoming.extendDeadline(h.extend("zhao", "收-3", "soon")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("extension");
    assertThatThrownBy(() -> h.incoming.extendDeadline(new IncomingCommands.ExtendDeadline(key(), "zhao", SELF, "收-3",
        "3 working days", " "))).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    DeadlineClock clock = h.incoming.find("收-3").deadline().orElseThrow();
    h.office.at(clock.due().plusMinutes(1));
    assertThatThrownBy(() -> h.incoming.extendDeadline(h.extend("zhao", "收-3", "3 working days")))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("after the due instant");
    assertThatThrownBy(() -> h.incoming.extendDeadline(h.extend("zhao", "收-none", "3 working days")))
        .isInstanceOf(io.oakit.core.UnknownReferenceException.class);
    assertThat(h.incoming.find("收-3").deadline().orElseThrow().extensions()).isEmpty();
  }

  @Test
  void aRebaseKeepsTheExtensionsGrantedAndThePoliciesDecided() {
    Host h = new Host(LocalDateTime.of(2026, 6, 1, 9, 0));
    h.save(Configuration.REMINDER_POLICY, "incoming", LocalDate.of(2026, 6, 1), Configuration.write(AT_DUE_ONLY));
    h.receive("收-4");
    h.incoming.extendDeadline(h.extend("zhao", "收-4", "5 working days"));
    LocalDateTime due = h.incoming.find("收-4").deadline().orElseThrow().due();
    h.incoming.rebaseDeadline(new IncomingCommands.RebaseDeadline(key(), "li", SELF, "收-4", "核对"));
    DeadlineClock after = h.incoming.find("收-4").deadline().orElseThrow();
    // the same calendar: the extended due instant, not the rule's alone
    assertThat(after.due()).isEqualTo(due);
    assertThat(after.extensions()).hasSize(1);
    assertThat(after.reminders()).extracting(Reminder::kind).containsExactly(Reminder.Kind.AT_DUE);
  }

  @Test
  void anOutgoingDraftKeepsTheRemindersItsDeadlineWasSetWith() {
    Host h = new Host(LocalDateTime.of(2026, 6, 1, 9, 0));
    h.save(Configuration.REMINDER_POLICY, "outgoing", LocalDate.of(2026, 6, 1), Configuration.write(AT_DUE_ONLY));
    h.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "综合"), "X交发", Optional.empty()));
    h.save(Configuration.REMINDER_POLICY, "outgoing", LocalDate.of(2026, 6, 2), Configuration.write(ReminderPolicy.defaults()));
    h.office.at(LocalDateTime.of(2026, 6, 2, 9, 0));
    h.outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-2", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "综合"), "X交发", Optional.empty()));
    assertThat(h.outgoing.find("发-1").runningDeadline().orElseThrow().reminders()).extracting(Reminder::kind)
        .containsExactly(Reminder.Kind.AT_DUE);
    assertThat(h.outgoing.find("发-2").runningDeadline().orElseThrow().reminders()).extracting(Reminder::kind)
        .contains(Reminder.Kind.FRACTION_USED, Reminder.Kind.OVERDUE);
    OutgoingEvents.DeadlineSet set = (OutgoingEvents.DeadlineSet) OutgoingService.CODEC.decodeAll(h.office.store
        .inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "out/发-1")).orElseThrow().payload()).get(1);
    assertThat(set.reminderPolicy()).hasValue(Configuration.write(AT_DUE_ONLY));
  }

  @Test
  void theOfficeHoursAndRegionalHolidaysInForceShapeTheCalendarOfEachCommand() {
    OfficeCalendar calendar = OfficeCalendar.stored(ChinaCalendars::builder).officeHoursFrom("office")
        .regionalHolidaysFrom("guangxi");
    Host h = new Host(LocalDateTime.of(2026, 4, 14, 17, 15), calendar);
    DeadlineRule rule = DeadlinePolicy.defaults().ruleFor(Urgency.NORMAL, io.oakit.core.document.DocumentKind.REQUEST);
    // before any document: the base (national days, 08:30–12:00 and 14:30–17:30)
    h.receive("收-5");
    WorkCalendar national = ChinaCalendars.official();
    assertThat(h.incoming.find("收-5").deadline().orElseThrow().due())
        .isEqualTo(DeadlineClock.start(rule, national, LocalDateTime.of(2026, 4, 14, 17, 15)).due());
    // the office keeps summer hours from Apr 15 and 广西's 壮族三月三 (Apr 20–21, 2026) from the same day
    OfficeHours summer = new OfficeHours(WorkingHours.parse("08:00-12:00,15:00-17:00"), List.of(),
        ZoneId.of("Asia/Shanghai"));
    h.save(Configuration.OFFICE_HOURS, "office", LocalDate.of(2026, 4, 15), Configuration.write(summer));
    h.save(Configuration.REGIONAL_HOLIDAYS, "guangxi", LocalDate.of(2026, 4, 15),
        Configuration.write(RegionalHolidays.guangxi()));
    // the day before they take effect nothing changes; from Apr 15 a document registered at 17:15 (after
    // the new hours end) starts the next working day, and 三月三 is not counted
    h.office.at(LocalDateTime.of(2026, 4, 14, 17, 16));
    h.receive("收-6");
    assertThat(h.incoming.find("收-6").deadline().orElseThrow().due())
        .isEqualTo(DeadlineClock.start(rule, national, LocalDateTime.of(2026, 4, 14, 17, 16)).due());
    h.office.at(LocalDateTime.of(2026, 4, 15, 17, 15));
    h.receive("收-7");
    WorkCalendar configured = summer.applyTo(ChinaCalendars.builder()).regional(RegionalHolidays.guangxi()).build();
    assertThat(configured.isWorkingDay(LocalDate.of(2026, 4, 20))).isFalse();
    LocalDateTime expected = DeadlineClock.start(rule, configured, LocalDateTime.of(2026, 4, 15, 17, 15)).due();
    assertThat(h.incoming.find("收-7").deadline().orElseThrow().due()).isEqualTo(expected)
        .isNotEqualTo(DeadlineClock.start(rule, national, LocalDateTime.of(2026, 4, 15, 17, 15)).due());
    assertThat(h.registered("收-7").calendarVersion()).isEqualTo(configured.version())
        .isNotEqualTo(h.registered("收-6").calendarVersion());
  }

  @Test
  void aFixedCalendarReadsNoConfiguration() {
    assertThatThrownBy(() -> OfficeCalendar.fixed(ChinaCalendars.official()).officeHoursFrom("office"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("officeHoursFrom")
        .hasMessageContaining("OfficeCalendar.stored");
    assertThatThrownBy(() -> OfficeCalendar.fixed(ChinaCalendars.official()).regionalHolidaysFrom("guangxi"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("regionalHolidaysFrom");
  }
}
