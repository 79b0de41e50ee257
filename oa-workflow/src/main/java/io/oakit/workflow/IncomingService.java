package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.Copies;
import io.oakit.core.IllegalTransitionException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.deadline.ExtensionPolicy;
import io.oakit.core.deadline.ReminderPolicy;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.CirculationPlan;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Router;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.workflow.IncomingEvents.DeadlineRebased;
import io.oakit.workflow.IncomingEvents.DocumentArchived;
import io.oakit.workflow.IncomingEvents.DocumentClosed;
import io.oakit.workflow.IncomingEvents.DocumentHandled;
import io.oakit.workflow.IncomingEvents.DocumentReceived;
import io.oakit.workflow.IncomingEvents.DocumentRegistered;
import io.oakit.workflow.IncomingEvents.DocumentUrged;
import io.oakit.workflow.IncomingEvents.HandlingProposed;
import io.oakit.workflow.IncomingEvents.Lane;
import io.oakit.workflow.IncomingEvents.LeaderInstructed;
import io.oakit.workflow.IncomingEvents.ReaderSkipped;
import io.oakit.workflow.IncomingEvents.ReadingSigned;
import io.oakit.workflow.internal.EventCodec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Incoming documents (收文): sign for → register (deadline from the {@link DeadlinePolicy}) →
 * proposal (拟办, from the router) → leader's instruction (批办, which may open a supervision item)
 * → circulation (传阅, from the {@link CirculationPlanner}: readers sign off in turn, a reader away
 * when it is their turn is skipped and owed it on return, urgent documents go in parallel copies) →
 * handling (承办) → urging → closed → archived. Nobody without the clearance for a document can act
 * on it or be given it. Thread-safe.
 */
public final class IncomingService {

  static final EventCodec CODEC = new EventCodec("incoming-document", List.of(DocumentReceived.class,
      DocumentRegistered.class, HandlingProposed.class, LeaderInstructed.class, ReadingSigned.class, ReaderSkipped.class,
      DocumentHandled.class, DocumentUrged.class, DocumentClosed.class, DocumentArchived.class, DeadlineRebased.class,
      IncomingEvents.DeadlineExtended.class, IncomingEvents.SentAtOnce.class),
      List.of(new EventCodec.Upcaster("incoming.received", 1, DocumentFields::nested)));

  /** Where a document is. */
  public enum Stage {
    /** 已签收. */ RECEIVED,
    /** 已登记. */ REGISTERED,
    /** 已拟办. */ PROPOSED,
    /** 已批办, in circulation and handling. */ INSTRUCTED,
    /** 已承办. */ HANDLED,
    /** 已办结. */ CLOSED,
    /** 已归档. */ ARCHIVED
  }

  /**
   * A document's state, rebuilt from its events.
   *
   * @param profile the profile
   * @param stage where it is
   * @param deadline its time limit, once registered
   * @param lanes the circulation copies, each a reading order
   * @param read who has signed off a reading
   * @param owed who was skipped while away and has not read yet
   * @param handlingDepartment the department that handles it: named at registration, or when instructed
   * @param registration its entry in the register (登记簿), once registered (empty in records written before
   *     it was kept)
   */
  public record State(DocumentProfile profile, Stage stage, Optional<DeadlineClock> deadline, List<List<String>> lanes,
      Set<String> read, Set<String> owed, Optional<String> handlingDepartment,
      Optional<IncomingEvents.Registration> registration) {
    /**
     * Copies the collections it is given.
     *
     * @param profile the profile
     * @param stage where it is
     * @param deadline its time limit, once registered
     * @param lanes the circulation copies, each a reading order
     * @param read who has signed off a reading
     * @param owed who was skipped while away and has not read yet
     * @param handlingDepartment the department that handles it: named at registration, or when instructed
     * @param registration its entry in the register (登记簿), once registered (empty in records written before it was kept)
     */
    public State {
      lanes = Copies.list(lanes);
      read = Copies.set(read);
      owed = Copies.set(owed);
    }


    /** @return its importance as registered; 一般 when none was recorded */
    public io.oakit.core.supervision.Importance importance() {
      return registration.map(IncomingEvents.Registration::importance).orElse(io.oakit.core.supervision.Importance.GENERAL);
    }

    /** @return its 收文编号, once registered */
    public Optional<String> number() {
      return registration.map(IncomingEvents.Registration::number);
    }

    /** @return whether every reader has read */
    public boolean circulationDone() {
      return lanes.stream().flatMap(List::stream).allMatch(read::contains);
    }

    /** @return the readers whose turn it is, and those owed */
    public Set<String> pendingReaders() {
      Set<String> out = new LinkedHashSet<>(owed);
      for (List<String> lane : lanes) {
        lane.stream().filter(r -> !read.contains(r) && !owed.contains(r)).findFirst().ifPresent(out::add);
      }
      return java.util.Collections.unmodifiableSet(out);
    }
  }

