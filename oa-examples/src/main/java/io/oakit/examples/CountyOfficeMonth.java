package io.oakit.examples;

import io.oakit.core.OaException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineTable;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import io.oakit.core.routing.CirculationPlan;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.RankedUnit;
import io.oakit.core.supervision.scoring.Ranking;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oakit.persistence.jdbc.Dialect;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.workflow.DocumentFields;
import io.oakit.workflow.DutyCommands;
import io.oakit.workflow.DutyService;
import io.oakit.workflow.Escalations;
import io.oakit.workflow.IncomingCommands;
import io.oakit.workflow.IncomingService;
import io.oakit.workflow.OutgoingCommands;
import io.oakit.workflow.OutgoingService;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionEvents;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.h2.jdbcx.JdbcDataSource;

/**
 * "A month in a county committee office": September 2026 into the National Day holiday, on the JDBC
 * store over embedded H2 — incoming documents routed and circulated, outgoing documents countersigned,
 * signed off by the expense ladder and numbered, supervision items urged and scored, reminders sent,
 * and the 2026 Spring Festival duty roster with a swap. Deterministic: the same seed, the same month.
 */
final class CountyOfficeMonth {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Optional<String> SELF = Optional.empty();
  private static final String[] DEPARTMENTS = {"秘书科", "综合科", "督查室", "信息科", "机要科", "财务科"};
  private static final String[] AREAS = {"综合", "综合", "督查", "信息", "机要", "财务"};

  /** A clock the demo moves forward. */
  private static final class DemoClock extends Clock {
    private Instant now;

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

  private CountyOfficeMonth() {}

  /** The office's organisation, read from {@code config/organization.json}. */
  static Organization organization() {
    return CountyOfficeConfig.organization();
  }

  /** Runs on a fresh in-memory H2 database, without writing a report. */
  static void run(PrintStream out) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:county-office-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    run(out, ds, Dialect.H2, Optional.empty());
  }

  /**
   * Runs the month and prints the summary; writes the HTML report if a path is given.
   *
   * @param out where the summary goes
   * @param dataSource the database (H2 or PostgreSQL); running twice on one database is harmless:
   *     every command is idempotent
   * @param dialect which database it is
   * @param report where to write the HTML report, if anywhere
   */
  static void run(PrintStream out, javax.sql.DataSource dataSource, Dialect dialect, Optional<java.nio.file.Path> report) {
    HikariConfig poolConfig = new HikariConfig();
    poolConfig.setDataSource(dataSource);
    poolConfig.setMaximumPoolSize(4);
    poolConfig.setPoolName("county-office");
    try (HikariDataSource pool = new HikariDataSource(poolConfig)) {
      run(out, JdbcStorage.builder(pool).dialect(dialect).build(), report);
    }
  }

