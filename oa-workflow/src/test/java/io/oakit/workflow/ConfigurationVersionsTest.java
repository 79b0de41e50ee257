package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.memory.InMemoryStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Configuration versions in force: saved through the SPI with the day they take effect, read by the
 * services at each command with no restart, named by every stored decision, and a refused document
 * changes nothing.
 */
class ConfigurationVersionsTest {

  private static final Optional<String> SELF = Optional.empty();

  /** A host whose deadline table, proposal rules and score cards are read from stored versions. */
  private static final class Host {
    final Office office;
    final ConfigurationService configurations;
    final IncomingService incoming;
    final SupervisionService supervision;

    Host(InMemoryStorage store, Office.TestClock clock) {
      office = new Office(store, clock, OfficeCalendar.fixed(ChinaCalendars.provisional()));
      configurations = new ConfigurationService(office.ctx);
      RuleSet proposals = RuleSet.builder()
          .rule(RoutingRule.of("finance", 5, Condition.areaIn("财务"), Route.to(Target.leaderInCharge("财务"))))
          .defaultRoute(Route.to(Target.role("办公室主任"))).build();
      supervision = new SupervisionService(office.ctx, configurations.scoreCards("office", ScoreCard.defaults()),
          configurations.supervisedUnits("office", () -> Office.SUPERVISED_UNITS));
      incoming = new IncomingService(office.ctx, configurations.deadlinePolicy("office", DeadlinePolicy.defaults()),
          configurations.router("proposals", proposals), CirculationPlanner.defaults(), supervision);
    }
  }

  private static ConfigurationCommands.SaveVersion save(String actor, String format, LocalDate from, String json) {
    return save(actor, format, format.equals(Configuration.RULE_SET) ? "proposals" : "office", from, json);
  }

  private static ConfigurationCommands.SaveVersion save(String actor, String format, String name, LocalDate from,
      String json) {
    return new ConfigurationCommands.SaveVersion(key(), actor, SELF, format, name, from, json, "");
  }

  private static List<Record> events(Office o, AggregateKind kind, String id, io.oakit.workflow.internal.EventCodec codec) {
    return codec.decodeAll(o.store.inTransaction(u -> u.aggregates().find(kind, id)).orElseThrow().payload());
  }