  private final WorkflowContext ctx;
  private final DeadlinePolicy deadlines;
  private final Router router;
  private final CirculationPlanner planner;
  private final SupervisionService supervision;
  private final ConfigurationService.InForce<ExtensionPolicy> extensions;
  private final ConfigurationService.InForce<ReminderPolicy> reminders;
  private final CommandRunner runner;

  /**
   * A service whose documents are extended without limit and reminded by {@link ReminderPolicy#defaults()}.
   *
   * @param ctx the context
   * @param deadlines the deadline policy (e.g. {@link DeadlinePolicy#defaults()})
   * @param router the routing rules for proposals
   * @param planner the circulation planner
   * @param supervision where instructions open supervision items
   */
  public IncomingService(WorkflowContext ctx, DeadlinePolicy deadlines, Router router, CirculationPlanner planner,
      SupervisionService supervision) {
    this(ctx, deadlines, router, planner, supervision, ConfigurationService.InForce.fixed(ExtensionPolicy.unlimited()),
        ConfigurationService.InForce.fixed(ReminderPolicy.defaults()));
  }

  /**
   * A service whose documents are registered under the limits on extensions and the reminders in force
   * that day (e.g. {@link ConfigurationService#extensionPolicies}); a document keeps those it was
   * registered under, whatever a later version says.
   *
   * @param ctx the context
   * @param deadlines the deadline policy (e.g. {@link DeadlinePolicy#defaults()})
   * @param router the routing rules for proposals
   * @param planner the circulation planner
   * @param supervision where instructions open supervision items
   * @param extensions the limits on extensions (延期) by day
   * @param reminders the reminders by day
   */
  public IncomingService(WorkflowContext ctx, DeadlinePolicy deadlines, Router router, CirculationPlanner planner,
      SupervisionService supervision, ConfigurationService.InForce<ExtensionPolicy> extensions,
      ConfigurationService.InForce<ReminderPolicy> reminders) {
    this.extensions = requireNonNull(extensions, "extensions");
    this.reminders = requireNonNull(reminders, "reminders");
    this.ctx = requireNonNull(ctx, "ctx");
    this.deadlines = requireNonNull(deadlines, "deadlines");
    this.router = requireNonNull(router, "router");
    this.planner = requireNonNull(planner, "planner");
    this.supervision = requireNonNull(supervision, "supervision");
    this.runner = new CommandRunner(ctx, CODEC, AggregateKind.DOCUMENT, "in/");
  }

  /**
   * @param documentId a document
   * @return its state
   * @throws UnknownReferenceException if there is no such document
   */
  public State find(String documentId) {
    List<Record> events = runner.load(requireNonNull(documentId, "documentId"));
    if (events.isEmpty()) {
      throw new UnknownReferenceException("document", documentId, "");
    }
    return replay(events, ctx);
  }

  /**
   * A document as a person may read it: only if they are of the organisation and cleared for it now.
   *
   * @param documentId a document
   * @param readerId who reads it
   * @return its state
   * @throws UnknownReferenceException if there is no such document or reader
   * @throws ClearanceException if the reader is not cleared for it now
   */
  public State find(String documentId, String readerId) {
    State s = find(documentId);
    Checks.cleared(ctx, requireNonNull(readerId, "readerId"), s.profile(), "read");
    return s;
  }

  /**
   * A person's tray (待办) of incoming documents in tray order ({@link io.oakit.core.routing.TrayOrder}: urgency,
   * then the nearest due instant, then importance, then arrival): what the store lists for them, less
   * anything they are no longer cleared for.
   *
   * @param personId the person
   * @return the documents
   */
  public List<State> tray(String personId) {
    requireNonNull(personId, "personId");
    List<State> out = new ArrayList<>(runner.tray(personId, events -> replay(events, ctx),
        s -> !Checks.clearedNow(ctx, s.profile(), List.of(personId)).isEmpty()));
    out.sort(java.util.Comparator.comparing(s -> new io.oakit.core.routing.TrayOrder.Item(s.profile(),
        s.deadline().map(DeadlineClock::due), s.importance()), io.oakit.core.routing.TrayOrder.INSTANCE));
    return java.util.Collections.unmodifiableList(out);
  }

