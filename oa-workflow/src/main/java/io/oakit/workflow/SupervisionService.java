package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.UnknownReferenceException;
import io.oakit.core.Validations;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.ExtensionPolicy;
import io.oakit.core.deadline.ReminderPolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.org.Organization;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.RankedUnit;
import io.oakit.core.supervision.scoring.Ranking;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.supervision.scoring.ScoringPolicy;
import io.oakit.core.supervision.scoring.ScoreLine;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import io.oakit.workflow.SupervisionCommands.Accept;
import io.oakit.workflow.SupervisionCommands.ApproveScores;
import io.oakit.workflow.SupervisionCommands.Archive;
import io.oakit.workflow.SupervisionCommands.Assign;
import io.oakit.workflow.SupervisionCommands.Cancel;
import io.oakit.workflow.SupervisionCommands.Close;
import io.oakit.workflow.SupervisionCommands.ExtendDeadline;
import io.oakit.workflow.SupervisionCommands.Open;
import io.oakit.workflow.SupervisionCommands.ReportCompletion;
import io.oakit.workflow.SupervisionCommands.ReportProgress;
import io.oakit.workflow.SupervisionCommands.ReturnForRework;
import io.oakit.workflow.SupervisionCommands.SignFor;
import io.oakit.workflow.SupervisionCommands.Urge;
import io.oakit.workflow.SupervisionEvents.ItemAccepted;
import io.oakit.workflow.SupervisionEvents.ItemArchived;
import io.oakit.workflow.SupervisionEvents.ItemAssigned;
import io.oakit.workflow.SupervisionEvents.ItemCancelled;
import io.oakit.workflow.SupervisionEvents.ItemClosed;
import io.oakit.workflow.SupervisionEvents.ItemCompletionReported;
import io.oakit.workflow.SupervisionEvents.ItemDeadlineExtended;
import io.oakit.workflow.SupervisionEvents.ItemOpened;
import io.oakit.workflow.SupervisionEvents.ItemProgressReported;
import io.oakit.workflow.SupervisionEvents.ItemReturned;
import io.oakit.workflow.SupervisionEvents.ItemSignedFor;
import io.oakit.workflow.SupervisionEvents.ItemUrged;
import io.oakit.workflow.SupervisionEvents.ScoresApproved;
import io.oakit.workflow.SupervisionEvents.ApprovedLine;
import io.oakit.workflow.SupervisionEvents.ApprovedSheet;
import io.oakit.workflow.SupervisionEvents.ItemDeadlineRebased;
import io.oakit.workflow.internal.EventCodec;
import java.util.function.Function;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Supervision (督查督办) on the SPI: items are stored as their events and rebuilt by replaying them
 * through {@link SupervisionItem}'s transitions, so every rule of the core model (states, units,
 * time order) applies to every command. Thread-safe.
 *
 * <p>Who may do what: the office's own commands (open, assign, urge, accept, return, extend, close,
 * archive, cancel, approve scores) must come from a person of the organisation, and so must the
 * person they act for. Signing for, progress and completion reports come from the supervised unit's
 * liaison, who need not be in the office's organisation; the unit must be one the item was
 * assigned to. Items are assigned only to <em>supervised units</em> (承办单位), a set the host
 * supplies and the service reads at each command, so a misspelt unit is refused instead of
 * silently opening a line in the month's ranking.
 */
public final class SupervisionService {

  static final EventCodec CODEC = new EventCodec("supervision-item", List.of(ItemOpened.class, ItemAssigned.class,
      ItemSignedFor.class, ItemProgressReported.class, ItemUrged.class, ItemCompletionReported.class, ItemAccepted.class,
      ItemReturned.class, ItemDeadlineExtended.class, ItemClosed.class, ItemArchived.class, ItemCancelled.class,
      ItemDeadlineRebased.class, SupervisionEvents.ProgressDutySet.class, SupervisionEvents.ProblemRaised.class,
      SupervisionEvents.ItemCalledBack.class, SupervisionEvents.UnitCommended.class, SupervisionEvents.ItemHandedBack.class,
      SupervisionEvents.ItemBrokenDown.class, SupervisionEvents.ItemReassigned.class, SupervisionEvents.CaseReceived.class,
      SupervisionEvents.RequesterContacted.class, SupervisionEvents.RequesterReplied.class,
      SupervisionEvents.RequesterMasked.class), List.of());

  static final EventCodec ASSESSMENT_CODEC = new EventCodec("assessment", List.of(ScoresApproved.class), List.of());

  private final WorkflowContext ctx;
  private final CommandRunner items;
  private final CommandRunner assessments;
  private final ConfigurationService.InForce<? extends ScoringPolicy> card;
  private final ConfigurationService.InForce<ExtensionPolicy> extensions;
  private final ConfigurationService.InForce<ReminderPolicy> reminders;
  private final Supplier<? extends Set<String>> supervisedUnits;

  /**
   * A service whose supervised units are the organisation's units and departments, by id (for an
   * office that supervises its own departments and the units of its organisation).
   *
   * @param ctx the context
   * @param card the scoring policy for {@link #approveScores}: a {@link ScoreCard}, or the host's own
   */
  public SupervisionService(WorkflowContext ctx, ScoringPolicy card) {
    this(ctx, card, () -> organisationUnits(ctx.organization()));
  }

  /**
   * A service with the host's list of supervised units (承办单位), e.g. the bureaus and towns a
   * county office supervises, which its own organisation does not hold.
   *
   * @param ctx the context
   * @param card the scoring policy for {@link #approveScores}
   * @param supervisedUnits the units items may be assigned to, read at each command (a unit added
   *     later is accepted from then on; one removed keeps its assigned items)
   */
  public SupervisionService(WorkflowContext ctx, ScoringPolicy card, Supplier<? extends Set<String>> supervisedUnits) {
    this(ctx, ConfigurationService.InForce.fixed(requireNonNull(card, "card")), supervisedUnits);
  }

  /**
   * A service whose score card is the one in force on the first day of each period scored (see
   * {@link ConfigurationService#scoreCards}); every approval names the version it used.
   *
   * @param ctx the context
   * @param cards the score cards (or the host's scoring policies) by day
   * @param supervisedUnits the units items may be assigned to, read at each command
   */
  public SupervisionService(WorkflowContext ctx, ConfigurationService.InForce<? extends ScoringPolicy> cards,
      Supplier<? extends Set<String>> supervisedUnits) {
    this(ctx, cards, supervisedUnits, ConfigurationService.InForce.fixed(ExtensionPolicy.unlimited()),
        ConfigurationService.InForce.fixed(ReminderPolicy.defaults()));
  }

