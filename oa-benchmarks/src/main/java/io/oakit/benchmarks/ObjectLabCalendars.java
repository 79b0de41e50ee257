package io.oakit.benchmarks;

import io.oakit.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.Jdk8WorkingWeek;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateForwardHandler;

/**
 * The same calendar in ObjectLab Kit. ObjectLab has no notion of a worked weekend (调休上班), so
 * the calendar is expressed as a seven-day working week with every non-working day, weekends
 * included, listed as a holiday.
 */
final class ObjectLabCalendars {

  private ObjectLabCalendars() {}

  static LocalDateCalculator forward(WorkCalendar calendar) {
    Set<LocalDate> off = new HashSet<>();
    for (LocalDate d = calendar.firstCoveredDay(); !d.isAfter(calendar.lastCoveredDay()); d = d.plusDays(1)) {
      if (!calendar.isWorkingDay(d)) {
        off.add(d);
      }
    }
    DefaultHolidayCalendar<LocalDate> holidays =
        new DefaultHolidayCalendar<>(off, calendar.firstCoveredDay(), calendar.lastCoveredDay());
    LocalDateCalculator calc = new LocalDateCalculator("CN", calendar.firstCoveredDay(), holidays,
        new LocalDateForwardHandler());
    calc.setWorkingWeek(Jdk8WorkingWeek.DEFAULT
        .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SATURDAY)
        .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SUNDAY));
    if (!HolidayHandlerType.FORWARD.equals(calc.getHolidayHandlerType())) {
      throw new IllegalStateException("expected a forward calculator");
    }
    return calc;
  }
}
