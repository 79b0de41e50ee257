package io.oakit.core.deadline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.calendar.WorkCalendar;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A named time limit from a law or regulation: its rule, its extension limits, and the grounds
 * on which the clock is suspended. See {@link StatutoryDeadlines} for the shipped presets.
 *
 * @param name a short name, e.g. "government information disclosure reply"
 * @param source the legal source, with article
 * @param rule the time limit
 * @param extensions the extension limits
 * @param suspensionGrounds what does not count towards the limit (the reasons to suspend)
 */
public record DeadlinePreset(String name, String source, DeadlineRule rule, ExtensionPolicy extensions,
    List<String> suspensionGrounds) {

  /**
   * Creates a preset.
   *
   * @param name a short name, e.g. "government information disclosure reply"
   * @param source the legal source, with article
   * @param rule the time limit
   * @param extensions the extension limits
   * @param suspensionGrounds what does not count towards the limit (the reasons to suspend)
   */
  public DeadlinePreset {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(rule, "rule");
    requireNonNull(extensions, "extensions");
    suspensionGrounds = ImmutableList.copyOf(requireNonNull(suspensionGrounds, "suspensionGrounds"));
  }

  /**
   * Starts a clock under this preset with the default reminder policy.
   *
   * @param calendar the work calendar
   * @param start when the period starts (e.g. the day an application is received)
   * @return the running clock
   */
  public DeadlineClock start(WorkCalendar calendar, LocalDateTime start) {
    return DeadlineClock.start(rule, calendar, start, extensions, ReminderPolicy.defaults());
  }
}
