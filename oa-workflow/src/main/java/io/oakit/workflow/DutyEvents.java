package io.oakit.workflow;

import io.oakit.core.Copies;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.RosterChange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The events {@link DutyService} stores, each under its stable {@link EventType} name. A published
 * roster stores every assignment and each approved change the assignments it produced, so a roster
 * reads back exactly as published whatever the plan, people, rules or generator are later.
 */
public final class DutyEvents {

  private DutyEvents() {}

  /**
   * One slot of a roster and who takes it, as decided.
   *
   * @param date the duty day
   * @param index the slot's position that day
   * @param role the role
   * @param category the day's category
   * @param person who takes it
   * @param reason why (the generator's or the change's explanation)
   */
  public record Assignment(LocalDate date, int index, String role, DayCategory category, String person,
      String reason) {}

  /**
   * Published: every assignment of version 1.
   *
   * @param at when
   * @param by who
   * @param seed the seed the generator was given
   * @param assignments every filled slot, in order
   * @param calendarVersion the calendar the plan was made on
   * @param assumedYears the years of the plan the calendar only assumed (provisional), empty when none
   * @param reportDue when the roster must be reported upwards (报备) by, as decided (empty in records written
   *     before it was kept)
   */
  @EventType(name = "duty.roster-published")
  public record RosterPublished(LocalDateTime at, String by, long seed, List<Assignment> assignments,
      String calendarVersion, List<Integer> assumedYears, Optional<LocalDateTime> reportDue) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param seed the seed
     * @param assignments the assignments
     * @param calendarVersion the calendar version
     * @param assumedYears the assumed years
     * @param reportDue the report due
     */
    public RosterPublished {
      assignments = Copies.list(assignments);
      assumedYears = Copies.list(assumedYears);
    }
  }

  /**
   * The roster reported upwards (报备).
   *
   * @param at when
   * @param by who
   * @param to the organ it was reported to
   * @param note how (e.g. 传真, 系统报送)
   */
  @EventType(name = "duty.reported-upward")
  public record ReportedUpward(LocalDateTime at, String by, String to, String note) implements WorkflowEvent {}

  /** A swap asked for. */
  @EventType(name = "duty.swap-requested")
  public record SwapRequested(LocalDateTime at, String by, String requestId, LocalDate dayA, int slotA, LocalDate dayB,
      int slotB, String reason) implements WorkflowEvent {}

  /** An override asked for. */
  @EventType(name = "duty.override-requested")
  public record OverrideRequested(LocalDateTime at, String by, String requestId, LocalDate day, int slot,
      String substitute, String reason) implements WorkflowEvent {}

  /**
   * A request approved and applied: a new roster version with the assignments it changed.
   *
   * @param at when
   * @param by who approved
   * @param requestId the request
   * @param version the version it produced
   * @param kind swap or override
   * @param description what changed
   * @param assignments the changed slots as they are in the new version
   */
  @EventType(name = "duty.request-approved")
  public record RequestApproved(LocalDateTime at, String by, String requestId, int version, RosterChange.Kind kind,
      String description, List<Assignment> assignments) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param requestId the request id
     * @param version the version
     * @param kind the kind
     * @param description the description
     * @param assignments the assignments
     */
    public RequestApproved {
      assignments = Copies.list(assignments);
    }
  }

  /**
   * The roster re-planned from a day (重新排班): a new version with exactly the slots it changed, each with its new
   * person as decided.
   *
   * @param at when
   * @param by who re-planned
   * @param from the first day that could change
   * @param seed the tie-break seed
   * @param reason why
   * @param version the version it produced
   * @param description what changed
   * @param assignments the changed slots as they are in the new version
   */
  @EventType(name = "duty.roster-replanned")
  public record RosterReplanned(LocalDateTime at, String by, LocalDate from, long seed, String reason, int version,
      String description, List<Assignment> assignments) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param from the from
     * @param seed the seed
     * @param reason the reason
     * @param version the version
     * @param description the description
     * @param assignments the assignments
     */
    public RosterReplanned {
      assignments = Copies.list(assignments);
    }
  }

  /**
   * A duty log entry (值班记录): the matter, and for a call or an incident when it happened, who called, what was
   * done and to whom it was reported. The caller is personal information: the audit log and the listeners do not
   * get it.
   *
   * @param at when it was written
   * @param by who wrote it
   * @param text the matter
   * @param occurredAt when it happened
   * @param caller who called or reported it
   * @param action what was done
   * @param reportedTo to whom it was reported
   * @param urgent whether it was an urgent incident (the 带班领导 was told at once)
   */
  @EventType(name = "duty.logged")
  public record DutyLogged(LocalDateTime at, String by, String text, Optional<LocalDateTime> occurredAt,
      Optional<String> caller, Optional<String> action, Optional<String> reportedTo, Optional<Boolean> urgent)
      implements WorkflowEvent, PersonalInformation {
    @Override
    public Record withoutPersonalInformation() {
      return new DutyLogged(at, by, text, occurredAt, caller.map(x -> "***"), action, reportedTo, urgent);
    }
  }

  /** A handover. */
  @EventType(name = "duty.handed-over")
  public record HandedOver(LocalDateTime at, String by, String to, String note) implements WorkflowEvent {}
}
