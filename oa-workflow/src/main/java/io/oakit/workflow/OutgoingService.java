package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.Copies;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.Router;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.Index;
import io.oakit.workflow.OutgoingEvents.CountersignStarted;
import io.oakit.workflow.OutgoingEvents.Countersigned;
import io.oakit.workflow.OutgoingEvents.Distributed;
import io.oakit.workflow.OutgoingEvents.Drafted;
import io.oakit.workflow.OutgoingEvents.Numbered;
import io.oakit.workflow.OutgoingEvents.OutgoingArchived;
import io.oakit.workflow.OutgoingEvents.Purpose;
import io.oakit.workflow.OutgoingEvents.Returned;
import io.oakit.workflow.OutgoingEvents.Reviewed;
import io.oakit.workflow.OutgoingEvents.SignedOff;
import io.oakit.workflow.OutgoingEvents.SignerAdded;
import io.oakit.workflow.OutgoingEvents.SignerRemoved;
import io.oakit.workflow.internal.EventCodec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Outgoing documents (发文): draft → countersign (会签, sequential or parallel, all or N of M;
 * countersigners may be added or removed while a sequential countersign is under way) → review
 * (核稿) → sign-off (签发) by the person the routing rules authorise, amount ladders included →
 * number (发文字号, from the SPI's allocator, in the same transaction) and seal → distribute →
 * archive. A draft can be returned to drafting or to a fresh countersign with a reason; the return
 * cancels every open countersign task with it, so no step is left orphaned. Thread-safe.
 */
public final class OutgoingService {

  static final EventCodec CODEC = new EventCodec("outgoing-document", List.of(Drafted.class, CountersignStarted.class,
      Countersigned.class, SignerAdded.class, SignerRemoved.class, Returned.class, Reviewed.class, SignedOff.class,
      Numbered.class, Distributed.class, OutgoingArchived.class, OutgoingEvents.Rechecked.class,
      OutgoingEvents.Issued.class, OutgoingEvents.ReplyLinked.class, OutgoingEvents.SignOffSigned.class,
      OutgoingEvents.DeadlineSet.class, OutgoingEvents.DeadlineRebased.class),
      List.of(new EventCodec.Upcaster("outgoing.drafted", 1, DocumentFields::nested)));

  /** Where a draft is. */
  public enum Stage {
    /** 拟稿. */ DRAFT,
    /** 会签中. */ COUNTERSIGNING,
    /** 会签完毕，待核稿. */ COUNTERSIGNED,
    /** 已核稿，待签发. */ REVIEWED,
    /** 已签发. */ SIGNED_OFF,
    /** 已复核: format and wording checked after sign-off. */ RECHECKED,
    /** 已编号用印. */ NUMBERED,
    /** 已核发: printed copies checked and released. */ ISSUED,
    /** 已分发. */ DISTRIBUTED,
    /** 已存档. */ ARCHIVED
  }

  /**
   * A draft's state.
   *
   * @param profile the profile
   * @param unitCode the code its number is allocated under
   * @param stage where it is
   * @param mode the countersign's mode, while one exists
   * @param signers the countersigners, in order
   * @param signed who signed
   * @param required signatures needed (0 = all)
   * @param number its number, once numbered
   * @param drafter who drafted it
   * @param route the sign-off route decided at review, empty before
   * @param signatures the sign-off signatures so far, in order
   * @param deadlines the deadlines as decided: the draft's, and the countersign's once one was started
   * @param numberedAt when its number was allocated (the day of its entry in the register, 发文登记)
   * @param reply the incoming document that answers it (批复 to a 请示), once linked
   */
  public record State(DocumentProfile profile, String unitCode, Stage stage, Optional<Mode> mode, List<String> signers,
      Set<String> signed, int required, Optional<String> number, String drafter,
      List<OutgoingEvents.SignOffStage> route, List<OutgoingEvents.SignOffSigned> signatures,
      Map<Purpose, DeadlineClock> deadlines, Optional<LocalDateTime> numberedAt, Optional<String> reply) {

    /**
     * Copies the deadlines.
     *
     * @param profile the profile
     * @param unitCode the code its number is allocated under
     * @param stage where it is
     * @param mode the countersign's mode, while one exists
     * @param signers the countersigners, in order
     * @param signed who signed
     * @param required signatures needed (0 = all)
     * @param number its number, once numbered
     * @param drafter who drafted it
     * @param route the sign-off route decided at review, empty before
     * @param signatures the sign-off signatures so far, in order
     * @param deadlines the deadlines as decided: the draft's, and the countersign's once one was started
     * @param numberedAt when its number was allocated (the day of its entry in the register, 发文登记)
     * @param reply the incoming document that answers it (批复 to a 请示), once linked
     */
    public State {
      signers = Copies.list(signers);
      signed = Copies.set(signed);
      route = Copies.list(route);
      signatures = Copies.list(signatures);
      deadlines = Map.copyOf(deadlines);
    }

    /**
     * Whether a deadline is running: the countersign's while the countersign is under way, the draft's
     * until the document is distributed.
     *
     * @param purpose which deadline
     * @return whether it is decided and running
     */
    public boolean isOpen(Purpose purpose) {
      return deadlines.containsKey(purpose) && switch (purpose) {
        case COUNTERSIGN -> stage == Stage.COUNTERSIGNING;
        case DRAFT -> stage.compareTo(Stage.DISTRIBUTED) < 0;
        case REPLY -> stage == Stage.DISTRIBUTED && reply.isEmpty();
      };
    }

    /**
     * The deadline that runs now: the countersign's while one is under way, else the draft's until the
     * document is distributed.
     *
     * @return the deadline, empty when none runs
     */
    public Optional<DeadlineClock> runningDeadline() {
      return isOpen(Purpose.COUNTERSIGN) ? Optional.of(deadlines.get(Purpose.COUNTERSIGN))
          : isOpen(Purpose.DRAFT) ? Optional.of(deadlines.get(Purpose.DRAFT))
          : isOpen(Purpose.REPLY) ? Optional.of(deadlines.get(Purpose.REPLY)) : Optional.empty();
    }

    State withDeadline(Purpose purpose, DeadlineClock clock) {
      Map<Purpose, DeadlineClock> d = new java.util.EnumMap<>(Purpose.class);
      d.putAll(deadlines);
      d.put(purpose, clock);
      return new State(profile, unitCode, stage, mode, signers, signed, required, number, drafter, route, signatures, d,
          numberedAt, reply);
    }

    /**
     * The stage of the sign-off route that is open now.
     *
     * @return its index, or empty if there is no route or every stage is complete
     */
    public Optional<Integer> openSignOffStage() {
      for (int i = 0; i < route.size(); i++) {
        int stageIndex = i;
        long signedThere = signatures.stream().filter(x -> x.stage() == stageIndex).count();
        if (signedThere < route.get(i).required()) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    /** @return the route's people who may sign off now: the next one of a sequence, every one not yet signed otherwise */
    public List<String> pendingSignOff() {
      if (stage != Stage.REVIEWED) {
        return List.of();
      }
      return openSignOffStage().map(i -> {
        Set<String> done = new java.util.HashSet<>();
        signatures.stream().filter(x -> x.stage() == i).forEach(x -> done.add(x.signedFor()));
        List<String> open = route.get(i).people().stream().filter(p -> !done.contains(p)).toList();
        return route.get(i).mode() == Mode.SEQUENCE ? open.stream().limit(1).toList() : open;
      }).orElse(List.of());
    }

    State withSignOff(List<OutgoingEvents.SignOffStage> r, List<OutgoingEvents.SignOffSigned> sig) {
      return new State(profile, unitCode, stage, mode, signers, signed, required, number, drafter, List.copyOf(r),
          List.copyOf(sig), deadlines, numberedAt, reply);
    }

    /** @return the countersigners who may sign now: the next one (sequential) or every one not yet signed (parallel) */
    public List<String> pendingSigners() {
      if (stage != Stage.COUNTERSIGNING || mode.isEmpty()) {
        return List.of();
      }
      List<String> open = signers.stream().filter(s -> !signed.contains(s)).toList();
      return mode.get() == Mode.SEQUENCE ? open.stream().limit(1).toList() : open;
    }

    boolean countersignDone() {
      int need = required == 0 ? signers.size() : Math.min(required, signers.size());
      return signed.size() >= need;
    }

    State with(Stage s, Optional<Mode> m, List<String> sg, Set<String> sd, int req, Optional<String> n) {
      return new State(profile, unitCode, s, m, List.copyOf(sg), Set.copyOf(sd), req, n, drafter, route, signatures,
          deadlines, numberedAt, reply);
    }
  }

  private final WorkflowContext ctx;
  private final Router authority;
  private final CommandRunner runner;
  private final DeadlinePolicy drafts;
  private final DeadlineRule countersign;
  private final ConfigurationService.InForce<io.oakit.core.deadline.ReminderPolicy> reminders;
  /** Whether 复核 and 核发 are required (see {@link #requiringRecheckAndIssue}). */
  private final boolean strict;
  /** How long a 请示 waits for its answer (see {@link #waitingForAnswers}). */
  private final DeadlineRule replyWait;

  /** The default time limit of a countersign (会签): three working days. */
  public static final DeadlineRule COUNTERSIGN_DEFAULT = DeadlineRule.workingDays(3);

  /**
   * @param ctx the context
   * @param authority the routing rules that say who signs off (签发) a document, e.g. an amount ladder;
   *     the first step's people are authorised
   */
  public OutgoingService(WorkflowContext ctx, Router authority) {
    this(ctx, authority, DeadlinePolicy.defaults(), COUNTERSIGN_DEFAULT);
  }

  /**
   * @param ctx the context
   * @param authority the routing rules that say who signs off (签发) a document
   * @param drafts the time limit of getting a draft out (until distributed), by urgency and kind; a
   *     draft may name its own (e.g. a date a superior organ set)
   * @param countersign the time limit of a countersign, unless the command names its own
   */
  public OutgoingService(WorkflowContext ctx, Router authority, DeadlinePolicy drafts, DeadlineRule countersign) {
    this(ctx, authority, drafts, countersign,
        ConfigurationService.InForce.fixed(io.oakit.core.deadline.ReminderPolicy.defaults()));
  }

  /**
   * A service whose deadlines remind as the reminder policy in force the day each is set says (e.g.
   * {@link ConfigurationService#reminderPolicies}); a deadline keeps the reminders it was set with.
   *
   * @param ctx the context
   * @param authority the routing rules that say who signs off (签发) a document
   * @param drafts the time limit of getting a draft out (until distributed), by urgency and kind
   * @param countersign the time limit of a countersign, unless the command names its own
   * @param reminders the reminders by day
   */
  public OutgoingService(WorkflowContext ctx, Router authority, DeadlinePolicy drafts, DeadlineRule countersign,
      ConfigurationService.InForce<io.oakit.core.deadline.ReminderPolicy> reminders) {
    this(ctx, authority, drafts, countersign, reminders, false, REPLY_WAIT_DEFAULT);
  }

  private OutgoingService(WorkflowContext ctx, Router authority, DeadlinePolicy drafts, DeadlineRule countersign,
      ConfigurationService.InForce<io.oakit.core.deadline.ReminderPolicy> reminders, boolean strict,
      DeadlineRule replyWait) {
    this.strict = strict;
    this.replyWait = replyWait;
    this.reminders = requireNonNull(reminders, "reminders");
    this.ctx = requireNonNull(ctx, "ctx");
    this.authority = requireNonNull(authority, "authority");
    this.drafts = requireNonNull(drafts, "drafts");
    this.countersign = requireNonNull(countersign, "countersign");
    this.runner = new CommandRunner(ctx, CODEC, AggregateKind.DOCUMENT, "out/");
  }

  /**
   * @param documentId a draft
   * @return its state
   */
  public State find(String documentId) {
    List<Record> events = runner.load(requireNonNull(documentId, "documentId"));
    if (events.isEmpty()) {
      throw new UnknownReferenceException("document", documentId, "");
    }
    return replay(events, ctx.calendar());
  }

  /**
   * A draft as a person may read it: only if they are of the organisation and cleared for it now.
   *
   * @param documentId a draft
   * @param readerId who reads it
   * @return its state
   * @throws UnknownReferenceException if there is no such draft or reader
   * @throws ClearanceException if the reader is not cleared for it now
   */
  public State find(String documentId, String readerId) {
    State s = find(documentId);
    Checks.cleared(ctx, requireNonNull(readerId, "readerId"), s.profile(), "read");
    return s;
  }

  /**
   * A person's tray (待办) of drafts to countersign or sign off, in the store's order, less anything
   * they are no longer cleared for.
   *
   * @param personId the person
   * @return the drafts
   */
  public List<State> tray(String personId) {
    requireNonNull(personId, "personId");
    return runner.tray(personId, events -> replay(events, ctx.calendar()),
        s -> !Checks.clearedNow(ctx, s.profile(), List.of(personId)).isEmpty());
  }

  static State replay(List<Record> events, WorkCalendar calendar) {
    State s = null;
    for (Record r : events) {
      s = apply(s, r, calendar);
    }
    return s;
  }

  private static State apply(State s, Record r, WorkCalendar calendar) {
    if (r instanceof OutgoingEvents.DeadlineSet e) {
      // the deadline as decided then, whatever the calendar says now
      // and with the reminders decided with it
      return s.withDeadline(e.purpose(), DeadlineClock.decided(DeadlineRule.parse(e.deadlineRule()), calendar, e.at(),
          e.periodEnd(), e.due(), !e.assumedYears().isEmpty()).withPolicies(io.oakit.core.deadline.ExtensionPolicy
          .unlimited(), e.reminderPolicy().map(io.oakit.core.config.Configuration::readReminderPolicy)
          .orElse(io.oakit.core.deadline.ReminderPolicy.defaults())));
    }
    if (r instanceof OutgoingEvents.DeadlineRebased e) {
      DeadlineClock old = s.deadlines().get(e.purpose());
      return s.withDeadline(e.purpose(), old.asDecided(e.periodEnd(), e.due(), !e.assumedYears().isEmpty()));
    }
    if (r instanceof Drafted e) {
      DocumentProfile p = e.document().profile(e.at());
      return new State(p, e.unitCode(), Stage.DRAFT, Optional.empty(), List.of(), Set.of(), 0, Optional.empty(), e.by(),
          List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());
    }
    if (r instanceof CountersignStarted e) {
      return s.with(Stage.COUNTERSIGNING, Optional.of(e.mode()), e.signers(), Set.of(), e.required(), s.number());
    }
    if (r instanceof Countersigned e) {
      Set<String> signed = new LinkedHashSet<>(s.signed());
      signed.add(e.by());
      State next = s.with(s.stage(), s.mode(), s.signers(), signed, s.required(), s.number());
      return next.countersignDone() ? next.with(Stage.COUNTERSIGNED, s.mode(), s.signers(), signed, s.required(), s.number())
          : next;
    }
    if (r instanceof SignerAdded e) {
      List<String> signers = new ArrayList<>(s.signers());
      signers.add(e.position(), e.signer());
      return s.with(s.stage(), s.mode(), signers, s.signed(), s.required(), s.number());
    }
    if (r instanceof SignerRemoved e) {
      List<String> signers = new ArrayList<>(s.signers());
      signers.remove(e.signer());
      State next = s.with(s.stage(), s.mode(), signers, s.signed(), s.required(), s.number());
      return next.countersignDone() ? next.with(Stage.COUNTERSIGNED, s.mode(), signers, s.signed(), s.required(), s.number())
          : next;
    }
    if (r instanceof Returned e) {
      // a return cancels every open task: the countersign, and the sign-off route with its signatures
      State cleared = s.withSignOff(List.of(), List.of());
      return e.to() == Stage.DRAFT
          ? cleared.with(Stage.DRAFT, Optional.empty(), List.of(), Set.of(), 0, s.number())
          : cleared.with(Stage.COUNTERSIGNING, s.mode(), s.signers(), Set.of(), s.required(), s.number());
    }
    if (r instanceof OutgoingEvents.SignOffSigned e) {
      List<OutgoingEvents.SignOffSigned> sig = new ArrayList<>(s.signatures());
      sig.add(e);
      return s.withSignOff(s.route(), sig);
    }
    if (r instanceof Reviewed e) {
      return s.with(Stage.REVIEWED, s.mode(), s.signers(), s.signed(), s.required(), s.number())
          .withSignOff(e.route(), List.of());
    }
    if (r instanceof SignedOff e) {
      List<OutgoingEvents.SignOffSigned> sig = new ArrayList<>(s.signatures());
      e.stage().ifPresent(st -> sig.add(new OutgoingEvents.SignOffSigned(e.at(), e.by(), st, e.signedFor().orElse(e.by()),
          e.opinion().orElse(""))));
      return s.with(Stage.SIGNED_OFF, s.mode(), s.signers(), s.signed(), s.required(), s.number())
          .withSignOff(s.route(), sig);
    }
    if (r instanceof Numbered e) {
      State n = s.with(Stage.NUMBERED, s.mode(), s.signers(), s.signed(), s.required(), Optional.of(e.number()));
      return new State(n.profile(), n.unitCode(), n.stage(), n.mode(), n.signers(), n.signed(), n.required(), n.number(),
          n.drafter(), n.route(), n.signatures(), n.deadlines(), Optional.of(e.at()), n.reply());
    }
    if (r instanceof OutgoingEvents.ReplyLinked e) {
      State linked = new State(s.profile(), s.unitCode(), s.stage(), s.mode(), s.signers(), s.signed(), s.required(),
          s.number(), s.drafter(), s.route(), s.signatures(), s.deadlines(), s.numberedAt(),
          Optional.of(e.replyDocumentId()));
      DeadlineClock waiting = s.deadlines().get(Purpose.REPLY);
      return waiting == null || waiting.completedAt().isPresent() ? linked
          : linked.withDeadline(Purpose.REPLY, waiting.complete(e.at()));
    }
    if (r instanceof OutgoingEvents.Rechecked) {
      return s.with(Stage.RECHECKED, s.mode(), s.signers(), s.signed(), s.required(), s.number());
    }
    if (r instanceof OutgoingEvents.Issued) {
      return s.with(Stage.ISSUED, s.mode(), s.signers(), s.signed(), s.required(), s.number());
    }
    if (r instanceof Distributed) {
      return s.with(Stage.DISTRIBUTED, s.mode(), s.signers(), s.signed(), s.required(), s.number());
    }
    if (r instanceof OutgoingArchived) {
      return s.with(Stage.ARCHIVED, s.mode(), s.signers(), s.signed(), s.required(), s.number());
    }
    throw new UndecodableAggregateException(AggregateKind.DOCUMENT, s == null ? "?" : "out/" + s.profile().id(),
        "event " + r.getClass().getSimpleName() + " does not belong to an outgoing document", null);
  }

  private Index index(State s) {
    boolean open = s.stage() != Stage.ARCHIVED;
    Set<String> tray = new LinkedHashSet<>(s.pendingSigners());
    tray.addAll(s.pendingSignOff());
    // the register (发文登记簿) finds it by the day it was numbered
    Optional<java.time.LocalDate> day = s.numberedAt().map(LocalDateTime::toLocalDate);
    return new Index(open, s.runningDeadline().map(DeadlineClock::due), Optional.of(s.profile().issuingUnit()),
        open ? Checks.clearedNow(ctx, s.profile(), tray) : Set.of(), day, day.map(d -> d.plusDays(1)));
  }

  private static java.util.Map<String, Object> view(State s) {
    java.util.Map<String, Object> v = Checks.documentView(s.profile(), s.stage());
    v.put("number", s.number());
    return v;
  }

  private CommandResult step(Command c, String documentId,
      java.util.function.BiFunction<State, io.oakit.spi.UnitOfWork, List<Record>> decide) {
    return stepNotifying(c, documentId, decide, (before, after) -> List.of());
  }

  /** As {@link #step}, with further notifications decided from the document before and after. */
  private CommandResult stepNotifying(Command c, String documentId,
      java.util.function.BiFunction<State, io.oakit.spi.UnitOfWork, List<Record>> decide,
      java.util.function.BiFunction<State, State, List<Notifier.Notification>> more) {
    return runner.run(c, documentId, (events, unit) -> {
      Checks.known(ctx, c);
      if (events.isEmpty()) {
        throw new UnknownReferenceException("document", documentId, "");
      }
      State before = replay(events, ctx.calendar());
      String action = Checks.action(c);
      // the calendar's re-base was checked once, as calendar.rebase-deadlines; it reads nothing of the document
      boolean calendarRebase = c instanceof CalendarService.RebaseOne;
      if (!calendarRebase) {
        // every command on a classified document needs the clearance now, whoever planned it
        Checks.cleared(ctx, c.actor(), before.profile(), action);
      }
      List<Record> added = decide.apply(before, unit);
      if (!calendarRebase) {
        ctx.authorise(action, c, facts(before));
      }
      State after = before;
      for (Record r : added) {
        after = apply(after, r, ctx.calendar());
      }
      State done = after;
      List<Notifier.Notification> notes = new ArrayList<>(Checks.reach(ctx, after.profile(), after.pendingSigners(),
          "会签", p -> "请会签 " + done.profile().subject(), after.drafter()));
      if (before.pendingSignOff().isEmpty() || !before.pendingSignOff().equals(after.pendingSignOff())) {
        notes.addAll(Checks.reach(ctx, after.profile(), after.pendingSignOff(), "签发",
            p -> "请签发 " + done.profile().subject(), after.drafter()));
      }
      notes.addAll(more.apply(before, after));
      List<String> next = after.stage() == Stage.REVIEWED ? after.pendingSignOff() : after.pendingSigners();
      return CommandRunner.Change.of(added, index(after), after.stage().name()).numbered(after.number())
          .notifying(notes).assigning(next).viewing(view(after)).classified(after.profile().secrecy());
    });
  }

  /** What the authority policy may ask: who is routed for the open step, who asked for an expense. */
  private static AuthorityPolicy.Facts facts(State s) {
    Set<String> routed = new LinkedHashSet<>(s.pendingSigners());
    routed.addAll(s.pendingSignOff());
    AuthorityPolicy.Facts f = AuthorityPolicy.Facts.NONE.withDocument(s.profile().areas(), Optional.empty())
        .withRouted(routed);
    // an expense document is the drafter's request: they may not sign it off themselves
    return s.profile().amount().isPresent() ? f.withRequester(s.drafter()) : f;
  }

  private CommandResult simple(Command c, String documentId, Function<State, List<Record>> decide) {
    return step(c, documentId, (s, u) -> decide.apply(s));
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult draft(OutgoingCommands.Draft c) {
    io.oakit.core.Validations.check(c);
    DocumentFields d = c.document();
    return runner.run(c, d.documentId(), events -> {
      if (!events.isEmpty()) {
        throw new CommandRefusedException("draft", d.documentId(), "the document already exists");
      }
      DocumentProfile p = d.profile(ctx.now());
      Checks.known(ctx, c);
      Checks.cleared(ctx, c.actor(), p, "draft");
      Drafted e = new Drafted(ctx.now(), c.actor(), d, c.unitCode());
      DeadlineRule rule = c.deadlineRule().map(t -> Checks.rule(t, "Draft", "deadlineRule"))
          .orElseGet(() -> drafts.ruleFor(d.urgency(), d.kind()));
      OutgoingEvents.DeadlineSet deadline = deadlineSet(Purpose.DRAFT, rule, c.actor());
      State s = apply(apply(null, e, ctx.calendar()), deadline, ctx.calendar());
      return CommandRunner.Change.of(List.of(e, deadline), index(s), s.stage().name()).viewing(view(s))
          .classified(p.secrecy());
    });
  }

  /** A deadline decided now on the calendar in force. */
  private OutgoingEvents.DeadlineSet deadlineSet(Purpose purpose, DeadlineRule rule, String by) {
    LocalDateTime now = ctx.now();
    io.oakit.core.deadline.ReminderPolicy reminding = reminders.on(now.toLocalDate());
    DeadlineClock clock = DeadlineClock.start(rule, ctx.calendar(), now, io.oakit.core.deadline.ExtensionPolicy.unlimited(),
        reminding);
    return new OutgoingEvents.DeadlineSet(now, by, purpose, rule.toString(), clock.periodEnd(), clock.due(),
        ctx.calendar().version(), Deadlines.assumedYears(ctx.calendar(), clock), Deadlines.stored(reminding));
  }

  /**
   * Recomputes the running deadlines of a draft (the draft's, and the countersign's while one is under
   * way) on the calendar in force, recording the old and the new due instants; the people it waits for
   * (else the drafter) are told when a due instant moved.
   *
   * @param c the command
   * @return the document and its stage
   * @throws io.oakit.core.IllegalTransitionException if no deadline of the document is running
   */
  public CommandResult rebaseDeadline(OutgoingCommands.RebaseDeadline c) {
    return rebase(c, c.documentId(), c.reason(), new boolean[1]);
  }

  /**
   * One document's part of {@link CalendarService#rebaseDeadlines}.
   *
   * @return whether a due instant moved
   */
  boolean rebase(CalendarService.RebaseOne c) {
    boolean[] moved = new boolean[1];
    rebase(c, c.id(), c.reason(), moved);
    return moved[0];
  }

  private CommandResult rebase(Command c, String documentId, String reason, boolean[] moved) {
    return stepNotifying(c, documentId, (s, u) -> {
      List<Record> out = new ArrayList<>();
      for (Purpose purpose : Purpose.values()) {
        if (s.isOpen(purpose)) {
          DeadlineClock old = s.deadlines().get(purpose);
          DeadlineClock now = Deadlines.recomputed(old, ctx.calendar());
          out.add(new OutgoingEvents.DeadlineRebased(ctx.now(), c.actor(), purpose, old.due(), now.periodEnd(), now.due(),
              ctx.calendar().version(), reason, Deadlines.assumedYears(ctx.calendar(), now)));
          moved[0] |= !old.due().equals(now.due());
        }
      }
      if (out.isEmpty()) {
        throw new io.oakit.core.IllegalTransitionException(s.stage().name(), "rebase the deadline",
            "no deadline of " + documentId + " is running");
      }
      return out;
    }, (before, after) -> {
      List<Notifier.Notification> notes = new ArrayList<>();
      for (Purpose purpose : Purpose.values()) {
        if (after.isOpen(purpose) && !before.deadlines().get(purpose).due().equals(after.deadlines().get(purpose).due())) {
          List<String> people = purpose == Purpose.COUNTERSIGN ? after.pendingSigners()
              : after.stage() == Stage.REVIEWED ? after.pendingSignOff() : List.of(after.drafter());
          String text = (purpose == Purpose.COUNTERSIGN ? "会签时限调整 " : "发文时限调整 ") + after.profile().subject() + ": "
              + before.deadlines().get(purpose).due() + " → " + after.deadlines().get(purpose).due() + " (" + reason + ")";
          notes.addAll(Checks.reach(ctx, after.profile(), people.isEmpty() ? List.of(after.drafter()) : people,
              "办理时限调整", p -> text, after.drafter()));
        }
      }
      return notes;
    });
  }

  /** Whether a running deadline of the document was decided on a calendar other than {@code version}. */
  static boolean staleDeadlines(List<Record> events, WorkCalendar calendar) {
    String version = calendar.version();
    java.util.Map<Purpose, String> versions = new java.util.EnumMap<>(Purpose.class);
    for (Record r : events) {
      if (r instanceof OutgoingEvents.DeadlineSet e) {
        versions.put(e.purpose(), e.calendarVersion());
      } else if (r instanceof OutgoingEvents.DeadlineRebased e) {
        versions.put(e.purpose(), e.calendarVersion());
      }
    }
    State s = replay(events, calendar);
    return versions.entrySet().stream().anyMatch(e -> s.isOpen(e.getKey()) && !e.getValue().equals(version));
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult startCountersign(OutgoingCommands.StartCountersign c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "start a countersign", s.profile().id(), Stage.DRAFT);
      if (c.mode() == Mode.COUNTERSIGN) {
        throw refused(c, c.documentId(), "mode must be SEQUENCE or PARALLEL");
      }
      if (c.required() > c.signers().size()) {
        throw refused(c, c.documentId(), "required " + c.required() + " exceeds the " + c.signers().size() + " signers");
      }
      if (new LinkedHashSet<>(c.signers()).size() != c.signers().size()) {
        throw refused(c, c.documentId(), "signers repeat: " + c.signers());
      }
      c.signers().forEach(p -> Checks.cleared(ctx, p, s.profile(), "countersign"));
      DeadlineRule rule = c.deadlineRule().map(t -> Checks.rule(t, "StartCountersign", "deadlineRule"))
          .orElse(countersign);
      return List.of(new CountersignStarted(ctx.now(), c.actor(), c.mode(), c.signers(), c.required()),
          deadlineSet(Purpose.COUNTERSIGN, rule, c.actor()));
    });
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult countersign(OutgoingCommands.Countersign c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "countersign", s.profile().id(), Stage.COUNTERSIGNING);
      if (!s.pendingSigners().contains(c.actor())) {
        throw refused(c, c.documentId(), c.actor() + " may not countersign " + c.documentId() + " now; waiting for "
            + s.pendingSigners());
      }
      return List.of(new Countersigned(ctx.now(), c.actor(), c.comment()));
    });
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult addSigner(OutgoingCommands.AddSigner c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "add a countersigner", s.profile().id(), Stage.COUNTERSIGNING);
      if (s.mode().orElseThrow() != Mode.SEQUENCE) {
        throw refused(c, c.documentId(), "countersigners can be added only to a sequential countersign");
      }
      if (s.signers().contains(c.signer())) {
        throw refused(c, c.documentId(), c.signer() + " is already a countersigner");
      }
      int signedPrefix = (int) s.signers().stream().filter(s.signed()::contains).count();
      if (c.position() < signedPrefix || c.position() > s.signers().size()) {
        throw refused(c, c.documentId(), "position must be in " + signedPrefix + ".." + s.signers().size()
            + " but was " + c.position());
      }
      Checks.cleared(ctx, c.signer(), s.profile(), "countersign");
      return List.of(new SignerAdded(ctx.now(), c.actor(), c.signer(), c.position()));
    });
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult removeSigner(OutgoingCommands.RemoveSigner c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "remove a countersigner", s.profile().id(), Stage.COUNTERSIGNING);
      if (s.mode().orElseThrow() != Mode.SEQUENCE) {
        throw refused(c, c.documentId(), "countersigners can be removed only from a sequential countersign");
      }
      if (!s.signers().contains(c.signer()) || s.signed().contains(c.signer())) {
        throw refused(c, c.documentId(), c.signer() + " is not a countersigner who has yet to sign");
      }
      if (s.signers().size() == 1) {
        throw refused(c, c.documentId(), "the last countersigner cannot be removed; return the draft instead");
      }
      return List.of(new SignerRemoved(ctx.now(), c.actor(), c.signer()));
    });
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult returnDraft(OutgoingCommands.Return c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "return", s.profile().id(), Stage.COUNTERSIGNING, Stage.COUNTERSIGNED, Stage.REVIEWED, Stage.SIGNED_OFF);
      if (c.to() != Stage.DRAFT && c.to() != Stage.COUNTERSIGNING) {
        throw refused(c, c.documentId(), "a draft returns to DRAFT or COUNTERSIGNING, not " + c.to());
      }
      if (c.to() == Stage.COUNTERSIGNING && s.mode().isEmpty()) {
        throw refused(c, c.documentId(), "the draft had no countersign to return to");
      }
      return List.of(new Returned(ctx.now(), c.actor(), c.to(), c.reason()));
    });
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult review(OutgoingCommands.Review c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "review", s.profile().id(), Stage.DRAFT, Stage.COUNTERSIGNED);
      Checks.cleared(ctx, c.actor(), s.profile(), "review");
      // the sign-off route is decided now and stored: every stage, in order, by the authority rules
      RoutingDecision d = authority.route(s.profile(), ctx.organization(), ctx.now());
      List<OutgoingEvents.SignOffStage> stages = new ArrayList<>();
      for (RoutingDecision.Step step : d.steps()) {
        List<String> people = step.assignees().stream().map(RoutingDecision.Assignment::personId).toList();
        if (!people.isEmpty()) {
          int required = step.required() > 0 ? Math.min(step.required(), people.size()) : people.size();
          stages.add(new OutgoingEvents.SignOffStage(step.mode(), people, required, step.ruleId()));
        }
      }
      if (!d.owed().isEmpty()) {
        // people away now sign later, or their deputies sign for them
        List<String> owed = d.owed().stream().map(RoutingDecision.Owed::personId).toList();
        stages.add(new OutgoingEvents.SignOffStage(Mode.SEQUENCE, owed, owed.size(), "owed"));
      }
      if (stages.isEmpty()) {
        throw refused(c, c.documentId(), "the authority rules name nobody to sign it off: " + d.gaps());
      }
      return List.of(new Reviewed(ctx.now(), c.actor(), stages, d.explanation(),
          IncomingService.versionOf(authority, ctx.now())));
    });
  }

  /**
   * One signature of the sign-off route decided at review (签发, with the signer's opinion): each
   * stage in order, each by the people the rules named for it (or a present deputy acting for one of
   * them); a stage completes with its required signatures, so no single person completes a
   * collective decision; the document is signed off when the last stage completes.
   *
   * @param c the command
   * @return the document and its stage ({@code REVIEWED} until the last stage completes, then
   *     {@code SIGNED_OFF}), the people who may sign next assigned
   * @throws NotAuthorizedException if the actor is not (or does not act for) a person of the open
   *     stage whose turn it is, or drafted an expense document themselves
   */
  public CommandResult signOff(OutgoingCommands.SignOff c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "sign off", s.profile().id(), Stage.REVIEWED);
      int stage = s.openSignOffStage().orElseThrow(() -> refused(c, c.documentId(), "no sign-off stage is open"));
      List<String> eligible = s.pendingSignOff();
      Organization org = ctx.organization();
      String signedFor = eligible.contains(c.actor()) ? c.actor()
          : c.onBehalfOf().filter(eligible::contains).filter(p -> org.deputyFor(p, ctx.now())
              .map(dep -> dep.id().equals(c.actor())).orElse(false)).orElse(c.actor());
      OutgoingEvents.SignOffSigned signature = new OutgoingEvents.SignOffSigned(ctx.now(), c.actor(), stage, signedFor,
          c.opinion());
      State after = apply(s, signature, ctx.calendar());
      if (after.openSignOffStage().isPresent()) {
        return List.of(signature);
      }
      // the last signature of the last stage: the document is signed off
      List<String> signers = after.signatures().stream().map(OutgoingEvents.SignOffSigned::by).toList();
      return List.of(new SignedOff(ctx.now(), c.actor(), signers, routeExplanation(s), Optional.of(stage),
          Optional.of(signedFor), Optional.of(c.opinion())));
    });
  }

  private List<String> routeExplanation(State s) {
    return s.route().stream().map(st -> st.mode() + " " + st.people() + " (" + st.required() + " required, rule "
        + st.ruleId() + ")").toList();
  }

  /**
   * 复核: records the check of format and wording after sign-off.
   *
   * @param c the command
   * @return the document and its stage, {@code RECHECKED}
   */
  public CommandResult recheck(OutgoingCommands.Recheck c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "recheck", s.profile().id(), Stage.SIGNED_OFF);
      return List.of(new OutgoingEvents.Rechecked(ctx.now(), c.actor(), c.corrections()));
    });
  }

  /**
   * 核发: records the release of the printed copies after numbering.
   *
   * @param c the command
   * @return the document and its stage, {@code ISSUED}
   */
  public CommandResult issue(OutgoingCommands.Issue c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "issue", s.profile().id(), Stage.NUMBERED);
      return List.of(new OutgoingEvents.Issued(ctx.now(), c.actor(), c.copies()));
    });
  }

  /**
   * A service in which every document is rechecked (复核) before it is numbered and issued (核发) before it
   * is distributed, as the regulations on official documents (党政机关公文处理工作条例) lay down; without it
   * the two steps are recorded when taken and may be left out.
   *
   * @return the service
   */
  public OutgoingService requiringRecheckAndIssue() {
    return new OutgoingService(ctx, authority, drafts, countersign, reminders, true, replyWait);
  }

  /**
   * @param c the command
   * @return the document, its stage and its number
   */
  public CommandResult number(OutgoingCommands.Number c) {
    return step(c, c.documentId(), (s, unit) -> {
      if (strict) {
        Checks.stage(s.stage(), "number", s.profile().id(), Stage.RECHECKED);
      } else {
        Checks.stage(s.stage(), "number", s.profile().id(), Stage.SIGNED_OFF, Stage.RECHECKED);
      }
      DocumentNumber n = unit.numbers().next(s.unitCode(), ctx.now().getYear());
      return List.of(new Numbered(ctx.now(), c.actor(), n.toString()));
    });
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult distribute(OutgoingCommands.Distribute c) {
    return simple(c, c.documentId(), s -> {
      if (strict) {
        Checks.stage(s.stage(), "distribute", s.profile().id(), Stage.ISSUED);
      } else {
        Checks.stage(s.stage(), "distribute", s.profile().id(), Stage.NUMBERED, Stage.ISSUED);
      }
      if (c.recipients().isEmpty() && c.mainTo().isEmpty() && c.copyTo().isEmpty()) {
        throw new io.oakit.core.InvalidInputException("Distribute", List.of("recipients: nobody to distribute it to"
            + " (no person, no 主送 and no 抄送 organ)"));
      }
      c.recipients().forEach(p -> Checks.cleared(ctx, p, s.profile(), "receive"));
      Distributed d = new Distributed(ctx.now(), c.actor(), c.recipients(), c.mainTo(), c.copyTo());
      // a 请示 waits for its answer (批复): the drafter is reminded while none is linked
      return s.profile().kind() == io.oakit.core.document.DocumentKind.REQUEST
          ? List.of(d, deadlineSet(Purpose.REPLY, replyWait, c.actor())) : List.of(d);
    });
  }

  /**
   * Links the answer (批复) to a distributed 请示: the incoming document that answers it. The wait for the
   * answer ends, and with it the reminders.
   *
   * @param c the command
   * @return the document and its stage
   * @throws UnknownReferenceException if there is no such incoming document
   * @throws CommandRefusedException if the document is not a 请示 or already has its answer
   */
  public CommandResult linkReply(OutgoingCommands.LinkReply c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "link the answer to", s.profile().id(), Stage.DISTRIBUTED, Stage.ARCHIVED);
      if (s.profile().kind() != io.oakit.core.document.DocumentKind.REQUEST) {
        throw new CommandRefusedException("link an answer to", c.documentId(), "it is a "
            + s.profile().kind().chinese() + ", not a 请示");
      }
      if (s.reply().isPresent()) {
        throw new CommandRefusedException("link an answer to", c.documentId(), "its answer " + s.reply().get()
            + " is linked already");
      }
      List<Record> answer = ctx.read(u -> u.aggregates().find(AggregateKind.DOCUMENT, "in/" + c.replyDocumentId()))
          .map(a -> Escalations.decode(IncomingService.CODEC, a)).orElseThrow(() -> new UnknownReferenceException(
              "incoming document", c.replyDocumentId(), "answer to " + c.documentId()));
      // whoever links it sees both documents
      Checks.cleared(ctx, c.actor(), IncomingService.replay(answer, ctx).profile(), "link");
      return List.of(new OutgoingEvents.ReplyLinked(ctx.now(), c.actor(), c.replyDocumentId()));
    });
  }

  /**
   * A service in which a 请示 waits {@code rule} for its answer after it is distributed (the drafter is reminded
   * as the reminder policy says while none is linked); the default is 20 working days.
   *
   * @param rule the wait, a period such as {@code 15 working days}
   * @return the service
   */
  public OutgoingService waitingForAnswers(DeadlineRule rule) {
    requireNonNull(rule, "rule");
    return new OutgoingService(ctx, authority, drafts, countersign, reminders, strict, rule);
  }

  /** The default wait for the answer to a 请示: 20 working days. */
  public static final DeadlineRule REPLY_WAIT_DEFAULT = DeadlineRule.workingDays(20);

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult archive(OutgoingCommands.Archive c) {
    return simple(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "archive", s.profile().id(), Stage.DISTRIBUTED);
      return List.of(new OutgoingArchived(ctx.now(), c.actor()));
    });
  }

  /** A refusal named after the command, e.g. {@code add signer}. */
  private static CommandRefusedException refused(Command c, String documentId, String reason) {
    String action = c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return new CommandRefusedException(action, documentId, reason);
  }
}
