/**
 * Deadlines (办理时限): rules that turn a start into a due instant over a work calendar
 * ({@link io.oakit.core.deadline.DeadlineRule}), running clocks with suspensions, extensions,
 * status and reminders ({@link io.oakit.core.deadline.DeadlineClock}), the urgency table
 * ({@link io.oakit.core.deadline.DeadlinePolicy}) and statutory presets
 * ({@link io.oakit.core.deadline.StatutoryDeadlines}).
 *
 * <p>All values are immutable and thread-safe. No method accepts or returns {@code null}.
 */
package io.oakit.core.deadline;
