package io.oakit.workflow;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small county bureau over a store (in memory unless given), with a clock the test moves. */
final class Office {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** A clock the test sets. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(LocalDateTime start) {
      set(start);
    }

    void set(LocalDateTime t) {
      now = t.atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The county bureau of oa-core's routing tests (孙副局长 away Jun 8–10, 钱副局长 his deputy). */
  static Organization organization() {
    return io.oakit.core.routing.CountyOffice.organization();
  }

  /** The units the bureau's supervision items go to (承办单位); none of them is in its organisation. */
  static final Set<String> SUPERVISED_UNITS = Set.of("交通局", "财政局", "教育局", "城关镇");

  static final RuleSet AUTHORITY = RuleSet.builder()
      .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), ApprovalLadder.builder()
          .upToInclusive("1000", Route.to(Target.role("办公室主任")))
          .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
          .upToInclusive("50000", Route.to(Target.role("局长")))
          .above(Route.builder().countersignAll(Target.allWithRole("局长办公会")).build())
          .build()))
      .defaultRoute(Route.to(Target.role("局长")))
      .build();

  /** The organisation as it is now; a test may change it (a clearance lowered, a person away). */
  final java.util.concurrent.atomic.AtomicReference<Organization> organization =
      new java.util.concurrent.atomic.AtomicReference<>(organization());
  final Transactor store;
  final TestClock clock;
  final List<Notifier.Notification> sent = new CopyOnWriteArrayList<>();
  final List<WorkflowEvent> events = new CopyOnWriteArrayList<>();
  final WorkflowContext ctx;
  final SupervisionService supervision;
  final IncomingService incoming;
  final OutgoingService outgoing;
  final Escalations escalations;
  final CalendarService calendar;

  Office(LocalDateTime start) {
    this(new InMemoryStorage(), new TestClock(start));
  }

  /** A host instance over the given store and clock (another instance when they are shared). */
  Office(Transactor store, TestClock clock) {
    this(store, clock, OfficeCalendar.fixed(ChinaCalendars.official()));
  }

  /** A host instance whose calendar is the given one (stored, to load notices into, or fixed). */
  Office(Transactor store, TestClock clock, OfficeCalendar calendar) {
    this.store = store;
    this.clock = clock;
    this.ctx = new WorkflowContext(store, clock, calendar, organization::get, sent::add, AuthorityPolicy.defaults());
    ctx.addListener(events::add);
    this.supervision = new SupervisionService(ctx, ScoreCard.defaults(), () -> SUPERVISED_UNITS);
    RuleSet proposals = RuleSet.builder()
        .rule(RoutingRule.of("finance", 5, Condition.areaIn("财务"), Route.to(Target.leaderInCharge("财务"))))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build();
    this.incoming = new IncomingService(ctx, DeadlinePolicy.defaults(), proposals.compile(), CirculationPlanner.defaults(),
        supervision);
    this.outgoing = new OutgoingService(ctx, AUTHORITY.compile());
    this.escalations = new Escalations(ctx, Escalations.Backlog.FULL);  // the suites check every reminder once
    this.calendar = new CalendarService(ctx, incoming, outgoing, supervision);
  }

  Office secondInstance() {
    return new Office(store, clock);
  }

  void at(LocalDateTime t) {
    clock.set(t);
  }

  Transactor storage() {
    return store;
  }

  Optional<Long> verifyAudit() {
    io.oakit.spi.AuditSealing.sealAll(store);
    return store.inTransaction(u -> u.audit().verify());
  }

  List<AuditEntry> audit() {
    io.oakit.spi.AuditSealing.sealAll(store);
    return store.inTransaction(u -> u.audit().read(1, 100_000));
  }

  static DocumentFields doc(String id, Urgency urgency, SecrecyLevel secrecy, String amount, String... areas) {
    return new DocumentFields(id, DocumentKind.REQUEST, urgency, secrecy, "县财政局", "关于" + id + "的请示",
        amount == null ? List.of() : List.of("经费"), List.of(areas),
        amount == null ? Optional.empty() : Optional.of(new BigDecimal(amount)));
  }

  private static int keys;

  static synchronized String key() {
    return "k" + (++keys);
  }
}
