package io.oakit.workflow;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The events {@link IncomingService} stores. */
public final class IncomingEvents {

  private IncomingEvents() {}

  /** Signed for (签收), with the document's profile. */
  public record DocumentReceived(LocalDateTime at, String by, String documentId, DocumentKind kind, Urgency urgency,
      SecrecyLevel secrecy, String issuingUnit, String subject, List<String> tags, List<String> areas,
      Optional<BigDecimal> amount) implements WorkflowEvent {}

  /** Registered (登记) with its deadline rule. */
  public record DocumentRegistered(LocalDateTime at, String by, String deadlineRule) implements WorkflowEvent {}

  /** Proposed (拟办): the routing decision's people and explanation. */
  public record HandlingProposed(LocalDateTime at, String by, List<String> proposed, List<String> owed,
      List<String> explanation) implements WorkflowEvent {}

  /** Instructed (批办), with the circulation plan's copies, each "name=reader,reader…". */
  public record LeaderInstructed(LocalDateTime at, String by, String instruction, String handlingDepartment,
      List<String> lanes, Optional<String> supervisionItem) implements WorkflowEvent {}

  /** A reading signed off (签阅). */
  public record ReadingSigned(LocalDateTime at, String by, String comment) implements WorkflowEvent {}

  /** A reader away when the document reached them, owed it on return (补阅). */
  public record ReaderSkipped(LocalDateTime at, String by, String reader, LocalDateTime backAt) implements WorkflowEvent {}

  /** Handled (承办). */
  public record DocumentHandled(LocalDateTime at, String by, String result) implements WorkflowEvent {}

  /** Urged (催办). */
  public record DocumentUrged(LocalDateTime at, String by, String note) implements WorkflowEvent {}

  /** Closed (办结). */
  public record DocumentClosed(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Archived (归档). */
  public record DocumentArchived(LocalDateTime at, String by) implements WorkflowEvent {}
}
