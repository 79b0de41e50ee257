package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.oakit.core.InvalidInputException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterEditor;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.workflow.DutyEvents.DutyLogged;
import io.oakit.workflow.DutyEvents.HandedOver;
import io.oakit.workflow.DutyEvents.OverrideRequested;
import io.oakit.workflow.DutyEvents.RequestApproved;
import io.oakit.workflow.DutyEvents.RosterPublished;
import io.oakit.workflow.DutyEvents.SwapRequested;
import io.oakit.core.roster.RosterChange;
import io.oakit.workflow.DutyEvents.Assignment;
import io.oakit.workflow.internal.EventCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Duty (值班) on the SPI: publishing a roster, swaps and overrides (requested, then approved against
 * every hard rule), the duty log and handovers, and who is on duty now. A roster is stored as its
 * events, and the events hold every assignment as decided: a published roster reads back exactly as
 * it was published, whatever the plan, people, rules or generator are now. Commands come
 * from people of the organisation or of the duty list (and act for them); a substitute and the person
 * a duty is handed over to must be on the duty list. Thread-safe.
 */
public final class DutyService {

  static final EventCodec CODEC = new EventCodec("duty-roster", List.of(RosterPublished.class, SwapRequested.class,
      OverrideRequested.class, RequestApproved.class, DutyLogged.class, HandedOver.class,
      DutyEvents.ReportedUpward.class, DutyEvents.RosterReplanned.class), List.of());

  /** The role of the leader on duty (带班领导), who may write the duty log with the people on duty. */
  static final String DUTY_LEADER_ROLE = "带班领导";

  private final WorkflowContext ctx;
  private final DutyPlan plan;
  private final List<DutyPerson> people;
  private final Set<String> dutyPeople;
  private final List<RosterRule> rules;
  private final CommandRunner runner;
  private final int reportWorkingDaysBefore;

  /**
   * A service whose rosters are reported upwards (报备) 3 working days before the plan's first day.
   *
   * @param ctx the context
   * @param plan the plan rosters of this service cover
   * @param people the people
   * @param rules the rules
   */
  public DutyService(WorkflowContext ctx, DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules) {
    this(ctx, plan, people, rules, 3);
  }

  /**
   * @param ctx the context
   * @param plan the plan rosters of this service cover
   * @param people the people
   * @param rules the rules
   * @param reportWorkingDaysBefore a published roster is reported upwards (报备) this many working days before the
   *     plan's first day, reminded like any deadline, {@code >= 0}
   * @throws io.oakit.core.InvalidInputException if it is negative
   */
  public DutyService(WorkflowContext ctx, DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules,
      int reportWorkingDaysBefore) {
    if (reportWorkingDaysBefore < 0) {
      throw new io.oakit.core.InvalidInputException("DutyService", List.of("reportWorkingDaysBefore: must be >= 0 but was "
          + reportWorkingDaysBefore));
    }
    this.reportWorkingDaysBefore = reportWorkingDaysBefore;
    this.ctx = requireNonNull(ctx, "ctx");
    this.plan = requireNonNull(plan, "plan");
    this.people = ImmutableList.copyOf(people);
    this.dutyPeople = this.people.stream().map(DutyPerson::id).collect(Collectors.toUnmodifiableSet());
    // a person away (leave, trip) is not put on duty: the rule holds unless the host gave its own version of it
    this.rules = rules.stream().anyMatch(r -> r.name().equals(RosterRule.notUnavailable(true).name()))
        ? ImmutableList.copyOf(rules)
        : ImmutableList.<RosterRule>builder().addAll(rules).add(RosterRule.notUnavailable(true)).build();
    this.runner = new CommandRunner(ctx, CODEC, AggregateKind.ROSTER);
  }

  /**
   * The duty people as they are now: each person of the organisation with the same id is unavailable on the days
   * of their absences there (请假, 出差 …), besides the days the host gave.
   */
  private List<DutyPerson> peopleNow() {
    io.oakit.core.org.Organization org = ctx.organization();
    List<DutyPerson> out = new ArrayList<>(people.size());
    for (DutyPerson p : people) {
      DutyPerson q = p;
      if (org.hasPerson(p.id())) {
        for (io.oakit.core.org.Absence a : org.absences(p.id())) {
          java.time.LocalDate first = a.startInclusive().toLocalDate();
          java.time.LocalDate last = a.endExclusive().minusNanos(1).toLocalDate();
          if (!last.isBefore(plan.startInclusive()) && first.isBefore(plan.endExclusive())) {
            q = q.withUnavailable(new DutyPerson.DateSpan(first, last));
          }
        }
      }
      out.add(q);
    }
    return out;
  }

