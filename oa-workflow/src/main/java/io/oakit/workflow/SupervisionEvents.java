package io.oakit.workflow;

import io.oakit.core.Copies;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.ScoreRule;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The events {@link SupervisionService} stores, each under its stable {@link EventType} name;
 * replaying them rebuilds the item with its deadline as decided.
 */
public final class SupervisionEvents {

  private SupervisionEvents() {}

  /**
   * Opened (立项).
   *
   * @param at when
   * @param by who
   * @param itemId the item
   * @param source where it comes from
   * @param content what is to be done
   * @param importance how important
   * @param secrecy its secrecy level, when classified
   * @param instructedBy the leader whose instruction it carries out, when recorded
   * @param sourceName the office's own name for its source, when given
   * @param mode how it is supervised, when not 常规 (empty: 常规督办, and every record written before it was kept)
   * @param parent the item it was broken down from (分解立项), if any
   */
  @EventType(name = "supervision.opened")
  public record ItemOpened(LocalDateTime at, String by, String itemId, ItemSource source, String content,
      Importance importance, Optional<SecrecyLevel> secrecy, Optional<String> instructedBy, Optional<String> sourceName,
      Optional<io.oakit.core.supervision.SupervisionMode> mode, Optional<String> parent) implements WorkflowEvent {}

  /**
   * Handed back by a unit (推诿).
   *
   * @param at when
   * @param by who spoke for the unit
   * @param unit the unit
   * @param reason why
   */
  @EventType(name = "supervision.handed-back")
  public record ItemHandedBack(LocalDateTime at, String by, String unit, String reason) implements WorkflowEvent {}

  /**
   * Reassigned to another lead unit (转办).
   *
   * @param at when
   * @param by who
   * @param fromUnit the lead unit until then
   * @param toUnit the new lead unit
   * @param reason why
   */
  @EventType(name = "supervision.reassigned")
  public record ItemReassigned(LocalDateTime at, String by, String fromUnit, String toUnit, String reason)
      implements WorkflowEvent {}

  /**
   * Broken down (分解立项): a child item opened for part of the work.
   *
   * @param at when
   * @param by who
   * @param childItemId the child item
   * @param content what the child is to do
   */
  @EventType(name = "supervision.broken-down")
  public record ItemBrokenDown(LocalDateTime at, String by, String childItemId, String content) implements WorkflowEvent {}

  /**
   * Who brought a petition or hotline case (信访人, 来电人): personal information, shown only to the people
   * handling the case.
   *
   * @param name the name
   * @param contact a telephone number or other contact, may be empty
   * @param address the address, may be empty
   */
  public record Requester(String name, String contact, String address) {
    /** What a masked requester reads as. */
    public static final Requester MASKED = new Requester("***", "***", "***");
  }

  /**
   * A petition (信访) or hotline (热线) case received: the item's requester and particulars, the repeat cases
   * it was linked to, and the due instants of its first contact (受理告知, 首次联系) as decided.
   *
   * @param at when
   * @param by who received it
   * @param kind petition or hotline
   * @param requester who brought it (personal information)
   * @param fingerprint a digest of the requester's name and contact, to link their repeat cases; empty once masked
   * @param category the matter's category (e.g. 城乡建设)
   * @param place where (e.g. 城关镇)
   * @param repeatOf the earlier cases within the window from the same requester or about the same matter
   * @param contactDue when the requester must be contacted by
   */
  @EventType(name = "supervision.case-received")
  public record CaseReceived(LocalDateTime at, String by, CaseKind kind, Requester requester, String fingerprint,
      String category, String place, List<String> repeatOf, LocalDateTime contactDue)
      implements WorkflowEvent, PersonalInformation {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param kind the kind
     * @param requester the requester
     * @param fingerprint the fingerprint
     * @param category the category
     * @param place the place
     * @param repeatOf the repeat of
     * @param contactDue the contact due
     */
    public CaseReceived {
      repeatOf = Copies.list(repeatOf);
    }

    @Override
    public Record withoutPersonalInformation() {
      return new CaseReceived(at, by, kind, Requester.MASKED, "", category, place, repeatOf, contactDue);
    }
  }

  /** Whether a case is a petition or a hotline call. */
  public enum CaseKind {
    /** 信访: 60 days to handle, extendable once by 30 (信访工作条例 art. 32); 15 days to tell the petitioner. */
    PETITION,
    /** 热线 (12345): first contact within a few working hours. */
    HOTLINE
  }

