package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

  @Test
  void parsesAndRoundTrips() {
    WorkingHours h = WorkingHours.parse(" 14:30-17:30 , 08:30-12:00 ");
    assertThat(h.toString()).isEqualTo("08:30-12:00,14:30-17:30");
    assertThat(WorkingHours.parse(h.toString())).isEqualTo(h);
    assertThat(h.total()).isEqualTo(Duration.ofMinutes(390));
    assertThat(h.opening()).isEqualTo(LocalTime.of(8, 30));
    assertThat(h.closing()).isEqualTo(LocalTime.of(17, 30));
  }

  @Test
  void mergesTouchingSessions() {
    assertThat(WorkingHours.parse("08:00-12:00,12:00-13:00").sessions()).hasSize(1);
  }

  @Test
  void refusesBadText() {
    assertThatThrownBy(() -> WorkingHours.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> WorkingHours.parse("8-12")).hasMessageContaining("'8-12'");
    assertThatThrownBy(() -> WorkingHours.parse("12:00-08:00")).hasMessageContaining("after start");
    assertThatThrownBy(() -> WorkingHours.parse("08:00-12:00,11:00-13:00")).hasMessageContaining("overlap");
    assertThatThrownBy(() -> WorkingHours.none().closing()).isInstanceOf(IllegalStateException.class);
  }
}