  /**
   * A service whose items' deadlines are decided under the extension limits and reminders in force on the
   * day they are assigned (see {@link ConfigurationService#extensionPolicies}); each item keeps the ones it
   * was assigned under.
   *
   * @param ctx the context
   * @param cards the score cards by day
   * @param supervisedUnits the units items may be assigned to, read at each command
   * @param extensions the limits on extensions (延期) by day
   * @param reminders the reminders by day
   */
  public SupervisionService(WorkflowContext ctx, ConfigurationService.InForce<? extends ScoringPolicy> cards,
      Supplier<? extends Set<String>> supervisedUnits, ConfigurationService.InForce<ExtensionPolicy> extensions,
      ConfigurationService.InForce<ReminderPolicy> reminders) {
    this.extensions = requireNonNull(extensions, "extensions");
    this.reminders = requireNonNull(reminders, "reminders");
    this.ctx = requireNonNull(ctx, "ctx");
    this.card = requireNonNull(cards, "cards");
    this.supervisedUnits = requireNonNull(supervisedUnits, "supervisedUnits");
    this.items = new CommandRunner(ctx, CODEC, AggregateKind.SUPERVISION_ITEM);
    this.assessments = new CommandRunner(ctx, ASSESSMENT_CODEC, AggregateKind.ASSESSMENT);
  }

  private static Set<String> organisationUnits(Organization org) {
    Set<String> units = new HashSet<>(org.units().keySet());
    units.addAll(org.departments().keySet());
    return units;
  }

  /** @return the units items may be assigned to now */
  public Set<String> supervisedUnits() {
    return Set.copyOf(requireNonNull(supervisedUnits.get(), "the supervised units supplied by the host"));
  }

  /** Refuses a unit that is not supervised. */
  private void supervised(Set<String> known, String unit, String field, String of) {
    if (unit != null && !unit.isBlank() && !known.contains(unit)) {
      throw new UnknownReferenceException("supervised unit", unit, field + " of " + of + " (" + known.size()
          + " supervised units known)");
    }
  }

  /**
   * Rebuilds an item from its events.
   *
   * @param itemId the item
   * @return the item
   * @throws UnknownReferenceException if there is no such item
   */
  public SupervisionItem find(String itemId) {
    List<Record> events = items.load(requireNonNull(itemId, "itemId"));
    if (events.isEmpty()) {
      throw new UnknownReferenceException("supervision item", itemId, "");
    }
    return replay(events, ctx);
  }

  /**
   * An item as a person may read it: an item opened from a classified document only by a person of
   * the organisation cleared for it now.
   *
   * @param itemId the item
   * @param readerId who reads it
   * @return the item
   * @throws UnknownReferenceException if there is no such item
   * @throws ClearanceException if the item is classified and the reader is not cleared for it now
   */
  public SupervisionItem find(String itemId, String readerId) {
    List<Record> events = items.load(requireNonNull(itemId, "itemId"));
    if (events.isEmpty()) {
      throw new UnknownReferenceException("supervision item", itemId, "");
    }
    SecrecyLevel level = secrecy(events);
    if (level != SecrecyLevel.UNCLASSIFIED) {
      Checks.clearedFor(ctx, requireNonNull(readerId, "readerId"), level, itemId, "read");
    }
    return replay(events, ctx);
  }

  /**
   * @param itemId the item
   * @return its secrecy level, inherited from the document it was opened from
   * @throws UnknownReferenceException if there is no such item
   */
  public SecrecyLevel secrecyOf(String itemId) {
    List<Record> events = items.load(requireNonNull(itemId, "itemId"));
    if (events.isEmpty()) {
      throw new UnknownReferenceException("supervision item", itemId, "");
    }
    return secrecy(events);
  }

  static SupervisionItem replay(List<Record> events, WorkflowContext ctx) {
    SupervisionItem item = null;
    for (Record r : events) {
      item = apply(item, r, ctx);
    }
    return item;
  }

  private static SupervisionItem apply(SupervisionItem item, Record r, WorkflowContext ctx) {
    if (r instanceof ItemOpened e) {
      if (item != null) {
        throw new CommandRefusedException("open", e.itemId(), "the item already exists");
      }
      return SupervisionItem.register(e.itemId(), e.source(), e.content(), e.importance(), e.at(), e.by());
    }
    if (item == null) {
      throw new UndecodableAggregateException(AggregateKind.SUPERVISION_ITEM, "?", "the stored events do not begin with"
          + " supervision.opened but with " + CODEC.typeName(r), null);
    }
    if (r instanceof ItemAssigned e) {
      // the deadline as decided then, whatever the calendar says now
      // and under the limits and reminders decided with it
      DeadlineClock clock = DeadlineClock.decided(DeadlineRule.parse(e.deadlineRule()), ctx.calendar(), e.at(),
          e.periodEnd(), e.due(), !e.assumedYears().isEmpty()).withPolicies(
          e.extensionPolicy().map(Configuration::readExtensionPolicy).orElse(ExtensionPolicy.unlimited()),
          e.reminderPolicy().map(Configuration::readReminderPolicy).orElse(ReminderPolicy.defaults()));
      return item.assign(e.at(), e.by(), e.leadUnit(), e.coUnits(), clock, e.progressEveryWorkingDays());
    } else if (r instanceof ItemSignedFor e) {
      return item.signFor(e.at(), e.unit(), e.by());
    } else if (r instanceof ItemProgressReported e) {
      return item.reportProgress(e.at(), e.unit(), e.text());
    } else if (r instanceof ItemUrged e) {
      return item.urge(e.at(), e.unit(), e.channel(), e.by(), e.note());
    } else if (r instanceof ItemCompletionReported e) {
      return item.reportCompletion(e.at(), e.summary());
    } else if (r instanceof ItemAccepted e) {
      return item.accept(e.at(), e.by(), e.rating(), e.effective(), e.comment());
    } else if (r instanceof ItemReturned e) {
      return item.returnForRework(e.at(), e.by(), e.reason());
    } else if (r instanceof ItemDeadlineExtended e) {
      return item.extendDeadline(e.at(), DeadlineRule.parse(e.extension()), e.by(), e.reason())
          .withDeadlineAsDecided(e.periodEnd(), e.due(), !e.assumedYears().isEmpty());
    } else if (r instanceof ItemDeadlineRebased e) {
      return item.withDeadlineAsDecided(e.periodEnd(), e.due(), !e.assumedYears().isEmpty());
    } else if (r instanceof SupervisionEvents.ItemHandedBack e) {
      return item.handBack(e.at(), e.unit(), e.by(), e.reason());
    } else if (r instanceof SupervisionEvents.ItemReassigned e) {
      return item.reassign(e.at(), e.by(), e.toUnit(), e.reason());
    } else if (r instanceof SupervisionEvents.CaseReceived || r instanceof SupervisionEvents.RequesterContacted
        || r instanceof SupervisionEvents.RequesterReplied || r instanceof SupervisionEvents.RequesterMasked) {
      return item;  // the case's own record, read by CaseService
    } else if (r instanceof SupervisionEvents.ItemBrokenDown) {
      return item;  // the child is an item of its own; see structure()
    } else if (r instanceof SupervisionEvents.ItemCalledBack e) {
      return item.callBack(e.at(), e.answer(), e.by(), e.note());
    } else if (r instanceof SupervisionEvents.UnitCommended e) {
      return item.commend(e.at(), e.unit(), e.by(), e.note());
    } else if (r instanceof SupervisionEvents.ProblemRaised) {
      return item;  // a fact for the leaders; the item's state is unchanged
    } else if (r instanceof SupervisionEvents.ProgressDutySet) {
      return item;  // read by progressDuty from the events
    } else if (r instanceof ItemClosed e) {
      return item.close(e.at(), e.by());
    } else if (r instanceof ItemArchived e) {
      return item.archive(e.at());
    } else if (r instanceof ItemCancelled e) {
      return item.cancel(e.at(), e.reason());
    }
    throw new UndecodableAggregateException(AggregateKind.SUPERVISION_ITEM, item.id(), "event " + CODEC.typeName(r)
        + " does not belong to a supervision item", null);
  }

