package io.oakit.workflow;

import io.oakit.core.Copies;
import io.oakit.core.supervision.Importance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The events {@link IncomingService} stores, each under its stable {@link EventType} name. They
 * record what was decided (the due instant and the calendar that computed it, the people proposed
 * and why, the circulation plan), so reading them back never depends on today's configuration.
 */
public final class IncomingEvents {

  private IncomingEvents() {}

  /**
   * Signed for (签收), with the document's fields as given. Version 1 kept the fields flat beside
   * {@code at} and {@code by}; they are read into {@code document} by the upcaster.
   *
   * @param at when it happened
   * @param by who did it
   * @param document the document's fields
   */
  @EventType(name = "incoming.received", version = 2)
  public record DocumentReceived(LocalDateTime at, String by, DocumentFields document) implements WorkflowEvent {}

  /**
   * Registered (登记): the deadline as decided.
   *
   * @param at when
   * @param by who
   * @param deadlineRule the rule, in its text form
   * @param periodEnd the end of the rule's period
   * @param due the due instant told to people
   * @param calendarVersion the {@link io.oakit.core.calendar.WorkCalendar#version()} that computed them
   * @param assumedYears the years not yet published that they rest on (provisional), empty when none
   * @param deadlineTable the version of the deadline table document the rule came from, when one was in force
   * @param extensionPolicy the limits on extensions (延期) decided with the deadline, as an
   *     {@code oakit.extension-policy} document; empty for unlimited
   * @param reminderPolicy the reminders decided with the deadline, as an {@code oakit.reminder-policy}
   *     document; empty for the default reminders
   * @param registration what the register records: the 收文编号 allocated and the particulars (empty in
   *     records written before they were kept)
   */
  @EventType(name = "incoming.registered")
  public record DocumentRegistered(LocalDateTime at, String by, String deadlineRule, LocalDateTime periodEnd,
      LocalDateTime due, String calendarVersion, List<Integer> assumedYears, Optional<String> deadlineTable,
      Optional<String> extensionPolicy, Optional<String> reminderPolicy, Optional<Registration> registration)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param deadlineRule the deadline rule
     * @param periodEnd the period end
     * @param due the due
     * @param calendarVersion the calendar version
     * @param assumedYears the assumed years
     * @param deadlineTable the deadline table
     * @param extensionPolicy the extension policy
     * @param reminderPolicy the reminder policy
     * @param registration the registration
     */
    public DocumentRegistered {
      assumedYears = Copies.list(assumedYears);
    }
  }

  /**
   * An entry of the register (登记簿).
   *
   * @param number the 收文编号 allocated, unique in its year, e.g. {@code 收〔2026〕17号}
   * @param senderReference the sender's document number (来文字号)
   * @param writtenOn the date it was written (成文日期)
   * @param copies how many copies came (份数)
   * @param copyNumbers the serial numbers of the copies (份号)
   * @param importance how important it is
   * @param handlingDepartment the department named at registration
   * @param unit the unit whose register it is in: the unit of the person who registered it, then
   */
  public record Registration(String number, Optional<String> senderReference, Optional<LocalDate> writtenOn, int copies,
      List<String> copyNumbers, Importance importance, Optional<String> handlingDepartment, String unit) {
    /**
     * Copies the list.
     *
     * @param number the 收文编号 allocated, unique in its year, e.g. {@code 收〔2026〕17号}
     * @param senderReference the sender's document number (来文字号)
     * @param writtenOn the date it was written (成文日期)
     * @param copies how many copies came (份数)
     * @param copyNumbers the serial numbers of the copies (份号)
     * @param importance how important it is
     * @param handlingDepartment the department named at registration
     * @param unit the unit whose register it is in: the unit of the person who registered it, then
     */
    public Registration {
      copyNumbers = List.copyOf(copyNumbers);
    }
  }

  /**
   * An urgent document sent at once (急件急办), at registration and before any instruction: one copy each to
   * the leaders in charge and the head of the department concerned, read like any copy.
   *
   * @param at when
   * @param by who registered it
   * @param lanes the copies
   * @param explanation why these people
   */
  @EventType(name = "incoming.sent-at-once")
  public record SentAtOnce(LocalDateTime at, String by, List<Lane> lanes, List<String> explanation)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param lanes the lanes
     * @param explanation the explanation
     */
    public SentAtOnce {
      lanes = Copies.list(lanes);
      explanation = Copies.list(explanation);
    }
  }

  /**
   * The deadline extended (延期) within the limits decided at registration.
   *
   * @param at when
   * @param by who approved it
   * @param extension how much, in the text form of a deadline rule
   * @param reason why
   * @param periodEnd the new end of the period
   * @param due the new due instant
   * @param calendarVersion the calendar that computed them
   * @param assumedYears the years not yet published that they rest on (provisional), empty when none
   */
  @EventType(name = "incoming.deadline-extended")
  public record DeadlineExtended(LocalDateTime at, String by, String extension, String reason, LocalDateTime periodEnd,
      LocalDateTime due, String calendarVersion, List<Integer> assumedYears) implements WorkflowEvent {
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
    public DeadlineExtended {
      assumedYears = Copies.list(assumedYears);
    }
  }

  /**
   * Proposed (拟办): the routing decision's people and explanation.
   *
   * @param at when
   * @param by who
   * @param proposed the people proposed
   * @param owed those owed it (away now)
   * @param explanation the routing explanation
   * @param ruleSet the version of the rule set document that routed it, when one was in force
   */
  @EventType(name = "incoming.proposed")
  public record HandlingProposed(LocalDateTime at, String by, List<String> proposed, List<String> owed,
      List<String> explanation, Optional<String> ruleSet) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param proposed the proposed
     * @param owed the owed
     * @param explanation the explanation
     * @param ruleSet the rule set
     */
    public HandlingProposed {
      proposed = Copies.list(proposed);
      owed = Copies.list(owed);
      explanation = Copies.list(explanation);
    }
  }

  /**
   * One copy of a circulation plan: its name and its readers in order.
   *
   * @param name the copy's name
   * @param readers the readers, in reading order
   */
  public record Lane(String name, List<String> readers) {
    /**
     * Copies the readers.
     *
     * @param name the copy's name
     * @param readers the readers, in reading order
     */
    public Lane {
      readers = List.copyOf(readers);
    }
  }

  /** Instructed (批办), with the circulation plan's copies. */
  @EventType(name = "incoming.instructed")
  public record LeaderInstructed(LocalDateTime at, String by, String instruction, String handlingDepartment,
      List<Lane> lanes, Optional<String> supervisionItem) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param instruction the instruction
     * @param handlingDepartment the handling department
     * @param lanes the lanes
     * @param supervisionItem the supervision item
     */
    public LeaderInstructed {
      lanes = Copies.list(lanes);
    }
  }

  /** A reading signed off (签阅). */
  @EventType(name = "incoming.read")
  public record ReadingSigned(LocalDateTime at, String by, String comment) implements WorkflowEvent {}

  /** A reader away when the document reached them, owed it on return (补阅). */
  @EventType(name = "incoming.reader-skipped")
  public record ReaderSkipped(LocalDateTime at, String by, String reader, LocalDateTime backAt) implements WorkflowEvent {}

  /** Handled (承办). */
  @EventType(name = "incoming.handled")
  public record DocumentHandled(LocalDateTime at, String by, String result) implements WorkflowEvent {}

  /**
   * Urged (催办).
   *
   * @param at when
   * @param by who
   * @param note what was said
   * @param channel how (电话, 发文, 现场); empty in records written before it was kept
   */
  @EventType(name = "incoming.urged")
  public record DocumentUrged(LocalDateTime at, String by, String note,
      Optional<io.oakit.core.supervision.UrgingChannel> channel) implements WorkflowEvent {}

  /** Closed (办结). */
  @EventType(name = "incoming.closed")
  public record DocumentClosed(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Archived (归档). */
  @EventType(name = "incoming.archived")
  public record DocumentArchived(LocalDateTime at, String by) implements WorkflowEvent {}

  /**
   * The deadline recomputed on the calendar of the moment, by an explicit command, with the old and
   * new values recorded.
   *
   * @param at when
   * @param by who
   * @param previousDue the due instant before
   * @param periodEnd the new end of the period
   * @param due the new due instant
   * @param calendarVersion the calendar that computed the new values
   * @param reason why
   * @param assumedYears the years not yet published that the new values rest on (provisional), empty when none
   */
  @EventType(name = "incoming.deadline-rebased")
  public record DeadlineRebased(LocalDateTime at, String by, LocalDateTime previousDue, LocalDateTime periodEnd,
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
    public DeadlineRebased {
      assumedYears = Copies.list(assumedYears);
    }
  }
}
