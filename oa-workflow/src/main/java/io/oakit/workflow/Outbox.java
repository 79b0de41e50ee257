package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import io.oakit.spi.StaleVersionException;
import io.oakit.spi.UnitOfWork;
import io.oakit.workflow.internal.EventCodec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transactional outbox: every notification is stored (as a {@link AggregateKind#NOTIFICATION}
 * aggregate) in the same transaction as the events that cause it, and delivered from there. The
 * library runs no threads: by default it tries to deliver a command's notifications right after the
 * command committed ({@link WorkflowContext#deliverAfterCommit}); whatever that did not deliver —
 * the process died between commit and send, the notifier threw, the acknowledgement failed — the host
 * delivers by calling {@link #deliver()} on its own schedule. Delivery is at least once; each
 * notification keeps its id, so a deduplicating sender sends it once. Thread-safe.
 */
public final class Outbox {

  /** Queued in the outbox. */
  @EventType(name = "outbox.queued")
  public record NotificationQueued(LocalDateTime at, String by, String notificationId, String personId, String subject,
      String text) implements WorkflowEvent {}

  /** Handed to the notifier and acknowledged. */
  @EventType(name = "outbox.delivered")
  public record NotificationDelivered(LocalDateTime at, String by) implements WorkflowEvent {}

  static final EventCodec CODEC = new EventCodec("notification",
      List.of(NotificationQueued.class, NotificationDelivered.class), List.of());

  private final WorkflowContext ctx;

  /** @param ctx the context whose store and notifier it uses */
  public Outbox(WorkflowContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx");
  }

  /**
   * Writes notifications into the outbox inside the caller's transaction.
   *
   * @param unit the unit of work of the change that causes them
   * @param idPrefix a prefix unique to that change (e.g. the aggregate and its new version)
   * @param at when
   * @param notes the notifications
   * @return the notifications with their ids
   */
  static List<Notifier.Notification> enqueue(UnitOfWork unit, String idPrefix, LocalDateTime at,
      List<Notifier.Notification> notes) {
    List<Notifier.Notification> out = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      Notifier.Notification n = notes.get(i).withId(idPrefix + "#" + (i + 1));
      NotificationQueued q = new NotificationQueued(at, "outbox", n.id(), n.personId(), n.subject(), n.text());
      unit.aggregates().insert(AggregateKind.NOTIFICATION, n.id(), CODEC.encodeAll(List.of(q), view(n, false)),
          index(true, at, n.personId()));
      out.add(n);
    }
    return out;
  }

  /**
   * Open until delivered, due at the instant it was queued, its recipient as the unit: so a host lists
   * what went to a person in a period with {@code byUnitAndPeriod(NOTIFICATION, personId, …)}.
   */
  private static Index index(boolean open, LocalDateTime at, String personId) {
    return new Index(open, Optional.of(at), Optional.of(personId), Set.of(), Optional.empty(), Optional.empty());
  }

  private static Map<String, Object> view(Notifier.Notification n, boolean delivered) {
    return Map.of("id", n.id(), "personId", n.personId(), "delivered", delivered);
  }

  /**
   * The notifications not yet delivered, oldest first.
   *
   * @return them
   */
  public List<Notifier.Notification> pending() {
    List<Notifier.Notification> out = new ArrayList<>();
    ctx.storage().inTransaction(u -> {
      Page.Request page = Page.Request.first(500);
      while (true) {
        Page<Aggregate> p = u.aggregates().openOverdue(AggregateKind.NOTIFICATION, LocalDateTime.of(9999, 12, 31, 0, 0), page);
        for (Aggregate a : p.items()) {
          read(a).ifPresent(out::add);
        }
        if (p.next().isEmpty()) {
          return null;
        }
        page = page.next(p);
      }
    });
    return out;
  }

  /**
   * Hands every pending notification to the notifier, oldest first, and marks each delivered after
   * its send returned. A send that throws leaves its notification pending for the next call.
   *
   * @return the notifications delivered by this call
   */
  public List<Notifier.Notification> deliver() {
    return deliver(pending());
  }

  /** Delivers the given notifications (as written by a command that just committed). */
  List<Notifier.Notification> deliver(List<Notifier.Notification> notes) {
    List<Notifier.Notification> delivered = new ArrayList<>();
    for (Notifier.Notification n : notes) {
      try {
        ctx.notifier().send(n);
      } catch (RuntimeException e) {
        continue; // stays pending; the next deliver() hands it over again
      }
      try {
        boolean marked = ctx.storage().inTransaction(u -> {
          Optional<Aggregate> a = u.aggregates().find(AggregateKind.NOTIFICATION, n.id());
          if (a.isEmpty() || !a.get().index().open()) {
            return false; // another instance delivered it meanwhile
          }
          List<Record> events = new ArrayList<>(CODEC.decodeAll(a.get().payload()));
          events.add(new NotificationDelivered(ctx.now(), "outbox"));
          u.aggregates().update(AggregateKind.NOTIFICATION, n.id(), a.get().version(), CODEC.encodeAll(events, view(n, true)),
              index(false, a.get().index().dueAt().orElse(ctx.now()), n.personId()));
          return true;
        });
        if (marked) {
          delivered.add(n);
        }
      } catch (StaleVersionException e) {
        // delivered by another instance at the same moment
      } catch (RuntimeException e) {
        // sent but not acknowledged: it stays pending and is sent again with the same id
      }
    }
    return delivered;
  }

  private Optional<Notifier.Notification> read(Aggregate a) {
    try {
      List<Record> events = CODEC.decodeAll(a.payload());
      NotificationQueued q = (NotificationQueued) events.get(0);
      return Optional.of(new Notifier.Notification(q.notificationId(), q.personId(), q.subject(), q.text()));
    } catch (EventCodec.FormatException | ClassCastException | IndexOutOfBoundsException e) {
      ctx.problem(new UndecodableAggregateException(a.kind(), a.id(), e.getMessage(), e));
      return Optional.empty();
    }
  }
}
