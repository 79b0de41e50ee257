/**
 * Work calendars: which days an office works (ordinary week, statutory holidays, adjusted
 * working days 调休上班, local days), its office hours (with seasons), and fast arithmetic over
 * working days and working time.
 *
 * <p>Start with {@link io.oakit.core.calendar.ChinaCalendars#official()}; customise with
 * {@link io.oakit.core.calendar.ChinaCalendars#builder()}. Every value is immutable and
 * thread-safe. No method accepts or returns {@code null}. A calculation outside the covered
 * years throws {@link io.oakit.core.calendar.CalendarCoverageException}.
 */
package io.oakit.core.calendar;
