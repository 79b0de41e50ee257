package io.oakit.workflow;

import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.UrgingChannel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** The events {@link SupervisionService} stores; replaying them rebuilds the item. */
public final class SupervisionEvents {

  private SupervisionEvents() {}

  /** Opened (立项). */
  public record ItemOpened(LocalDateTime at, String by, String itemId, ItemSource source, String content,
      Importance importance) implements WorkflowEvent {}

  /** Assigned (交办). */
  public record ItemAssigned(LocalDateTime at, String by, String leadUnit, List<String> coUnits, String deadlineRule,
      int progressEveryWorkingDays) implements WorkflowEvent {}

  /** Signed for (签收). */
  public record ItemSignedFor(LocalDateTime at, String by, String unit) implements WorkflowEvent {}

  /** Progress reported. */
  public record ItemProgressReported(LocalDateTime at, String by, String unit, String text) implements WorkflowEvent {}

  /** Urged (催办). */
  public record ItemUrged(LocalDateTime at, String by, String unit, UrgingChannel channel, String note)
      implements WorkflowEvent {}

  /** Completion reported (报结). */
  public record ItemCompletionReported(LocalDateTime at, String by, String summary) implements WorkflowEvent {}

  /** Accepted by the review. */
  public record ItemAccepted(LocalDateTime at, String by, QualityRating rating, boolean effective, String comment)
      implements WorkflowEvent {}

  /** Returned for rework (退回重办). */
  public record ItemReturned(LocalDateTime at, String by, String reason) implements WorkflowEvent {}

  /** Deadline extended (延期). */
  public record ItemDeadlineExtended(LocalDateTime at, String by, String extension, String reason)
      implements WorkflowEvent {}

  /** Closed (办结). */
  public record ItemClosed(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Archived (归档). */
  public record ItemArchived(LocalDateTime at, String by) implements WorkflowEvent {}

  /** Cancelled (撤销). */
  public record ItemCancelled(LocalDateTime at, String by, String reason) implements WorkflowEvent {}

  /** A period's scores approved by the leader. */
  public record ScoresApproved(LocalDateTime at, String by, String month, List<String> ranking, List<BigDecimal> totals)
      implements WorkflowEvent {}
}
