package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.org.Organization;
import io.oakit.spi.Transactor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every workflow service needs: the store (through the SPI only), the clock, the work
 * calendar, the current organisation, and where notifications and events go. Thread-safe; share one
 * per host instance.
 */
public final class WorkflowContext {

  private final Transactor storage;
  private final Clock clock;
  private final OfficeCalendar calendars;
  /** The calendar a command on this thread decides with, read in its transaction. */
  private final ThreadLocal<WorkCalendar> bound = new ThreadLocal<>();
  /** The unit of work of the command running on this thread, if any. */
  private final ThreadLocal<io.oakit.spi.UnitOfWork> boundUnit = new ThreadLocal<>();
  /** What was read in that unit of work, by key, so that one command reads each thing once. */
  private final ThreadLocal<java.util.Map<String, Object>> memo = new ThreadLocal<>();
  private final Supplier<Organization> organization;
  private final Notifier notifier;
  private final Supplier<AuthorityPolicy> authority;
  private final List<Consumer<WorkflowEvent>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<? super UndecodableAggregateException>> problemListeners = new CopyOnWriteArrayList<>();
  private volatile boolean deliverAfterCommit = true;
  private final Outbox outbox;

  /**
   * @param storage the store
   * @param clock the clock every command reads "now" from
   * @param calendar the work calendar for deadlines
   * @param organization the current organisation (read at each command)
   * @param notifier where notifications go
   */
  public WorkflowContext(Transactor storage, Clock clock, WorkCalendar calendar, Supplier<Organization> organization,
      Notifier notifier) {
    this(storage, clock, calendar, organization, notifier, AuthorityPolicy.defaults());
  }

  /**
   * @param storage the store
   * @param clock the clock every command reads "now" from
   * @param calendar the work calendar for deadlines
   * @param organization the current organisation (read at each command)
   * @param notifier where notifications go
   * @param authority who may issue each command
   */
  public WorkflowContext(Transactor storage, Clock clock, WorkCalendar calendar, Supplier<Organization> organization,
      Notifier notifier, AuthorityPolicy authority) {
    this(storage, clock, OfficeCalendar.fixed(calendar), organization, notifier, authority);
  }

  /**
   * A context whose calendar may change while the host runs: each command decides on the calendar in
   * force when it runs (see {@link OfficeCalendar#stored}).
   *
   * @param storage the store
   * @param clock the clock every command reads "now" from
   * @param calendars the office calendar
   * @param organization the current organisation (read at each command)
   * @param notifier where notifications go
   * @param authority who may issue each command
   */
  public WorkflowContext(Transactor storage, Clock clock, OfficeCalendar calendars, Supplier<Organization> organization,
      Notifier notifier, AuthorityPolicy authority) {
    this(storage, clock, calendars, organization, notifier, fixed(requireNonNull(authority, "authority")));
  }

  private static Supplier<AuthorityPolicy> fixed(AuthorityPolicy policy) {
    return () -> policy;
  }

  /**
   * A context whose authority policy may change while the host runs: it is read at each command, e.g.
   * the version in force of a stored document ({@link ConfigurationService#authorityPolicy}).
   *
   * @param storage the store
   * @param clock the clock every command reads "now" from
   * @param calendars the office calendar
   * @param organization the current organisation (read at each command)
   * @param notifier where notifications go
   * @param authority who may issue each command, read at each command
   */
  public WorkflowContext(Transactor storage, Clock clock, OfficeCalendar calendars, Supplier<Organization> organization,
      Notifier notifier, Supplier<AuthorityPolicy> authority) {
    this.storage = requireNonNull(storage, "storage");
    this.clock = requireNonNull(clock, "clock");
    this.calendars = requireNonNull(calendars, "calendars");
    this.organization = requireNonNull(organization, "organization");
    this.notifier = requireNonNull(notifier, "notifier");
    this.authority = requireNonNull(authority, "authority");
    this.outbox = new Outbox(this);
  }

  /**
   * Receives each stored aggregate that a batch operation (escalations, scoring, the outbox) could
   * not read and passed over; the operation goes on with the others. Without a listener such an
   * aggregate is passed over silently, so a host should log them.
   *
   * @param listener the listener
   */
  public void addProblemListener(Consumer<? super UndecodableAggregateException> listener) {
    problemListeners.add(requireNonNull(listener, "listener"));
  }

