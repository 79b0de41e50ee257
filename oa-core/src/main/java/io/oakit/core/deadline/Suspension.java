package io.oakit.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A period in which a deadline clock is stopped (中止计时), e.g. waiting for a third party's
 * opinion. Half-open: from {@code startInclusive} to {@code endExclusive}, open while not resumed.
 *
 * @param startInclusive when the clock was suspended
 * @param endExclusive when it resumed; empty while still suspended
 * @param reason why, e.g. 征求第三方意见
 */
public record Suspension(LocalDateTime startInclusive, Optional<LocalDateTime> endExclusive, String reason) {
  /**
   * Creates a suspension.
   *
   * @throws IllegalArgumentException if the end is before the start
   * @param endExclusive when it resumed; empty while still suspended
   * @param reason why, e.g. 征求第三方意见
   * @param startInclusive when the clock was suspended
   */
  public Suspension {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    requireNonNull(reason, "reason");
    endExclusive.ifPresent(e -> checkArgument(!e.isBefore(startInclusive),
        "suspension end %s is before its start %s", e, startInclusive));
  }

  /**
   * Whether the clock has not resumed yet.
   *
   * @return true while open
   */
  public boolean isOpen() {
    return endExclusive.isEmpty();
  }
}