  /** The state rebuilt from events: the current roster and the pending requests. */
  private record State(Roster roster, List<Record> pending) {}

  private State replay(List<Record> events) {
    Roster roster = null;
    Map<Slot, String> assignments = new LinkedHashMap<>();
    Map<Slot, String> reasons = new LinkedHashMap<>();
    List<RosterChange> changes = new ArrayList<>();
    List<Record> pending = new ArrayList<>();
    for (Record r : events) {
      if (r instanceof RosterPublished p) {
        for (Assignment a : p.assignments()) {
          Slot slot = new Slot(a.date(), a.index(), a.role(), a.category());
          assignments.put(slot, a.person());
          reasons.put(slot, a.reason());
        }
        roster = Roster.restore(plan, assignments, reasons, 1, changes);
      } else if (r instanceof SwapRequested || r instanceof OverrideRequested) {
        pending.add(r);
      } else if (r instanceof RequestApproved a) {
        Record request = pending.stream().filter(x -> requestId(x).equals(a.requestId())).findFirst().orElseThrow();
        pending.remove(request);
        List<Slot> slots = apply(a.assignments(), assignments, reasons);
        String requestedBy = request instanceof SwapRequested sw ? sw.by() : ((OverrideRequested) request).by();
        String reason = request instanceof SwapRequested sw ? sw.reason() : ((OverrideRequested) request).reason();
        changes.add(new RosterChange(a.version(), a.kind(), slots, a.description(), requestedBy, a.by(), a.at(), reason));
        roster = Roster.restore(plan, sorted(assignments), reasons, a.version(), changes);
      } else if (r instanceof DutyEvents.RosterReplanned rp) {
        List<Slot> slots = apply(rp.assignments(), assignments, reasons);
        changes.add(new RosterChange(rp.version(), RosterChange.Kind.REPLAN, slots, rp.description(), rp.by(), rp.by(),
            rp.at(), rp.reason()));
        roster = Roster.restore(plan, sorted(assignments), reasons, rp.version(), changes);
      }
    }
    return new State(roster, pending);
  }

  /** Puts stored assignments into the roster being replayed; returns their slots. */
  private static List<Slot> apply(List<Assignment> stored, Map<Slot, String> assignments, Map<Slot, String> reasons) {
    List<Slot> slots = new ArrayList<>();
    for (Assignment x : stored) {
      Slot slot = new Slot(x.date(), x.index(), x.role(), x.category());
      slots.add(slot);
      assignments.put(slot, x.person());
      reasons.put(slot, x.reason());
    }
    return slots;
  }

  /** Who holds the slots a request concerns (they, or the office for them, may ask). */
  private Set<String> holders(Roster roster, Record request) {
    Set<String> out = new java.util.HashSet<>();
    if (request instanceof SwapRequested sw) {
      roster.assignments().forEach((slot, p) -> {
        if ((slot.date().equals(sw.dayA()) && slot.index() == sw.slotA())
            || (slot.date().equals(sw.dayB()) && slot.index() == sw.slotB())) {
          out.add(p);
        }
      });
    } else if (request instanceof OverrideRequested o) {
      roster.assignments().forEach((slot, p) -> {
        if (slot.date().equals(o.day()) && slot.index() == o.slot()) {
          out.add(p);
        }
      });
    }
    return out;
  }

  /** Who is on duty now, and the 带班领导 among them. */
  private AuthorityPolicy.Facts dutyFacts(Roster roster) {
    Map<Slot, String> now = roster.onDutyAt(ctx.now());
    Set<String> leaders = new java.util.HashSet<>();
    now.forEach((slot, p) -> {
      if (slot.role().equals(DUTY_LEADER_ROLE)) {
        leaders.add(p);
      }
    });
    return AuthorityPolicy.Facts.NONE.withDuty(Set.copyOf(now.values()), leaders);
  }

