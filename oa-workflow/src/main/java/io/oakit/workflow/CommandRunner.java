package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.InvalidInputException;
import io.oakit.core.Validations;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.DuplicateAggregateException;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.Index;
import io.oakit.spi.StaleVersionException;
import io.oakit.spi.StorageLimits;
import io.oakit.spi.UnitOfWork;
import io.oakit.workflow.internal.EventCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs a command against one event-sourced aggregate in one transaction: validates it (constraints
 * and {@link Limits}), returns the first result if its idempotency key was seen, otherwise loads the
 * aggregate's events, lets the logic decide the new events (or refuse by throwing), stores them with
 * the expected version, writes an audit entry per event and the notifications into the outbox,
 * records the key with the typed result, and after commit publishes events and delivers the
 * notifications. A refused command writes nothing. When another host instance updated or created the
 * aggregate first ({@link StaleVersionException}, {@link DuplicateAggregateException}), or recorded
 * the same idempotency key at the same moment, or the store failed transiently
 * ({@link io.oakit.spi.TransientStorageException}), the command is decided again on the new state after a
 * short random pause, up to {@value #MAX_ATTEMPTS} attempts in all; a retried command whose key was
 * recorded meanwhile returns that first result.
 */
final class CommandRunner {

  /**
   * What the logic decided.
   *
   * @param events the new events, each a record implementing {@link WorkflowEvent}
   * @param index the aggregate's new index
   * @param state the aggregate's state after the command
   * @param number the number allocated, if any
   * @param assigned the people or units assigned, if any
   * @param notifications what to send after commit
   * @param view top-level fields of the stored payload, for hosts to query
   */
  record Change(List<? extends Record> events, Index index, String state, Optional<String> number,
      List<String> assigned, List<Notifier.Notification> notifications, Map<String, ?> view, SecrecyLevel secrecy,
      java.util.function.UnaryOperator<Record> rewrite) {

    static Change of(List<? extends Record> events, Index index, String state) {
      return new Change(events, index, state, Optional.empty(), List.of(), List.of(), Map.of(),
          SecrecyLevel.UNCLASSIFIED, java.util.function.UnaryOperator.identity());
    }

    /**
     * The stored events rewritten before the new ones are appended — only to erase personal information
     * (see {@link PersonalInformation}); the audit chain, which never held it, is untouched.
     */
    Change rewritingStored(java.util.function.UnaryOperator<Record> r) {
      return new Change(events, index, state, number, assigned, notifications, view, secrecy, r);
    }

    Change notifying(List<Notifier.Notification> notes) {
      return new Change(events, index, state, number, assigned, notes, view, secrecy, rewrite);
    }

    Change assigning(List<String> people) {
      return new Change(events, index, state, number, people, notifications, view, secrecy, rewrite);
    }

    Change numbered(Optional<String> n) {
      return new Change(events, index, state, n, assigned, notifications, view, secrecy, rewrite);
    }

    Change viewing(Map<String, ?> fields) {
      return new Change(events, index, state, number, assigned, notifications, fields, secrecy, rewrite);
    }

    /** The aggregate is classified: its audit entries carry its level, not its content. */
    Change classified(SecrecyLevel level) {
      return new Change(events, index, state, number, assigned, notifications, view, level, rewrite);
    }
  }

  private final WorkflowContext ctx;
  private final EventCodec codec;
  private final AggregateKind kind;
  private final String prefix;

  CommandRunner(WorkflowContext ctx, EventCodec codec, AggregateKind kind) {
    this(ctx, codec, kind, "");
  }

  /** A runner whose aggregates are stored under {@code prefix + id} (incoming and outgoing documents share a kind). */
  CommandRunner(WorkflowContext ctx, EventCodec codec, AggregateKind kind, String prefix) {
    this.ctx = ctx;
    this.codec = codec;
    this.kind = kind;
    this.prefix = prefix;
  }

  /**
   * The events stored for an aggregate, in order; empty if it does not exist.
   *
   * @throws UndecodableAggregateException if it cannot be read
   */
  List<Record> load(String id) {
    // the calendar in force is read too, so that what is computed from the record (remaining time,
    // reminders) uses it
    return ctx.storage().inTransaction(u -> ctx.withCalendarOf(u, () -> u.aggregates().find(kind, prefix + id)))
        .map(this::decode).orElse(List.of());
  }

  /** The stored events, read through the unit of work of the command running on this thread (never a nested one). */
  List<Record> loadInCommand(String id) {
    return ctx.read(u -> u.aggregates().find(kind, prefix + id)).map(this::decode).orElse(List.of());
  }

  /**
   * @param a a stored aggregate of this runner's kind
   * @return its events
   * @throws UndecodableAggregateException if it cannot be read
   */
  List<Record> decode(Aggregate a) {
    try {
      return codec.decodeAll(a.payload());
    } catch (EventCodec.FormatException e) {
      throw new UndecodableAggregateException(a.kind(), a.id(), e.getMessage(), e);
    }
  }

  /**
   * What the audit log keeps of an event: the whole event, or for a classified aggregate only its
   * type, version, time, actor and level (the log is read by people not cleared for the content; the
   * stored aggregate keeps the record).
   */
  private String auditDetail(Record r, SecrecyLevel secrecy) {
    if (r instanceof PersonalInformation p) {
      r = p.withoutPersonalInformation();  // the audit log is read by people who may not see it
    }
    if (secrecy == SecrecyLevel.UNCLASSIFIED) {
      return codec.encode(r);
    }
    WorkflowEvent e = (WorkflowEvent) r;
    return "{\"@type\":\"" + codec.typeName(r) + "\",\"at\":\"" + e.at() + "\",\"by\":" + EventCodec.json(e.by())
        + ",\"secrecy\":\"" + secrecy.name() + "\",\"redacted\":true}";
  }

  /**
   * The aggregates of this runner in a person's tray (the store's {@code pendingFor} query, every
   * page), each rebuilt and kept if {@code visible} says so; an unreadable one is reported to the
   * problem listeners and passed over.
   */
  <S> List<S> tray(String personId, Function<List<Record>, S> replay, java.util.function.Predicate<S> visible) {
    List<S> out = new ArrayList<>();
    ctx.storage().inTransaction(u -> ctx.withCalendarOf(u, () -> {
      out.clear();
      io.oakit.spi.Page.Request page = io.oakit.spi.Page.Request.first(200);
      while (true) {
        io.oakit.spi.Page<Aggregate> p = u.aggregates().pendingFor(kind, personId, page);
        for (Aggregate a : p.items()) {
          if (a.id().startsWith(prefix)) {
            try {
              S s = replay.apply(decode(a));
              if (visible.test(s)) {
                out.add(s);
              }
            } catch (UndecodableAggregateException e) {
              ctx.problem(e);
            }
          }
        }
        if (p.next().isEmpty()) {
          return null;
        }
        page = page.next(p);
      }
    }));
    return out;
  }

  CommandResult run(Command command, String id, Function<List<Record>, Change> logic) {
    return run(command, id, (events, unit) -> logic.apply(events));
  }

  /** As {@link #run(Command, String, Function)}, the logic also seeing the unit of work (e.g. for numbers). */
  CommandResult run(Command command, String aggregateId, BiFunction<List<Record>, UnitOfWork, Change> logic) {
    Validations.check(command);
    Limits.check((Record) command);
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(command, aggregateId, logic);
      } catch (StaleVersionException | DuplicateAggregateException | IdempotencyStore.DuplicateKeyException
          | io.oakit.spi.TransientStorageException e) {
        // another host instance changed or created the aggregate first, or ran this very command
        // (same key) at the same moment, or the store met a failure that may pass (a lock timeout, a
        // serialization failure): decide again on the state then, which sees its key if it committed
        if (attempt == MAX_ATTEMPTS || !backOff(attempt)) {
          throw e;  // the conflict reaches the caller, who may retry with the same key
        }
      }
    }
  }

  /** Attempts before a conflict reaches the caller (who may retry with the same key). */
  static final int MAX_ATTEMPTS = 25;

  /**
   * Waits a random 1 to 2^attempt milliseconds (at most 128), so the instances that collided spread
   * out.
   *
   * @return false if the thread was interrupted (its flag set again): the caller stops retrying
   */
  private static boolean backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1L + Math.min(128, 1L << Math.min(attempt, 7))));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private CommandResult attempt(Command command, String aggregateId,
      BiFunction<List<Record>, UnitOfWork, Change> logic) {
    String id = prefix + aggregateId;
    Change[] applied = new Change[1];
    List<Notifier.Notification> queued = new ArrayList<>();
    CommandResult result = ctx.storage().inTransaction(u -> ctx.withCalendarOf(u, () -> {
      // the aggregate before the key: a key not found afterwards was not committed when the aggregate
      // was read, so the same command racing in from another instance shows up as a version conflict
      // (or a duplicate), never as this command refused on the state it produced itself
      Optional<Aggregate> stored = u.aggregates().find(kind, id);
      Optional<String> done = u.idempotency().find(command.idempotencyKey());
      if (done.isPresent()) {
        return EventCodec.fromJson(done.get(), CommandResult.class);
      }
      List<Record> events = stored.map(this::decode).orElse(List.of());
      Change change = logic.apply(events, u);
      List<Record> all = new ArrayList<>();
      events.forEach(e -> all.add(change.rewrite().apply(e)));
      all.addAll(change.events());
      String payload = codec.encodeAll(all, change.view());
      if (payload.length() > StorageLimits.MAX_PAYLOAD_LENGTH) {
        throw new InvalidInputException(command.getClass().getSimpleName(), List.of("the stored " + kind + " " + id
            + " would be " + payload.length() + " characters long; at most " + StorageLimits.MAX_PAYLOAD_LENGTH
            + " can be stored"));
      }
      long version;
      if (stored.isEmpty()) {
        version = u.aggregates().insert(kind, id, payload, change.index()).version();
      } else {
        version = u.aggregates().update(kind, id, stored.get().version(), payload, change.index()).version();
      }
      for (Record r : change.events()) {
        WorkflowEvent e = (WorkflowEvent) r;
        u.audit().append(new AuditEntry.Event(e.at().atZone(ctx.calendar().zone()).toInstant(), command.actor(),
            codec.typeName(r), kind + ":" + id,
            command.onBehalfOf().map(p -> "acting for " + p + "; ").orElse("") + auditDetail(r, change.secrecy())));
      }
      queued.clear();
      queued.addAll(Outbox.enqueue(u, kind + ":" + id + "@" + version, ctx.now(), change.notifications(),
          change.secrecy()));
      CommandResult r = new CommandResult(aggregateId, version, change.state(), change.number(), change.assigned());
      u.idempotency().record(command.idempotencyKey(), EventCodec.json(r));
      applied[0] = change;
      return r;
    }));
    if (applied[0] != null) {
      List<WorkflowEvent> events = new ArrayList<>();
      // listeners get events without personal information; the stored aggregate keeps it
      applied[0].events().forEach(r -> events.add((WorkflowEvent) (r instanceof PersonalInformation p
          ? p.withoutPersonalInformation() : r)));
      ctx.published(events, List.copyOf(queued));
    }
    return requireNonNull(result, "result");
  }
}