  /**
   * The requester contacted (受理告知, 首次联系).
   *
   * @param at when
   * @param by who
   * @param note what they were told
   */
  @EventType(name = "supervision.requester-contacted")
  public record RequesterContacted(LocalDateTime at, String by, String note) implements WorkflowEvent {}

  /**
   * The requester answered (答复): the result of the handling, told to them.
   *
   * @param at when
   * @param by who
   * @param reply the answer
   * @param due when it was due: the case's deadline then, extensions included (empty in records written before
   *     it was kept)
   */
  @EventType(name = "supervision.requester-replied")
  public record RequesterReplied(LocalDateTime at, String by, String reply, Optional<LocalDateTime> due)
      implements WorkflowEvent {

    /** @return whether the answer came by its due instant */
    public boolean inTime() {
      return due.map(d -> !at.isAfter(d)).orElse(true);
    }
  }

  /**
   * The requester's personal information erased under the host's retention policy; the case stays.
   *
   * @param at when
   * @param by who
   * @param reason why (e.g. 保存期满)
   */
  @EventType(name = "supervision.requester-masked")
  public record RequesterMasked(LocalDateTime at, String by, String reason) implements WorkflowEvent {}

  /**
   * Called back (回访).
   *
   * @param at when
   * @param by who called back
   * @param answer what the requester answered
   * @param note what they said
   */
  @EventType(name = "supervision.called-back")
  public record ItemCalledBack(LocalDateTime at, String by, io.oakit.core.supervision.CallBackAnswer answer, String note)
      implements WorkflowEvent {}

  /**
   * A unit commended (表扬).
   *
   * @param at when
   * @param by the leader
   * @param unit the unit
   * @param note why
   */
  @EventType(name = "supervision.commended")
  public record UnitCommended(LocalDateTime at, String by, String unit, String note) implements WorkflowEvent {}