  /** Runs a command: the new event must apply to the item as it is, else the command is refused. */
  private CommandResult change(Command cmd, String itemId, Record event, List<Notifier.Notification> notes) {
    return change(cmd, itemId, before -> event, notes);
  }

  /** As above, the event decided on the item as it is (null before it exists). */
  private CommandResult change(Command cmd, String itemId, Function<SupervisionItem, Record> decide,
      List<Notifier.Notification> notes) {
    return change(cmd, itemId, decide, (before, after) -> notes);
  }

  /** As above, the notifications decided from the item before and after the event. */
  private CommandResult change(Command cmd, String itemId, Function<SupervisionItem, Record> decide,
      java.util.function.BiFunction<SupervisionItem, SupervisionItem, List<Notifier.Notification>> notesOf) {
    // the calendar's re-base was checked once, as calendar.rebase-deadlines; it reads nothing of the item
    boolean calendarRebase = cmd instanceof CalendarService.RebaseOne;
    return items.run(cmd, itemId, events -> {
      SupervisionItem existing = events.isEmpty() ? null : replay(events, ctx);
      SecrecyLevel secrecy = events.isEmpty() ? (cmd instanceof Open o ? o.secrecy() : SecrecyLevel.UNCLASSIFIED)
          : secrecy(events);
      if (secrecy != SecrecyLevel.UNCLASSIFIED && !calendarRebase) {
        // an item opened from a classified document follows its rules: every actor, the units' liaisons
        // included, must be a person of the organisation cleared for it now
        Checks.clearedFor(ctx, cmd.actor(), secrecy, itemId, Checks.action(cmd));
      }
      Record event;
      try {
        event = decide.apply(existing);
      } catch (IllegalArgumentException e) {
        throw new CommandRefusedException(cmd.getClass().getSimpleName(), itemId, e.getMessage());
      }
      boolean fromUnit = event instanceof ItemSignedFor || event instanceof ItemProgressReported
          || event instanceof ItemCompletionReported || event instanceof SupervisionEvents.ItemHandedBack;
      if (!fromUnit) {
        Checks.known(ctx, cmd);
      }
      if (event instanceof ItemAssigned a) {
        Set<String> known = supervisedUnits();
        supervised(known, a.leadUnit(), "leadUnit", "item " + itemId);
        a.coUnits().forEach(unit -> supervised(known, unit, "coUnits", "item " + itemId));
      }
      if (event instanceof SupervisionEvents.ItemReassigned ra) {
        supervised(supervisedUnits(), ra.toUnit(), "toUnit", "item " + itemId);
      }
      if (existing == null && !(event instanceof ItemOpened)) {
        throw new UnknownReferenceException("supervision item", itemId, "");
      }
      if (!calendarRebase) {
        ctx.authorise(Checks.action(cmd), cmd, AuthorityPolicy.Facts.NONE.withUnits(existing == null ? Set.of()
            : Set.copyOf(existing.units())));
      }
      SupervisionItem after;
      try {
        after = apply(existing, event, ctx);
      } catch (IllegalArgumentException e) {
        // the item's own rules refuse it (a unit not assigned, a unit that signed already …)
        throw new CommandRefusedException(CODEC.typeName(event), itemId, e.getMessage());
      }
      List<String> assigned = event instanceof ItemAssigned ? List.copyOf(after.units()) : List.of();
      List<Notifier.Notification> notes = notesOf.apply(existing, after);
      List<Notifier.Notification> sent = secrecy == SecrecyLevel.UNCLASSIFIED ? notes
          : Checks.classified(ctx, secrecy, itemId, notes, events.isEmpty() ? cmd.actor() : openedBy(events));
      // a case is found by the day it was received (its repeats are looked for by day)
      Optional<java.time.LocalDate> received = java.util.stream.Stream.concat(events.stream(),
          java.util.stream.Stream.of(event)).filter(SupervisionEvents.CaseReceived.class::isInstance)
          .map(e -> ((SupervisionEvents.CaseReceived) e).at().toLocalDate()).findFirst();
      Index ix = index(after);
      if (received.isPresent()) {
        ix = new Index(ix.open(), ix.dueAt(), ix.unit(), ix.pendingFor(), received, received.map(d -> d.plusDays(1)));
      }
      CommandRunner.Change change = CommandRunner.Change.of(List.of(event), ix, after.state().name()).notifying(sent)
          .assigning(assigned).viewing(view(after)).classified(secrecy);
      return event instanceof SupervisionEvents.RequesterMasked
          // erase the requester from the stored record; the audit log never held it
          ? change.rewritingStored(r -> r instanceof SupervisionEvents.CaseReceived c
              ? ((PersonalInformation) c).withoutPersonalInformation() : r)
          : change;
    });
  }

  /** A case step on an item (see {@link CaseService}), through the same checks as every command. */
  CommandResult caseStep(Command cmd, String itemId, Function<SupervisionItem, Record> decide,
      List<Notifier.Notification> notes) {
    return change(cmd, itemId, decide, notes);
  }

  /** The stored events of an item, read in the running command's transaction when there is one. */
  List<Record> eventsOf(String itemId) {
    return items.loadInCommand(itemId);
  }

  /** Who opened the item: the office that hears of what cannot reach a unit cleared. */
  static String openedBy(List<Record> events) {
    return events.stream().filter(ItemOpened.class::isInstance).map(e -> ((ItemOpened) e).by()).findFirst()
        .orElse("");
  }

  /** The item's secrecy level, inherited from the document it was opened from. */
  static SecrecyLevel secrecy(List<Record> events) {
    return events.stream().filter(ItemOpened.class::isInstance).map(e -> ((ItemOpened) e).secrecy())
        .flatMap(Optional::stream).findFirst().orElse(SecrecyLevel.UNCLASSIFIED);
  }

