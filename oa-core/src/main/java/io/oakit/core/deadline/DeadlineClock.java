package io.oakit.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.IllegalTransitionException;
import io.oakit.core.calendar.CalendarCoverageException;
import io.oakit.core.calendar.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The running time limit of one task or document: started from a {@link DeadlineRule}, it can be
 * suspended (中止计时) and resumed, extended with approval (延期), and completed (办结).
 *
 * <p>How the due instant is found: the rule gives the end of the period from the start; each
 * extension counts its own rule from the end it extends; the allowed working time is the working
 * time from the start to that end; suspended working time is not counted, so the due instant
 * moves out by the working time the clock was suspended. While a suspension is open the final due
 * instant is not yet known: {@link #due()} reports it as if the clock had resumed at the moment it
 * was suspended, a lower bound.
 *
 * <p>Immutable and thread-safe: every operation returns a new clock and leaves this one
 * unchanged; a refused operation throws and changes nothing. Events must be recorded in time
 * order. All instants are wall-clock times of the calendar's zone.
 */
public final class DeadlineClock {

  private final WorkCalendar calendar;
  private final DeadlineRule rule;
  private final LocalDateTime start;
  private final ExtensionPolicy extensionPolicy;
  private final ReminderPolicy reminderPolicy;
  private final ImmutableList<Extension> extensions;
  private final ImmutableList<Suspension> suspensions;
  private final Optional<LocalDateTime> completedAt;

  /** The period end as decided earlier (rule and the first {@link #decidedExtensions} extensions), or null. */
  private final LocalDateTime decidedEnd;
  private final int decidedExtensions;
  /** The due instant as decided earlier, or null; kept only until a later transition changes it. */
  private final LocalDateTime decidedDue;
  /** Whether the decided due instant rested on assumed days, or null when not decided. */
  private final Boolean decidedProvisional;

  private final LocalDateTime periodEnd;
  private final long budgetNanos;
  private final LocalDateTime due;

  private DeadlineClock(WorkCalendar calendar, DeadlineRule rule, LocalDateTime start,
      ExtensionPolicy extensionPolicy, ReminderPolicy reminderPolicy, ImmutableList<Extension> extensions,
      ImmutableList<Suspension> suspensions, Optional<LocalDateTime> completedAt) {
    this(calendar, rule, start, extensionPolicy, reminderPolicy, extensions, suspensions, completedAt, null, 0, null,
        null);
  }

  private DeadlineClock(WorkCalendar calendar, DeadlineRule rule, LocalDateTime start,
      ExtensionPolicy extensionPolicy, ReminderPolicy reminderPolicy, ImmutableList<Extension> extensions,
      ImmutableList<Suspension> suspensions, Optional<LocalDateTime> completedAt, LocalDateTime decidedEnd,
      int decidedExtensions, LocalDateTime decidedDue, Boolean decidedProvisional) {
    this.calendar = calendar;
    this.rule = rule;
    this.start = start;
    this.extensionPolicy = extensionPolicy;
    this.reminderPolicy = reminderPolicy;
    this.extensions = extensions;
    this.suspensions = suspensions;
    this.completedAt = completedAt;
    this.decidedEnd = decidedEnd;
    this.decidedExtensions = decidedExtensions;
    this.decidedDue = decidedDue;
    this.decidedProvisional = decidedDue != null ? decidedProvisional : null;
    LocalDateTime end = decidedEnd != null ? decidedEnd : rule.dueInstant(calendar, start);
    for (Extension e : extensions.subList(decidedEnd != null ? decidedExtensions : 0, extensions.size())) {
      end = e.rule().dueInstant(calendar, end);
    }
    this.periodEnd = end;
    this.budgetNanos = Math.max(0, between(start, end));
    this.due = decidedDue != null ? decidedDue : instantAtElapsed(budgetNanos, false).orElseThrow();
  }

  /**
   * A clock as it was decided and stored earlier, started at {@code start} under {@code rule} with the
   * default policies, whose period ends at {@code periodEnd} and which falls due at {@code due}
   * whatever the calendar says now (see {@link #asDecided}).
   *
   * @param rule the time limit it was started with
   * @param calendar the work calendar for what is computed from now on (remaining time, reminders)
   * @param start when the period started
   * @param periodEnd the end of the period as decided
   * @param due the due instant as decided
   * @return the clock
   * @throws IllegalArgumentException if an instant is before the start
   */
  public static DeadlineClock decided(DeadlineRule rule, WorkCalendar calendar, LocalDateTime start,
      LocalDateTime periodEnd, LocalDateTime due) {
    return decided(rule, calendar, start, periodEnd, due, false);
  }

  /**
   * A clock as it was decided and stored earlier (see {@link #decided(DeadlineRule, WorkCalendar,
   * LocalDateTime, LocalDateTime, LocalDateTime)}), saying whether that decision rested on days the
   * calendar of the time only assumed.
   *
   * @param rule the time limit it was started with
   * @param calendar the work calendar for what is computed from now on
   * @param start when the period started
   * @param periodEnd the end of the period as decided
   * @param due the due instant as decided
   * @param provisional whether the decision was provisional
   * @return the clock
   */
  public static DeadlineClock decided(DeadlineRule rule, WorkCalendar calendar, LocalDateTime start,
      LocalDateTime periodEnd, LocalDateTime due, boolean provisional) {
    requireNonNull(rule, "rule");
    requireNonNull(calendar, "calendar");
    requireNonNull(start, "start");
    requireNonNull(periodEnd, "periodEnd");
    requireNonNull(due, "due");
    checkArgument(!periodEnd.isBefore(start), "periodEnd %s is before the start %s", periodEnd, start);
    checkArgument(!due.isBefore(start), "due %s is before the start %s", due, start);
    return new DeadlineClock(calendar, rule, start, ExtensionPolicy.unlimited(), ReminderPolicy.defaults(),
        ImmutableList.of(), ImmutableList.of(), Optional.empty(), periodEnd, 0, due, provisional);
  }

  /**
   * This clock as it was decided earlier, whatever the calendar says now: its period (the rule and
   * every extension so far) ends at {@code periodEnd} and it falls due at {@code due}. A stored record
   * read back uses it, so that a corrected calendar never moves a deadline already told to people;
   * later extensions count from {@code periodEnd}, and a later suspension or extension decides a new
   * due instant on the calendar of that moment.
   *
   * @param decidedPeriodEnd the end of the period as decided
   * @param decidedDueInstant the due instant as decided
   * @return the clock with these values
   * @throws IllegalArgumentException if either is before the start
   */
  public DeadlineClock asDecided(LocalDateTime decidedPeriodEnd, LocalDateTime decidedDueInstant) {
    return asDecided(decidedPeriodEnd, decidedDueInstant, false);
  }

  /**
   * This clock as it was decided earlier (see {@link #asDecided(LocalDateTime, LocalDateTime)}), saying
   * whether that decision rested on days the calendar of the time only assumed.
   *
   * @param decidedPeriodEnd the end of the period as decided
   * @param decidedDueInstant the due instant as decided
   * @param provisional whether the decision was provisional
   * @return the clock with these values
   */
  public DeadlineClock asDecided(LocalDateTime decidedPeriodEnd, LocalDateTime decidedDueInstant,
      boolean provisional) {
    requireNonNull(decidedPeriodEnd, "decidedPeriodEnd");
    requireNonNull(decidedDueInstant, "decidedDueInstant");
    checkArgument(!decidedPeriodEnd.isBefore(start), "decidedPeriodEnd %s is before the start %s", decidedPeriodEnd,
        start);
    checkArgument(!decidedDueInstant.isBefore(start), "decidedDueInstant %s is before the start %s",
        decidedDueInstant, start);
    return new DeadlineClock(calendar, rule, start, extensionPolicy, reminderPolicy, extensions, suspensions,
        completedAt, decidedPeriodEnd, extensions.size(), decidedDueInstant, provisional);
  }

  /**
   * Starts a clock with unlimited extensions and the default reminder policy.
   *
   * @param rule the time limit
   * @param calendar the work calendar
   * @param start when the period starts (e.g. the instant a document was registered)
   * @return the running clock
   * @throws CalendarCoverageException if the period needs a day the calendar does not cover
   */
  public static DeadlineClock start(DeadlineRule rule, WorkCalendar calendar, LocalDateTime start) {
    return start(rule, calendar, start, ExtensionPolicy.unlimited(), ReminderPolicy.defaults());
  }

  /**
   * Starts a clock.
   *
   * @param rule the time limit
   * @param calendar the work calendar
   * @param start when the period starts
   * @param extensionPolicy limits on extensions
   * @param reminderPolicy when to remind and when the deadline counts as approaching
   * @return the running clock
   * @throws CalendarCoverageException if the period needs a day the calendar does not cover
   */
  public static DeadlineClock start(DeadlineRule rule, WorkCalendar calendar, LocalDateTime start,
      ExtensionPolicy extensionPolicy, ReminderPolicy reminderPolicy) {
    requireNonNull(rule, "rule");
    requireNonNull(calendar, "calendar");
    requireNonNull(start, "start");
    requireNonNull(extensionPolicy, "extensionPolicy");
    requireNonNull(reminderPolicy, "reminderPolicy");
    return new DeadlineClock(calendar, rule, start, extensionPolicy, reminderPolicy,
        ImmutableList.of(), ImmutableList.of(), Optional.empty());
  }

  /**
   * This clock under other limits on extensions and another reminder policy, everything decided kept: how a
   * stored deadline is read back with the policies it was decided under.
   *
   * @param extensions limits on extensions
   * @param reminders when to remind
   * @return the clock with these policies
   */
  public DeadlineClock withPolicies(ExtensionPolicy extensions, ReminderPolicy reminders) {
    requireNonNull(extensions, "extensions");
    requireNonNull(reminders, "reminders");
    return new DeadlineClock(calendar, rule, start, extensions, reminders, this.extensions, suspensions, completedAt,
        decidedEnd, decidedExtensions, decidedDue, decidedProvisional);
  }

  // ---------------------------------------------------------------- transitions

  /**
   * Stops the clock (中止计时): working time from {@code at} until {@link #resume} is not counted.
   *
   * @param at when the clock stops; not before the clock's last event
   * @param reason why, e.g. 征求第三方意见; not blank
   * @return the suspended clock
   * @throws IllegalTransitionException if the clock is completed or already suspended
   * @throws IllegalArgumentException if {@code at} is before the last event or the reason is blank
   */
  public DeadlineClock suspend(LocalDateTime at, String reason) {
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    checkOpen("suspend");
    if (isSuspended()) {
      throw new IllegalTransitionException("SUSPENDED", "suspend",
          "the clock has been suspended since " + suspensions.get(suspensions.size() - 1).startInclusive());
    }
    checkArgument(!reason.isBlank(), "reason must not be blank");
    checkChronology(at);
    List<Suspension> next = new ArrayList<>(suspensions);
    next.add(new Suspension(at, Optional.empty(), reason.trim()));
    return with(extensions, ImmutableList.copyOf(next), completedAt);
  }

  /**
   * Restarts a suspended clock; the due instant moves out by the suspended working time.
   *
   * @param at when the clock restarts; not before the suspension
   * @return the running clock
   * @throws IllegalTransitionException if the clock is completed or not suspended
   * @throws IllegalArgumentException if {@code at} is before the last event
   */
  public DeadlineClock resume(LocalDateTime at) {
    requireNonNull(at, "at");
    checkOpen("resume");
    if (!isSuspended()) {
      throw new IllegalTransitionException("RUNNING", "resume", "the clock is not suspended");
    }
    checkChronology(at);
    return with(extensions, closeOpenSuspension(at), completedAt);
  }

  /**
   * Extends the period (延期) by {@code extension}, counted from the end of the period so far.
   *
   * @param requestedAt when the extension was requested; at or before the due instant
   * @param extension how much to add
   * @param approver who approved it; not blank
   * @param reason why; not blank
   * @return the extended clock
   * @throws ExtensionRefusedException if requested after the due instant or beyond the policy
   * @throws IllegalTransitionException if the clock is completed
   * @throws IllegalArgumentException if {@code requestedAt} is before the last event or a text is blank
   * @throws CalendarCoverageException if the new period needs a day the calendar does not cover
   */
  public DeadlineClock extend(LocalDateTime requestedAt, DeadlineRule extension, String approver, String reason) {
    requireNonNull(requestedAt, "requestedAt");
    requireNonNull(extension, "extension");
    requireNonNull(approver, "approver");
    requireNonNull(reason, "reason");
    checkOpen("extend");
    checkArgument(extension.isPeriod(), "an extension is a period of time, not %s", extension);
    checkArgument(!approver.isBlank(), "approver must not be blank");
    checkArgument(!reason.isBlank(), "reason must not be blank");
    checkChronology(requestedAt);
    if (overdueAt(requestedAt)) {
      throw new ExtensionRefusedException("extension " + extension + " refused: requested at " + requestedAt
          + ", after the due instant " + due);
    }
    extensionPolicy.check(extensions, extension);
    List<Extension> next = new ArrayList<>(extensions);
    next.add(new Extension(requestedAt, extension, approver.trim(), reason.trim()));
    return with(ImmutableList.copyOf(next), suspensions, completedAt);
  }

  /**
   * Completes the work (办结). An open suspension ends at {@code at}.
   *
   * @param at when the work was completed; not before the last event
   * @return the completed clock
   * @throws IllegalTransitionException if already completed
   * @throws IllegalArgumentException if {@code at} is before the last event
   */
  public DeadlineClock complete(LocalDateTime at) {
    requireNonNull(at, "at");
    checkOpen("complete");
    checkChronology(at);
    if (isSuspended()) {
      return with(extensions, closeOpenSuspension(at), Optional.of(at));
    }
    // completing changes nothing of the period: a decided due instant stays as it was
    return new DeadlineClock(calendar, rule, start, extensionPolicy, reminderPolicy, extensions, suspensions,
        Optional.of(at), decidedEnd, decidedExtensions, decidedDue, decidedProvisional);
  }

  private DeadlineClock with(ImmutableList<Extension> ext, ImmutableList<Suspension> susp, Optional<LocalDateTime> done) {
    return new DeadlineClock(calendar, rule, start, extensionPolicy, reminderPolicy, ext, susp, done, decidedEnd,
        decidedExtensions, null, null);
  }

  private ImmutableList<Suspension> closeOpenSuspension(LocalDateTime at) {
    List<Suspension> next = new ArrayList<>(suspensions);
    Suspension open = next.remove(next.size() - 1);
    next.add(new Suspension(open.startInclusive(), Optional.of(at), open.reason()));
    return ImmutableList.copyOf(next);
  }

  private void checkOpen(String action) {
    if (completedAt.isPresent()) {
      throw new IllegalTransitionException("COMPLETED", action, "the clock was completed at " + completedAt.get());
    }
  }

  private boolean isSuspended() {
    return !suspensions.isEmpty() && suspensions.get(suspensions.size() - 1).isOpen();
  }

  private void checkChronology(LocalDateTime at) {
    LocalDateTime last = lastEvent();
    checkArgument(!at.isBefore(last), "at must not be before the clock's last event %s but was %s", last, at);
  }

  private LocalDateTime lastEvent() {
    LocalDateTime last = start;
    for (Suspension s : suspensions) {
      last = max(last, s.endExclusive().orElse(s.startInclusive()));
    }
    for (Extension e : extensions) {
      last = max(last, e.requestedAt());
    }
    return last;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  // ---------------------------------------------------------------- queries

  /**
   * The due instant. While a suspension is open, a lower bound: the due instant if the clock had
   * resumed at the moment it was suspended.
   *
   * @return the due instant
   */
  public LocalDateTime due() {
    return due;
  }

  /**
   * The working time allowed in total: the rule plus extensions, without suspensions.
   *
   * @return the allowed working time
   */
  public Duration allowed() {
    return Duration.ofNanos(budgetNanos);
  }

  /**
   * Working time used between the start and {@code at} (or the completion, if earlier), not
   * counting suspended time.
   *
   * @param at the instant asked about
   * @return the elapsed working time, zero before the start
   * @throws CalendarCoverageException if {@code at} is outside the calendar
   */
  public Duration elapsed(LocalDateTime at) {
    return Duration.ofNanos(elapsedNanos(requireNonNull(at, "at")));
  }

  /**
   * Working time left at {@code at}: {@link #allowed()} minus {@link #elapsed}; negative when
   * overdue. Frozen while suspended.
   *
   * @param at the instant asked about
   * @return the remaining working time
   */
  public Duration remaining(LocalDateTime at) {
    return Duration.ofNanos(budgetNanos - elapsedNanos(requireNonNull(at, "at")));
  }

  /**
   * The fraction of the allowed working time used at {@code at}: 0 at the start, 1 at the due
   * instant, more than 1 when overdue. A period with no working time at all counts as fully used
   * from its start.
   *
   * @param at the instant asked about
   * @return the fraction used
   */
  public double fractionUsed(LocalDateTime at) {
    requireNonNull(at, "at");
    if (budgetNanos == 0) {
      return at.isBefore(start) ? 0 : 1;
    }
    return (double) elapsedNanos(at) / budgetNanos;
  }

  /**
   * The status at {@code at}. The due instant itself is still on time; any later instant is
   * {@link DeadlineStatus#OVERDUE} unless the clock was suspended at or before the due instant and
   * is still suspended at {@code at} (a clock suspended when time had run out is
   * {@link DeadlineStatus#SUSPENDED}, and overdue as soon as it resumes).
   *
   * @param at the instant asked about
   * @return the status
   */
  public DeadlineStatus status(LocalDateTime at) {
    requireNonNull(at, "at");
    if (at.isBefore(start)) {
      return DeadlineStatus.NOT_STARTED;
    }
    if (completedAt.isPresent() && !at.isBefore(completedAt.get())) {
      return completedAt.get().isAfter(due) ? DeadlineStatus.COMPLETED_LATE : DeadlineStatus.COMPLETED_ON_TIME;
    }
    if (overdueAt(at)) {
      return DeadlineStatus.OVERDUE;
    }
    if (suspensionAt(at).isPresent()) {
      return DeadlineStatus.SUSPENDED;
    }
    return fractionUsed(at) >= reminderPolicy.approachingFraction()
        ? DeadlineStatus.APPROACHING : DeadlineStatus.RUNNING;
  }

  private boolean overdueAt(LocalDateTime at) {
    Optional<Suspension> s = suspensionAt(at);
    return s.isPresent() ? s.get().startInclusive().isAfter(due) : at.isAfter(due);
  }

  private Optional<Suspension> suspensionAt(LocalDateTime at) {
    for (Suspension s : suspensions) {
      if (!at.isBefore(s.startInclusive()) && (s.isOpen() || at.isBefore(s.endExclusive().get()))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The reminders of the {@link ReminderPolicy}, in time order: fractions used, working days
   * before due, at due, and working days overdue. Reminders after the completion are left out;
   * while suspended, reminders that depend on when the clock resumes are left out until it does;
   * overdue reminders past the calendar's last covered day are left out until the calendar
   * covers them.
   *
   * @return the reminders
   */
  public ImmutableList<Reminder> reminders() {
    List<Reminder> out = new ArrayList<>();
    for (double f : reminderPolicy.fractionsUsed()) {
      instantAtElapsed(Math.round(f * budgetNanos), true).ifPresent(at ->
          out.add(new Reminder(at, Reminder.Kind.FRACTION_USED, Math.round(f * 100) + "% of the time used")));
    }
    boolean known = !isSuspended();
    if (known) {
      for (int k : reminderPolicy.workingDaysBeforeDue()) {
        try {
          LocalDateTime at = calendar.plusWorkingDays(due.toLocalDate(), -k).atTime(due.toLocalTime());
          out.add(new Reminder(at, Reminder.Kind.BEFORE_DUE, k + " working day(s) before due " + due));
        } catch (CalendarCoverageException e) {
          // before the calendar's first day: nothing to remind
        }
      }
      if (reminderPolicy.atDue()) {
        out.add(new Reminder(due, Reminder.Kind.AT_DUE, "due now"));
      }
      for (int k = 1; k <= reminderPolicy.overdueReminders(); k++) {
        try {
          LocalDateTime at = calendar.plusWorkingDays(due.toLocalDate(), k).atTime(due.toLocalTime());
          out.add(new Reminder(at, Reminder.Kind.OVERDUE, k + " working day(s) overdue"));
        } catch (CalendarCoverageException e) {
          break;
        }
      }
    }
    Optional<LocalDateTime> openSince = isSuspended()
        ? Optional.of(suspensions.get(suspensions.size() - 1).startInclusive()) : Optional.empty();
    return out.stream()
        .filter(r -> r.at().isAfter(start))
        .filter(r -> completedAt.map(c -> r.at().isBefore(c)).orElse(true))
        .filter(r -> openSince.map(s -> r.at().isBefore(s)).orElse(true))
        .sorted(Comparator.comparing(Reminder::at).thenComparing(Reminder::kind))
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Explains the due instant: the rule's counted and skipped days, each extension, each
   * suspension, and the completion.
   *
   * @return readable lines, in order
   */
  public ImmutableList<String> explain() {
    List<String> lines = new ArrayList<>(rule.explain(calendar, start));
    LocalDateTime end = rule.dueInstant(calendar, start);
    for (Extension e : extensions) {
      end = e.rule().dueInstant(calendar, end);
      lines.add("extended by " + e.rule() + " (approved by " + e.approver() + ", requested " + e.requestedAt()
          + ": " + e.reason() + "): the period now ends " + end);
    }
    for (Suspension s : suspensions) {
      if (s.isOpen()) {
        lines.add("suspended since " + s.startInclusive() + " (" + s.reason()
            + "): the due instant moves out by the suspended working time when the clock resumes");
      } else {
        lines.add("suspended " + s.startInclusive() + " to " + s.endExclusive().get() + " (" + s.reason() + "): "
            + DeadlineRule.human(Duration.ofNanos(between(s.startInclusive(), s.endExclusive().get())))
            + " of " + timeWord() + " not counted");
      }
    }
    if (!extensions.isEmpty() || !suspensions.isEmpty()) {
      lines.add("due " + due + " (" + DeadlineRule.human(allowed()) + " of " + timeWord() + " allowed)");
    }
    List<String> assumed = new ArrayList<>();
    DeadlineRule.provisionalLines(calendar, start.toLocalDate(), latest(), assumed);
    assumed.stream().filter(l -> !lines.contains(l)).forEach(lines::add);
    completedAt.ifPresent(c -> lines.add("completed " + c + (c.isAfter(due)
        ? ", late by " + DeadlineRule.human(Duration.ofNanos(between(due, c))) + " of " + timeWord()
        : ", on time")));
    return ImmutableList.copyOf(lines);
  }

  private long elapsedNanos(LocalDateTime at) {
    if (!at.isAfter(start)) {
      return 0;
    }
    LocalDateTime end = completedAt.filter(c -> c.isBefore(at)).orElse(at);
    long e = between(start, end);
    for (Suspension s : suspensions) {
      if (!s.startInclusive().isBefore(end)) {
        break;
      }
      LocalDateTime sEnd = s.endExclusive().filter(x -> x.isBefore(end)).orElse(end);
      e -= between(s.startInclusive(), sEnd);
    }
    return e;
  }

  /**
   * The earliest instant at which {@code x} nanoseconds of unsuspended working time have passed.
   * An open suspension either ends the search (empty: not known yet) or counts as zero-length.
   */
  private Optional<LocalDateTime> instantAtElapsed(long x, boolean openIsUnknown) {
    LocalDateTime cursor = start;
    long left = x;
    for (Suspension s : suspensions) {
      long workable = between(cursor, s.startInclusive());
      if (left <= workable) {
        return Optional.of(plus(cursor, left));
      }
      left -= workable;
      if (s.isOpen()) {
        if (openIsUnknown) {
          return Optional.empty();
        }
        cursor = s.startInclusive();
      } else {
        cursor = s.endExclusive().get();
      }
    }
    return Optional.of(plus(cursor, left));
  }

  /** Time between two instants on this clock's line: working time, or clock time for natural-hour rules. */
  private long between(LocalDateTime a, LocalDateTime b) {
    return rule.countsNaturalTime() ? Duration.between(a, b).toNanos() : calendar.workingTimeBetween(a, b).toNanos();
  }

  private LocalDateTime plus(LocalDateTime a, long nanos) {
    return rule.countsNaturalTime() ? a.plusNanos(nanos) : calendar.plusWorkingTime(a, Duration.ofNanos(nanos));
  }

  private String timeWord() {
    return rule.countsNaturalTime() ? "clock time" : "working time";
  }

  private LocalDate latest() {
    LocalDate l = periodEnd.isAfter(due) ? periodEnd.toLocalDate() : due.toLocalDate();
    return l.isBefore(start.toLocalDate()) ? start.toLocalDate() : l;
  }

  /**
   * Whether the due instant rests on days the calendar only assumed (a year whose holiday notice was
   * not loaded, see {@link WorkCalendar#provisionalFrom()}): as stored when the clock was decided
   * earlier, else computed now. A provisional deadline is re-based when the notice is loaded.
   *
   * @return true for a provisional deadline
   */
  public boolean isProvisional() {
    if (decidedProvisional != null) {
      return decidedProvisional;
    }
    return calendar.provisionalFrom().isPresent()
        && (calendar.isProvisional(latest()) || rule.isProvisional(calendar, start));
  }

  // ---------------------------------------------------------------- accessors

  /**
   * The rule the clock was started from.
   *
   * @return the rule
   */
  public DeadlineRule rule() {
    return rule;
  }

  /**
   * The calendar.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * When the period started.
   *
   * @return the start instant
   */
  public LocalDateTime start() {
    return start;
  }

  /**
   * The end of the period with extensions, before suspensions are added.
   *
   * @return the instant
   */
  public LocalDateTime periodEnd() {
    return periodEnd;
  }

  /**
   * Granted extensions in order.
   *
   * @return the extensions
   */
  public ImmutableList<Extension> extensions() {
    return extensions;
  }

  /**
   * Suspensions in order; the last may be open.
   *
   * @return the suspensions
   */
  public ImmutableList<Suspension> suspensions() {
    return suspensions;
  }

  /**
   * When the work was completed, if it was.
   *
   * @return the completion instant
   */
  public Optional<LocalDateTime> completedAt() {
    return completedAt;
  }

  /**
   * The extension limits.
   *
   * @return the policy
   */
  public ExtensionPolicy extensionPolicy() {
    return extensionPolicy;
  }

  /**
   * The reminder policy.
   *
   * @return the policy
   */
  public ReminderPolicy reminderPolicy() {
    return reminderPolicy;
  }

  @Override
  public String toString() {
    return "DeadlineClock[" + rule + " from " + start + ", due " + due + ", " + extensions.size()
        + " extension(s), " + suspensions.size() + " suspension(s)"
        + completedAt.map(c -> ", completed " + c).orElse("") + "]";
  }
}