  @Test
  void aScoreCardThatTakesEffectInJanuaryScoresJanuaryNotDecember() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 12, 1, 9, 0));
    Host h = new Host(store, clock);
    // an item closed in December and one in January, for 交通局
    for (String id : List.of("督-12", "督-01")) {
      if (id.equals("督-01")) {
        clock.set(LocalDateTime.of(2027, 1, 4, 9, 0));
      }
      h.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, id, ItemSource.LEADER_INSTRUCTION, "落实", Importance.GENERAL));
      h.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, id, "交通局", List.of(), "5 working days", 0));
      h.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, id, "交通局"));
      h.supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key(), "zhang", SELF, id, "完成"));
      h.supervision.accept(new SupervisionCommands.Accept(key(), "li", SELF, id, QualityRating.GOOD, true, ""));
    }
    // in December the office saves the 2027 card: base 90, in force from 2027-01-01
    clock.set(LocalDateTime.of(2026, 12, 20, 9, 0));
    assertThatThrownBy(() -> h.configurations.save(save("wu", Configuration.SCORE_CARD, LocalDate.of(2027, 1, 1),
        Configuration.write(ScoreCard.builder().base("90").build())))).isInstanceOf(NotAuthorizedException.class);
    CommandResult saved = h.configurations.save(save("li", Configuration.SCORE_CARD, LocalDate.of(2027, 1, 1),
        Configuration.write(ScoreCard.builder().base("90").build())));
    assertThat(saved.state()).isEqualTo("oakit.score-card/office v1 from 2027-01-01");
    clock.set(LocalDateTime.of(2027, 2, 1, 9, 0));
    h.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2026-12", List.of("交通局")));
    h.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2027-01", List.of("交通局")));
    var december = h.supervision.approval("2026-12").orElseThrow();
    var january = h.supervision.approval("2027-01").orElseThrow();
    // base 100, +1 for completing 3 or more working days early, +1 rated 良
    assertThat(december.sheets().get(0).total()).isEqualByComparingTo("102.00");
    assertThat(december.scoreCard()).isEmpty();  // the built-in card was in force
    assertThat(january.sheets().get(0).total()).isEqualByComparingTo("92.00");
    assertThat(january.scoreCard()).contains("oakit.score-card/office v1 from 2027-01-01");
  }

  @Test
  void aNewDeadlineTableAndRuleSetApplyFromTheirDayWithoutARestartAndAreNamed() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    Host h = new Host(store, clock);
    Host other = new Host(store, clock);  // a second host instance, started before anything was saved
    String shorter = "{\"format\":\"oakit.deadline-table\",\"formatVersion\":1,\"byUrgency\":{\"NORMAL\":\"3 working days\"}}";
    h.configurations.save(save("li", Configuration.DEADLINE_TABLE, LocalDate.of(2026, 6, 2), shorter));
    // a rule set routing 财务 to the head of finance instead, from the same day
    RuleSet byHead = RuleSet.builder().rule(RoutingRule.of("finance", 5, Condition.areaIn("财务"),
        Route.to(Target.headOf("finance")))).defaultRoute(Route.to(Target.role("办公室主任"))).build();
    h.configurations.save(save("li", Configuration.RULE_SET, LocalDate.of(2026, 6, 2), Configuration.write(byHead)));
    // on Jun 1 (before it takes effect): 7 working days, the leader in charge proposed
    other.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-a", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "财务")));
    other.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-a"));
    other.incoming.propose(new IncomingCommands.Propose(key(), "wu", SELF, "收-a"));
    // on Jun 2: 3 working days, the head of finance
    clock.set(LocalDateTime.of(2026, 6, 2, 9, 0));
    other.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-b", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "财务")));
    other.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-b"));
    other.incoming.propose(new IncomingCommands.Propose(key(), "wu", SELF, "收-b"));
    List<Record> a = events(h.office, AggregateKind.DOCUMENT, "in/收-a", IncomingService.CODEC);
    List<Record> b = events(h.office, AggregateKind.DOCUMENT, "in/收-b", IncomingService.CODEC);
    IncomingEvents.DocumentRegistered ra = (IncomingEvents.DocumentRegistered) a.get(1);
    IncomingEvents.DocumentRegistered rb = (IncomingEvents.DocumentRegistered) b.get(1);
    assertThat(ra.deadlineRule()).isEqualTo("7 working days");
    assertThat(ra.deadlineTable()).isEmpty();
    assertThat(rb.deadlineRule()).isEqualTo("3 working days");
    assertThat(rb.deadlineTable()).contains("oakit.deadline-table/office v1 from 2026-06-02");
    IncomingEvents.HandlingProposed pa = (IncomingEvents.HandlingProposed) a.get(2);
    IncomingEvents.HandlingProposed pb = (IncomingEvents.HandlingProposed) b.get(2);
    assertThat(pa.proposed()).containsExactly("qian");
    assertThat(pa.ruleSet()).isEmpty();
    assertThat(pb.proposed()).containsExactly("zhou");
    assertThat(pb.ruleSet()).contains("oakit.rule-set/proposals v1 from 2026-06-02");
    assertThat(h.configurations.versions(Configuration.RULE_SET, "proposals")).singleElement()
        .satisfies(v -> assertThat(v.savedBy()).isEqualTo("li"));
    assertThat(h.configurations.inForce(Configuration.RULE_SET, "proposals", LocalDate.of(2026, 6, 1))).isEmpty();
    // the sign-off rules are another document of the same format: the proposals' version does not apply
    OutgoingService outgoing = new OutgoingService(h.office.ctx, h.configurations.router("sign-off", Office.AUTHORITY));
    outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-0", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "财务"), "X交发"));
    outgoing.review(new OutgoingCommands.Review(key(), "li", SELF, "发-0"));
    assertThat(((OutgoingEvents.Reviewed) events(h.office, AggregateKind.DOCUMENT, "out/发-0", OutgoingService.CODEC).stream()
        .filter(OutgoingEvents.Reviewed.class::isInstance).findFirst().orElseThrow()).ruleSet()).isEmpty();
    h.configurations.save(save("li", Configuration.RULE_SET, "sign-off", LocalDate.of(2026, 6, 2),
        Configuration.write(Office.AUTHORITY)));
    outgoing.draft(new OutgoingCommands.Draft(key(), "li", SELF, doc("发-r", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "财务"), "X交发"));
    outgoing.review(new OutgoingCommands.Review(key(), "li", SELF, "发-r"));
    OutgoingEvents.Reviewed reviewed = (OutgoingEvents.Reviewed) events(h.office, AggregateKind.DOCUMENT, "out/发-r",
        OutgoingService.CODEC).stream().filter(OutgoingEvents.Reviewed.class::isInstance).findFirst().orElseThrow();
    assertThat(reviewed.ruleSet()).contains("oakit.rule-set/sign-off v1 from 2026-06-02");
  }

  @Test
  void aRuleSetNamingARoleNobodyHoldsIsRefusedAndNothingIsStored() {
    Host h = new Host(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0)));
    RuleSet bad = RuleSet.builder().defaultRoute(Route.to(Target.role("处长"))).build();
    assertThatThrownBy(() -> h.configurations.save(save("li", Configuration.RULE_SET, LocalDate.of(2026, 6, 2),
        Configuration.write(bad)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
        .containsExactly("/defaultRoute/stages/0/targets/0/role: nobody in the organisation holds that role but was \"处长\""));
    assertThatThrownBy(() -> h.configurations.save(save("li", "oakit.holidays", LocalDate.of(2026, 6, 2), "{}")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("format: 'oakit.holidays' is not one of");
    assertThat(h.configurations.formats()).contains(ConfigurationService.AUTHORITY_POLICY, Configuration.RULE_SET)
        .doesNotContain(Configuration.DUTY_PLAN).hasSize(Configuration.FORMATS.size());
    Optional<io.oakit.spi.Aggregate> stored = h.office.store.inTransaction(
        u -> u.aggregates().find(AggregateKind.RULE_SET, Configuration.RULE_SET + "/proposals"));
    assertThat(stored).isEmpty();
  }

  @Test
  void theOrganisationInForceIsReadAtEachCommand() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    java.util.concurrent.atomic.AtomicReference<ConfigurationService> configurations =
        new java.util.concurrent.atomic.AtomicReference<>();
    io.oakit.core.org.Organization fallback = Office.organization();
    WorkflowContext ctx = new WorkflowContext(store, clock, OfficeCalendar.fixed(ChinaCalendars.official()),
        () -> configurations.get().organization("office", fallback).get(), n -> { }, AuthorityPolicy.defaults());
    configurations.set(new ConfigurationService(ctx));
    // a new clerk joins on Jun 2: the organisation document of that day has her
    io.oakit.core.org.Organization withQin = io.oakit.core.routing.CountyOffice.builder()
        .person("qin", "秦科员", "office", "科员", 9, io.oakit.core.document.SecrecyLevel.UNCLASSIFIED, "文书").build();
    configurations.get().save(save("li", Configuration.ORGANIZATION, LocalDate.of(2026, 6, 2), Configuration.write(withQin)));
    IncomingService incoming = new IncomingService(ctx, DeadlinePolicy.defaults(), RuleSet.builder()
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile(), CirculationPlanner.defaults(),
        new SupervisionService(ctx, ScoreCard.defaults(), () -> Office.SUPERVISED_UNITS));
    assertThatThrownBy(() -> incoming.signFor(new IncomingCommands.SignFor(key(), "qin", SELF, doc("收-q", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null, "综合")))).isInstanceOf(io.oakit.core.UnknownReferenceException.class);
    clock.set(LocalDateTime.of(2026, 6, 2, 9, 0));
    incoming.signFor(new IncomingCommands.SignFor(key(), "qin", SELF, doc("收-q", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "综合")));
    assertThat(ctx.organization().person("qin").name()).isEqualTo("秦科员");
    // escalations and the outbox read the organisation in their own transactions, not in nested ones
    incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-q"));
    clock.set(LocalDateTime.of(2026, 6, 30, 18, 0));
    assertThat(new Escalations(ctx).due(clock.instant().atZone(Office.SHANGHAI).toLocalDateTime())).isNotEmpty();
    assertThat(ctx.outbox().deliver()).as("nothing left undelivered").isEmpty();
  }

  /** A store that counts the reads of configuration aggregates. */
  private static final class CountingStore implements io.oakit.spi.Transactor {
    final InMemoryStorage store = new InMemoryStorage();
    final java.util.concurrent.atomic.AtomicInteger configurationReads = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public <T> T inTransaction(io.oakit.spi.UnitOfWork.Work<T> work) {
      return store.inTransaction(u -> work.run(new io.oakit.spi.forwarding.ForwardingUnitOfWork(u) {
        @Override
        public io.oakit.spi.AggregateStore aggregates() {
          return new io.oakit.spi.forwarding.ForwardingAggregateStore(u.aggregates()) {
            @Override
            public Optional<io.oakit.spi.Aggregate> find(AggregateKind kind, String id) {
              if (kind == AggregateKind.RULE_SET) {
                configurationReads.incrementAndGet();
              }
              return super.find(kind, id);
            }
          };
        }
      }));
    }
  }

  @Test
  void aCommandReadsTheOrganisationDocumentOnceHoweverOftenItAsks() {
    CountingStore store = new CountingStore();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    java.util.concurrent.atomic.AtomicReference<ConfigurationService> configurations =
        new java.util.concurrent.atomic.AtomicReference<>();
    WorkflowContext ctx = new WorkflowContext(store, clock, OfficeCalendar.fixed(ChinaCalendars.official()),
        () -> configurations.get().organization("office", Office.organization()).get(), n -> { },
        AuthorityPolicy.defaults());
    configurations.set(new ConfigurationService(ctx));
    configurations.get().save(save("li", Configuration.ORGANIZATION, LocalDate.of(2026, 6, 1),
        Configuration.write(Office.organization())));
    IncomingService incoming = new IncomingService(ctx, DeadlinePolicy.defaults(), RuleSet.builder()
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile(), CirculationPlanner.defaults(),
        new SupervisionService(ctx, ScoreCard.defaults(), () -> Office.SUPERVISED_UNITS));
    store.configurationReads.set(0);
    // signing for asks for the organisation several times (the actor, the clearance, the authority)
    incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-m", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null, "综合")));
    assertThat(store.configurationReads.get()).isEqualTo(1);
  }

  @Test
  void theAuthorityPolicyInForceIsCheckedAtEachCommand() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    java.util.concurrent.atomic.AtomicReference<ConfigurationService> configurations =
        new java.util.concurrent.atomic.AtomicReference<>();
    WorkflowContext ctx = new WorkflowContext(store, clock, OfficeCalendar.fixed(ChinaCalendars.official()),
        Office::organization, n -> { },
        () -> configurations.get().authorityPolicy("office", AuthorityPolicy.defaults()).get());
    configurations.set(new ConfigurationService(ctx));
    // from Jun 2 only the 文书 registers incoming documents
    configurations.get().save(save("li", ConfigurationService.AUTHORITY_POLICY, "office", LocalDate.of(2026, 6, 2),
        AuthorityPolicy.defaults().with("incoming.register", AuthorityPolicy.Who.role("文书")).toJson()));
    IncomingService incoming = new IncomingService(ctx, DeadlinePolicy.defaults(), RuleSet.builder()
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile(), CirculationPlanner.defaults(),
        new SupervisionService(ctx, ScoreCard.defaults(), () -> Office.SUPERVISED_UNITS));
    for (String id : List.of("收-1", "收-2")) {
      incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
          null, "综合")));
    }
    incoming.register(new IncomingCommands.Register(key(), "li", SELF, "收-1"));  // Jun 1: anyone in the organisation
    clock.set(LocalDateTime.of(2026, 6, 2, 9, 0));
    assertThatThrownBy(() -> incoming.register(new IncomingCommands.Register(key(), "li", SELF, "收-2")))
        .isInstanceOf(NotAuthorizedException.class);
    incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-2"));
    // a malformed policy is refused naming the pointer, and changes nothing
    assertThatThrownBy(() -> configurations.get().save(save("li", ConfigurationService.AUTHORITY_POLICY, "office",
        LocalDate.of(2026, 6, 3), "{\"format\":\"oakit.authority-policy\",\"formatVersion\":1,\"actions\":"
        + "{\"incoming.fly\":[]}}"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("/actions/incoming.fly");
    assertThat(configurations.get().versions(ConfigurationService.AUTHORITY_POLICY, "office")).hasSize(1);
  }

  @Test
  void anItemKeepsTheExtensionLimitsAndRemindersItWasAssignedUnder() {
    InMemoryStorage store = new InMemoryStorage();
    Office.TestClock clock = new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    Office office = new Office(store, clock);
    ConfigurationService configurations = new ConfigurationService(office.ctx);
    // from Jun 1: one extension of at most 5 working days; reminders only at due
    configurations.save(save("li", Configuration.EXTENSION_POLICY, "office", LocalDate.of(2026, 6, 1),
        Configuration.write(io.oakit.core.deadline.ExtensionPolicy.atMost(1, io.oakit.core.deadline.DeadlineRule.workingDays(5)))));
    configurations.save(save("li", Configuration.REMINDER_POLICY, "office", LocalDate.of(2026, 6, 1),
        Configuration.write(new io.oakit.core.deadline.ReminderPolicy(List.of(), List.of(), true, 0, 0.8))));
    SupervisionService supervision = new SupervisionService(office.ctx, ConfigurationService.InForce.fixed(ScoreCard.defaults()),
        () -> Office.SUPERVISED_UNITS, configurations.extensionPolicies("office", io.oakit.core.deadline.ExtensionPolicy.unlimited()),
        configurations.reminderPolicies("office", io.oakit.core.deadline.ReminderPolicy.defaults()));
    supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-x", ItemSource.LEADER_INSTRUCTION, "落实", Importance.GENERAL));
    supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-x", "交通局", List.of(), "10 working days", 0));
    SupervisionEvents.ItemAssigned assigned = (SupervisionEvents.ItemAssigned) events(office, AggregateKind.SUPERVISION_ITEM,
        "督-x", SupervisionService.CODEC).get(1);
    assertThat(assigned.extensionPolicy()).hasValueSatisfying(j -> assertThat(j).contains("\"maxCount\" : 1"));
    // a later version loosens the limit; the item keeps the one it was assigned under
    configurations.save(save("li", Configuration.EXTENSION_POLICY, "office", LocalDate.of(2026, 6, 2),
        Configuration.write(io.oakit.core.deadline.ExtensionPolicy.unlimited())));
    clock.set(LocalDateTime.of(2026, 6, 3, 9, 0));
    supervision.extendDeadline(new SupervisionCommands.ExtendDeadline(key(), "zhao", SELF, "督-x", "3 working days", "情况复杂"));
    assertThatThrownBy(() -> supervision.extendDeadline(new SupervisionCommands.ExtendDeadline(key(), "zhao", SELF, "督-x",
        "1 working day", "再次延期"))).hasMessageContaining("at most 1 extension");
    // and its reminders: only at due
    assertThat(supervision.find("督-x").deadline().orElseThrow().reminders())
        .extracting(io.oakit.core.deadline.Reminder::kind).containsExactly(io.oakit.core.deadline.Reminder.Kind.AT_DUE);
  }

  @Test
  void anOrganisationOfSomeThousandPeopleCanBeSaved() {
    Host h = new Host(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0)));
    io.oakit.core.org.Organization.Builder b = io.oakit.core.routing.CountyOffice.builder();
    for (int i = 0; i < 1500; i++) {
      b.person("x" + i, "人员" + i, "office", "科员", 20, SecrecyLevel.UNCLASSIFIED, "文书");
    }
    String json = Configuration.write(b.build());
    assertThat(json.length()).isGreaterThan(65_536);
    h.configurations.save(save("li", Configuration.ORGANIZATION, LocalDate.of(2026, 7, 1), json));
    assertThat(h.configurations.inForce(Configuration.ORGANIZATION, "office", LocalDate.of(2026, 7, 1))).isPresent();
  }

  @Provide
  Arbitrary<String> badDocuments() {
    String good = Configuration.write(ScoreCard.defaults());
    return Arbitraries.of(good.replace("\"100\"", "\"abc\""), good.replace("\"base\"", "\"basis\""),
        good.replace("oakit.score-card", "oakit.scorecard"), good.replace("\"0.5\"", "0.5"), "{", "[]",
        good.replace("\"GOOD\"", "\"OK\""), good.replace("\"120\"", "\"50\""));
  }

  @Property(tries = 16)
  void aRefusedDocumentChangesNothingStored(@ForAll("badDocuments") String document) {
    Host h = new Host(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0)));
    h.configurations.save(save("li", Configuration.SCORE_CARD, LocalDate.of(2026, 7, 1), Configuration.write(
        ScoreCard.builder().base("95").build())));
    assertThat(refusedAndChanged(h, () -> h.configurations.save(save("li", Configuration.SCORE_CARD,
        LocalDate.of(2026, 8, 1), document)))).isFalse();
  }

  @Test
  void theNothingChangedCheckFailsOnAServiceThatStoresBeforeChecking() {
    Host h = new Host(new InMemoryStorage(), new Office.TestClock(LocalDateTime.of(2026, 6, 1, 9, 0)));
    h.configurations.save(save("li", Configuration.SCORE_CARD, LocalDate.of(2026, 7, 1), Configuration.write(
        ScoreCard.builder().base("95").build())));
    // broken: stores the version, then finds the document bad
    assertThat(refusedAndChanged(h, () -> {
      h.office.store.inTransaction(u -> {
        var a = u.aggregates().find(AggregateKind.RULE_SET, Configuration.SCORE_CARD + "/office").orElseThrow();
        List<Record> all = new java.util.ArrayList<>(ConfigurationService.CODEC.decodeAll(a.payload()));
        all.add(new ConfigurationEvents.VersionSaved(LocalDateTime.of(2026, 6, 1, 9, 0), "li", Configuration.SCORE_CARD,
            "office", 2,
            LocalDate.of(2026, 8, 1), "{", ""));
        return u.aggregates().update(AggregateKind.RULE_SET, Configuration.SCORE_CARD + "/office", a.version(),
            ConfigurationService.CODEC.encodeAll(all, java.util.Map.of()), a.index());
      });
      throw new InvalidInputException("score card document", List.of("/: not JSON"));
    })).isTrue();
  }

  /** Runs an attempt that must be refused, and says whether anything stored changed (version, versions, audit). */
  private static boolean refusedAndChanged(Host h, Runnable attempt) {
    long version = h.office.store.inTransaction(u -> u.aggregates().find(AggregateKind.RULE_SET, Configuration.SCORE_CARD + "/office"))
        .orElseThrow().version();
    int audit = h.office.audit().size();
    int versions = h.configurations.versions(Configuration.SCORE_CARD, "office").size();
    assertThatThrownBy(attempt::run).isInstanceOf(InvalidInputException.class);
    return h.office.store.inTransaction(u -> u.aggregates().find(AggregateKind.RULE_SET, Configuration.SCORE_CARD + "/office"))
        .orElseThrow().version() != version || h.office.audit().size() != audit
        || h.configurations.versions(Configuration.SCORE_CARD, "office").size() != versions;
  }
}
