package io.oakit.testkit.workflow;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.Transactor;
import io.oakit.testkit.MutableClock;
import io.oakit.workflow.DocumentFields;
import io.oakit.workflow.Escalations;
import io.oakit.workflow.IncomingService;
import io.oakit.workflow.Notifier;
import io.oakit.workflow.OutgoingService;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One host instance of a small county transport bureau (某县交通运输局) over a store: its people,
 * its supervised units, its signing authority and the workflow services, with a {@link MutableClock}.
 * The workflow suites of this package run it against a host's store; several instances over one
 * store and one clock are several host processes.
 *
 * <p>People: 局长 {@code zhao} (rank 1, 绝密); deputy heads {@code qian} (in charge of 财务 and 综合,
 * 机密) and {@code sun} (安全生产, 秘密, on a trip 8–10 June 2026 with {@code qian} as deputy); office
 * director {@code li} (机密, heads the office); finance chief {@code zhou} (秘密); clerk {@code wu}
 * (文书, not cleared). Supervised units (承办单位): 交通局, 财政局, 教育局, 城关镇, none of them in the
 * organisation; their liaisons (e.g. {@code zhang}) act for them.
 */
public final class SampleOffice {

  /** The units the bureau's supervision items go to. */
  public static final Set<String> SUPERVISED_UNITS = Set.of("交通局", "财政局", "教育局", "城关镇");

  /** Who signs what: expenses by amount (办公室主任 to 1,000, the leader in charge of 财务 to 20,000,
   * 局长 to 50,000, the whole 局长办公会 above), everything else by the 局长. */
  public static final RuleSet AUTHORITY = RuleSet.builder()
      .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), ApprovalLadder.builder()
          .upToInclusive("1000", Route.to(Target.role("办公室主任")))
          .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
          .upToInclusive("50000", Route.to(Target.role("局长")))
          .above(Route.builder().countersignAll(Target.allWithRole("局长办公会")).build())
          .build()))
      .defaultRoute(Route.to(Target.role("局长")))
      .build();

  /** @return the bureau's organisation */
  public static Organization organization() {
    return Organization.builder()
        .unit("xj", "某县交通运输局")
        .department("leaders", "局领导", "xj", null)
        .department("office", "办公室", "xj", "综合")
        .department("finance", "财务科", "xj", "财务")
        .department("safety", "安全科", "xj", "安全生产")
        .person("zhao", "赵局长", "leaders", "局长", 1, SecrecyLevel.TOP_SECRET, "局长", "局长办公会")
        .person("qian", "钱副局长", "leaders", "副局长", 2, SecrecyLevel.SECRET, "局长办公会")
        .person("sun", "孙副局长", "leaders", "副局长", 3, SecrecyLevel.CONFIDENTIAL, "局长办公会")
        .person("li", "李主任", "office", "办公室主任", 4, SecrecyLevel.SECRET, "办公室主任")
        .person("zhou", "周科长", "finance", "财务科科长", 5, SecrecyLevel.CONFIDENTIAL)
        .person("wu", "吴科员", "office", "科员", 9, SecrecyLevel.UNCLASSIFIED, "文书")
        .head("office", "li").head("finance", "zhou").head("safety", "wu")
        .inCharge("财务", "qian").inCharge("综合", "qian").inCharge("安全生产", "sun")
        .deputy("sun", "qian")
        .away("sun", AbsenceKind.TRIP, LocalDateTime.of(2026, 6, 8, 0, 0), LocalDateTime.of(2026, 6, 10, 18, 0), "qian")
        .build();
  }

  /**
   * A request (请示) from the county finance bureau.
   *
   * @param id the document's id
   * @param urgency its urgency
   * @param secrecy its secrecy
   * @param amount the amount asked for (tags it 经费), or null
   * @param areas the areas it concerns
   * @return the document's fields
   */
  public static DocumentFields doc(String id, Urgency urgency, SecrecyLevel secrecy, String amount, String... areas) {
    return new DocumentFields(id, DocumentKind.REQUEST, urgency, secrecy, "县财政局", "关于" + id + "的请示",
        amount == null ? List.of() : List.of("经费"), List.of(areas),
        amount == null ? Optional.empty() : Optional.of(new BigDecimal(amount)));
  }

  private final Transactor store;
  private final MutableClock clock;
  private final List<Notifier.Notification> sent = new CopyOnWriteArrayList<>();
  private final WorkflowContext ctx;
  private final SupervisionService supervision;
  private final IncomingService incoming;
  private final OutgoingService outgoing;
  private final Escalations escalations;

  /**
   * @param store the store (another instance when it and the clock are shared)
   * @param clock the clock
   */
  public SampleOffice(Transactor store, MutableClock clock) {
    this.store = store;
    this.clock = clock;
    Organization org = organization();
    this.ctx = new WorkflowContext(store, clock, ChinaCalendars.official(), () -> org, sent::add);
    this.supervision = new SupervisionService(ctx, ScoreCard.defaults(), () -> SUPERVISED_UNITS);
    RuleSet proposals = RuleSet.builder()
        .rule(RoutingRule.of("finance", 5, Condition.areaIn("财务"), Route.to(Target.leaderInCharge("财务"))))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build();
    this.incoming = new IncomingService(ctx, DeadlinePolicy.defaults(), proposals.compile(), CirculationPlanner.defaults(),
        supervision);
    this.outgoing = new OutgoingService(ctx, AUTHORITY.compile());
    this.escalations = new Escalations(ctx, Escalations.Backlog.FULL);
  }

  /** @return the store */
  public Transactor store() {
    return store;
  }

  /** @return the clock */
  public MutableClock clock() {
    return clock;
  }

  /** @return the notifications handed to the notifier so far */
  public List<Notifier.Notification> sent() {
    return sent;
  }

  /** @return the workflow context */
  public WorkflowContext context() {
    return ctx;
  }

  /** @return supervision (督查督办) */
  public SupervisionService supervision() {
    return supervision;
  }

  /** @return incoming documents (收文) */
  public IncomingService incoming() {
    return incoming;
  }

  /** @return outgoing documents (发文) */
  public OutgoingService outgoing() {
    return outgoing;
  }

  /** @return the escalations, every overdue reminder kept */
  public Escalations escalations() {
    return escalations;
  }
}
