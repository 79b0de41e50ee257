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
import java.util.ArrayList;
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
   * @param recipients who was notified (handlers, or {@code unit:<name>} before anyone signed)
   */
  public record Escalation(AggregateKind kind, String aggregateId, Reminder reminder, List<String> recipients) {
    /** Checks the arguments. */
    public Escalation {
      requireNonNull(kind, "kind");
      requireNonNull(aggregateId, "aggregateId");
      requireNonNull(reminder, "reminder");
      recipients = List.copyOf(recipients);
    }
  }

  private final WorkflowContext ctx;

  /** @param ctx the context */
  public Escalations(WorkflowContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx");
  }

  /**
   * Sends the reminders of open supervision items and incoming documents that fell due at or before
   * {@code at} and were not sent before.
   *
   * @param at the instant (normally now)
   * @return the reminders this call sent, in time order
   */
  public List<Escalation> due(LocalDateTime at) {
    requireNonNull(at, "at");
    List<Watched> watched = new ArrayList<>();
    ctx.storage().inTransaction(u -> {
      for (AggregateKind kind : List.of(AggregateKind.SUPERVISION_ITEM, AggregateKind.DOCUMENT)) {
        Page.Request page = Page.Request.first(500);
        while (true) {
          Page<Aggregate> p = u.aggregates().openOverdue(kind, at.plusYears(100), page);
          p.items().forEach(a -> watch(a).ifPresent(watched::add));
          if (p.next().isEmpty()) {
            break;
          }
          page = page.next(p);
        }
      }
      return null;
    });
    List<Escalation> sent = new ArrayList<>();
    for (Watched w : watched) {
      for (Reminder r : w.deadline().reminders()) {
        if (r.at().isAfter(at)) {
          continue;
        }
        String key = "escalation|" + w.kind() + "|" + w.id() + "|" + r.kind() + "|" + r.at();
        boolean claimed;
        try {
          claimed = ctx.storage().inTransaction(u -> {
            if (u.idempotency().find(key).isPresent()) {
              return false;
            }
            u.idempotency().record(key, "sent");
            u.audit().append(new AuditEntry.Event(at.atZone(ctx.calendar().zone()).toInstant(), "escalations",
                "reminder." + r.kind(), w.kind() + ":" + w.id(), r.description()));
            return true;
          });
        } catch (IdempotencyStore.DuplicateKeyException e) {
          claimed = false; // another host instance sent it
        }
        if (claimed) {
          sent.add(new Escalation(w.kind(), w.id(), r, w.recipients()));
          List<Notifier.Notification> notes = new ArrayList<>();
          w.recipients().forEach(p -> notes.add(new Notifier.Notification(p,
              r.kind() == Reminder.Kind.OVERDUE ? "逾期催办" : "到期提醒", w.id() + ": " + r.description())));
          ctx.published(List.of(), notes);
        }
      }
    }
    sent.sort((a, b) -> a.reminder().at().compareTo(b.reminder().at()));
    return sent;
  }

  /** An open aggregate with a deadline, and whom to remind. */
  private record Watched(AggregateKind kind, String id, DeadlineClock deadline, List<String> recipients) {}

  private Optional<Watched> watch(Aggregate a) {
    if (a.kind() == AggregateKind.SUPERVISION_ITEM) {
      SupervisionItem item = SupervisionService.replay(SupervisionService.CODEC.decodeAll(a.payload()), ctx);
      List<String> recipients = new ArrayList<>();
      item.units().forEach(unit -> recipients.add(item.handlers().getOrDefault(unit, "unit:" + unit)));
      return item.deadline().map(d -> new Watched(a.kind(), a.id(), d, recipients));
    }
    if (a.id().startsWith("in/")) {
      IncomingService.State s = IncomingService.replay(IncomingService.CODEC.decodeAll(a.payload()), ctx);
      List<String> recipients = new ArrayList<>(a.index().pendingFor());
      if (recipients.isEmpty()) {
        s.handlingDepartment().ifPresent(d -> recipients.add("unit:" + d));
      }
      return s.deadline().map(d -> new Watched(a.kind(), a.id(), d, recipients));
    }
    return Optional.empty();
  }
}