  void problem(UndecodableAggregateException e) {
    for (Consumer<? super UndecodableAggregateException> l : problemListeners) {
      l.accept(e);
    }
  }

  /**
   * Whether a command's notifications are handed to the notifier right after it committed (the
   * default). Either way they are in the {@link #outbox()} first, and what was not delivered is
   * delivered by {@link Outbox#deliver()}.
   *
   * @param on whether to deliver right after commit
   */
  public void deliverAfterCommit(boolean on) {
    this.deliverAfterCommit = on;
  }

  /** @return the transactional outbox of this context's store */
  public Outbox outbox() {
    return outbox;
  }

  /** @return who may issue each command, as it is now */
  public AuthorityPolicy authority() {
    return authority.get();
  }

  /** Refuses a command its actor may not issue (see {@link AuthorityPolicy#check}). */
  void authorise(String action, Command c, AuthorityPolicy.Facts facts) {
    authority().check(action, c, organization(), now(), facts);
  }

  /** @return the notifier */
  Notifier notifier() {
    return notifier;
  }

  /** @param listener receives every event after its transaction committed */
  public void addListener(Consumer<WorkflowEvent> listener) {
    listeners.add(requireNonNull(listener, "listener"));
  }

  /** @return the store */
  public Transactor storage() {
    return storage;
  }

  /** @return now, as wall-clock time of the calendar's zone */
  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(calendar().zone()));
  }

  /**
   * The work calendar: inside a command, the one in force when it began (read in its transaction);
   * elsewhere, the one last read.
   *
   * @return the work calendar
   */
  public WorkCalendar calendar() {
    WorkCalendar c = bound.get();
    return c != null ? c : calendars.current();
  }

  /** @return the office calendar */
  public OfficeCalendar calendars() {
    return calendars;
  }

  /**
   * Runs {@code work} with the calendar in force read through {@code u}, so that every part of one
   * command decides on the same calendar.
   */
  <T> T withCalendarOf(io.oakit.spi.UnitOfWork u, Supplier<T> work) {
    WorkCalendar outer = bound.get();
    io.oakit.spi.UnitOfWork outerUnit = boundUnit.get();
    java.util.Map<String, Object> outerMemo = memo.get();
    // today in the zone of the calendar last read: the office hours in force may move it, never by a day's worth
    bound.set(calendars.inForce(u, java.time.LocalDate.now(clock.withZone(calendars.current().zone()))));
    boundUnit.set(u);
    memo.set(new java.util.HashMap<>());
    try {
      return work.get();
    } finally {
      if (outer == null) {
        bound.remove();
        boundUnit.remove();
        memo.remove();
      } else {
        bound.set(outer);
        boundUnit.set(outerUnit);
        memo.set(outerMemo);
      }
    }
  }

  /**
   * What {@code compute} gives, read once per unit of work bound to this thread (each time when none is).
   */
  @SuppressWarnings("unchecked")
  <T> T memo(String key, Supplier<T> compute) {
    java.util.Map<String, Object> m = memo.get();
    if (m == null) {
      return compute.get();
    }
    Object v = m.get(key);
    if (v == null) {
      v = compute.get();
      m.put(key, v);
    }
    return (T) v;
  }

  /**
   * Runs work in a transaction of the store with its unit of work and the calendar in force bound to this
   * thread, so that what it asks of the context (the organisation, the authority policy, configuration in
   * force) is read in that transaction rather than in a nested one.
   */
  <T> T inTransaction(io.oakit.spi.UnitOfWork.Work<T> work) {
    return storage.inTransaction(u -> withCalendarOf(u, () -> work.run(u)));
  }

  /**
   * Reads through the unit of work of the command running on this thread (so that what it reads is read
   * in its transaction), or in a transaction of its own when none runs.
   */
  <T> T read(java.util.function.Function<io.oakit.spi.UnitOfWork, T> query) {
    io.oakit.spi.UnitOfWork u = boundUnit.get();
    return u != null ? query.apply(u) : storage.inTransaction(query::apply);
  }

  /** @return the organisation as it is now */
  public Organization organization() {
    return organization.get();
  }

  void published(List<? extends WorkflowEvent> events, List<Notifier.Notification> notifications) {
    for (WorkflowEvent e : events) {
      for (Consumer<WorkflowEvent> l : listeners) {
        l.accept(e);
      }
    }
    if (deliverAfterCommit) {
      outbox.deliver(notifications);
    }
  }
}
