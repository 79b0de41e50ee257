package io.oakit.core.supervision;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.oakit.core.IllegalTransitionException;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.SupervisionEvent.Assigned;
import io.oakit.core.supervision.SupervisionEvent.Commended;
import io.oakit.core.supervision.SupervisionEvent.CompletionReported;
import io.oakit.core.supervision.SupervisionEvent.ProgressReported;
import io.oakit.core.supervision.SupervisionEvent.Reviewed;
import io.oakit.core.supervision.SupervisionEvent.SignedFor;
import io.oakit.core.supervision.SupervisionEvent.Urged;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A supervision item (督办事项): what must be done, by whom, by when, and everything that happened
 * to it — registered (立项), assigned (交办), signed for (签收), progress reports, urgings (催办),
 * completion report (报结), review (accepted, or returned for rework 退回重办), closed (办结),
 * archived (归档), or cancelled (撤销).
 *
 * <p>Immutable and thread-safe: every transition is a pure function returning a new item; an
 * illegal transition throws {@link IllegalTransitionException} naming the state and the action, and
 * changes nothing. Events must be recorded in time order.
 */
public final class SupervisionItem {

  private final String id;
  private final ItemSource source;
  private final String content;
  private final Importance importance;
  private final ItemState state;
  private final ImmutableList<SupervisionEvent> history;
  private final Optional<DeadlineClock> deadline;
  private final int progressEveryWorkingDays;
  private final Optional<Assigned> assignment;
  private final ImmutableList<String> units;
  /** Former lead units (转办) that are no longer the item's. */
  private final ImmutableList<String> formerUnits;
  /** The units facts are kept for: {@link #units} then {@link #formerUnits}. */
  private final ImmutableList<String> scoredUnits;
  private final String lead;
  private final boolean cancelled;
  /** The due day (epoch day of the due instant), when assigned: scoring asks every item whether it is in a period. */
  private final boolean hasDue;
  private final int dueDay;
  /** What the history says, for {@link #facts}: derived from the fields above, made with the item. */
  private final ItemDigest digest;

  private SupervisionItem(String id, ItemSource source, String content, Importance importance, ItemState state,
      ImmutableList<SupervisionEvent> history, Optional<DeadlineClock> deadline, int progressEveryWorkingDays) {
    this.id = id;
    this.source = source;
    this.content = content;
    this.importance = importance;
    this.state = state;
    this.history = history;
    this.deadline = deadline;
    this.progressEveryWorkingDays = progressEveryWorkingDays;
    Assigned found = null;
    boolean cancelledOnce = false;
    String currentLead = null;
    List<String> former = new ArrayList<>();
    for (SupervisionEvent e : history) {
      if (e instanceof Assigned a && found == null) {
        found = a;
        currentLead = a.leadUnit();
      } else if (e instanceof SupervisionEvent.Reassigned r) {
        former.remove(r.toUnit());
        if (!former.contains(r.fromUnit())) {
          former.add(r.fromUnit());
        }
        currentLead = r.toUnit();
      } else if (e instanceof SupervisionEvent.Cancelled) {
        cancelledOnce = true;
      }
    }
    this.lead = currentLead;
    this.cancelled = cancelledOnce;
    this.assignment = Optional.ofNullable(found);
    if (found == null) {
      this.units = ImmutableList.of();
      this.formerUnits = ImmutableList.of();
      this.scoredUnits = ImmutableList.of();
    } else {
      ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(1 + found.coUnits().size());
      b.add(lead);
      b.addAll(found.coUnits());
      this.units = b.build();
      this.formerUnits = ImmutableList.copyOf(former);
      this.scoredUnits = former.isEmpty() ? units
          : ImmutableList.<String>builder().addAll(units).addAll(formerUnits).build();
    }
    this.hasDue = deadline.isPresent();
    this.dueDay = deadline.map(d -> ItemDigest.day(d.due())).orElse(0);
    this.digest = new ItemDigest(history, deadline, progressEveryWorkingDays, scoredUnits, lead);
  }

