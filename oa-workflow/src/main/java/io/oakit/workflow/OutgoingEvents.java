package io.oakit.workflow;

import io.oakit.core.Copies;
import io.oakit.core.routing.Stage.Mode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The events {@link OutgoingService} stores, each under its stable {@link EventType} name. */
public final class OutgoingEvents {

  private OutgoingEvents() {}

  /** What an outgoing deadline is for. */
  public enum Purpose {
    /** Getting the document out: from the draft until it is distributed. */
    DRAFT,
    /** The countersign (会签): while it is under way. */
    COUNTERSIGN,
    /** Waiting for the answer (批复) to a 请示: from its distribution until the answer is linked to it. */
    REPLY
  }

  /**
   * A deadline decided: for the draft (with {@link Drafted}) or the countersign (with {@link CountersignStarted}).
   *
   * @param at when
   * @param by who
   * @param purpose what it is for
   * @param deadlineRule the rule, in its text form
   * @param periodEnd the end of the rule's period
   * @param due the due instant told to people
   * @param calendarVersion the calendar that computed them
   * @param assumedYears the years not yet published that they rest on (provisional), empty when none
   * @param reminderPolicy the reminders decided with the deadline, as an {@code oakit.reminder-policy}
   *     document; empty for the default reminders
   */
  @EventType(name = "outgoing.deadline-set")
  public record DeadlineSet(LocalDateTime at, String by, Purpose purpose, String deadlineRule, LocalDateTime periodEnd,
      LocalDateTime due, String calendarVersion, List<Integer> assumedYears, Optional<String> reminderPolicy)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param purpose the purpose
     * @param deadlineRule the deadline rule
     * @param periodEnd the period end
     * @param due the due
     * @param calendarVersion the calendar version
     * @param assumedYears the assumed years
     * @param reminderPolicy the reminder policy
     */
    public DeadlineSet {
      assumedYears = Copies.list(assumedYears);
    }
  }

  /**
   * A deadline recomputed on the calendar in force, old and new values recorded.
   *
   * @param at when
   * @param by who
   * @param purpose which deadline
   * @param previousDue the due instant before
   * @param periodEnd the new end of the period
   * @param due the new due instant
   * @param calendarVersion the calendar that computed the new values
   * @param reason why
   * @param assumedYears the years not yet published that the new values rest on, empty when none
   */
  @EventType(name = "outgoing.deadline-rebased")
  public record DeadlineRebased(LocalDateTime at, String by, Purpose purpose, LocalDateTime previousDue,
      LocalDateTime periodEnd, LocalDateTime due, String calendarVersion, String reason, List<Integer> assumedYears)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param purpose the purpose
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

  /**
   * Drafted (拟稿), with the document's fields as given. Version 1 kept the fields flat beside {@code
   * at}, {@code by} and {@code unitCode}; they are read into {@code document} by the upcaster.
   *
   * @param at when it happened
   * @param by who did it
   * @param document the document's fields
   * @param unitCode the drafting unit's code (机关代字)
   */
  @EventType(name = "outgoing.drafted", version = 2)
  public record Drafted(LocalDateTime at, String by, DocumentFields document, String unitCode)
      implements WorkflowEvent {}

  /** Countersign started (会签). */
  @EventType(name = "outgoing.countersign-started")
  public record CountersignStarted(LocalDateTime at, String by, Mode mode, List<String> signers, int required)
      implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param mode the mode
     * @param signers the signers
     * @param required the required
     */
    public CountersignStarted {
      signers = Copies.list(signers);
    }
  }

  /** A countersigner signed. */
  @EventType(name = "outgoing.countersigned")
  public record Countersigned(LocalDateTime at, String by, String comment) implements WorkflowEvent {}

  /** A countersigner added. */
  @EventType(name = "outgoing.signer-added")
  public record SignerAdded(LocalDateTime at, String by, String signer, int position) implements WorkflowEvent {}

  /** A countersigner removed. */
  @EventType(name = "outgoing.signer-removed")
  public record SignerRemoved(LocalDateTime at, String by, String signer) implements WorkflowEvent {}

  /** Returned (退回): every open task of the returned steps is cancelled with it. */
  @EventType(name = "outgoing.returned")
  public record Returned(LocalDateTime at, String by, OutgoingService.Stage to, String reason) implements WorkflowEvent {}

  /**
   * Reviewed (核稿), with the sign-off route the authority rules decided then.
   *
   * @param at when
   * @param by who reviewed
   * @param route the sign-off stages, in order
   * @param explanation the routing decision's explanation
   * @param ruleSet the version of the rule set document that decided the route, when one was in force
   */
  @EventType(name = "outgoing.reviewed")
  public record Reviewed(LocalDateTime at, String by, List<SignOffStage> route, List<String> explanation,
      Optional<String> ruleSet) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param route the route
     * @param explanation the explanation
     * @param ruleSet the rule set
     */
    public Reviewed {
      route = Copies.list(route);
      explanation = Copies.list(explanation);
    }
  }

  /**
   * Signed off (签发): the signature that completed the last stage of the sign-off route.
   *
   * @param at when
   * @param by who signed last
   * @param authorised everyone who signed the route, in order
   * @param explanation the route, stage by stage
   * @param stage the stage the last signature counts for
   * @param signedFor the route's person it counts as (the signer, or the person they deputise for)
   * @param opinion the signer's opinion (签发意见)
   */
  @EventType(name = "outgoing.signed-off")
  public record SignedOff(LocalDateTime at, String by, List<String> authorised, List<String> explanation,
      Optional<Integer> stage, Optional<String> signedFor, Optional<String> opinion) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param authorised the authorised
     * @param explanation the explanation
     * @param stage the stage
     * @param signedFor the signed for
     * @param opinion the opinion
     */
    public SignedOff {
      authorised = Copies.list(authorised);
      explanation = Copies.list(explanation);
    }
  }

  /** Numbered (编号用印). */
  @EventType(name = "outgoing.numbered")
  public record Numbered(LocalDateTime at, String by, String number) implements WorkflowEvent {}

  /**
   * Distributed (分发).
   *
   * @param at when
   * @param by who
   * @param recipients the people of the organisation who received it
   * @param mainTo the organs it is addressed to (主送)
   * @param copyTo the organs it is copied to (抄送)
   */
  @EventType(name = "outgoing.distributed")
  public record Distributed(LocalDateTime at, String by, List<String> recipients, List<String> mainTo,
      List<String> copyTo) implements WorkflowEvent {
    /**
     * Copies the collections it is given.
     *
     * @param at when it happened
     * @param by who did it
     * @param recipients the recipients
     * @param mainTo the main to
     * @param copyTo the copy to
     */
    public Distributed {
      recipients = Copies.list(recipients);
      mainTo = Copies.list(mainTo);
      copyTo = Copies.list(copyTo);
    }
  }

  /**
   * The answer to a 请示 (批复) linked to it: the incoming document that answers it.
   *
   * @param at when
   * @param by who linked it
   * @param replyDocumentId the incoming document (收文) that answers it
   */
  @EventType(name = "outgoing.reply-linked")
  public record ReplyLinked(LocalDateTime at, String by, String replyDocumentId) implements WorkflowEvent {}

  /**
   * Rechecked (复核) after sign-off.
   *
   * @param at when
   * @param by who
   * @param corrections what was corrected
   */
  @EventType(name = "outgoing.rechecked")
  public record Rechecked(LocalDateTime at, String by, String corrections) implements WorkflowEvent {}

  /**
   * Issued (核发) after numbering.
   *
   * @param at when
   * @param by who
   * @param copies how many copies were printed
   */
  @EventType(name = "outgoing.issued")
  public record Issued(LocalDateTime at, String by, int copies) implements WorkflowEvent {}

  /** Archived (存档). */
  @EventType(name = "outgoing.archived")
  public record OutgoingArchived(LocalDateTime at, String by) implements WorkflowEvent {}

  /**
   * One stage of the sign-off route, as the authority rules decided it at review.
   *
   * @param mode in sequence, in parallel, or a countersign of which {@code required} must sign
   * @param people who signs, in order
   * @param required signatures that complete the stage
   * @param ruleId the rule it comes from
   */
  public record SignOffStage(Mode mode, List<String> people, int required, String ruleId) {
    /**
     * Copies the people.
     *
     * @param mode in sequence, in parallel, or a countersign of which {@code required} must sign
     * @param people who signs, in order
     * @param required signatures that complete the stage
     * @param ruleId the rule it comes from
     */
    public SignOffStage {
      people = List.copyOf(people);
    }
  }

  /**
   * One signature of the sign-off route (签发意见 included).
   *
   * @param at when
   * @param by who signed
   * @param stage the stage it counts for (0-based)
   * @param signedFor the route's person it counts as (the signer, or the person they deputise for)
   * @param opinion the signer's opinion
   */
  @EventType(name = "outgoing.sign-off-signed")
  public record SignOffSigned(LocalDateTime at, String by, int stage, String signedFor, String opinion)
      implements WorkflowEvent {}
}