  static State replay(List<Record> events, WorkflowContext ctx) {
    State s = null;
    for (Record r : events) {
      s = apply(s, r, ctx);
    }
    return s;
  }

  private static State apply(State s, Record r, WorkflowContext ctx) {
    if (r instanceof DocumentReceived e) {
      DocumentProfile p = e.document().profile(e.at());
      return new State(p, Stage.RECEIVED, Optional.empty(), List.of(), Set.of(), Set.of(), Optional.empty(),
          Optional.empty());
    }
    if (r instanceof DocumentRegistered e) {
      // the deadline as decided then, whatever the calendar says now
      // and under the limits and reminders decided with it
      DeadlineClock clock = DeadlineClock.decided(DeadlineRule.parse(e.deadlineRule()), ctx.calendar(), e.at(),
          e.periodEnd(), e.due(), !e.assumedYears().isEmpty()).withPolicies(
          e.extensionPolicy().map(Configuration::readExtensionPolicy).orElse(ExtensionPolicy.unlimited()),
          e.reminderPolicy().map(Configuration::readReminderPolicy).orElse(ReminderPolicy.defaults()));
      return new State(s.profile(), Stage.REGISTERED, Optional.of(clock), s.lanes(), s.read(), s.owed(),
          e.registration().flatMap(IncomingEvents.Registration::handlingDepartment), e.registration());
    }
    if (r instanceof DeadlineRebased e) {
      // the rule and the extensions so far, their policies kept, as recomputed then
      DeadlineClock clock = s.deadline().orElseThrow().asDecided(e.periodEnd(), e.due(), !e.assumedYears().isEmpty());
      return new State(s.profile(), s.stage(), Optional.of(clock), s.lanes(), s.read(), s.owed(), s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof IncomingEvents.DeadlineExtended e) {
      DeadlineClock clock = s.deadline().orElseThrow().extend(e.at(), DeadlineRule.parse(e.extension()), e.by(),
          e.reason()).asDecided(e.periodEnd(), e.due(), !e.assumedYears().isEmpty());
      return new State(s.profile(), s.stage(), Optional.of(clock), s.lanes(), s.read(), s.owed(), s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof HandlingProposed) {
      return new State(s.profile(), Stage.PROPOSED, s.deadline(), s.lanes(), s.read(), s.owed(), s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof IncomingEvents.SentAtOnce e) {
      List<List<String>> lanes = new ArrayList<>(s.lanes());
      e.lanes().forEach(lane -> lanes.add(lane.readers()));
      return new State(s.profile(), s.stage(), s.deadline(), List.copyOf(lanes), s.read(), s.owed(),
          s.handlingDepartment(), s.registration());
    }
    if (r instanceof LeaderInstructed e) {
      // after the copies sent at once, if any
      List<List<String>> lanes = new ArrayList<>(s.lanes());
      for (Lane lane : e.lanes()) {
        lanes.add(lane.readers());
      }
      return new State(s.profile(), Stage.INSTRUCTED, s.deadline(), List.copyOf(lanes), s.read(), s.owed(),
          Optional.of(e.handlingDepartment()), s.registration());
    }
    if (r instanceof ReaderSkipped e) {
      Set<String> owed = new LinkedHashSet<>(s.owed());
      owed.add(e.reader());
      return new State(s.profile(), s.stage(), s.deadline(), s.lanes(), s.read(), Set.copyOf(owed), s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof ReadingSigned e) {
      Set<String> read = new LinkedHashSet<>(s.read());
      read.add(e.by());
      Set<String> owed = new LinkedHashSet<>(s.owed());
      owed.remove(e.by());
      return new State(s.profile(), s.stage(), s.deadline(), s.lanes(), Set.copyOf(read), Set.copyOf(owed),
          s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof DocumentHandled) {
      return new State(s.profile(), Stage.HANDLED, s.deadline(), s.lanes(), s.read(), s.owed(), s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof DocumentUrged) {
      return s;
    }
    if (r instanceof DocumentClosed e) {
      return new State(s.profile(), Stage.CLOSED, s.deadline().map(d -> d.complete(e.at())), s.lanes(), s.read(),
          s.owed(), s.handlingDepartment(),
          s.registration());
    }
    if (r instanceof DocumentArchived) {
      return new State(s.profile(), Stage.ARCHIVED, s.deadline(), s.lanes(), s.read(), s.owed(), s.handlingDepartment(),
          s.registration());
    }
    throw new UndecodableAggregateException(AggregateKind.DOCUMENT, s == null ? "?" : "in/" + s.profile().id(),
        "event " + r.getClass().getSimpleName() + " does not belong to an incoming document", null);
  }

  /** Who has the document in their tray: the readers whose turn it is, those owed it, the handling head. */
  private Set<String> tray(State s) {
    Set<String> pending = new LinkedHashSet<>(s.pendingReaders());
    if (s.stage() == Stage.INSTRUCTED) {
      s.handlingDepartment().flatMap(d -> ctx.organization().departments().containsKey(d)
          ? ctx.organization().headOf(d) : Optional.empty()).ifPresent(h -> pending.add(h.id()));
    }
    return pending;
  }

  private Index index(State s) {
    boolean open = s.stage() != Stage.CLOSED && s.stage() != Stage.ARCHIVED;
    // only people cleared for it now; the others' share goes to their deputies (see Checks.reach)
    // the register (收文登记簿) finds it by the day it was registered
    Optional<java.time.LocalDate> day = s.deadline().map(d -> d.start().toLocalDate());
    return new Index(open, s.deadline().map(DeadlineClock::due), s.handlingDepartment(),
        open ? Checks.clearedNow(ctx, s.profile(), tray(s)) : Set.of(), day, day.map(d -> d.plusDays(1)));
  }

  /**
   * The notifications as they may go now: to people cleared for the document (or their cleared
   * deputies; a gap is reported to the office), a department's share of a classified document to its
   * head.
   */
  private List<Notifier.Notification> checked(DocumentProfile p, List<Notifier.Notification> notes, String office) {
    List<Notifier.Notification> out = new ArrayList<>();
    for (Notifier.Notification n : notes) {
      Recipient to = n.recipient();
      if (!to.isPerson() && p.secrecy() != io.oakit.core.document.SecrecyLevel.UNCLASSIFIED) {
        // a department's share of a classified document goes to its head, who can be checked
        to = Recipient.person(ctx.organization().departments().containsKey(to.id())
            ? ctx.organization().headOf(to.id()).map(h -> h.id()).orElse(office) : office);
      }
      if (to.isPerson()) {
        out.addAll(Checks.reach(ctx, p, List.of(to.id()), n.subject(), x -> n.text(), office));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /** The clerk who signed for the document: the office that hears of gaps and unassigned reminders. */
  static String receivedBy(List<Record> events) {
    return events.isEmpty() ? "" : ((DocumentReceived) events.get(0)).by();
  }

  private static java.util.Map<String, Object> view(State s) {
    java.util.Map<String, Object> v = Checks.documentView(s.profile(), s.stage());
    v.put("due", s.deadline().map(DeadlineClock::due));
    return v;
  }

  /** What the authority policy may ask about a document. */
  private static AuthorityPolicy.Facts facts(State s) {
    Set<String> routed = new LinkedHashSet<>(s.owed());
    s.lanes().forEach(lane -> lane.stream().filter(r -> !s.read().contains(r)).forEach(routed::add));
    return AuthorityPolicy.Facts.NONE.withDocument(s.profile().areas(), s.handlingDepartment()).withRouted(routed);
  }

  private State existing(List<Record> events, String documentId) {
    if (events.isEmpty()) {
      throw new UnknownReferenceException("document", documentId, "");
    }
    return replay(events, ctx);
  }

  /** Runs one step: checks, decides the events, stores them. */
  private CommandResult step(Command c, String documentId, java.util.function.Function<State, List<Record>> decide,
      java.util.function.Function<State, List<Notifier.Notification>> notes) {
    return step(c, documentId, decide, notes, s -> List.of());
  }

  private CommandResult step(Command c, String documentId, java.util.function.Function<State, List<Record>> decide,
      java.util.function.Function<State, List<Notifier.Notification>> notes,
      java.util.function.Function<State, List<String>> assigned) {
    return stepAddressed(c, documentId, decide, (s, office) -> notes.apply(s), assigned);
  }

  /** As {@link #step}, the notifications also knowing the office that signed for the document. */
  private CommandResult stepAddressed(Command c, String documentId, java.util.function.Function<State, List<Record>> decide,
      java.util.function.BiFunction<State, String, List<Notifier.Notification>> notes,
      java.util.function.Function<State, List<String>> assigned) {
    return stepInUnit(c, documentId, (s, u) -> decide.apply(s), notes, assigned);
  }

  /** As {@link #stepAddressed}, the decision also given the command's unit of work (to allocate a number). */
  private CommandResult stepInUnit(Command c, String documentId,
      java.util.function.BiFunction<State, io.oakit.spi.UnitOfWork, List<Record>> decide,
      java.util.function.BiFunction<State, String, List<Notifier.Notification>> notes,
      java.util.function.Function<State, List<String>> assigned) {
    return runner.run(c, documentId, (events, unit) -> {
      Checks.known(ctx, c);
      State before = existing(events, documentId);
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
        after = apply(after, r, ctx);
      }
      String office = receivedBy(events);
      return CommandRunner.Change.of(added, index(after), after.stage().name())
          .notifying(checked(after.profile(), notes.apply(after, office), office))
          .assigning(assigned.apply(after)).viewing(view(after)).classified(after.profile().secrecy());
    });
  }

  /**
   * @param c the command
   * @return the document, version 1, {@code RECEIVED}
   * @throws CommandRefusedException if the document was already signed for
   */
  public CommandResult signFor(IncomingCommands.SignFor c) {
    io.oakit.core.Validations.check(c);
    DocumentFields d = c.document();
    return runner.run(c, d.documentId(), events -> {
      if (!events.isEmpty()) {
        throw new CommandRefusedException("sign for", d.documentId(), "the document was already signed for");
      }
      LocalDateTime now = ctx.now();
      DocumentProfile profile = d.profile(now);
      Checks.known(ctx, c);
      Checks.cleared(ctx, c.actor(), profile, "sign for");
      ctx.authorise("incoming.sign-for", c, AuthorityPolicy.Facts.NONE.withDocument(profile.areas(), Optional.empty()));
      DocumentReceived e = new DocumentReceived(now, c.actor(), d);
      State after = apply(null, e, ctx);
      return CommandRunner.Change.of(List.of(e), index(after), after.stage().name()).viewing(view(after))
          .classified(profile.secrecy());
    });
  }

  /**
   * Registers a document; its deadline is decided now, from the policy and the calendar, and stored
   * with the calendar's version.
   *
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult register(IncomingCommands.Register c) {
    io.oakit.core.Validations.check(c);
    IncomingCommands.Particulars particulars = c.particulars();
    List<String> problems = new ArrayList<>();
    if (particulars.copyNumbers().size() > particulars.copies()) {
      problems.add("particulars.copyNumbers: " + particulars.copyNumbers().size() + " copy numbers for "
          + particulars.copies() + " copies");
    }
    if (new LinkedHashSet<>(particulars.copyNumbers()).size() != particulars.copyNumbers().size()) {
      problems.add("particulars.copyNumbers: a copy number is given twice in " + particulars.copyNumbers());
    }
    if (particulars.senderReference().filter(String::isBlank).isPresent()) {
      problems.add("particulars.senderReference: must not be blank");
    }
    if (particulars.handlingDepartment().filter(String::isBlank).isPresent()) {
      problems.add("particulars.handlingDepartment: must not be blank");
    }
    if (!problems.isEmpty()) {
      throw new io.oakit.core.InvalidInputException("Register", problems);
    }
    return stepInUnit(c, c.documentId(), (s, unit) -> {
      Checks.stage(s.stage(), "register", s.profile().id(), Stage.RECEIVED);
      Checks.cleared(ctx, c.actor(), s.profile(), "register");
      LocalDateTime now = ctx.now();
      if (particulars.writtenOn().filter(d -> d.isAfter(now.toLocalDate())).isPresent()) {
        throw new io.oakit.core.InvalidInputException("Register", List.of("particulars.writtenOn: "
            + particulars.writtenOn().get() + " is after the day it is registered, " + now.toLocalDate()));
      }
      Organization org = ctx.organization();
      particulars.handlingDepartment().filter(d -> !org.departments().containsKey(d)).ifPresent(d -> {
        throw new UnknownReferenceException("department", d, "registration of " + c.documentId());
      });
      DeadlineRule rule = deadlines.ruleFor(s.profile().urgency(), s.profile().kind());
      ExtensionPolicy limits = extensions.on(now.toLocalDate());
      ReminderPolicy reminding = reminders.on(now.toLocalDate());
      DeadlineClock clock = DeadlineClock.start(rule, ctx.calendar(), now, limits, reminding);
      // the 收文编号: the next of the year, allocated in this transaction (never twice, also across instances)
      String number = unit.numbers().next(REGISTER_PREFIX, now.getYear()).toString();
      List<Record> out = new ArrayList<>();
      out.add(new DocumentRegistered(now, c.actor(), rule.toString(), clock.periodEnd(), clock.due(),
          ctx.calendar().version(), Deadlines.assumedYears(ctx.calendar(), clock), versionOf(deadlines, now),
          Deadlines.stored(limits), Deadlines.stored(reminding), Optional.of(new IncomingEvents.Registration(number,
              particulars.senderReference(), particulars.writtenOn(), particulars.copies(), particulars.copyNumbers(),
              particulars.importance(), particulars.handlingDepartment(),
              org.departments().get(org.person(c.actor()).departmentId()).unitId()))));
      // 急件急办: an urgent document goes at once to the leaders in charge and the department concerned
      List<CirculationPlanner.Copy> copies = planner.urgentCopies(s.profile(), org, particulars.handlingDepartment());
      if (!copies.isEmpty()) {
        out.add(new IncomingEvents.SentAtOnce(now, c.actor(), copies.stream()
            .map(k -> new Lane(k.name(), List.of(k.personId()))).toList(), List.of("急件急办: "
            + s.profile().urgency().chinese() + " — " + String.join(", ", copies.stream()
                .map(k -> org.person(k.personId()).name() + " (" + k.name() + ")").toList())
            + " receive it at once, in parallel, before any instruction")));
      }
      return out;
    }, (s, office) -> {
      List<Notifier.Notification> notes = new ArrayList<>();
      s.pendingReaders().forEach(p -> notes.add(new Notifier.Notification(p, "急件", "急件请阅 "
          + s.profile().urgency().chinese() + " " + s.profile().subject())));
      return notes;
    }, s -> List.copyOf(s.pendingReaders()));
  }

  /** The series the 收文编号 are allocated from, one per year: {@code 收〔2026〕17号}. */
  public static final String REGISTER_PREFIX = "收";

  /**
   * Recomputes a registered document's deadline on the calendar the service holds now (e.g. after a
   * corrected holiday notice), recording the old and the new due instant. The only way a decided
   * deadline changes.
   *
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult rebaseDeadline(IncomingCommands.RebaseDeadline c) {
    return rebase(c, c.documentId(), c.reason(), new boolean[1]);
  }

  /** The configuration version a policy read from {@link ConfigurationService} uses at an instant. */
  static Optional<String> versionOf(Object policy, LocalDateTime at) {
    return policy instanceof ConfigurationService.Versioned v ? v.versionOn(at.toLocalDate()) : Optional.empty();
  }

  /**
   * One document's part of {@link CalendarService#rebaseDeadlines}.
   *
   * @return whether the due instant moved
   */
  boolean rebase(CalendarService.RebaseOne c) {
    boolean[] moved = new boolean[1];
    rebase(c, c.id(), c.reason(), moved);
    return moved[0];
  }

  /**
   * Recomputes the deadline from its start on the calendar in force; when the due instant moved, the
   * people who have the document in their tray (else the office that signed for it) are told.
   */
  private CommandResult rebase(Command c, String documentId, String reason, boolean[] moved) {
    DeadlineClock[] before = new DeadlineClock[1];
    return stepAddressed(c, documentId, s -> {
      Checks.stage(s.stage(), "rebase the deadline of", s.profile().id(), Stage.REGISTERED, Stage.PROPOSED,
          Stage.INSTRUCTED, Stage.HANDLED);
      DeadlineClock old = s.deadline().orElseThrow();
      before[0] = old;
      DeadlineClock now = Deadlines.recomputed(old, ctx.calendar());
      moved[0] = !old.due().equals(now.due());
      return List.of(new DeadlineRebased(ctx.now(), c.actor(), old.due(), now.periodEnd(), now.due(),
          ctx.calendar().version(), reason, Deadlines.assumedYears(ctx.calendar(), now)));
    }, (s, office) -> {
      LocalDateTime due = s.deadline().orElseThrow().due();
      if (due.equals(before[0].due())) {
        return List.of();
      }
      String text = "办理时限调整 " + s.profile().subject() + ": " + before[0].due() + " → " + due + " (" + reason + ")";
      Set<String> people = tray(s);
      return people.isEmpty() ? List.of(new Notifier.Notification(Recipient.person(office), "办理时限调整", text))
          : people.stream().map(p -> new Notifier.Notification(Recipient.person(p), "办理时限调整", text)).toList();
    }, s -> List.of());
  }

  /**
   * Extends the deadline (延期) by a period, within the limits the document was registered under; asked
   * for before it falls due. The people who have the document in their tray are told the new due instant.
   *
   * @param c the command
   * @return the document and its stage
   * @throws io.oakit.core.deadline.ExtensionRefusedException if asked after the due instant or beyond the limits
   * @throws io.oakit.core.InvalidInputException if the extension is not a period of time
   */
  public CommandResult extendDeadline(IncomingCommands.ExtendDeadline c) {
    io.oakit.core.Validations.check(c);
    DeadlineRule extension = Checks.rule(c.extension(), "ExtendDeadline", "extension");
    if (!extension.isPeriod()) {
      throw new io.oakit.core.InvalidInputException("ExtendDeadline", List.of("extension: an extension is a period of"
          + " time, not '" + c.extension() + "'"));
    }
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "extend the deadline of", s.profile().id(), Stage.REGISTERED, Stage.PROPOSED,
          Stage.INSTRUCTED, Stage.HANDLED);
      LocalDateTime now = ctx.now();
      DeadlineClock clock = s.deadline().orElseThrow().extend(now, extension, c.actor(), c.reason());
      return List.of(new IncomingEvents.DeadlineExtended(now, c.actor(), c.extension(), c.reason(), clock.periodEnd(),
          clock.due(), ctx.calendar().version(), Deadlines.assumedYears(ctx.calendar(), clock)));
    }, s -> {
      String text = "办理时限延期 " + s.profile().subject() + ": 至 " + s.deadline().orElseThrow().due() + " ("
          + c.reason() + ")";
      return tray(s).stream().map(p -> new Notifier.Notification(Recipient.person(p), "延期", text)).toList();
    });
  }

  /**
   * @param c the command
   * @return the document and its stage, the people proposed assigned
   */
  public CommandResult propose(IncomingCommands.Propose c) {
    List<String> chosen = new ArrayList<>();
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "propose", s.profile().id(), Stage.REGISTERED);
      Checks.cleared(ctx, c.actor(), s.profile(), "propose handling of");
      RoutingDecision d = router.route(s.profile(), ctx.organization(), ctx.now());
      List<String> proposed = new ArrayList<>();
      d.steps().forEach(step -> step.assignees().forEach(a -> proposed.add(a.personId())));
      chosen.clear();
      chosen.addAll(proposed);
      List<String> owed = d.owed().stream().map(RoutingDecision.Owed::personId).toList();
      return List.of(new HandlingProposed(ctx.now(), c.actor(), proposed, owed, d.explanation(),
          versionOf(router, ctx.now())));
    }, s -> List.of(), s -> List.copyOf(chosen));
  }

  /**
   * The leader's instruction; plans the circulation; may open a supervision item (its id given in
   * the command; opening is idempotent, so a retried instruction does not open a second one).
   *
   * @param c the command
   * @return the document and its stage, the readers whose turn it is assigned
   */
  public CommandResult instruct(IncomingCommands.Instruct c) {
    CommandResult result = step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "instruct", s.profile().id(), Stage.PROPOSED);
      Checks.cleared(ctx, c.actor(), s.profile(), "instruct on");
      Organization org = ctx.organization();
      for (String reader : c.readers()) {
        Checks.cleared(ctx, reader, s.profile(), "read");
      }
      if (!org.departments().containsKey(c.handlingDepartment())) {
        throw new UnknownReferenceException("department", c.handlingDepartment(), "instruction on " + c.documentId());
      }
      // the handling department's head gets it in their tray: they must be cleared for it
      org.headOf(c.handlingDepartment()).ifPresent(h -> Checks.cleared(ctx, h.id(), s.profile(), "handle"));
      List<Lane> lanes = new ArrayList<>();
      if (!c.readers().isEmpty()) {
        CirculationPlan plan = planner.plan(s.profile(), c.readers(), org, ctx.calendar(), ctx.now(),
            Optional.of(c.handlingDepartment()), s.deadline().map(DeadlineClock::due));
        // whoever already has a copy sent at once keeps that one
        Set<String> haveIt = new LinkedHashSet<>();
        s.lanes().forEach(haveIt::addAll);
        for (CirculationPlan.Lane lane : plan.lanes()) {
          List<String> readers = lane.readings().stream().map(CirculationPlan.Reading::personId)
              .filter(p -> !haveIt.contains(p)).toList();
          if (!readers.isEmpty()) {
            lanes.add(new Lane(lane.name(), readers));
          }
        }
      }
      return List.of(new LeaderInstructed(ctx.now(), c.actor(), c.instruction(), c.handlingDepartment(), lanes,
          c.superviseAsItem()));
    }, s -> {
      List<Notifier.Notification> notes = new ArrayList<>();
      s.pendingReaders().forEach(p -> notes.add(new Notifier.Notification(p, "传阅", "请阅 " + s.profile().subject())));
      return notes;
    }, s -> List.copyOf(s.pendingReaders()));
    c.superviseAsItem().ifPresent(item -> {
      State s = find(c.documentId());
      // the item inherits the document's secrecy level and follows its rules
      supervision.open(new SupervisionCommands.Open(c.idempotencyKey() + "/supervision", c.actor(), c.onBehalfOf(), item,
          ItemSource.LEADER_INSTRUCTION, s.profile().subject() + "：" + c.instruction(), c.itemImportance(),
          s.profile().secrecy(), Optional.of(c.onBehalfOf().orElse(c.actor()))));
    });
    return result;
  }

  /**
   * A reader signs off a reading. It must be their turn in a circulation copy; readers before them
   * who are away now are skipped and owed it on return; a reader owed it may read at any time.
   *
   * @param c the command
   * @return the document and its stage, the readers whose turn it is now assigned
   */
  public CommandResult read(IncomingCommands.Read c) {
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "read", s.profile().id(), Stage.REGISTERED, Stage.PROPOSED, Stage.INSTRUCTED,
          Stage.HANDLED);
      Checks.cleared(ctx, c.actor(), s.profile(), "read");
      String reader = c.actor();
      if (s.read().contains(reader)) {
        throw new CommandRefusedException("read", c.documentId(), reader + " has already read it");
      }
      List<Record> events = new ArrayList<>();
      LocalDateTime now = ctx.now();
      if (!s.owed().contains(reader)) {
        List<String> lane = s.lanes().stream().filter(l -> l.contains(reader)).findFirst()
            .orElseThrow(() -> new CommandRefusedException("read", c.documentId(), reader + " is not one of its readers"));
        Organization org = ctx.organization();
        for (String before : lane.subList(0, lane.indexOf(reader))) {
          if (s.read().contains(before) || s.owed().contains(before)) {
            continue;
          }
          if (org.isAvailable(before, now)) {
            throw new CommandRefusedException("read", c.documentId(), "not yet " + reader + "'s turn: " + before
                + " has it");
          }
          events.add(new ReaderSkipped(now, c.actor(), before, org.availableFrom(before, now)));
        }
      }
      events.add(new ReadingSigned(now, reader, c.comment()));
      return events;
    }, s -> {
      List<Notifier.Notification> notes = new ArrayList<>();
      s.pendingReaders().forEach(p -> notes.add(new Notifier.Notification(p, "传阅", "请阅 " + s.profile().subject())));
      return notes;
    }, s -> List.copyOf(s.pendingReaders()));
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult handle(IncomingCommands.Handle c) {
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "handle", s.profile().id(), Stage.INSTRUCTED);
      Checks.cleared(ctx, c.actor(), s.profile(), "handle");
      return List.of(new DocumentHandled(ctx.now(), c.actor(), c.result()));
    }, s -> List.of());
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult urge(IncomingCommands.Urge c) {
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "urge", s.profile().id(), Stage.REGISTERED, Stage.PROPOSED, Stage.INSTRUCTED);
      return List.of(new DocumentUrged(ctx.now(), c.actor(), c.note(), Optional.of(c.channel())));
    }, s -> s.handlingDepartment().map(d -> List.of(new Notifier.Notification(Recipient.unit(d), "催办", c.note())))
        .orElse(List.of()));
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult close(IncomingCommands.Close c) {
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "close", s.profile().id(), Stage.HANDLED);
      if (!s.circulationDone()) {
        throw new IllegalTransitionException(s.stage().name(), "close",
            "circulation of " + c.documentId() + " is not finished: " + s.pendingReaders() + " still to read");
      }
      return List.of(new DocumentClosed(ctx.now(), c.actor()));
    }, s -> List.of());
  }

  /**
   * @param c the command
   * @return the document and its stage
   */
  public CommandResult archive(IncomingCommands.Archive c) {
    return step(c, c.documentId(), s -> {
      Checks.stage(s.stage(), "archive", s.profile().id(), Stage.CLOSED);
      return List.of(new DocumentArchived(ctx.now(), c.actor()));
    }, s -> List.of());
  }
}
