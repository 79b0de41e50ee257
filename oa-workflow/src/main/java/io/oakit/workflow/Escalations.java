package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.Reminder;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Page;
import java.time.LocalDateTime;
import io.oakit.workflow.internal.EventCodec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reminders and overdue escalations (提醒, 催办) for open items with deadlines. The library runs no
 * threads: the host calls {@link #due(LocalDateTime)} on its own schedule and gets what fell due
 * since — each reminder exactly once, also when it calls twice or two host instances call at once
 * (each reminder is claimed with an idempotency key in its own transaction).
 */
public final class Escalations {

  /**
   * A reminder sent.
   *
   * @param kind the aggregate's kind
   * @param aggregateId the aggregate
   * @param reminder the reminder of its deadline
   * @param recipients who was notified (the people handling it, or a unit before anyone signed for it)
   */
  public record Escalation(AggregateKind kind, String aggregateId, Reminder reminder, List<Recipient> recipients) {
    /**
     * Checks the arguments.
     *
     * @param kind the aggregate's kind
     * @param aggregateId the aggregate
     * @param reminder the reminder of its deadline
     * @param recipients who was notified (the people handling it, or a unit before anyone signed for it)
     */
    public Escalation {
      requireNonNull(kind, "kind");
      requireNonNull(aggregateId, "aggregateId");
      requireNonNull(reminder, "reminder");
      recipients = List.copyOf(recipients);
    }
  }

  /** Which of the reminders that fell due since the last call are sent. */
  public enum Backlog {
    /**
     * Per aggregate only the most severe reminder that fell due (the latest of the most serious
     * kind); the others are recorded as passed over and never sent. After downtime a person gets
     * one notice per document, not the whole backlog.
     */
    MOST_SEVERE,
    /** Every reminder that fell due, each once. */
    FULL
  }

  private final WorkflowContext ctx;
  private final Backlog backlog;

  /**
   * Escalations that send only the most severe pending reminder per aggregate ({@link Backlog#MOST_SEVERE}).
   *
   * @param ctx the context
   */
  public Escalations(WorkflowContext ctx) {
    this(ctx, Backlog.MOST_SEVERE);
  }

  /**
   * @param ctx the context
   * @param backlog which reminders of a backlog to send
   */
  public Escalations(WorkflowContext ctx, Backlog backlog) {
    this.ctx = requireNonNull(ctx, "ctx");
    this.backlog = requireNonNull(backlog, "backlog");
  }

  /**
   * Sends the reminders of open supervision items, incoming documents, outgoing drafts (the draft's
   * deadline, or the countersign's while one is under way, or a 请示's wait for its answer) and duty rosters
   * not yet reported upwards (报备) that fell due at or before
   * {@code at} and were not sent before (all of them, or per aggregate the most severe, as the
   * {@link Backlog} says). Each reminder is claimed, audited and written to the outbox in one
   * transaction, so it is sent once even when two host instances call at once. An aggregate that
   * cannot be read is reported to the context's problem listeners and passed over.
   *
   * <p>The open aggregates are read a page at a time (500, each page in a unit of work of its own,
   * its reminders claimed before the next page is read), so memory is bounded by the page however
   * many items are open. An aggregate whose due instant another instance moves during the pass may
   * be seen twice (its reminders are claimed once) or not at all (the next call sees it).
   *
   * @param at the instant (normally now)
   * @return the reminders this call sent, in time order
   */
  public List<Escalation> due(LocalDateTime at) {
    requireNonNull(at, "at");
    List<Escalation> sent = new ArrayList<>();
    // a page of open aggregates at a time, each page read in a unit of work of its own and its
    // reminders claimed before the next is read: memory is bounded by the page, however many are open
    for (AggregateKind kind : List.of(AggregateKind.SUPERVISION_ITEM, AggregateKind.DOCUMENT, AggregateKind.ROSTER)) {
      Page.Request page = Page.Request.first(PAGE);
      while (true) {
        Page.Request current = page;
        List<Watched> watched = new ArrayList<>();
        Page<Aggregate> p = ctx.storage().inTransaction(u -> ctx.withCalendarOf(u, () -> {
          watched.clear();
          Page<Aggregate> read = u.aggregates().openOverdue(kind, at.plusYears(100), current);
          for (Aggregate a : read.items()) {
            try {
              watch(a).ifPresent(watched::add);
            } catch (UndecodableAggregateException e) {
              ctx.problem(e);
            } catch (RuntimeException e) {
              // decoded, but its events do not replay (e.g. edited by hand): as unreadable
              ctx.problem(new UndecodableAggregateException(a.kind(), a.id(), "its events do not replay: "
                  + e.getMessage(), e));
            }
          }
          return read;
        }));
        for (Watched w : watched) {
          remind(w, at, sent);
        }
        if (p.next().isEmpty()) {
          break;
        }
        page = page.next(p);
      }
    }
    sent.sort((a, b) -> a.reminder().at().compareTo(b.reminder().at()));
    return java.util.Collections.unmodifiableList(sent);
  }

  /** The open aggregates read per unit of work. */
  private static final int PAGE = 500;

  /** Claims and sends the reminders of one aggregate that have fallen due, adding them to {@code sent}. */
  private void remind(Watched w, LocalDateTime at, List<Escalation> sent) {
    List<Reminder> fell = w.deadline().reminders().stream().filter(r -> !r.at().isAfter(at)).toList();
    if (fell.isEmpty()) {
      return;
    }
    List<Reminder> toSend = backlog == Backlog.FULL ? fell : List.of(mostSevere(fell));
    List<Notifier.Notification> queued = new ArrayList<>();
    List<Reminder> claimedNow;
    try {
      claimedNow = ctx.inTransaction(u -> {
        queued.clear();
        List<Reminder> claimed = new ArrayList<>();
        for (Reminder r : fell) {
          String key = key(w, r);
          if (u.idempotency().find(key).isPresent()) {
            continue;
          }
          boolean send = toSend.contains(r);
          u.idempotency().record(key, send ? "sent" : "passed over");
          if (!send) {
            continue;
          }
          u.audit().append(new AuditEntry.Event(at.atZone(ctx.calendar().zone()).toInstant(), "escalations",
              "reminder." + r.kind(), w.kind() + ":" + w.id(), r.description()));
          queued.addAll(Outbox.enqueue(u, key, at, notes(w, r), w.secrecy()));
          claimed.add(r);
        }
        return claimed;
      });
    } catch (IdempotencyStore.DuplicateKeyException e) {
      return; // another host instance claimed them at the same moment
    }
    for (Reminder r : claimedNow) {
      sent.add(new Escalation(w.kind(), w.id(), r, notes(w, r).stream().map(Notifier.Notification::recipient)
          .distinct().toList()));
    }
    ctx.published(List.of(), List.copyOf(queued));
  }

  /**
   * Whom a reminder reaches now: the people handling it who are cleared for the document at this
   * moment (or their cleared deputies); a reminder nobody is there for goes to the office that
   * signed for the document and says why, so no reminder is claimed for nobody.
   */
  private List<Notifier.Notification> notes(Watched w, Reminder r) {
    String subject = r.kind() == Reminder.Kind.OVERDUE ? "逾期催办" : "到期提醒";
    String text = w.id() + ": " + r.description();
    if (w.profile().isEmpty()) {
      List<Notifier.Notification> plain = w.recipients().stream().map(p -> new Notifier.Notification(p, subject, text))
          .toList();
      return w.secrecy() == io.oakit.core.document.SecrecyLevel.UNCLASSIFIED ? plain
          : Checks.classified(ctx, w.secrecy(), w.id(), plain, w.office());
    }
    if (w.recipients().isEmpty()) {
      return List.of(new Notifier.Notification(w.office(), subject, text + " — nobody is assigned to it yet"
          + " (not instructed); please see to it"));
    }
    return Checks.reach(ctx, w.profile().get(), w.recipients().stream().map(Recipient::id).toList(), subject,
        p -> text, w.office());
  }

  private static String key(Watched w, Reminder r) {
    return "escalation|" + w.kind() + "|" + w.id() + "|" + r.kind() + "|" + r.at();
  }

  /** The latest reminder of the most serious kind (kinds are declared from mild to serious). */
  private static Reminder mostSevere(List<Reminder> reminders) {
    return reminders.stream().max(Comparator.comparing(Reminder::kind).thenComparing(Reminder::at)).orElseThrow();
  }

  /** An open aggregate with a deadline, and whom to remind. */
  private record Watched(AggregateKind kind, String id, DeadlineClock deadline, List<Recipient> recipients,
      Optional<io.oakit.core.document.DocumentProfile> profile, String office, io.oakit.core.document.SecrecyLevel secrecy) {}

  private Optional<Watched> watch(Aggregate a) {
    if (a.kind() == AggregateKind.SUPERVISION_ITEM) {
      List<Record> events = decode(SupervisionService.CODEC, a);
      SupervisionItem item = SupervisionService.replay(events, ctx);
      List<Recipient> recipients = new ArrayList<>();
      item.units().forEach(unit -> recipients.add(item.handlers().containsKey(unit)
          ? Recipient.person(item.handlers().get(unit)) : Recipient.unit(unit)));
      return item.deadline().map(d -> new Watched(a.kind(), a.id(), d, recipients, Optional.empty(),
          SupervisionService.openedBy(events), SupervisionService.secrecy(events)));
    }
    if (a.id().startsWith("in/")) {
      List<Record> events = decode(IncomingService.CODEC, a);
      IncomingService.State s = IncomingService.replay(events, ctx);
      List<Recipient> recipients = new ArrayList<>(a.index().pendingFor().stream().map(Recipient::person).toList());
      if (recipients.isEmpty()) {
        s.handlingDepartment().filter(d -> ctx.organization().departments().containsKey(d))
            .flatMap(d -> ctx.organization().headOf(d)).ifPresent(h -> recipients.add(Recipient.person(h.id())));
      }
      return s.deadline().map(d -> new Watched(a.kind(), a.id(), d, recipients, Optional.of(s.profile()),
          IncomingService.receivedBy(events), s.profile().secrecy()));
    }
    if (a.kind() == AggregateKind.ROSTER) {
      // a roster not yet reported upwards (报备): its publisher is reminded
      List<Record> events = decode(DutyService.CODEC, a);
      String by = DutyService.publishedBy(events);
      LocalDateTime at = events.stream().filter(DutyEvents.RosterPublished.class::isInstance)
          .map(e -> ((DutyEvents.RosterPublished) e).at()).findFirst().orElse(null);
      return DutyService.reportDue(events).filter(d -> at != null).map(due -> new Watched(a.kind(), a.id(),
          DeadlineClock.decided(io.oakit.core.deadline.DeadlineRule.byDate(due.toLocalDate()), ctx.calendar(), at, due,
              due), List.of(Recipient.person(by)), Optional.empty(), by, io.oakit.core.document.SecrecyLevel.UNCLASSIFIED));
    }
    if (a.id().startsWith("out/")) {
      OutgoingService.State s = OutgoingService.replay(decode(OutgoingService.CODEC, a), ctx.calendar());
      List<String> people = s.isOpen(OutgoingEvents.Purpose.COUNTERSIGN) ? s.pendingSigners()
          : s.stage() == OutgoingService.Stage.REVIEWED ? s.pendingSignOff() : List.of(s.drafter());
      List<Recipient> recipients = (people.isEmpty() ? List.of(s.drafter()) : people).stream().map(Recipient::person)
          .toList();
      return s.runningDeadline().map(d -> new Watched(a.kind(), a.id(), d, recipients, Optional.of(s.profile()),
          s.drafter(), s.profile().secrecy()));
    }
    return Optional.empty();
  }

  /** The events of a stored aggregate read in a batch, or {@link UndecodableAggregateException}. */
  static List<Record> decode(EventCodec codec, Aggregate a) {
    try {
      return codec.decodeAll(a.payload());
    } catch (EventCodec.FormatException e) {
      throw new UndecodableAggregateException(a.kind(), a.id(), e.getMessage(), e);
    }
  }
}