  /**
   * A new problem raised to a leader (问题上报).
   *
   * @param at when
   * @param by who raised it
   * @param problem what it is
   * @param raisedTo the leaders told
   */
  @EventType(name = "supervision.problem-raised")
  public record ProblemRaised(LocalDateTime at, String by, String problem, List<String> raisedTo)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param problem the problem
     * @param raisedTo the raised to
     */
    public ProblemRaised {
      raisedTo = Copies.list(raisedTo);
    }
  }

  /**
   * Assigned (交办), with the deadline as decided.
   *
   * @param at when
   * @param by who
   * @param leadUnit the lead unit
   * @param coUnits the co-units
   * @param deadlineRule the rule, in its text form
   * @param progressEveryWorkingDays how often progress is due, 0 for never
   * @param periodEnd the end of the rule's period
   * @param due the due instant told to the units
   * @param calendarVersion the calendar that computed them
   * @param assumedYears the years not yet published that they rest on (provisional), empty when none
   * @param extensionPolicy the limits on extensions decided with the deadline, as an {@code oakit.extension-policy}
   *     document; empty for none (any number of any length)
   * @param reminderPolicy the reminders decided with the deadline, as an {@code oakit.reminder-policy}
   *     document; empty for the library's defaults
   */
  @EventType(name = "supervision.assigned")
  public record ItemAssigned(LocalDateTime at, String by, String leadUnit, List<String> coUnits, String deadlineRule,
      int progressEveryWorkingDays, LocalDateTime periodEnd, LocalDateTime due, String calendarVersion,
      List<Integer> assumedYears, Optional<String> extensionPolicy, Optional<String> reminderPolicy)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param leadUnit the lead unit
     * @param coUnits the co units
     * @param deadlineRule the deadline rule
     * @param progressEveryWorkingDays the progress every working days
     * @param periodEnd the period end
     * @param due the due
     * @param calendarVersion the calendar version
     * @param assumedYears the assumed years
     * @param extensionPolicy the extension policy
     * @param reminderPolicy the reminder policy
     */
    public ItemAssigned {
      coUnits = Copies.list(coUnits);
      assumedYears = Copies.list(assumedYears);
    }
  }

  /** Signed for (签收). */
  @EventType(name = "supervision.signed-for")
  public record ItemSignedFor(LocalDateTime at, String by, String unit) implements WorkflowEvent {}

  /** Progress reported. */
  @EventType(name = "supervision.progress-reported")
  public record ItemProgressReported(LocalDateTime at, String by, String unit, String text) implements WorkflowEvent {}

  /** Urged (催办). */
  @EventType(name = "supervision.urged")
  public record ItemUrged(LocalDateTime at, String by, String unit, UrgingChannel channel, String note)
      implements WorkflowEvent {}

  /** Completion reported (报结). */
  @EventType(name = "supervision.completion-reported")
  public record ItemCompletionReported(LocalDateTime at, String by, String summary) implements WorkflowEvent {}

  /** Accepted by the review. */
  @EventType(name = "supervision.accepted")
  public record ItemAccepted(LocalDateTime at, String by, QualityRating rating, boolean effective, String comment)
      implements WorkflowEvent {}

  /** Returned for rework (退回重办). */
  @EventType(name = "supervision.returned")
  public record ItemReturned(LocalDateTime at, String by, String reason) implements WorkflowEvent {}

  /** Deadline extended (延期). */
  @EventType(name = "supervision.deadline-extended")
  public record ItemDeadlineExtended(LocalDateTime at, String by, String extension, String reason,
      LocalDateTime periodEnd, LocalDateTime due, String calendarVersion, List<Integer> assumedYears)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param extension the extension
     * @param reason the reason
     * @param periodEnd the period end
     * @param due the due
     * @param calendarVersion the calendar version
     * @param assumedYears the assumed years
     */
    public ItemDeadlineExtended {
      assumedYears = Copies.list(assumedYears);
    }
  }

  /** The deadline recomputed on the calendar of the moment by an explicit command, old and new values recorded. */
  @EventType(name = "supervision.deadline-rebased")
  public record ItemDeadlineRebased(LocalDateTime at, String by, LocalDateTime previousDue, LocalDateTime periodEnd,
      LocalDateTime due, String calendarVersion, String reason, List<Integer> assumedYears) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param previousDue the previous due
     * @param periodEnd the period end
     * @param due the due
     * @param calendarVersion the calendar version
     * @param reason the reason
     * @param assumedYears the assumed years
     */
    public ItemDeadlineRebased {
      assumedYears = Copies.list(assumedYears);
    }
  }

  /**
   * A recurring progress duty set for the lead unit.
   *
   * @param at when; the duty counts from then
   * @param by who
   * @param rule a periodic or yearly rule in its text form, e.g. {@code at least 1 time every month}
   */
  @EventType(name = "supervision.progress-duty-set")
  public record ProgressDutySet(LocalDateTime at, String by, String rule) implements WorkflowEvent {}

  /** Closed (办结). */
  @EventType(name = "supervision.closed")
  public record ItemClosed(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Archived (归档). */
  @EventType(name = "supervision.archived")
  public record ItemArchived(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Cancelled (撤销). */
  @EventType(name = "supervision.cancelled")
  public record ItemCancelled(LocalDateTime at, String by, String reason) implements WorkflowEvent {}

  /**
   * One line of an approved score sheet, as it read when approved.
   *
   * @param itemId the item, empty for the base and bounds lines
   * @param rule the rule applied
   * @param quantity how many times it applied
   * @param perUnit points per time
   * @param weight the weight applied
   * @param weightNote how the weight was made
   * @param points the points
   * @param text the readable line
   */
  public record ApprovedLine(String itemId, ScoreRule rule, int quantity, BigDecimal perUnit, BigDecimal weight,
      String weightNote, BigDecimal points, String text) {}

  /**
   * One unit's approved sheet: its place in the ranking, its total and every line a unit can contest.
   *
   * @param rank the competition rank
   * @param tied whether it shares the rank
   * @param unit the unit
   * @param total the total, the sum of the lines
   * @param lines the lines
   */
  public record ApprovedSheet(int rank, boolean tied, String unit, BigDecimal total, List<ApprovedLine> lines) {
    /**
     * Copies the lines.
     *
     * @param rank the competition rank
     * @param tied whether it shares the rank
     * @param unit the unit
     * @param total the total, the sum of the lines
     * @param lines the lines
     */
    public ApprovedSheet {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A period's scores approved by the leader: every unit's sheet as it was scored then.
   *
   * @param at when
   * @param by who approved
   * @param month the period, e.g. {@code 2026-09}, {@code 2026-Q3} or {@code 2026} (the field keeps the name it had
   *     when only months were approved)
   * @param sheets the sheets in ranking order
   * @param skipped stored items that could not be read and were left out, by id
   */
  @EventType(name = "supervision.scores-approved")
  public record ScoresApproved(LocalDateTime at, String by, String month, List<ApprovedSheet> sheets,
      List<String> skipped, Optional<String> scoreCard) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param month the month
     * @param sheets the sheets
     * @param skipped the skipped
     * @param scoreCard the score card
     */
    public ScoresApproved {
      sheets = Copies.list(sheets);
      skipped = Copies.list(skipped);
    }
  }
}