  private static Map<String, Object> view(SupervisionItem item) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", item.id());
    v.put("content", item.content());
    v.put("state", item.state());
    v.put("leadUnit", item.leadUnit());
    v.put("due", item.deadline().map(DeadlineClock::due));
    return v;
  }

  static Index index(SupervisionItem item) {
    boolean open = switch (item.state()) {
      case REGISTERED, ASSIGNED, IN_PROGRESS, COMPLETION_REPORTED -> true;
      default -> false;
    };
    return new Index(open, item.deadline().map(DeadlineClock::due), item.leadUnit(),
        Set.copyOf(item.handlers().values()), Optional.empty(), Optional.empty());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult open(Open c) {
    return open(c, Optional.empty());
  }

  private CommandResult open(Open c, Optional<String> parent) {
    Validations.check(c);
    c.instructedBy().filter(l -> !ctx.organization().hasPerson(l)).ifPresent(l -> {
      throw new UnknownReferenceException("person", l, "instructedBy of item " + c.itemId());
    });
    if (c.source() == io.oakit.core.supervision.ItemSource.OTHER && c.sourceName().filter(n -> !n.isBlank()).isEmpty()) {
      throw new io.oakit.core.InvalidInputException("Open", List.of("sourceName: an item of source OTHER names its"
          + " source (领导交办, 表态事项 …)"));
    }
    if (c.sourceName().filter(String::isBlank).isPresent()) {
      throw new io.oakit.core.InvalidInputException("Open", List.of("sourceName: must not be blank"));
    }
    return change(c, c.itemId(), new ItemOpened(ctx.now(), c.actor(), c.itemId(), c.source(), c.content(), c.importance(),
        c.secrecy() == SecrecyLevel.UNCLASSIFIED ? Optional.empty() : Optional.of(c.secrecy()), c.instructedBy(),
        c.sourceName(), c.mode() == io.oakit.core.supervision.SupervisionMode.ROUTINE ? Optional.empty()
            : Optional.of(c.mode()), parent), List.of());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult assign(Assign c) {
    Validations.check(c);  // before the notifications are addressed to its units
    DeadlineRule rule = Checks.rule(c.deadlineRule(), "Assign", "deadlineRule");
    List<Notifier.Notification> notes = new ArrayList<>();
    notes.add(new Notifier.Notification(Recipient.unit(c.leadUnit()), "交办", "督办事项 " + c.itemId() + " 交由贵单位主办"));
    c.coUnits().forEach(u -> notes.add(new Notifier.Notification(Recipient.unit(u), "交办", "督办事项 " + c.itemId()
        + " 请协办")));
    return change(c, c.itemId(), before -> {
      LocalDateTime now = ctx.now();
      ExtensionPolicy limits = extensions.on(now.toLocalDate());
      if (before != null && before.source() == io.oakit.core.supervision.ItemSource.PETITION
          && limits.equals(ExtensionPolicy.unlimited())) {
        // a petition's extension is the statute's: once, by at most 30 days (信访工作条例 art. 32)
        limits = io.oakit.core.deadline.StatutoryDeadlines.petitionHandling().extensions();
      }
      ReminderPolicy reminding = reminders.on(now.toLocalDate());
      DeadlineClock clock = DeadlineClock.start(rule, ctx.calendar(), now, limits, reminding);
      return new ItemAssigned(now, c.actor(), c.leadUnit(), c.coUnits(), c.deadlineRule(), c.progressEveryWorkingDays(),
          clock.periodEnd(), clock.due(), ctx.calendar().version(), Deadlines.assumedYears(ctx.calendar(), clock),
          Deadlines.stored(limits), Deadlines.stored(reminding));
    }, notes);
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult signFor(SignFor c) {
    return change(c, c.itemId(), new ItemSignedFor(ctx.now(), c.actor(), c.unit()), List.of());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult reportProgress(ReportProgress c) {
    return change(c, c.itemId(), new ItemProgressReported(ctx.now(), c.actor(), c.unit(), c.text()), List.of());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult urge(Urge c) {
    Validations.check(c);
    return change(c, c.itemId(), new ItemUrged(ctx.now(), c.actor(), c.unit(), c.channel(), c.note()),
        List.of(new Notifier.Notification(Recipient.unit(c.unit()), "催办", "督办事项 " + c.itemId() + ": " + c.note())));
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult reportCompletion(ReportCompletion c) {
    // feedback up: the office that must accept it, and the leader whose instruction it carries out
    return changeTelling(c, c.itemId(), new ItemCompletionReported(ctx.now(), c.actor(), c.summary()), events -> {
      List<Notifier.Notification> notes = new ArrayList<>();
      String text = "督办事项 " + c.itemId() + " 已报结: " + c.summary();
      notes.add(new Notifier.Notification(openedBy(events), "报结", text + " — 请验收"));
      instructedBy(events).filter(l -> !l.equals(openedBy(events)))
          .ifPresent(l -> notes.add(new Notifier.Notification(l, "报结", text)));
      return notes;
    });
  }

  /**
   * Records that a unit hands the item back (推诿), with its reason; the office that opened it is told. The item
   * stays with its units; the score card counts the hand-back against the unit.
   *
   * @param c the command
   * @return the item and its state
   */
  public CommandResult handBack(SupervisionCommands.HandBack c) {
    Validations.check(c);
    return changeTelling(c, c.itemId(), new SupervisionEvents.ItemHandedBack(ctx.now(), c.actor(), c.unit(), c.reason()),
        events -> List.of(new Notifier.Notification(openedBy(events), "推诿", "督办事项 " + c.itemId() + ": " + c.unit()
            + " 退回 — " + c.reason())));
  }

  /**
   * Reassigns an item to another lead unit (转办) before its lead signed for it — typically after the lead
   * handed it back. The co-units and the deadline stay; the new lead's time to sign runs from now; the
   * former lead keeps its hand-backs, urgings and commendations on the item. Both units are told.
   *
   * @param c the command
   * @return the item and its state
   * @throws io.oakit.core.IllegalTransitionException unless assigned and not yet signed for by its lead
   * @throws UnknownReferenceException if the unit is not supervised
   */
  public CommandResult reassign(SupervisionCommands.Reassign c) {
    Validations.check(c);
    return change(c, c.itemId(), before -> {
      if (before == null) {
        throw new UnknownReferenceException("supervision item", c.itemId(), "");
      }
      return new SupervisionEvents.ItemReassigned(ctx.now(), c.actor(), before.leadUnit().orElse(""), c.toUnit(),
          c.reason());
    }, (before, after) -> List.of(
        new Notifier.Notification(Recipient.unit(c.toUnit()), "转办", "督办事项 " + c.itemId() + " 转由贵单位主办: "
            + c.reason()),
        new Notifier.Notification(Recipient.unit(before.leadUnit().orElseThrow()), "转办", "督办事项 " + c.itemId()
            + " 已转由 " + c.toUnit() + " 主办")));
  }

  /**
   * Breaks an item down into a linked child item (分解立项). The child inherits the parent's source, secrecy,
   * instructing leader and mode, and is assigned like any item; the parent's progress comes from its
   * children ({@link #structure}) and it closes only when they are done. Recorded on the parent first, then
   * the child is opened; a retried command with the same key completes what a failure interrupted.
   *
   * @param c the command
   * @return the child item
   * @throws UnknownReferenceException if there is no such parent
   */
  public CommandResult breakDown(SupervisionCommands.BreakDown c) {
    Validations.check(c);
    if (c.childItemId().equals(c.itemId())) {
      throw new io.oakit.core.InvalidInputException("BreakDown", List.of("childItemId: an item is not its own child"));
    }
    List<Record> parentEvents = items.load(c.itemId());
    boolean listed = children(parentEvents).contains(c.childItemId());
    if (!listed && !items.load(c.childItemId()).isEmpty()) {
      throw new CommandRefusedException("break down", c.itemId(), "item " + c.childItemId() + " exists already");
    }
    change(c, c.itemId(), before -> {
      if (before == null) {
        throw new UnknownReferenceException("supervision item", c.itemId(), "");
      }
      if (!isOpen(before.state())) {
        throw new io.oakit.core.IllegalTransitionException(before.state().name(), "break down", "item " + c.itemId()
            + " is no longer open");
      }
      return new SupervisionEvents.ItemBrokenDown(ctx.now(), c.actor(), c.childItemId(), c.content());
    }, List.of());
    ItemOpened parent = (ItemOpened) items.load(c.itemId()).get(0);
    return open(new Open(c.idempotencyKey() + "/child", c.actor(), c.onBehalfOf(), c.childItemId(), parent.source(),
        c.content(), c.importance(), parent.secrecy().orElse(SecrecyLevel.UNCLASSIFIED), parent.instructedBy(),
        parent.sourceName(), parent.mode().orElse(io.oakit.core.supervision.SupervisionMode.ROUTINE)),
        Optional.of(c.itemId()));
  }

  /** The children an item was broken down into, in order. */
  static List<String> children(List<Record> events) {
    return events.stream().filter(SupervisionEvents.ItemBrokenDown.class::isInstance)
        .map(e -> ((SupervisionEvents.ItemBrokenDown) e).childItemId()).toList();
  }

  /**
   * An item's place in its structure (分解立项): its parent, its children with their states, and the progress
   * derived from them.
   *
   * @param itemId the item
   * @param state its own state
   * @param parent the item it was broken down from, if any
   * @param children its children and their states, in the order they were opened
   * @param done how many children are done (accepted, closed or archived) or cancelled
   */
  public record Structure(String itemId, ItemState state, Optional<String> parent, Map<String, ItemState> children,
      int done) {
    /**
     * Copies the map.
     *
     * @param itemId the item
     * @param state its own state
     * @param parent the item it was broken down from, if any
     * @param children its children and their states, in the order they were opened
     * @param done how many children are done (accepted, closed or archived) or cancelled
     */
    public Structure {
      children = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(children));
    }

    /** @return the share of the children done, 1 when there are none */
    public double progress() {
      return children.isEmpty() ? 1 : (double) done / children.size();
    }

    /** @return whether every child is done */
    public boolean childrenDone() {
      return done == children.size();
    }

    /**
     * The state the children put the whole in: the least advanced state of the children not cancelled (in the
     * order of {@link ItemState}: registered, assigned, in progress, reported, accepted, closed, archived), so the
     * work as a whole is only as far as its slowest part; the item's own state when it has no such child.
     *
     * @return the derived state
     */
    public ItemState derivedState() {
      return children.values().stream().filter(st -> st != ItemState.CANCELLED).min(java.util.Comparator.naturalOrder())
          .orElse(state);
    }
  }

  /**
   * An item's structure as a person may see it: its parent, its children's states and the progress derived
   * from them.
   *
   * @param itemId the item
   * @param readerId who reads it (cleared for the item, for a classified one)
   * @return the structure
   * @throws UnknownReferenceException if there is no such item
   */
  public Structure structure(String itemId, String readerId) {
    SupervisionItem item = find(itemId, readerId);
    List<Record> events = items.load(itemId);
    Map<String, ItemState> kids = new LinkedHashMap<>();
    int done = 0;
    for (String child : children(events)) {
      List<Record> childEvents = items.load(child);
      if (childEvents.isEmpty()) {
        continue;  // recorded on the parent, not opened yet (a command interrupted before its second step)
      }
      ItemState st = replay(childEvents, ctx).state();
      kids.put(child, st);
      done += childDone(st) ? 1 : 0;
    }
    Optional<String> parent = events.stream().filter(ItemOpened.class::isInstance)
        .map(e -> ((ItemOpened) e).parent()).flatMap(Optional::stream).findFirst();
    return new Structure(itemId, item.state(), parent, kids, done);
  }

  private static boolean childDone(ItemState st) {
    return st == ItemState.ACCEPTED || st == ItemState.CLOSED || st == ItemState.ARCHIVED || st == ItemState.CANCELLED;
  }

  /**
   * Records a call-back to the requester (回访) with their answer; it counts in the 回访满意率, and an answer of
   * 不满意 costs the lead unit points on the score card and is told to the office and the lead unit.
   *
   * @param c the command
   * @return the item and its state
   * @throws io.oakit.core.IllegalTransitionException unless the item is accepted, closed or archived
   */
  public CommandResult callBack(SupervisionCommands.CallBack c) {
    Validations.check(c);
    return changeTelling(c, c.itemId(), new SupervisionEvents.ItemCalledBack(ctx.now(), c.actor(), c.answer(), c.note()),
        events -> {
          if (c.answer().isSatisfied()) {
            return List.of();
          }
          SupervisionItem item = replay(events, ctx);
          String text = "督办事项 " + c.itemId() + " 回访不满意: " + c.note();
          List<Notifier.Notification> notes = new ArrayList<>();
          notes.add(new Notifier.Notification(openedBy(events), "回访不满意", text));
          item.leadUnit().ifPresent(u -> notes.add(new Notifier.Notification(Recipient.unit(u), "回访不满意", text)));
          return notes;
        });
  }

  /**
   * A leader commends a unit for its work on an item (表扬): points on the score card; the unit is told.
   *
   * @param c the command
   * @return the item and its state
   */
  public CommandResult commend(SupervisionCommands.Commend c) {
    Validations.check(c);
    return change(c, c.itemId(), new SupervisionEvents.UnitCommended(ctx.now(), c.actor(), c.unit(), c.note()),
        List.of(new Notifier.Notification(Recipient.unit(c.unit()), "表扬", "督办事项 " + c.itemId() + ": " + c.note())));
  }

  /**
   * The leader whose instruction an item carries out: recorded when it was opened (an item opened by a 批办
   * records the instructing leader), else empty.
   */
  static Optional<String> instructedBy(List<Record> events) {
    return events.stream().filter(ItemOpened.class::isInstance).map(e -> ((ItemOpened) e).instructedBy())
        .flatMap(Optional::stream).findFirst();
  }

  /** A change whose notifications are decided from the item's stored events. */
  private CommandResult changeTelling(Command c, String itemId, Record event,
      Function<List<Record>, List<Notifier.Notification>> notes) {
    List<Record> events = new ArrayList<>();
    return change(c, itemId, before -> {
      events.clear();
      events.addAll(items.loadInCommand(itemId));
      return event;
    }, (before, after) -> notes.apply(events));
  }

  /**
   * Raises a new problem met while urging (问题上报) to the leader in charge of the area named, or to the
   * leader whose instruction the item carries out; they are told at once. The item's state is unchanged.
   *
   * @param c the command
   * @return the item and its state
   * @throws UnknownReferenceException if the area has no leader in charge
   * @throws CommandRefusedException if no area is named and no instructing leader is recorded
   */
  public CommandResult raiseProblem(SupervisionCommands.RaiseProblem c) {
    Validations.check(c);
    List<String> to = new ArrayList<>();
    return change(c, c.itemId(), before -> {
      if (before == null) {
        throw new UnknownReferenceException("supervision item", c.itemId(), "");
      }
      to.clear();
      if (c.area().isPresent()) {
        to.add(ctx.organization().inCharge(c.area().get()).orElseThrow(() -> new UnknownReferenceException(
            "leader in charge of area", c.area().get(), "problem raised on item " + c.itemId())).id());
      } else {
        to.add(instructedBy(items.loadInCommand(c.itemId())).orElseThrow(() -> new CommandRefusedException("raise a problem on",
            c.itemId(), "no instructing leader is recorded; name the area whose leader in charge is to decide")));
      }
      return new SupervisionEvents.ProblemRaised(ctx.now(), c.actor(), c.problem(), List.copyOf(to));
    }, (before, after) -> to.stream().map(l -> new Notifier.Notification(l, "问题上报", "督办事项 " + c.itemId()
        + " 遇到新问题: " + c.problem())).toList());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult accept(Accept c) {
    return changeTelling(c, c.itemId(), new ItemAccepted(ctx.now(), c.actor(), c.rating(), c.effective(), c.comment()),
        events -> instructedBy(events).map(l -> List.of(new Notifier.Notification(l, "验收", "督办事项 " + c.itemId()
            + " 已验收: " + c.rating().chinese() + (c.effective() ? "，有效" : "，未见实效")
            + (c.comment().isBlank() ? "" : " — " + c.comment())))).orElse(List.of()));
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult returnForRework(ReturnForRework c) {
    return change(c, c.itemId(), new ItemReturned(ctx.now(), c.actor(), c.reason()), List.of());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult extendDeadline(ExtendDeadline c) {
    DeadlineRule extension = Checks.rule(c.extension(), "ExtendDeadline", "extension");
    return change(c, c.itemId(), before -> {
      LocalDateTime now = ctx.now();
      if (before == null) {
        throw new UnknownReferenceException("supervision item", c.itemId(), "");
      }
      SupervisionItem extended = before.extendDeadline(now, extension, c.actor(), c.reason());
      DeadlineClock clock = extended.deadline().orElseThrow();
      return new ItemDeadlineExtended(now, c.actor(), c.extension(), c.reason(), clock.periodEnd(), clock.due(),
          ctx.calendar().version(), Deadlines.assumedYears(ctx.calendar(), clock));
    }, List.of());
  }

  /**
   * Recomputes an item's deadline on the calendar the service holds now (e.g. after a corrected
   * holiday notice), recording the old and the new due instant. The only way a decided deadline
   * changes.
   *
   * @param c the command
   * @return the item and its state
   * @throws io.oakit.core.IllegalTransitionException if the item has no deadline or is no longer open
   */
  public CommandResult rebaseDeadline(SupervisionCommands.RebaseDeadline c) {
    return rebase(c, c.itemId(), c.reason(), new boolean[1]);
  }

  /**
   * One item's part of {@link CalendarService#rebaseDeadlines}.
   *
   * @return whether the due instant moved
   */
  boolean rebase(CalendarService.RebaseOne c) {
    boolean[] moved = new boolean[1];
    rebase(c, c.id(), c.reason(), moved);
    return moved[0];
  }

  /**
   * Recomputes the deadline (rule and extensions, from the start) on the calendar in force; when the due
   * instant moved, the units handling it are told (the person who signed for a unit, else the unit).
   */
  private CommandResult rebase(Command c, String itemId, String reason, boolean[] moved) {
    return change(c, itemId, before -> {
      if (before == null) {
        throw new UnknownReferenceException("supervision item", itemId, "");
      }
      if (before.deadline().isEmpty() || !isOpen(before.state())) {
        throw new io.oakit.core.IllegalTransitionException(before.state().name(), "rebase the deadline",
            "item " + itemId + (before.deadline().isEmpty() ? " has no deadline" : " is no longer open"));
      }
      DeadlineClock old = before.deadline().get();
      DeadlineClock now = Deadlines.recomputed(old, ctx.calendar());
      moved[0] = !old.due().equals(now.due());
      return new ItemDeadlineRebased(ctx.now(), c.actor(), old.due(), now.periodEnd(), now.due(),
          ctx.calendar().version(), reason, Deadlines.assumedYears(ctx.calendar(), now));
    }, (before, after) -> {
      LocalDateTime was = before.deadline().orElseThrow().due();
      LocalDateTime due = after.deadline().orElseThrow().due();
      if (was.equals(due)) {
        return List.of();
      }
      String text = "督办事项 " + itemId + " 办理时限调整: " + was + " → " + due + " (" + reason + ")";
      return after.units().stream().map(unit -> new Notifier.Notification(after.handlers().containsKey(unit)
          ? Recipient.person(after.handlers().get(unit)) : Recipient.unit(unit), "办理时限调整", text)).toList();
    });
  }

  /**
   * Sets a recurring progress duty of the lead unit ("每月报送", "每季至少一次"), counted from now;
   * {@link #progressDuty} reports its periods.
   *
   * @param c the command
   * @return the item and its state
   * @throws io.oakit.core.InvalidInputException if the rule is not a periodic or yearly rule; names the field
   */
  public CommandResult setProgressDuty(SupervisionCommands.SetProgressDuty c) {
    DeadlineRule rule = Checks.rule(c.rule(), "SetProgressDuty", "rule");
    if (rule.kind() != DeadlineRule.Kind.PERIODIC && rule.kind() != DeadlineRule.Kind.YEARLY) {
      throw new io.oakit.core.InvalidInputException("SetProgressDuty", List.of("rule: '" + c.rule()
          + "' does not recur; give e.g. 'at least 1 time every month' or 'every year by 11-30'"));
    }
    return change(c, c.itemId(), before -> {
      if (before != null && !isOpen(before.state())) {
        throw new io.oakit.core.IllegalTransitionException(before.state().name(), "set a progress duty",
            "item " + c.itemId() + " is no longer open");
      }
      return new SupervisionEvents.ProgressDutySet(ctx.now(), c.actor(), rule.toString());
    }, List.of());
  }

  /**
   * The periods of the item's progress duty up to {@code asOf}, each with the lead unit's progress
   * reports counted and whether it was met, missed or is still open; empty when the item has no duty.
   *
   * @param itemId the item
   * @param readerId who reads it (checked as {@link #find(String, String)} does)
   * @param asOf the instant asked about
   * @return the periods in order
   */
  public List<io.oakit.core.deadline.PeriodicObligation.Period> progressDuty(String itemId, String readerId,
      LocalDateTime asOf) {
    requireNonNull(asOf, "asOf");
    SupervisionItem item = find(itemId, readerId);
    List<Record> events = items.load(itemId);
    Optional<SupervisionEvents.ProgressDutySet> duty = events.stream()
        .filter(SupervisionEvents.ProgressDutySet.class::isInstance).map(SupervisionEvents.ProgressDutySet.class::cast)
        .reduce((a, b) -> b);
    if (duty.isEmpty() || asOf.isBefore(duty.get().at())) {
      return List.of();
    }
    List<LocalDateTime> reports = events.stream().filter(ItemProgressReported.class::isInstance)
        .map(ItemProgressReported.class::cast).filter(e -> item.leadUnit().map(e.unit()::equals).orElse(false))
        .map(ItemProgressReported::at).toList();
    return new io.oakit.core.deadline.PeriodicObligation(DeadlineRule.parse(duty.get().rule()), ctx.calendar(),
        duty.get().at()).periods(reports, asOf);
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult close(Close c) {
    List<Record> events = new ArrayList<>();
    return change(c, c.itemId(), before -> {
      events.clear();
      events.addAll(items.loadInCommand(c.itemId()));
      // its children, read in this command's transaction: a parent closes only when they are done
      List<String> open = children(events).stream().filter(child -> {
        List<Record> ce = items.loadInCommand(child);
        return !ce.isEmpty() && !childDone(replay(ce, ctx).state());
      }).toList();
      if (!open.isEmpty()) {
        throw new io.oakit.core.IllegalTransitionException(before == null ? "?" : before.state().name(), "close",
            "item " + c.itemId() + " has children not yet done: " + open);
      }
      return new ItemClosed(ctx.now(), c.actor());
    }, (before, after) -> instructedBy(events).map(l -> List.of(new Notifier.Notification(l, "办结", "督办事项 "
        + c.itemId() + " 已办结"))).orElse(List.of()));
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult archive(Archive c) {
    return change(c, c.itemId(), new ItemArchived(ctx.now(), c.actor()), List.of());
  }

  /**
   * @param c the command
   * @return the item and its new state
   */
  public CommandResult cancel(Cancel c) {
    return change(c, c.itemId(), new ItemCancelled(ctx.now(), c.actor(), c.reason()), List.of());
  }

  /**
   * Scores a month for the given lead units with the service's score card and records the leader's
   * approval (an {@code ASSESSMENT} aggregate {@code supervision/<month>}) with every unit's sheet and
   * every line, as scored now: {@link #approval} reads it back unchanged whatever the card or the
   * items become later. A stored item that cannot be read is reported to the context's problem
   * listeners, left out, and named in the approval.
   *
   * @param c the command
   * @return the approval: version 1, {@code APPROVED}, the units in ranking order assigned
   * @throws CommandRefusedException if the month was already approved
   * @throws UnknownReferenceException if a unit is not supervised and has no items in the month
   */
  public CommandResult approveScores(ApproveScores c) {
    Validations.check(c);
    Limits.check(c);
    Checks.known(ctx, c);
    ctx.authorise("supervision.approve-scores", c, AuthorityPolicy.Facts.NONE);
    AssessmentPeriod period;
    try {
      period = AssessmentPeriod.parse(c.period());
    } catch (IllegalArgumentException e) {
      throw new io.oakit.core.InvalidInputException("ApproveScores", List.of("period: " + e.getMessage()));
    }
    if (new HashSet<>(c.units()).size() != c.units().size()) {
      throw new io.oakit.core.InvalidInputException("ApproveScores", List.of("units: a unit is named twice in "
          + c.units()));
    }
    Set<String> known = supervisedUnits();
    // every item of the period, whichever unit leads it: a co-unit's points do not depend on which lead units
    // are approved with it
    Set<String> leads = new java.util.TreeSet<>(known);
    leads.addAll(c.units());
    List<String> skipped = new ArrayList<>();
    LocalDateTime now = ctx.now();
    // the card in force on the period's first day: a card that takes effect on 2027-01-01 scores January;
    // the items are scored as they are read, a page at a time, and not kept
    Scoring.Accumulator scoring = scoredDueIn(period, leads, card.on(period.startInclusive()), now, c.units(), skipped);
    Set<String> withItems = scoring.units();
    for (String unit : c.units()) {
      if (!withItems.contains(unit)) {
        supervised(known, unit, "units", "the scores of " + c.month());
      }
    }
    Map<String, ScoreSheet> scored = scoring.sheets();
    Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
    for (String unit : c.units()) {
      // a unit with no item in the period scores its base
      sheets.put(unit, scored.containsKey(unit) ? scored.get(unit)
          : Scoring.sheet(card.on(period.startInclusive()), unit, period, List.of(), now));
    }
    Optional<String> cardVersion = card.versionOn(period.startInclusive());
    List<RankedUnit> ranking = Ranking.rank(sheets.values());
    List<ApprovedSheet> approved = new ArrayList<>();
    for (RankedUnit r : ranking) {
      List<ApprovedLine> lines = new ArrayList<>();
      for (ScoreLine l : sheets.get(r.unit()).lines()) {
        lines.add(new ApprovedLine(l.itemId(), l.rule(), l.quantity(), l.perUnit(), l.weight(), l.weightNote(),
            l.points(), l.describe()));
      }
      approved.add(new ApprovedSheet(r.rank(), r.tied(), r.unit(), r.total(), lines));
    }
    List<String> units = ranking.stream().map(RankedUnit::unit).toList();
    return assessments.run(c, "supervision/" + period.name(), events -> {
      // approving some units does not lock the others; no unit is approved twice for a period
      List<String> again = events.stream().filter(ScoresApproved.class::isInstance).map(ScoresApproved.class::cast)
          .flatMap(e -> e.sheets().stream()).map(ApprovedSheet::unit).filter(c.units()::contains).distinct().toList();
      if (!again.isEmpty()) {
        throw new CommandRefusedException("approve the scores of", period.name(), "the scores of " + again
            + " were already approved");
      }
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("month", period.name());
      view.put("ranking", units);
      return CommandRunner.Change.of(List.of(new ScoresApproved(now, c.actor(), period.name(), approved, skipped, cardVersion)),
          Index.NONE, "APPROVED").assigning(units).viewing(view);
    });
  }

  /**
   * Scores the stored items due in a period led by any of {@code leads}, read in one transaction a page at
   * a time and not kept (memory bounded by the page and the lines of {@code withLines}); unreadable ones
   * skipped.
   */
  private Scoring.Accumulator scoredDueIn(AssessmentPeriod period, Set<String> leads, ScoringPolicy policy,
      LocalDateTime now, List<String> withLines, List<String> skipped) {
    Scoring.Accumulator[] scoring = new Scoring.Accumulator[1];
    ctx.inTransaction(u -> {
      scoring[0] = Scoring.accumulate(policy, period, now, withLines);  // afresh if the unit of work is retried
      forEachDueIn(u, period, leads, item -> scoring[0].add(item), skipped);
      return null;
    });
    return scoring[0];
  }

  /** Replays each stored item due in a period led by any of {@code leads}, a page at a time; unreadable ones skipped. */
  private void forEachDueIn(io.oakit.spi.UnitOfWork u, AssessmentPeriod period, Set<String> leads,
      java.util.function.Consumer<SupervisionItem> each, List<String> skipped) {
    skipped.clear();
    for (String unit : leads) {
      Page.Request page = Page.Request.first(500);
      while (true) {
        Page<Aggregate> p = u.aggregates().byUnitAndPeriod(AggregateKind.SUPERVISION_ITEM, unit,
            period.startInclusive(), period.endExclusive(), page);
        for (Aggregate a : p.items()) {
          try {
            each.accept(replay(items.decode(a), ctx));
          } catch (UndecodableAggregateException e) {
            ctx.problem(e);
            skipped.add(a.id());
          }
        }
        if (p.next().isEmpty()) {
          break;
        }
        page = page.next(p);
      }
    }
  }


  /**
   * The rates of a unit for a period, from the stored items (按期办结率, 办结率, 办实率, 回访满意率): each with its
   * numerator and denominator, empty where nothing was there to count (no call-back: no 满意率, not 0%).
   *
   * @param unit a unit
   * @param period a month ({@code 2026-09}), a quarter ({@code 2026-Q3}) or a year ({@code 2026})
   * @return the rates as of now
   * @throws io.oakit.core.InvalidInputException if the period is not one of these
   */
  public io.oakit.core.supervision.scoring.SupervisionRates rates(String unit, String period) {
    requireNonNull(unit, "unit");
    AssessmentPeriod p;
    try {
      p = AssessmentPeriod.parse(requireNonNull(period, "period"));
    } catch (IllegalArgumentException e) {
      throw new io.oakit.core.InvalidInputException("rates", List.of("period: " + e.getMessage()));
    }
    Set<String> leads = new java.util.TreeSet<>(supervisedUnits());
    leads.add(unit);
    LocalDateTime now = ctx.now();
    // counted a page at a time: no item is kept
    return ctx.inTransaction(u -> {
      io.oakit.core.supervision.scoring.SupervisionRates.Counter counter =
          io.oakit.core.supervision.scoring.SupervisionRates.counter(unit, p, now);
      forEachDueIn(u, p, leads, counter::add, new ArrayList<>());
      return counter.rates();
    });
  }

  /**
   * Reports the units stalling on their items (推诿扯皮, 拖延 — {@link io.oakit.core.supervision.scoring.StallingReport})
   * to the leaders: open items whose lead unit is more than {@code overdueMoreThan} working days overdue, or a
   * unit urged more than {@code urgedMoreThan} times. Each entry goes to the leader whose instruction the item
   * carries out, else to the head of the organisation (the person of the first rank), and to the office that
   * opened it. The library runs no threads: the host calls this on its own schedule, like
   * {@link Escalations#due}; an entry is reported once a day however often it is called, also from two host
   * instances (each is claimed with an idempotency key in its own transaction, with its audit entry and
   * outbox notifications).
   *
   * @param at the instant (normally now)
   * @param overdueMoreThan working days overdue beyond which a lead unit is reported, {@code >= 0}
   * @param urgedMoreThan urgings beyond which a unit is reported, {@code >= 0}
   * @return the entries reported by this call, by unit then item
   */
  public List<io.oakit.core.supervision.scoring.StallingReport.Entry> reportStalling(LocalDateTime at,
      int overdueMoreThan, int urgedMoreThan) {
    requireNonNull(at, "at");
    Map<String, SupervisionItem> open = new LinkedHashMap<>();
    Map<String, List<Record>> stored = new LinkedHashMap<>();
    ctx.inTransaction(u -> {
      open.clear();
      stored.clear();
      Page.Request page = Page.Request.first(500);
      while (true) {
        Page<Aggregate> p = u.aggregates().openOverdue(AggregateKind.SUPERVISION_ITEM, at.plusYears(100), page);
        for (Aggregate a : p.items()) {
          try {
            List<Record> events = items.decode(a);
            open.put(a.id(), replay(events, ctx));
            stored.put(a.id(), events);
          } catch (UndecodableAggregateException e) {
            ctx.problem(e);
          }
        }
        if (p.next().isEmpty()) {
          return null;
        }
        page = page.next(p);
      }
    });
    List<io.oakit.core.supervision.scoring.StallingReport.Entry> found =
        io.oakit.core.supervision.scoring.StallingReport.find(open.values(), at, overdueMoreThan, urgedMoreThan);
    List<io.oakit.core.supervision.scoring.StallingReport.Entry> reported = new ArrayList<>();
    io.oakit.core.org.Organization org = ctx.organization();
    for (io.oakit.core.supervision.scoring.StallingReport.Entry e : found) {
      List<Record> events = stored.get(e.itemId());
      String office = openedBy(events);
      List<String> leaders = new ArrayList<>();
      instructedBy(events).ifPresentOrElse(leaders::add, () -> org.people().stream()
          .min(io.oakit.core.org.Organization.PROTOCOL_ORDER).ifPresent(p -> leaders.add(p.id())));
      String text = "督办通报 " + e.unit() + " 督办事项 " + e.itemId() + ": " + e.why();
      List<Notifier.Notification> notes = new ArrayList<>();
      leaders.forEach(l -> notes.add(new Notifier.Notification(l, "督办通报", text)));
      if (!leaders.contains(office)) {
        notes.add(new Notifier.Notification(office, "督办通报", text));
      }
      SecrecyLevel secrecy = secrecy(events);
      List<Notifier.Notification> reach = secrecy == SecrecyLevel.UNCLASSIFIED ? notes
          : Checks.classified(ctx, secrecy, e.itemId(), notes, office);
      String key = "stalling|" + at.toLocalDate() + "|" + e.itemId() + "|" + e.unit();
      List<Notifier.Notification> queued;
      try {
        queued = ctx.inTransaction(u -> {
          if (u.idempotency().find(key).isPresent()) {
            return null;
          }
          u.idempotency().record(key, "reported");
          u.audit().append(new io.oakit.spi.AuditEntry.Event(at.atZone(ctx.calendar().zone()).toInstant(),
              "supervision", "stalling.reported", "SUPERVISION_ITEM:" + e.itemId(), e.unit() + ": " + e.why()));
          return Outbox.enqueue(u, key, at, reach, secrecy);
        });
      } catch (io.oakit.spi.IdempotencyStore.DuplicateKeyException dup) {
        continue;  // another host instance reported it at the same moment
      }
      if (queued != null) {
        reported.add(e);
        ctx.published(List.of(), queued);
      }
    }
    return java.util.Collections.unmodifiableList(reported);
  }

  /**
   * The approved scores of a month, exactly as approved.
   *
   * @param month the month, e.g. {@code 2026-09}
   * @return the first approval of the period, if any (see {@link #approvals} for all of them)
   * @throws UndecodableAggregateException if the stored approval cannot be read
   */
  public Optional<ScoresApproved> approval(String month) {
    return approvals(month).stream().findFirst();
  }

  /**
   * Every approval of a period, in the order made (units approved later come in a later approval).
   *
   * @param period a month ({@code 2026-09}), a quarter ({@code 2026-Q3}) or a year ({@code 2026})
   * @return the approvals, exactly as approved
   * @throws UndecodableAggregateException if a stored approval cannot be read
   */
  public List<ScoresApproved> approvals(String period) {
    requireNonNull(period, "period");
    return assessments.load("supervision/" + period).stream().filter(ScoresApproved.class::isInstance)
        .map(ScoresApproved.class::cast).toList();
  }

  /** @return whether an item is open at the state given */
  static boolean isOpen(ItemState s) {
    return s == ItemState.REGISTERED || s == ItemState.ASSIGNED || s == ItemState.IN_PROGRESS
        || s == ItemState.COMPLETION_REPORTED;
  }
}