  /** The people of the next duty day after the one on now (to whom the duty is handed over). */
  private Set<String> nextOnDuty(Roster roster) {
    java.time.LocalDateTime now = ctx.now();
    java.time.LocalDate today = now.toLocalTime().isBefore(plan.handover()) ? now.toLocalDate().minusDays(1)
        : now.toLocalDate();
    // the next day with duties (a daytime rota on working days only has none at weekends)
    java.time.LocalDate next = roster.assignments().keySet().stream().map(Slot::date).filter(d -> d.isAfter(today))
        .min(java.util.Comparator.naturalOrder()).orElse(today.plusDays(1));
    Set<String> out = new java.util.HashSet<>();
    roster.assignments().forEach((slot, p) -> {
      if (slot.date().equals(next)) {
        out.add(p);
      }
    });
    return out;
  }

  private static Map<Slot, String> sorted(Map<Slot, String> assignments) {
    List<Map.Entry<Slot, String>> entries = new ArrayList<>(assignments.entrySet());
    entries.sort(java.util.Comparator.comparing((Map.Entry<Slot, String> e) -> e.getKey().date())
        .thenComparingInt(e -> e.getKey().index()));
    Map<Slot, String> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static List<Assignment> assignmentsOf(Roster roster, List<Slot> slots) {
    List<Assignment> out = new ArrayList<>();
    for (Slot s : slots) {
      roster.personAt(s).ifPresent(p -> out.add(new Assignment(s.date(), s.index(), s.role(), s.category(), p,
          roster.why(s))));
    }
    return out;
  }

  private static String requestId(Record r) {
    return r instanceof SwapRequested s ? s.requestId() : ((OverrideRequested) r).requestId();
  }

  private RosterEditor.Outcome applyRequest(RosterEditor editor, Roster roster, Record request, String approver,
      java.time.LocalDateTime at) {
    try {
      if (request instanceof SwapRequested s) {
        return editor.swap(roster, slot(roster, s.dayA(), s.slotA(), "slotA"), slot(roster, s.dayB(), s.slotB(), "slotB"),
            s.by(), approver, at, s.reason());
      }
      OverrideRequested o = (OverrideRequested) request;
      return editor.override(roster, slot(roster, o.day(), o.slot(), "slot"), o.substitute(), o.by(), approver, at,
          o.reason());
    } catch (IllegalArgumentException e) {
      throw new CommandRefusedException("approve", requestId(request), e.getMessage());
    }
  }

  /** Refuses a command from, or on behalf of, someone neither in the organisation nor on the duty list. */
  private void knownActor(Command c) {
    known(c.actor(), "actor");
    c.onBehalfOf().ifPresent(p -> known(p, "onBehalfOf"));
  }

  private void known(String personId, String field) {
    if (!ctx.organization().hasPerson(personId) && !dutyPeople.contains(personId)) {
      throw new UnknownReferenceException("person", personId, field + " (neither in the organisation nor on duty)");
    }
  }

  private void dutyPerson(String personId, String where) {
    if (personId != null && !personId.isBlank() && !dutyPeople.contains(personId)) {
      throw new UnknownReferenceException("duty person", personId, where);
    }
  }

  /** A slot as the stored roster holds it, else as the plan has it (an unfilled slot). */
  private Slot slot(Roster roster, LocalDate day, int index, String field) {
    return roster.assignments().keySet().stream().filter(s -> s.date().equals(day) && s.index() == index).findFirst()
        .or(() -> plan.slots().stream().filter(s -> s.date().equals(day) && s.index() == index).findFirst())
        .orElseThrow(() -> new InvalidInputException("duty command", List.of(field + ": no slot " + index + " on "
            + day + " in the roster or the plan")));
  }

  private Index index() {
    return index(Optional.empty());
  }

  /** The roster's index: its span, and while it is not reported upwards, when that is due. */
  private Index index(Optional<java.time.LocalDateTime> reportDue) {
    return new Index(true, reportDue, Optional.empty(), Set.of(), Optional.of(plan.startInclusive()),
        Optional.of(plan.endExclusive()));
  }

  /** When a roster's 报备 is due while it is not yet done: what {@link Escalations} reminds. */
  static Optional<java.time.LocalDateTime> reportDue(List<Record> events) {
    if (events.stream().anyMatch(DutyEvents.ReportedUpward.class::isInstance)) {
      return Optional.empty();
    }
    return events.stream().filter(RosterPublished.class::isInstance).map(e -> ((RosterPublished) e).reportDue())
        .flatMap(Optional::stream).findFirst();
  }

  /** Who published a roster: reminded of its 报备. */
  static String publishedBy(List<Record> events) {
    return events.stream().filter(RosterPublished.class::isInstance).map(e -> ((RosterPublished) e).by()).findFirst()
        .orElse("");
  }

  /**
   * Records that the roster was reported upwards (报备); its reminders stop.
   *
   * @param c the command
   * @return the roster, {@code REPORTED}
   * @throws CommandRefusedException if it was reported already
   */
  public CommandResult reportUpward(DutyCommands.ReportUpward c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      State s = published(c.rosterId(), events);
      ctx.authorise("duty.report-upward", c, AuthorityPolicy.Facts.NONE);
      if (events.stream().anyMatch(DutyEvents.ReportedUpward.class::isInstance)) {
        throw new CommandRefusedException("report upwards", c.rosterId(), "it was reported already");
      }
      return CommandRunner.Change.of(List.of(new DutyEvents.ReportedUpward(ctx.now(), c.actor(), c.to(), c.note())),
          index(), "REPORTED").viewing(view(c.rosterId(), s.roster().version()));
    });
  }

  /**
   * @param rosterId the roster
   * @return its current version
   * @throws UnknownReferenceException if it was never published
   */
  public Roster roster(String rosterId) {
    List<Record> events = runner.load(requireNonNull(rosterId, "rosterId"));
    if (events.isEmpty()) {
      throw new UnknownReferenceException("roster", rosterId, "");
    }
    return replay(events).roster();
  }

  /**
   * Who is on duty now (the handover time decides which duty day it is).
   *
   * @param rosterId the roster
   * @return slot → person
   */
  public ImmutableMap<Slot, String> onDutyNow(String rosterId) {
    return roster(rosterId).onDutyAt(ctx.now());
  }

  /**
   * Generates and publishes a roster; every assignment is stored as decided.
   *
   * @param c the command
   * @return the roster, version 1, {@code PUBLISHED}, the people on duty assigned (in slot order)
   * @throws CommandRefusedException if the roster id is already published
   */
  public CommandResult publish(DutyCommands.Publish c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      if (!events.isEmpty()) {
        throw new CommandRefusedException("publish", c.rosterId(), "the roster is already published");
      }
      Roster roster = RosterGenerator.generate(plan, peopleNow(), rules, c.seed());
      List<Assignment> assignments = assignmentsOf(roster, List.copyOf(roster.assignments().keySet()));
      // 报备: due a few working days before the plan begins (at once when published later than that)
      java.time.LocalDateTime now = ctx.now();
      io.oakit.core.deadline.DeadlineRule rule = io.oakit.core.deadline.DeadlineRule.before(plan.startInclusive(),
          reportWorkingDaysBefore, io.oakit.core.deadline.DeadlineRule.Unit.WORKING_DAYS);
      Optional<java.time.LocalDateTime> reportDue;
      try {
        java.time.LocalDateTime due = io.oakit.core.deadline.DeadlineClock.start(rule, ctx.calendar(), now).due();
        reportDue = Optional.of(due.isBefore(now) ? now : due);
      } catch (io.oakit.core.calendar.CalendarCoverageException e) {
        reportDue = Optional.empty();  // the days before the plan are outside the calendar: no 报备 deadline to keep
      }
      return CommandRunner.Change.of(List.of(new RosterPublished(now, c.actor(), c.seed(), assignments,
          plan.calendar().version(), plan.provisionalYears(), reportDue)), index(reportDue), "PUBLISHED").assigning(List.copyOf(roster.assignments().values()))
          .viewing(view(c.rosterId(), 1));
    });
  }

  private Map<String, Object> view(String rosterId, int version) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", rosterId);
    v.put("rosterVersion", version);
    v.put("from", plan.startInclusive());
    v.put("to", plan.endExclusive());
    return v;
  }

  /**
   * @param c the command
   * @return the roster, {@code REQUESTED}
   */
  public CommandResult requestSwap(DutyCommands.RequestSwap c) {
    return request(c, c.rosterId(), c.requestId(), roster -> {
      slot(roster, c.dayA(), c.slotA(), "slotA");
      slot(roster, c.dayB(), c.slotB(), "slotB");
    }, new SwapRequested(ctx.now(), c.actor(), c.requestId(), c.dayA(),
        c.slotA(), c.dayB(), c.slotB(), c.reason()));
  }

  /**
   * @param c the command
   * @return the roster, {@code REQUESTED}
   */
  public CommandResult requestOverride(DutyCommands.RequestOverride c) {
    return request(c, c.rosterId(), c.requestId(), roster -> {
      slot(roster, c.day(), c.slot(), "slot");
      dutyPerson(c.substitute(), "substitute of request " + c.requestId());
    }, new OverrideRequested(ctx.now(), c.actor(), c.requestId(), c.day(),
        c.slot(), c.substitute(), c.reason()));
  }

  private CommandResult request(Command c, String rosterId, String requestId, java.util.function.Consumer<Roster> checks,
      Record event) {
    return runner.run(c, rosterId, events -> {
      knownActor(c);
      State s = published(rosterId, events);
      checks.accept(s.roster());
      ctx.authorise(Checks.action(c), c, AuthorityPolicy.Facts.NONE.withRouted(holders(s.roster(), event)));
      boolean taken = events.stream().anyMatch(e -> (e instanceof SwapRequested || e instanceof OverrideRequested)
          && requestId(e).equals(requestId));
      if (taken) {
        throw new CommandRefusedException("request", rosterId, "request id " + requestId + " is already used");
      }
      return CommandRunner.Change.of(List.of(event), index(reportDue(events)), "REQUESTED").viewing(view(rosterId, s.roster().version()));
    });
  }

  private State published(String rosterId, List<Record> events) {
    if (events.isEmpty()) {
      throw new UnknownReferenceException("roster", rosterId, "");
    }
    return replay(events);
  }

  /**
   * Approves a pending request: applies it if it keeps every hard rule.
   *
   * @param c the command
   * @return the roster, its new roster version's state {@code v<N>}, the people of the changed slots assigned
   * @throws RosterChangeRefusedException if it would break a hard rule (nothing is written)
   */
  public CommandResult approve(DutyCommands.Approve c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      State s = published(c.rosterId(), events);
      Record request = s.pending().stream().filter(x -> requestId(x).equals(c.requestId())).findFirst()
          .orElseThrow(() -> new CommandRefusedException("approve", c.rosterId(), "no pending request "
              + c.requestId()));
      java.time.LocalDateTime now = ctx.now();
      String requester = request instanceof SwapRequested sw0 ? sw0.by() : ((OverrideRequested) request).by();
      // the duty manager approves, never the person who asked
      ctx.authorise("duty.approve", c, AuthorityPolicy.Facts.NONE.withRequester(requester));
      RosterEditor.Outcome outcome = applyRequest(new RosterEditor(peopleNow(), rules), s.roster(), request, c.actor(),
          now);
      if (!outcome.allowed()) {
        throw new RosterChangeRefusedException(c.requestId(), outcome.violations());
      }
      Roster next = outcome.roster().orElseThrow();
      RosterChange change = next.changes().get(next.changes().size() - 1);
      List<Assignment> changed = assignmentsOf(next, change.slots());
      RequestApproved approved = new RequestApproved(now, c.actor(), c.requestId(), next.version(), change.kind(),
          change.description(), changed);
      return CommandRunner.Change.of(List.of(approved), index(reportDue(events)), "v" + approved.version())
          .assigning(changed.stream().map(Assignment::person).toList()).viewing(view(c.rosterId(), next.version()))
          .notifying(List.of(new Notifier.Notification(requester, "换班", "request " + c.requestId() + " approved")));
    });
  }

  /**
   * Re-plans the published roster from a day for the people as they are now ({@link RosterEditor#replan}): every
   * duty before the day kept, every later one that still keeps the hard rules kept, only the rest filled again.
   * Everyone whose duties changed — who lost one, who was given one — is told.
   *
   * @param c the command
   * @return the roster, its new roster version's state {@code v<N>}, the people given a duty assigned
   * @throws CommandRefusedException if no roster keeps the duties before the day (nothing is written)
   */
  public CommandResult replan(DutyCommands.Replan c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      State s = published(c.rosterId(), events);
      ctx.authorise("duty.replan", c, AuthorityPolicy.Facts.NONE);
      java.time.LocalDateTime now = ctx.now();
      RosterEditor.Replanned replanned;
      try {
        replanned = new RosterEditor(peopleNow(), rules).replan(s.roster(), c.from(), c.seed(), c.actor(), c.actor(),
            now, c.reason());
      } catch (io.oakit.core.roster.InfeasibleRosterException e) {
        throw new CommandRefusedException("replan", c.rosterId(), e.getMessage());
      }
      Roster next = replanned.roster();
      RosterChange change = next.changes().get(next.changes().size() - 1);
      List<Assignment> changed = assignmentsOf(next, change.slots());
      DutyEvents.RosterReplanned event = new DutyEvents.RosterReplanned(now, c.actor(), c.from(), c.seed(), c.reason(),
          next.version(), change.description(), changed);
      java.util.Set<String> told = new java.util.TreeSet<>();
      replanned.changes().forEach(x -> {
        x.before().ifPresent(told::add);
        told.add(x.after());
      });
      List<Notifier.Notification> notes = told.stream().map(p -> new Notifier.Notification(p, "重新排班",
          "roster " + c.rosterId() + " re-planned from " + c.from() + " (v" + next.version() + "): your duties changed"))
          .toList();
      return CommandRunner.Change.of(List.of(event), index(reportDue(events)), "v" + next.version())
          .assigning(changed.stream().map(Assignment::person).distinct().toList()).viewing(view(c.rosterId(), next.version()))
          .notifying(notes);
    });
  }

  /**
   * @param c the command
   * @return the roster, {@code LOGGED}
   */
  public CommandResult log(DutyCommands.Log c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      State s = published(c.rosterId(), events);
      AuthorityPolicy.Facts facts = dutyFacts(s.roster());
      ctx.authorise("duty.log", c, facts);
      java.time.LocalDateTime now = ctx.now();
      if (c.occurredAt().filter(t -> t.isAfter(now)).isPresent()) {
        throw new io.oakit.core.InvalidInputException("Log", List.of("occurredAt: " + c.occurredAt().get()
            + " is after now, " + now));
      }
      List<Notifier.Notification> notes = new ArrayList<>();
      if (c.urgent()) {
        // 紧急情况: the leader on duty hears of it at once (else whoever published the roster)
        String text = "紧急情况 " + c.occurredAt().map(t -> t + " ").orElse("") + c.text()
            + c.action().map(a -> " — 处置: " + a).orElse("");
        Set<String> leaders = facts.dutyLeaders().isEmpty() ? Set.of(publishedBy(events)) : facts.dutyLeaders();
        leaders.stream().sorted().forEach(l -> notes.add(new Notifier.Notification(l, "紧急情况", text)));
      }
      return CommandRunner.Change.of(List.of(new DutyLogged(now, c.actor(), c.text(), c.occurredAt(), c.caller(),
          c.action(), c.reportedTo(), c.urgent() ? Optional.of(true) : Optional.empty())), index(reportDue(events)), "LOGGED")
          .viewing(view(c.rosterId(), s.roster().version())).notifying(notes);
    });
  }

  /**
   * @param c the command
   * @return the roster, {@code HANDED_OVER}, the person handed to assigned
   */
  public CommandResult handOver(DutyCommands.HandOver c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      State s = published(c.rosterId(), events);
      dutyPerson(c.to(), "handover of roster " + c.rosterId());
      ctx.authorise("duty.hand-over", c, dutyFacts(s.roster()));
      Set<String> next = nextOnDuty(s.roster());
      if (!next.contains(c.to())) {
        throw new CommandRefusedException("hand over", c.rosterId(), c.to() + " is not on the next duty of the roster "
            + next);
      }
      return CommandRunner.Change.of(List.of(new HandedOver(ctx.now(), c.actor(), c.to(), c.note())),
          index(reportDue(events)),
          "HANDED_OVER").assigning(List.of(c.to())).viewing(view(c.rosterId(), s.roster().version()))
          .notifying(List.of(new Notifier.Notification(c.to(), "交接班", c.note())));
    });
  }

  /**
   * The duty log of a roster, in order.
   *
   * @param rosterId the roster
   * @return the entries
   */
  public List<DutyLogged> dutyLog(String rosterId) {
    return runner.load(rosterId).stream().filter(DutyLogged.class::isInstance).map(DutyLogged.class::cast).toList();
  }
}
