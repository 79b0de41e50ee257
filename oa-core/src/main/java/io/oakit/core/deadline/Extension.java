package io.oakit.core.deadline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * An approved extension (延期) of a deadline.
 *
 * @param requestedAt when it was requested (it must be at or before the due instant)
 * @param rule how much is added, counted from the due instant it extends
 * @param approver who approved it
 * @param reason why
 */
public record Extension(LocalDateTime requestedAt, DeadlineRule rule, String approver, String reason) {
  /**
   * Creates an extension.
   *
   * @param requestedAt when it was requested (it must be at or before the due instant)
   * @param rule how much is added, counted from the due instant it extends
   * @param approver who approved it
   * @param reason why
   */
  public Extension {
    requireNonNull(requestedAt, "requestedAt");
    requireNonNull(rule, "rule");
    requireNonNull(approver, "approver");
    requireNonNull(reason, "reason");
  }
}
