package io.oakit.workflow;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.Stage.Mode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The events {@link OutgoingService} stores, each under its stable {@link EventType} name. */
public final class OutgoingEvents {

  private OutgoingEvents() {}

  /** Drafted (拟稿). */
  @EventType(name = "outgoing.drafted")
  public record Drafted(LocalDateTime at, String by, String documentId, DocumentKind kind, Urgency urgency,
      SecrecyLevel secrecy, String issuingUnit, String subject, List<String> tags, List<String> areas,
      Optional<BigDecimal> amount, String unitCode) implements WorkflowEvent {}

  /** Countersign started (会签). */
  @EventType(name = "outgoing.countersign-started")
  public record CountersignStarted(LocalDateTime at, String by, Mode mode, List<String> signers, int required)
      implements WorkflowEvent {}

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

  /** Reviewed (核稿). */
  @EventType(name = "outgoing.reviewed")
  public record Reviewed(LocalDateTime at, String by) implements WorkflowEvent {}

  /**
   * Signed off (签发), with whom the authority rules named then and why.
   *
   * @param at when
   * @param by who signed off
   * @param authorised the people the rules authorised at that moment
   * @param explanation the routing decision's explanation lines
   */
  @EventType(name = "outgoing.signed-off")
  public record SignedOff(LocalDateTime at, String by, List<String> authorised, List<String> explanation)
      implements WorkflowEvent {}

  /** Numbered (编号用印). */
  @EventType(name = "outgoing.numbered")
  public record Numbered(LocalDateTime at, String by, String number) implements WorkflowEvent {}

  /** Distributed (分发). */
  @EventType(name = "outgoing.distributed")
  public record Distributed(LocalDateTime at, String by, List<String> recipients) implements WorkflowEvent {}

  /** Archived (存档). */
  @EventType(name = "outgoing.archived")
  public record OutgoingArchived(LocalDateTime at, String by) implements WorkflowEvent {}
}
