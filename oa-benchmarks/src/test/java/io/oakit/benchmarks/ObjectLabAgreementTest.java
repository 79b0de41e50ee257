package io.oakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import java.time.LocalDate;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: ObjectLab, so configured, counts the same working days. */
class ObjectLabAgreementTest {

  @Test
  void objectLabAgreesOnEveryWorkingDayStart() {
    WorkCalendar cal = ChinaCalendars.official();
    LocalDateCalculator objectLab = ObjectLabCalendars.forward(cal);
    int compared = 0;
    for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2026, 11, 1)); d = d.plusDays(1)) {
      if (cal.isWorkingDay(d)) {
        objectLab.setStartDate(d);
        assertThat(objectLab.moveByBusinessDays(20).getCurrentBusinessDate()).as("from %s", d)
            .isEqualTo(cal.plusWorkingDays(d, 20));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1900);
  }
}
