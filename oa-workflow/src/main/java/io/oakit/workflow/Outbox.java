package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.document.SecrecyLevel;
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

  /**
   * Queued in the outbox.
   *
   * @param at when
   * @param by who queued it (the outbox)
   * @param notificationId its stable id
   * @param recipient whom it is for
   * @param subject the subject
   * @param text the text
   * @param secrecy the level of the document it is about, if classified: the recipient must still be
   *     cleared for it when it is delivered
   */
  @EventType(name = "outbox.queued", version = 2)
  public record NotificationQueued(LocalDateTime at, String by, String notificationId, Recipient recipient,
      String subject, String text, Optional<SecrecyLevel> secrecy) implements WorkflowEvent {}

  /**
   * Not delivered: the recipient was no longer cleared for the document when it was to be sent.
   *
   * @param at when
   * @param by who withheld it (the outbox)
   * @param reason why
   */
  @EventType(name = "outbox.withheld")
  public record NotificationWithheld(LocalDateTime at, String by, String reason) implements WorkflowEvent {}

  /** Handed to the notifier and acknowledged. */
  @EventType(name = "outbox.delivered")
  public record NotificationDelivered(LocalDateTime at, String by) implements WorkflowEvent {}

  static final EventCodec CODEC = new EventCodec("notification",
      List.of(NotificationQueued.class, NotificationDelivered.class, NotificationWithheld.class),
      List.of(new EventCodec.Upcaster("outbox.queued", 1, Outbox::recipientTyped)));

  /**
   * Version 1 kept the recipient as a text {@code personId}, a unit written {@code unit:<id>};
   * version 2 keeps a typed {@code recipient}.
   */
  private static com.fasterxml.jackson.databind.node.ObjectNode recipientTyped(
      com.fasterxml.jackson.databind.node.ObjectNode v1) {
    Recipient to = Recipient.fromVersion1(v1.remove("personId").asText());
    com.fasterxml.jackson.databind.node.ObjectNode recipient = v1.putObject("recipient");
    recipient.put("kind", to.kind().name());
    recipient.put("id", to.id());
    v1.put(EventCodec.VERSION, 2);
    return v1;
  }

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
   * @param secrecy the level of the document they are about (checked again at delivery if classified)
   * @return the notifications with their ids
   */
  static List<Notifier.Notification> enqueue(UnitOfWork unit, String idPrefix, LocalDateTime at,
      List<Notifier.Notification> notes, SecrecyLevel secrecy) {
    List<Notifier.Notification> out = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      Notifier.Notification n = notes.get(i).withId(idPrefix + "#" + (i + 1));
      NotificationQueued q = new NotificationQueued(at, "outbox", n.id(), n.recipient(), n.subject(), n.text(),
          secrecy == SecrecyLevel.UNCLASSIFIED ? Optional.empty() : Optional.of(secrecy));
      unit.aggregates().insert(AggregateKind.NOTIFICATION, n.id(), CODEC.encodeAll(List.of(q), view(n, false)),
          index(true, at, n.recipient()));
      out.add(n);
    }
    return out;
  }

  /**
   * Open until delivered, due at the instant it was queued, its recipient's key as the unit: so a host
   * lists what went to someone in a period with {@code byUnitAndPeriod(NOTIFICATION, recipient.key(), …)}.
   */
  private static Index index(boolean open, LocalDateTime at, Recipient to) {
    return new Index(open, Optional.of(at), Optional.of(to.key()), Set.of(), Optional.empty(), Optional.empty());
  }

  private static Map<String, Object> view(Notifier.Notification n, boolean delivered) {
    return Map.of("id", n.id(), "recipient", n.recipient(), "delivered", delivered);
  }

  /**
   * The notifications not yet delivered, oldest first.
   *
   * @return them
   */
  public List<Notifier.Notification> pending() {
    return queued().stream().map(q -> new Notifier.Notification(q.notificationId(), q.recipient(), q.subject(),
        q.text())).toList();
  }

  private List<NotificationQueued> queued() {
    List<NotificationQueued> out = new ArrayList<>();
    ctx.inTransaction(u -> {
      out.clear();
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
    List<Notifier.Notification> send = new ArrayList<>();
    for (NotificationQueued q : queued()) {
      Notifier.Notification n = new Notifier.Notification(q.notificationId(), q.recipient(), q.subject(), q.text());
      // clearance is checked at the moment of the path: here, the moment of sending
      if (q.secrecy().isEmpty() || !withheld(n, q.secrecy().get())) {
        send.add(n);
      }
    }
    return deliver(send);
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
        boolean marked = ctx.inTransaction(u -> {
          Optional<Aggregate> a = u.aggregates().find(AggregateKind.NOTIFICATION, n.id());
          if (a.isEmpty() || !a.get().index().open()) {
            return false; // another instance delivered it meanwhile
          }
          List<Record> events = new ArrayList<>(CODEC.decodeAll(a.get().payload()));
          events.add(new NotificationDelivered(ctx.now(), "outbox"));
          u.aggregates().update(AggregateKind.NOTIFICATION, n.id(), a.get().version(), CODEC.encodeAll(events, view(n, true)),
              index(false, a.get().index().dueAt().orElse(ctx.now()), n.recipient()));
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

  /**
   * Withholds a notification about a classified document whose recipient is no longer cleared for it:
   * it is closed with the reason and never sent.
   *
   * @return whether it was withheld
   */
  private boolean withheld(Notifier.Notification n, SecrecyLevel level) {
    io.oakit.core.org.Organization org = ctx.organization();
    String person = n.recipient().id();
    if (n.recipient().isPerson() && org.hasPerson(person) && org.person(person).clearance().covers(level)) {
      return false;
    }
    try {
      ctx.inTransaction(u -> {
        Optional<Aggregate> a = u.aggregates().find(AggregateKind.NOTIFICATION, n.id());
        if (a.isPresent() && a.get().index().open()) {
          List<Record> events = new ArrayList<>(CODEC.decodeAll(a.get().payload()));
          events.add(new NotificationWithheld(ctx.now(), "outbox", n.recipient() + " is no longer cleared for "
              + level.chinese()));
          u.aggregates().update(AggregateKind.NOTIFICATION, n.id(), a.get().version(), CODEC.encodeAll(events,
              view(n, false)), index(false, a.get().index().dueAt().orElse(ctx.now()), n.recipient()));
        }
        return null;
      });
    } catch (RuntimeException e) {
      // not closed now: it stays queued, and is checked again (and withheld) at the next delivery
    }
    return true;
  }

  private Optional<NotificationQueued> read(Aggregate a) {
    try {
      List<Record> events = CODEC.decodeAll(a.payload());
      return Optional.of((NotificationQueued) events.get(0));
    } catch (EventCodec.FormatException | ClassCastException | IndexOutOfBoundsException e) {
      ctx.problem(new UndecodableAggregateException(a.kind(), a.id(), e.getMessage(), e));
      return Optional.empty();
    }
  }
}