  /**
   * Registers an item (立项).
   *
   * @param id a unique id
   * @param source where it comes from
   * @param content what must be done
   * @param importance how important it is
   * @param at when it was registered
   * @param by who registered it
   * @return the registered item
   * @throws IllegalArgumentException if a text is blank
   */
  public static SupervisionItem register(String id, ItemSource source, String content, Importance importance,
      LocalDateTime at, String by) {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(content, "content");
    requireNonNull(importance, "importance");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!content.isBlank(), "content of item %s must not be blank", id);
    checkArgument(!requireNonNull(by, "by").isBlank(), "by must not be blank");
    return new SupervisionItem(id, source, content.trim(), importance, ItemState.REGISTERED,
        ImmutableList.of(new SupervisionEvent.Registered(requireNonNull(at, "at"), by)), Optional.empty(), 0);
  }

  // ---------------------------------------------------------------- transitions

  /**
   * Assigns the item (交办) to a lead unit and co-units, with its deadline.
   *
   * @param at when
   * @param by who assigned it
   * @param leadUnit the lead unit (主办)
   * @param coUnits the co-units (协办), not including the lead unit
   * @param deadline the time limit, normally started at {@code at}
   * @param progressEveryWorkingDays how often the lead unit must report progress, in working days; 0 for never
   * @return the assigned item
   * @throws IllegalTransitionException unless registered
   */
  public SupervisionItem assign(LocalDateTime at, String by, String leadUnit, List<String> coUnits,
      DeadlineClock deadline, int progressEveryWorkingDays) {
    requireState("assign", ItemState.REGISTERED);
    requireNonNull(leadUnit, "leadUnit");
    requireNonNull(coUnits, "coUnits");
    requireNonNull(deadline, "deadline");
    checkArgument(!leadUnit.isBlank(), "leadUnit must not be blank");
    checkArgument(!coUnits.contains(leadUnit), "the lead unit %s cannot also be a co-unit", leadUnit);
    checkArgument(coUnits.stream().distinct().count() == coUnits.size(), "co-units must not repeat: %s", coUnits);
    checkArgument(progressEveryWorkingDays >= 0, "progressEveryWorkingDays must be >= 0 but was %s",
        progressEveryWorkingDays);
    return new SupervisionItem(id, source, content, importance, ItemState.ASSIGNED,
        append(new Assigned(at, requireNonNull(by, "by"), leadUnit, coUnits)), Optional.of(deadline),
        progressEveryWorkingDays);
  }

  /**
   * A unit signs for the item (签收). When the lead unit signs, the item is in progress.
   *
   * @param at when
   * @param unit the lead or a co-unit, not yet signed
   * @param person who signed (the handling person of that unit)
   * @return the item
   * @throws IllegalTransitionException unless assigned or in progress
   * @throws IllegalArgumentException if the unit is not assigned or already signed
   */
  public SupervisionItem signFor(LocalDateTime at, String unit, String person) {
    requireState("sign for", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
    requireUnit(unit);
    checkArgument(handlers().get(unit) == null, "unit %s already signed for item %s", unit, id);
    ItemState next = unit.equals(leadUnit().orElseThrow()) ? ItemState.IN_PROGRESS : state;
    return with(next, new SignedFor(at, unit, requireNonNull(person, "person")));
  }

  /**
   * A unit reports progress (进展报告).
   *
   * @param at when
   * @param unit the reporting unit
   * @param text the report
   * @return the item
   * @throws IllegalTransitionException unless in progress
   */
  public SupervisionItem reportProgress(LocalDateTime at, String unit, String text) {
    requireState("report progress", ItemState.IN_PROGRESS);
    requireUnit(unit);
    return with(state, new ProgressReported(at, unit, requireNonNull(text, "text")));
  }

  /**
   * Reassigns the item to another lead unit (转办), e.g. after the lead unit handed it back as not its own.
   * Only before the lead unit signed for it; the co-units and the deadline stay. The former lead keeps its
   * hand-backs, urgings and commendations on the item (see {@link #formerUnits}).
   *
   * @param at when
   * @param by who reassigned it
   * @param toUnit the new lead unit: not the present lead, not a co-unit
   * @param reason why; not blank
   * @return the item
   * @throws IllegalTransitionException unless assigned and not yet signed for by its lead unit
   * @throws IllegalArgumentException if the unit is the lead or a co-unit, or the reason is blank
   */
  public SupervisionItem reassign(LocalDateTime at, String by, String toUnit, String reason) {
    requireState("reassign", ItemState.ASSIGNED);
    requireNonNull(toUnit, "toUnit");
    checkArgument(!toUnit.isBlank(), "toUnit must not be blank");
    checkArgument(!toUnit.equals(lead), "%s is the lead unit of item %s already", toUnit, id);
    checkArgument(!coUnits().contains(toUnit), "%s is a co-unit of item %s; it cannot also lead it", toUnit, id);
    checkArgument(!requireNonNull(reason, "reason").isBlank(), "reason must not be blank");
    return with(state, new SupervisionEvent.Reassigned(at, requireNonNull(by, "by"), lead, toUnit, reason.trim()));
  }

  /**
   * A unit hands the item back (推诿): it says the matter is not its own. The item stays with its units until
   * the office decides; the hand-back is a fact the score card counts against the unit.
   *
   * @param at when
   * @param unit the lead or a co-unit
   * @param by who spoke for it
   * @param reason why; not blank
   * @return the item
   * @throws IllegalTransitionException unless assigned or in progress
   * @throws IllegalArgumentException if the unit is not assigned or the reason is blank
   */
  public SupervisionItem handBack(LocalDateTime at, String unit, String by, String reason) {
    requireState("hand back", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
    requireUnit(unit);
    checkArgument(!requireNonNull(reason, "reason").isBlank(), "reason must not be blank");
    return with(state, new SupervisionEvent.HandedBack(at, unit, requireNonNull(by, "by"), reason.trim()));
  }

  /**
   * Urges a unit (催办).
   *
   * @param at when
   * @param unit the unit urged
   * @param channel how
   * @param by who urged
   * @param note what was said
   * @return the item
   * @throws IllegalTransitionException unless assigned or in progress
   */
  public SupervisionItem urge(LocalDateTime at, String unit, UrgingChannel channel, String by, String note) {
    requireState("urge", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
    requireUnit(unit);
    return with(state, new Urged(at, unit, requireNonNull(channel, "channel"), requireNonNull(by, "by"),
        requireNonNull(note, "note")));
  }

  /**
   * The lead unit reports completion (报结).
   *
   * @param at when
   * @param summary what was done
   * @return the item, awaiting review
   * @throws IllegalTransitionException unless in progress
   */
  public SupervisionItem reportCompletion(LocalDateTime at, String summary) {
    requireState("report completion", ItemState.IN_PROGRESS);
    return with(ItemState.COMPLETION_REPORTED, new CompletionReported(at, requireNonNull(summary, "summary")));
  }

  /**
   * The review accepts the work.
   *
   * @param at when
   * @param reviewer who reviewed
   * @param rating the quality rating
   * @param effective whether the matter was really resolved (办实)
   * @param comment a comment, may be empty
   * @return the accepted item
   * @throws IllegalTransitionException unless completion was reported
   */
  public SupervisionItem accept(LocalDateTime at, String reviewer, QualityRating rating, boolean effective,
      String comment) {
    requireState("accept", ItemState.COMPLETION_REPORTED);
    return with(ItemState.ACCEPTED, new Reviewed(at, requireNonNull(reviewer, "reviewer"), true,
        Optional.of(requireNonNull(rating, "rating")), effective, requireNonNull(comment, "comment")));
  }

  /**
   * The review returns the work for rework (退回重办).
   *
   * @param at when
   * @param reviewer who reviewed
   * @param reason why; not blank
   * @return the item, in progress again
   * @throws IllegalTransitionException unless completion was reported
   */
  public SupervisionItem returnForRework(LocalDateTime at, String reviewer, String reason) {
    requireState("return for rework", ItemState.COMPLETION_REPORTED);
    checkArgument(!requireNonNull(reason, "reason").isBlank(), "reason must not be blank");
    return with(ItemState.IN_PROGRESS, new Reviewed(at, requireNonNull(reviewer, "reviewer"), false,
        Optional.empty(), false, reason));
  }

  /**
   * A leader commends a unit for its work on the item (表扬).
   *
   * @param at when
   * @param unit the unit
   * @param by the leader
   * @param note why
   * @return the item
   * @throws IllegalTransitionException if not yet assigned or cancelled
   */
  public SupervisionItem commend(LocalDateTime at, String unit, String by, String note) {
    requireState("commend", ItemState.ASSIGNED, ItemState.IN_PROGRESS, ItemState.COMPLETION_REPORTED,
        ItemState.ACCEPTED, ItemState.CLOSED, ItemState.ARCHIVED);
    requireUnit(unit);
    return with(state, new SupervisionEvent.Commended(at, unit, requireNonNull(by, "by"), requireNonNull(note, "note")));
  }

  /**
   * Records a call-back to the requester (回访).
   *
   * @param at when
   * @param satisfied whether they were satisfied
   * @param note notes
   * @return the item
   * @throws IllegalTransitionException unless accepted, closed or archived
   */
  public SupervisionItem callBack(LocalDateTime at, boolean satisfied, String note) {
    return callBack(at, satisfied ? CallBackAnswer.SATISFIED : CallBackAnswer.DISSATISFIED, "", note);
  }

  /**
   * Records a call-back to the requester (回访) with their answer and who called.
   *
   * @param at when
   * @param answer 满意, 基本满意 or 不满意
   * @param by who called back
   * @param note notes
   * @return the item
   * @throws IllegalTransitionException unless accepted, closed or archived
   */
  public SupervisionItem callBack(LocalDateTime at, CallBackAnswer answer, String by, String note) {
    requireState("call back", ItemState.ACCEPTED, ItemState.CLOSED, ItemState.ARCHIVED);
    return with(state, new SupervisionEvent.CalledBack(at, requireNonNull(answer, "answer"), requireNonNull(by, "by"),
        requireNonNull(note, "note")));
  }

  /**
   * Closes the item (办结).
   *
   * @param at when
   * @param by who closed it
   * @return the closed item
   * @throws IllegalTransitionException unless accepted
   */
  public SupervisionItem close(LocalDateTime at, String by) {
    requireState("close", ItemState.ACCEPTED);
    return with(ItemState.CLOSED, new SupervisionEvent.Closed(at, requireNonNull(by, "by")));
  }

  /**
   * Archives the item (归档).
   *
   * @param at when
   * @return the archived item
   * @throws IllegalTransitionException unless closed or cancelled
   */
  public SupervisionItem archive(LocalDateTime at) {
    requireState("archive", ItemState.CLOSED, ItemState.CANCELLED);
    return with(ItemState.ARCHIVED, new SupervisionEvent.Archived(at));
  }

  /**
   * Cancels the item (撤销).
   *
   * @param at when
   * @param reason why; not blank
   * @return the cancelled item
   * @throws IllegalTransitionException if closed, archived or already cancelled
   */
  public SupervisionItem cancel(LocalDateTime at, String reason) {
    requireState("cancel", ItemState.REGISTERED, ItemState.ASSIGNED, ItemState.IN_PROGRESS,
        ItemState.COMPLETION_REPORTED, ItemState.ACCEPTED);
    checkArgument(!requireNonNull(reason, "reason").isBlank(), "reason must not be blank");
    return with(ItemState.CANCELLED, new SupervisionEvent.Cancelled(at, reason));
  }

  /**
   * Extends the deadline (延期) with approval.
   *
   * @param requestedAt when requested; at or before the due instant
   * @param extension how much
   * @param approver who approved
   * @param reason why
   * @return the item with the extended deadline
   * @throws IllegalTransitionException unless assigned or in progress
   * @throws io.oakit.core.deadline.ExtensionRefusedException if the deadline's policy refuses it
   */
  public SupervisionItem extendDeadline(LocalDateTime requestedAt, DeadlineRule extension, String approver, String reason) {
    requireState("extend the deadline", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
    checkChronology(requestedAt);
    return new SupervisionItem(id, source, content, importance, state, history,
        Optional.of(deadline.orElseThrow().extend(requestedAt, extension, approver, reason)), progressEveryWorkingDays);
  }

  /**
   * This item with its deadline as decided earlier (a stored record read back): see
   * {@link DeadlineClock#asDecided}.
   *
   * @param periodEnd the end of the deadline's period as decided
   * @param due the due instant as decided
   * @return the item with that deadline
   * @throws IllegalTransitionException if the item has no deadline yet
   */
  public SupervisionItem withDeadlineAsDecided(LocalDateTime periodEnd, LocalDateTime due) {
    return withDeadlineAsDecided(periodEnd, due, false);
  }

  /**
   * The item with its deadline under other extension limits and reminders (as decided at assignment).
   *
   * @param extensions limits on extensions
   * @param reminders when to remind
   * @return the item
   * @throws IllegalTransitionException if it has no deadline
   */
  public SupervisionItem withDeadlinePolicies(io.oakit.core.deadline.ExtensionPolicy extensions,
      io.oakit.core.deadline.ReminderPolicy reminders) {
    if (deadline.isEmpty()) {
      throw new IllegalTransitionException(state.name(), "set the deadline's policies", "item " + id + " has no deadline");
    }
    return new SupervisionItem(id, source, content, importance, state, history,
        Optional.of(deadline.get().withPolicies(extensions, reminders)), progressEveryWorkingDays);
  }

  /**
   * As {@link #withDeadlineAsDecided(LocalDateTime, LocalDateTime)}, saying whether the decision rested
   * on days the calendar of the time only assumed.
   *
   * @param periodEnd the end of the period as decided
   * @param due the due instant as decided
   * @param provisional whether the decision was provisional
   * @return the item with that deadline
   */
  public SupervisionItem withDeadlineAsDecided(LocalDateTime periodEnd, LocalDateTime due, boolean provisional) {
    if (deadline.isEmpty()) {
      throw new IllegalTransitionException(state.name(), "restore the deadline", "item " + id + " has no deadline");
    }
    return new SupervisionItem(id, source, content, importance, state, history,
        Optional.of(deadline.get().asDecided(periodEnd, due, provisional)), progressEveryWorkingDays);
  }

  private SupervisionItem with(ItemState next, SupervisionEvent event) {
    return new SupervisionItem(id, source, content, importance, next, append(event), deadline, progressEveryWorkingDays);
  }

  private ImmutableList<SupervisionEvent> append(SupervisionEvent event) {
    checkChronology(event.at());
    return ImmutableList.<SupervisionEvent>builderWithExpectedSize(history.size() + 1).addAll(history).add(event).build();
  }

  private void checkChronology(LocalDateTime at) {
    requireNonNull(at, "at");
    LocalDateTime last = history.get(history.size() - 1).at();
    checkArgument(!at.isBefore(last), "at must not be before the item's last event %s but was %s", last, at);
  }

  private void requireState(String action, ItemState first, ItemState... more) {
    Set<ItemState> allowed = EnumSet.of(first, more);
    if (!allowed.contains(state)) {
      throw new IllegalTransitionException(state.name(), action, "item " + id + " allows it only in " + allowed);
    }
  }

  private void requireUnit(String unit) {
    requireNonNull(unit, "unit");
    checkArgument(units().contains(unit), "unit %s is not assigned to item %s (units: %s)", unit, id, units());
  }

  // ---------------------------------------------------------------- queries

  /**
   * The id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Where it comes from.
   *
   * @return the source
   */
  public ItemSource source() {
    return source;
  }

  /**
   * What must be done.
   *
   * @return the content
   */
  public String content() {
    return content;
  }

  /**
   * How important.
   *
   * @return the importance
   */
  public Importance importance() {
    return importance;
  }

  /**
   * The current state.
   *
   * @return the state
   */
  public ItemState state() {
    return state;
  }

  /**
   * Everything that happened, in order.
   *
   * @return the history
   */
  public ImmutableList<SupervisionEvent> history() {
    return history;
  }

  /**
   * The deadline, once assigned.
   *
   * @return the deadline clock
   */
  public Optional<DeadlineClock> deadline() {
    return deadline;
  }

  /**
   * The lead unit, once assigned.
   *
   * @return the unit
   */
  public Optional<String> leadUnit() {
    return Optional.ofNullable(lead);
  }

  /**
   * The units that led the item before it was reassigned (转办): they are no longer its units, but their
   * hand-backs, urgings and commendations on it still count for them.
   *
   * @return the former lead units, in the order they left
   */
  public ImmutableList<String> formerUnits() {
    return formerUnits;
  }

  /** @return the units the item's facts are kept for: {@link #units()} then {@link #formerUnits()} */
  public ImmutableList<String> scoredUnits() {
    return scoredUnits;
  }

  /**
   * The co-units, once assigned.
   *
   * @return the units, empty before
   */
  public ImmutableList<String> coUnits() {
    return assignment().map(a -> ImmutableList.copyOf(a.coUnits())).orElse(ImmutableList.of());
  }

  /**
   * The lead unit then the co-units.
   *
   * @return all assigned units
   */
  public ImmutableList<String> units() {
    return units;
  }

  /**
   * The handling person of each unit that signed for it.
   *
   * @return unit → person
   */
  public ImmutableMap<String, String> handlers() {
    Map<String, String> m = new LinkedHashMap<>();
    for (SupervisionEvent e : history) {
      if (e instanceof SignedFor s) {
        m.put(s.unit(), s.person());
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /**
   * How often progress is due, in working days, 0 for never.
   *
   * @return the interval
   */
  public int progressEveryWorkingDays() {
    return progressEveryWorkingDays;
  }

  private Optional<Assigned> assignment() {
    return assignment;
  }

  /**
   * Whether the item was cancelled (撤销), whether or not it has been archived since.
   *
   * @return true once cancelled
   */
  public boolean cancelled() {
    return cancelled;
  }

  /**
   * Whether the item is assigned with a due date in a span of days.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last
   * @return true if the due date is in {@code [startInclusive, endExclusive)}
   */
  public boolean dueWithin(LocalDate startInclusive, LocalDate endExclusive) {
    return hasDue && dueDay >= startInclusive.toEpochDay() && dueDay < endExclusive.toEpochDay();
  }

  /**
   * The facts of the item at an instant; only events at or before {@code at} count.
   *
   * @param at the instant
   * @return the facts
   */
  public ItemFacts facts(LocalDateTime at) {
    return digest.facts(requireNonNull(at, "at"));
  }

  /**
   * The events of one kind, in order.
   *
   * @param type the event type
   * @param <E> the type
   * @return the events
   */
  public <E extends SupervisionEvent> List<E> events(Class<E> type) {
    List<E> out = new ArrayList<>();
    for (SupervisionEvent e : history) {
      if (type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "SupervisionItem[" + id + ", " + state + ", " + importance.chinese() + ", " + source.chinese()
        + leadUnit().map(u -> ", lead " + u).orElse("") + "]";
  }
}