  private static void run(PrintStream out, JdbcStorage store, Optional<java.nio.file.Path> report) {
    WorkCalendar cal = ChinaCalendars.official();
    Organization org = organization();
    HtmlReport html = new HtmlReport();
    html.title("OA Kit demo — a month in a county committee office");
    CirculationPlan[] firstPlan = new CirculationPlan[1];
    String[] firstDoc = new String[1];
    DemoClock clock = new DemoClock();
    clock.set(LocalDateTime.of(2026, 9, 1, 8, 30));
    List<String> notifications = new ArrayList<>();
    WorkflowContext ctx = new WorkflowContext(store, clock, cal, () -> org, n -> notifications.add(n.subject()));
    // the office supervises its own sections here (承办单位 by name); a county office would list bureaus and towns
    // every rule below is read from the office's configuration documents (config/*.json)
    Set<String> supervised = CountyOfficeConfig.supervisedUnits();
    ScoreCard card = CountyOfficeConfig.scoreCard();
    DeadlineTable deadlines = CountyOfficeConfig.deadlines();
    SupervisionService supervision = new SupervisionService(ctx, card, () -> supervised);
    RuleSet proposals = CountyOfficeConfig.proposals(org);
    IncomingService incoming = new IncomingService(ctx, deadlines, proposals.compile(),
        CirculationPlanner.defaults(), supervision);
    RuleSet authority = CountyOfficeConfig.signOff(org);
    OutgoingService outgoing = new OutgoingService(ctx, authority.compile());
    Escalations escalations = new Escalations(ctx);

    out.println("OA Kit demo — a month in a county committee office (JDBC store on embedded H2)");
    out.println("organisation: " + org.people().size() + " people, " + (org.departments().size() - 1) + " departments; "
        + "副主任2 on a trip 09-14..09-18 (deputy 副主任3), 副主任3 in meetings 09-22..09-23");
    out.println();

    SplittableRandom r = new SplittableRandom(2026);
    int incomingCount = 0;
    int refused = 0;
    int late = 0;
    long savedMinutes = 0;
    List<String> leaders = List.of("p0", "p1", "p2", "p3");
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 9, 1); d.isBefore(LocalDate.of(2026, 10, 1)); d = d.plusDays(1)) {
      if (cal.isWorkingDay(d)) {
        days.add(d);
      }
    }
    List<String> open = new ArrayList<>();
    out.print("processing September 2026 ");
    for (LocalDate day : days) {
      out.print('.');
      out.flush();
      for (int n = 0; n < 9; n++) {
        LocalDateTime t = day.atTime(8, 30).plusMinutes(n * 35L);
        clock.set(t);
        String id = "收" + day.getDayOfMonth() + "-" + n;
        Urgency urgency = r.nextInt(10) == 0 ? Urgency.EXTRA_URGENT : r.nextInt(4) == 0 ? Urgency.URGENT : Urgency.NORMAL;
        SecrecyLevel secrecy = r.nextInt(8) == 0 ? SecrecyLevel.SECRET : SecrecyLevel.UNCLASSIFIED;
        int dept = r.nextInt(DEPARTMENTS.length);
        DocumentFields doc = new DocumentFields(id, DocumentKind.values()[r.nextInt(15)], urgency, secrecy, "县政府办",
            "关于" + DEPARTMENTS[dept] + "工作的来文" + id, List.of(), List.of(AREAS[dept]), Optional.empty());
        String clerk = "p" + (4 + 6 * 4);  // 机要科科长 signs for every document
        incoming.signFor(new IncomingCommands.SignFor(id + "/sign", clerk, SELF, doc));
        incoming.register(new IncomingCommands.Register(id + "/reg", clerk, SELF, id));
        incoming.propose(new IncomingCommands.Propose(id + "/prop", "p4", SELF, id));
        List<String> readers = new ArrayList<>(leaders.subList(0, 2 + r.nextInt(3)));
        CirculationPlan plan = CirculationPlanner.defaults().plan(incoming.find(id).profile(), readers, org, cal, t);
        if (firstPlan[0] == null && plan.lanes().stream().anyMatch(l -> l.readings().size() >= 3)) {
          firstPlan[0] = plan;
          firstDoc[0] = id;
        }
        savedMinutes += cal.workingTimeBetween(plan.expectedCompletion(), plan.protocolOrderCompletion()).toMinutes();
        String head = org.headOf("d" + dept).orElseThrow().id();
        incoming.instruct(new IncomingCommands.Instruct(id + "/ins", "p0", SELF, id, "请阅办", readers, "d" + dept,
            r.nextInt(12) == 0 ? Optional.of("督-" + id) : Optional.empty()));
        incomingCount++;
        open.add(id + "|" + head);
      }
      // the documents of earlier days are read and handled, most within their time limit
      LocalDateTime afternoon = day.atTime(16, 0);
      clock.set(afternoon);
      List<String> still = new ArrayList<>();
      for (String entry : open) {
        String id = entry.split("\\|")[0];
        String head = entry.split("\\|")[1];
        IncomingService.State s = incoming.find(id);
        for (String reader : List.copyOf(s.pendingReaders())) {
          if (!org.isAvailable(reader, afternoon)) {
            refused++;  // away: the next reader goes on, and this one reads on return (补阅)
            continue;
          }
          try {
            incoming.read(new IncomingCommands.Read(id + "/read/" + reader + "/" + day, reader, SELF, id, "阅"));
          } catch (OaException | IllegalArgumentException e) {
            refused++;
          }
        }
        s = incoming.find(id);
        if (s.stage() == IncomingService.Stage.INSTRUCTED && r.nextInt(3) > 0) {
          // the head of the department the stored instruction named (a rerun replays the instruction as it was)
          String handler = s.handlingDepartment().flatMap(org::headOf).map(p -> p.id()).orElse(head);
          incoming.handle(new IncomingCommands.Handle(id + "/handle", handler, SELF, id, "已办理"));
          s = incoming.find(id);
        }
        if (s.stage() == IncomingService.Stage.HANDLED && s.circulationDone()) {
          incoming.close(new IncomingCommands.Close(id + "/close", "p4", SELF, id));
          if (s.deadline().orElseThrow().due().isBefore(afternoon)) {
            late++;
          }
        } else {
          still.add(entry);
        }
      }
      open = still;
    }
    out.println(" done");
    out.printf("1. Incoming documents: %d received, routed and circulated; %d still open on 09-30; %d closed after their"
        + " time limit; the planner's order saved %d working minutes of circulation against protocol order;"
        + " %d readings put off while the reader was away or not yet in turn%n", incomingCount, open.size(), late,
        savedMinutes, refused);
    out.println();

    out.println("2. Outgoing documents: countersign, sign-off by the expense ladder, numbering");
    String[] amounts = {"800", "12000", "36000", "88000"};
    for (int i = 0; i < amounts.length; i++) {
      String id = "发-" + (i + 1);
      clock.set(LocalDateTime.of(2026, 9, 24, 9, 0).plusHours(i));
      outgoing.draft(new OutgoingCommands.Draft(id + "/draft", "p29", SELF, new DocumentFields(id, DocumentKind.REQUEST,
          Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, "县委办", "关于经费" + amounts[i] + "元的请示", List.of("经费"), List.of("财务"),
          Optional.of(new BigDecimal(amounts[i]))), "县委办发"));
      outgoing.startCountersign(new OutgoingCommands.StartCountersign(id + "/cs", "p29", SELF, id, Mode.PARALLEL,
          List.of("p4", "p5"), 0));
      outgoing.countersign(new OutgoingCommands.Countersign(id + "/cs1", "p4", SELF, id, "同意"));
      outgoing.countersign(new OutgoingCommands.Countersign(id + "/cs2", "p5", SELF, id, "同意"));
      outgoing.review(new OutgoingCommands.Review(id + "/rev", "p4", SELF, id));
      // every stage of the route the ladder decided at review, each signer in turn (a meeting: all of it)
      List<String> signers = new ArrayList<>();
      List<String> next = outgoing.find(id).pendingSignOff();
      while (!next.isEmpty()) {
        String signer = next.get(0);
        signers.add(org.person(signer).name());
        next = outgoing.signOff(new OutgoingCommands.SignOff(id + "/sign/" + signer, signer, SELF, id, "同意"))
            .assigned();
      }
      String numbered = outgoing.number(new OutgoingCommands.Number(id + "/no", "p28", SELF, id)).number().orElseThrow();
      out.printf("   %s (%s yuan): signed off by %s, numbered %s%n", id, amounts[i], String.join("、", signers), numbered);
    }
    out.println();

    out.println("3. Supervision: items opened by instructions, urged, completed, scored");
    List<SupervisionItem> items = new ArrayList<>();
    int itemNo = 0;
    for (int d = 0; d < DEPARTMENTS.length; d++) {
      for (int k = 0; k < 2; k++) {
        String item = "督-专项" + (++itemNo);
        clock.set(LocalDateTime.of(2026, 9, 1, 9, 0).plusMinutes(itemNo));
        supervision.open(new SupervisionCommands.Open(item + "/open", "p6", SELF, item,
            io.oakit.core.supervision.ItemSource.LEADER_INSTRUCTION, "落实县委书记批示第" + itemNo + "项",
            io.oakit.core.supervision.Importance.values()[itemNo % 3]));
        supervision.assign(new SupervisionCommands.Assign(item + "/assign", "p6", SELF, item, DEPARTMENTS[d], List.of(),
            "10 working days", 5));
        clock.set(LocalDateTime.of(2026, 9, 1, 15, 0).plusDays(d % 3));
        supervision.signFor(new SupervisionCommands.SignFor(item + "/signfor", "p" + (4 + 6 * d), SELF, item, DEPARTMENTS[d]));
        int finish = 6 + d * 2 + k;
        if (finish > 10) {
          clock.set(cal.plusWorkingDays(LocalDate.of(2026, 9, 1), 11).atTime(9, 0));  // the day after the due date
          supervision.urge(new SupervisionCommands.Urge(item + "/urge", "p6", SELF, item, DEPARTMENTS[d], UrgingChannel.PHONE,
              "请抓紧办理"));
        }
        clock.set(cal.plusWorkingDays(LocalDate.of(2026, 9, 1), finish).atTime(10, 0));
        supervision.reportCompletion(new SupervisionCommands.ReportCompletion(item + "/done", "p" + (4 + 6 * d), SELF, item,
            "已完成"));
        supervision.accept(new SupervisionCommands.Accept(item + "/ok", "p1", SELF, item,
            QualityRating.values()[(d + k) % 3], true, ""));
        items.add(supervision.find(item));
      }
    }
    List<String> escalated = new ArrayList<>();
    escalations.due(LocalDateTime.of(2026, 9, 30, 18, 0)).forEach(e -> escalated.add(e.reminder().kind().toString()));
    clock.set(LocalDateTime.of(2026, 9, 30, 18, 0));
    Map<String, ScoreSheet> sheets = Scoring.sheets(card, AssessmentPeriod.month(YearMonth.of(2026, 9)),
        items, LocalDateTime.of(2026, 9, 30, 18, 0));
    List<RankedUnit> ranked = Ranking.rank(sheets.values());
    html.ranking(ranked);
    for (RankedUnit ru : ranked) {
      out.println("   #" + ru.rank() + (ru.tied() ? " (tied)" : "") + " " + sheets.get(ru.unit()).toString()
          .replace("\n", "\n   "));
    }
    supervision.approveScores(new SupervisionCommands.ApproveScores("scores-2026-09", "p0", SELF, "2026-09",
        List.of(DEPARTMENTS)));
    StringBuilder approved = new StringBuilder();
    for (SupervisionEvents.ApprovedSheet sheet : supervision.approval("2026-09").orElseThrow().sheets()) {
      approved.append(approved.length() == 0 ? "" : "; ").append(sheet.rank()).append(' ').append(sheet.unit())
          .append(' ').append(sheet.total().toPlainString());
    }
    out.println("   approved by the director: " + approved);
    out.println("   reminders sent by the escalation run on 09-30: " + escalated.size());
    out.println();

    out.println("4. Deadlines across the 2026 National Day holiday");
    for (LocalDateTime t : List.of(LocalDateTime.of(2026, 9, 29, 16, 0), LocalDateTime.of(2026, 9, 30, 10, 0))) {
      for (Urgency u : Urgency.values()) {
        out.printf("   a %s request received %s is due %s%n", u.chinese(), t,
            deadlines.ruleFor(u, DocumentKind.REQUEST).dueInstant(cal, t));
      }
    }
    out.println();

    out.println("5. The 2026 Spring Festival duty roster (leader on duty, two officers) and a swap");
    clock.set(LocalDateTime.of(2026, 2, 2, 9, 0));
    io.oakit.core.config.Configuration.DutyPlanDocument dutyPlan = CountyOfficeConfig.dutyPlan(cal);
    DutyPlan plan = dutyPlan.plan();
    List<DutyPerson> dutyPeople = new ArrayList<>();
    for (Person p : org.people()) {
      String role = p.roles().contains("科长") || p.title().equals("副主任") ? "带班领导" : p.roles().contains("值班员") ? "值班员" : null;
      if (role != null) {
        dutyPeople.add(DutyPerson.of(p.id(), p.name(), p.departmentId(), role));
      }
    }
    List<RosterRule> rules = dutyPlan.rules();
    DutyService duty = new DutyService(ctx, plan, dutyPeople, rules);
    duty.publish(new DutyCommands.Publish("roster-2026-spring", "p0", SELF, "2026春节值班", 2026));
    Roster v1 = duty.roster("2026春节值班");
    Slot a = v1.assignments().keySet().stream().filter(s -> s.date().equals(LocalDate.of(2026, 2, 16)) && s.index() == 1)
        .findFirst().orElseThrow();
    Slot b = v1.assignments().keySet().stream().filter(s -> s.date().equals(LocalDate.of(2026, 2, 24)) && s.index() == 1)
        .findFirst().orElseThrow();
    duty.requestSwap(new DutyCommands.RequestSwap("swap-1/req", v1.personAt(a).orElseThrow(), SELF, "2026春节值班", "swap-1",
        a.date(), a.index(), b.date(), b.index(), "家中有事"));
    String version;
    try {
      version = duty.approve(new DutyCommands.Approve("swap-1/ok", "p0", SELF, "2026春节值班", "swap-1")).state();
    } catch (OaException e) {
      version = "refused: " + e.getMessage();
    }
    Roster current = duty.roster("2026春节值班");
    current.assignments().forEach((slot, who) -> {
      if (!slot.date().isAfter(LocalDate.of(2026, 2, 17))) {
        out.println("   " + slot.date() + " " + slot.category() + " " + slot.role() + " " + org.person(who).name());
      }
    });
    out.println("   swap of " + org.person(v1.personAt(a).orElseThrow()).name() + " (除夕) with "
        + org.person(v1.personAt(b).orElseThrow()).name() + " (02-24): " + version);
    out.println();

    List<HtmlReport.Deadline> board = new ArrayList<>();
    LocalDateTime endOfMonth = LocalDateTime.of(2026, 9, 30, 18, 0);
    for (String entry : open) {
      IncomingService.State s = incoming.find(entry.split("\\|")[0]);
      s.deadline().ifPresent(d -> board.add(new HtmlReport.Deadline(s.profile().id(), s.profile().subject(), d.due(),
          d.status(endOfMonth))));
    }
    html.deadlines(board);
    html.roster(current, org);
    if (firstPlan[0] != null) {
      html.circulation(firstDoc[0], firstPlan[0], org);
    }
    if (report.isPresent()) {
      try {
        java.nio.file.Files.writeString(report.get(), html.html());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      out.println("report: " + report.get().toAbsolutePath());
    }
    io.oakit.spi.AuditSealing.sealAll(store);
    long audit = store.inTransaction(u -> u.audit().read(1, Integer.MAX_VALUE).size());
    out.println("audit log: " + audit + " entries, chain " + (store.inTransaction(u -> u.audit().verify()).isEmpty()
        ? "verified" : "BROKEN") + "; notifications sent: " + notifications.size());
  }

}
