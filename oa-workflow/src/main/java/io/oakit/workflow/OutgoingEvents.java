package io.oakit.workflow;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.Stage.Mode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The events {@link OutgoingService} stores. */
public final class OutgoingEvents {

  private OutgoingEvents() {}

  /** Drafted (拟稿). */
  public record Drafted(LocalDateTime at, String by, String documentId, DocumentKind kind, Urgency urgency,
      SecrecyLevel secrecy, String issuingUnit, String subject, List<String> tags, List<String> areas,
      Optional<BigDecimal> amount, String unitCode) implements WorkflowEvent {}

  /** Countersign started (会签). */
  public record CountersignStarted(LocalDateTime at, String by, Mode mode, List<String> signers, int required)
      implements WorkflowEvent {}

  /** A countersigner signed. */
  public record Countersigned(LocalDateTime at, String by, String comment) implements WorkflowEvent {}

  /** A countersigner added. */
  public record SignerAdded(LocalDateTime at, String by, String signer, int position) implements WorkflowEvent {}

  /** A countersigner removed. */
  public record SignerRemoved(LocalDateTime at, String by, String signer) implements WorkflowEvent {}

  /** Returned (退回): every open task of the returned steps is cancelled with it. */
  public record Returned(LocalDateTime at, String by, OutgoingService.Stage to, String reason) implements WorkflowEvent {}

  /** Reviewed (核稿). */
  public record Reviewed(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Signed off (签发). */
  public record SignedOff(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Numbered (编号用印). */
  public record Numbered(LocalDateTime at, String by, String number) implements WorkflowEvent {}

  /** Distributed (分发). */
  public record Distributed(LocalDateTime at, String by, List<String> recipients) implements WorkflowEvent {}

  /** Archived (存档). */
  public record OutgoingArchived(LocalDateTime at, String by) implements WorkflowEvent {}
}
