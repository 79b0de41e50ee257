package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import io.oakit.workflow.internal.RecordCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Duty (值班) on the SPI: publishing a roster, swaps and overrides (requested, then approved against
 * every hard rule), the duty log and handovers, and who is on duty now. A roster is stored as its
 * events; since generation is deterministic, replaying them rebuilds every version. Commands come
 * from people of the organisation or of the duty list (and act for them); a substitute and the person
 * a duty is handed over to must be on the duty list. Thread-safe.
 */
public final class DutyService {

  static final RecordCodec CODEC = new RecordCodec(RosterPublished.class, SwapRequested.class, OverrideRequested.class,
      RequestApproved.class, DutyLogged.class, HandedOver.class);

  private final WorkflowContext ctx;
  private final DutyPlan plan;
  private final List<DutyPerson> people;
  private final Set<String> dutyPeople;
  private final List<RosterRule> rules;
  private final CommandRunner runner;

  /**
   * @param ctx the context
   * @param plan the plan rosters of this service cover
   * @param people the people
   * @param rules the rules
   */
  public DutyService(WorkflowContext ctx, DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules) {
    this.ctx = requireNonNull(ctx, "ctx");
    this.plan = requireNonNull(plan, "plan");
    this.people = ImmutableList.copyOf(people);
    this.dutyPeople = this.people.stream().map(DutyPerson::id).collect(Collectors.toUnmodifiableSet());
    this.rules = ImmutableList.copyOf(rules);
    this.runner = new CommandRunner(ctx, CODEC, AggregateKind.ROSTER);
  }

  /** The state rebuilt from events: the current roster and the pending requests. */
  private record State(Roster roster, List<Record> pending) {}

  private State replay(List<Record> events) {
    Roster roster = null;
    List<Record> pending = new ArrayList<>();
    RosterEditor editor = new RosterEditor(people, rules);
    for (Record r : events) {
      if (r instanceof RosterPublished p) {
        roster = RosterGenerator.generate(plan, people, rules, p.seed());
      } else if (r instanceof SwapRequested || r instanceof OverrideRequested) {
        pending.add(r);
      } else if (r instanceof RequestApproved a) {
        Record request = pending.stream().filter(x -> requestId(x).equals(a.requestId())).findFirst().orElseThrow();
        pending.remove(request);
        roster = applyRequest(editor, roster, request, a).roster().orElseThrow();
      }
    }
    return new State(roster, pending);
  }

  private static String requestId(Record r) {
    return r instanceof SwapRequested s ? s.requestId() : ((OverrideRequested) r).requestId();
  }

  private RosterEditor.Outcome applyRequest(RosterEditor editor, Roster roster, Record request, RequestApproved a) {
    if (request instanceof SwapRequested s) {
      return editor.swap(roster, slot(s.dayA(), s.slotA()), slot(s.dayB(), s.slotB()), s.by(), a.by(), a.at(), s.reason());
    }
    OverrideRequested o = (OverrideRequested) request;
    return editor.override(roster, slot(o.day(), o.slot()), o.substitute(), o.by(), a.by(), a.at(), o.reason());
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

  private Slot slot(LocalDate day, int index) {
    return slot(day, index, "slot");
  }

  private Slot slot(LocalDate day, int index, String field) {
    return plan.slots().stream().filter(s -> s.date().equals(day) && s.index() == index).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(field + ": no slot " + index + " on " + day + " in the plan"));
  }

  private Index index() {
    return new Index(true, Optional.empty(), Optional.empty(), Set.of(), Optional.of(plan.startInclusive()),
        Optional.of(plan.endExclusive()));
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

  /** @param c the command @return the version published */
  public String publish(DutyCommands.Publish c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      if (!events.isEmpty()) {
        throw new IllegalArgumentException("roster " + c.rosterId() + " is already published");
      }
      Roster roster = RosterGenerator.generate(plan, people, rules, c.seed());
      return new CommandRunner.Change(List.of(new RosterPublished(ctx.now(), c.actor(), c.seed())), index(),
          "v" + roster.version(), List.of());
    });
  }

  /** @param c the command @return the request id */
  public String requestSwap(DutyCommands.RequestSwap c) {
    return request(c, c.rosterId(), c.requestId(), () -> {
      slot(c.dayA(), c.slotA(), "slotA");
      slot(c.dayB(), c.slotB(), "slotB");
    }, new SwapRequested(ctx.now(), c.actor(), c.requestId(), c.dayA(),
        c.slotA(), c.dayB(), c.slotB(), c.reason()));
  }

  /** @param c the command @return the request id */
  public String requestOverride(DutyCommands.RequestOverride c) {
    return request(c, c.rosterId(), c.requestId(), () -> {
      slot(c.day(), c.slot(), "slot");
      dutyPerson(c.substitute(), "substitute of request " + c.requestId());
    }, new OverrideRequested(ctx.now(), c.actor(), c.requestId(), c.day(),
        c.slot(), c.substitute(), c.reason()));
  }

  private String request(Command c, String rosterId, String requestId, Runnable checks, Record event) {
    return runner.run(c, rosterId, events -> {
      knownActor(c);
      checks.run();
      State s = published(rosterId, events);
      boolean taken = events.stream().anyMatch(e -> (e instanceof SwapRequested || e instanceof OverrideRequested)
          && requestId(e).equals(requestId));
      if (taken) {
        throw new IllegalArgumentException("request id " + requestId + " is already used");
      }
      return new CommandRunner.Change(List.of(event), index(), requestId, List.of());
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
   * @return the new version, e.g. {@code v2}
   * @throws RosterChangeRefusedException if it would break a hard rule (nothing is written)
   */
  public String approve(DutyCommands.Approve c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      State s = published(c.rosterId(), events);
      Record request = s.pending().stream().filter(x -> requestId(x).equals(c.requestId())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no pending request " + c.requestId()));
      RequestApproved approved = new RequestApproved(ctx.now(), c.actor(), c.requestId(), s.roster().version() + 1);
      RosterEditor.Outcome outcome = applyRequest(new RosterEditor(people, rules), s.roster(), request, approved);
      if (!outcome.allowed()) {
        throw new RosterChangeRefusedException(c.requestId(), outcome.violations());
      }
      String requester = request instanceof SwapRequested sw ? sw.by() : ((OverrideRequested) request).by();
      return new CommandRunner.Change(List.of(approved), index(), "v" + approved.version(),
          List.of(new Notifier.Notification(requester, "换班", "request " + c.requestId() + " approved")));
    });
  }

  /** @param c the command @return the roster id */
  public String log(DutyCommands.Log c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      published(c.rosterId(), events);
      return new CommandRunner.Change(List.of(new DutyLogged(ctx.now(), c.actor(), c.text())), index(), c.rosterId(),
          List.of());
    });
  }

  /** @param c the command @return the roster id */
  public String handOver(DutyCommands.HandOver c) {
    return runner.run(c, c.rosterId(), events -> {
      knownActor(c);
      published(c.rosterId(), events);
      dutyPerson(c.to(), "handover of roster " + c.rosterId());
      return new CommandRunner.Change(List.of(new HandedOver(ctx.now(), c.actor(), c.to(), c.note())), index(),
          c.rosterId(), List.of(new Notifier.Notification(c.to(), "交接班", c.note())));
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
