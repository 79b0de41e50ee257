package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.oakit.core.calendar.ChineseLunarCalendar.LunarDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled 农历 table against independent sources: the published festival dates a person can look up,
 * the State Council notices 2019–2026, the lunarInfo table of the widely used calendar.js (decoded here
 * on its own), and ICU4J's astronomical calendar, whose disagreements are resolved against the
 * published calendar.
 */
class ChineseLunarCalendarTest {

  private final ChineseLunarCalendar lunar = ChineseLunarCalendar.bundled();

  @Test
  void springFestivalsAsPublished() {
    // 春节 (正月初一) 2027–2040 as printed in the published calendars
    String[] published = {"2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
        "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04", "2039-01-24",
        "2040-02-12"};
    for (int i = 0; i < published.length; i++) {
      assertThat(lunar.springFestival(2027 + i)).as("春节 %s", 2027 + i).isEqualTo(LocalDate.parse(published[i]));
    }
    assertThat(lunar.newYearsEve(2027)).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(lunar.qingming(2027)).isEqualTo(LocalDate.of(2027, 4, 5));
    assertThat(lunar.dragonBoat(2027)).isEqualTo(LocalDate.of(2027, 6, 9));
    assertThat(lunar.midAutumn(2027)).isEqualTo(LocalDate.of(2027, 9, 15));
    assertThat(lunar.toLunar(LocalDate.of(2027, 2, 6))).contains(new LunarDate(2027, 1, false, 1));
    // 腊月 of 2026 has 29 days: 除夕 2027 is 腊月廿九
    assertThat(lunar.toLunar(LocalDate.of(2027, 2, 5))).contains(new LunarDate(2026, 12, false, 29));
  }

  @Test
  void everyFestivalOf2019To2026IsADayOffInTheStateCouncilNotices() {
    WorkCalendar official = ChinaCalendars.official();
    for (int y = 2019; y <= 2026; y++) {
      for (LocalDate d : List.of(lunar.springFestival(y), lunar.qingming(y), lunar.dragonBoat(y), lunar.midAutumn(y))) {
        assertThat(official.day(d).kind()).as("%s", d).isEqualTo(DayKind.HOLIDAY);
      }
    }
  }

  @Test
  void theTableIsTheLunarInfoTableOfCalendarJs() {
    // lunarInfo of calendar.js (jjonline), 2018..2051: low 4 bits the leap month, bits 15..4 months 1..12
    // with 30 days, bit 16 a leap month of 30 days; anchored on 正月初一 2018 = 2018-02-16.
    int[] info = {0x52b0, 0xa930, 0x7954, 0x6aa0, 0xad50, 0x5b52, 0x4b60, 0xa6e6, 0xa4e0, 0xd260, 0xea65, 0xd530,
        0x5aa0, 0x76a3, 0x96d0, 0x4afb, 0x4ad0, 0xa4d0, 0x1d0b6, 0xd250, 0xd520, 0xdd45, 0xb5a0, 0x56d0, 0x55b2,
        0x49b0, 0xa577, 0xa4b0, 0xaa50, 0x1b255, 0x6d20, 0xada0, 0x14b63, 0x9370};
    LocalDate first = LocalDate.of(2018, 2, 16);
    int months = 0;
    for (int i = 0; i < info.length; i++) {
      int year = 2018 + i;
      int leap = info[i] & 0xf;
      for (int m = 1; m <= 12; m++) {
        int days = (info[i] & (0x10000 >> m)) != 0 ? 30 : 29;
        assertThat(lunar.toSolar(new LunarDate(year, m, false, 1))).as("%s-%s", year, m).isEqualTo(first);
        first = first.plusDays(days);
        months++;
        if (m == leap) {
          assertThat(lunar.toSolar(new LunarDate(year, m, true, 1))).as("%s-闰%s", year, m).isEqualTo(first);
          first = first.plusDays((info[i] & 0x10000) != 0 ? 30 : 29);
          months++;
        }
      }
    }
    assertThat(months).isEqualTo(420);
  }

  @Test
  void icuAgreesExceptOnNearMidnightNewMoonsWhereThePublishedCalendarWins() {
    ChineseCalendar icu = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"), ULocale.CHINA);
    TreeMap<LocalDate, String> disagreements = new TreeMap<>();
    for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() <= 2050; d = d.plusDays(1)) {
      icu.setTime(Date.from(d.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
      int month = icu.get(ChineseCalendar.MONTH) + 1;
      boolean leap = icu.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
      int day = icu.get(ChineseCalendar.DAY_OF_MONTH);
      LunarDate ours = lunar.toLunar(d).orElseThrow();
      if (ours.month() != month || ours.leapMonth() != leap || ours.day() != day) {
        disagreements.put(d, "ICU " + (leap ? "闰" : "") + month + "-" + day + ", table " + ours);
      }
    }
    // Each is a month whose new moon falls within minutes of midnight, Beijing time; the table (and the
    // calendar.js table above, and the published 农历) start the month on the earlier day.
    List<LocalDate> months = new ArrayList<>();
    disagreements.forEach((d, why) -> {
      if (lunar.toLunar(d).orElseThrow().day() == 1) {
        months.add(d);
      }
    });
    assertThat(months).as("%s", disagreements).containsExactlyElementsOf(KNOWN_NEAR_MIDNIGHT_MONTHS);
  }

  /**
   * First days of lunar months where ICU4J 77.1 starts the month a day later than the published 农历: 春节
   * 2027 (02-06) and 春节 2030 (02-03, new moon 2030-02-03 00:07 Beijing time), both as the published
   * calendars print them.
   */
  static final List<LocalDate> KNOWN_NEAR_MIDNIGHT_MONTHS = List.of(LocalDate.of(2027, 2, 6), LocalDate.of(2030, 2, 3));

  @Test
  void outsideTheTableIsRefused() {
    assertThatThrownBy(() -> lunar.springFestival(2051)).hasMessageContaining("2019..2050");
    assertThatThrownBy(() -> lunar.toSolar(new LunarDate(2027, 4, true, 1))).hasMessageContaining("闰4 of 2027");
    assertThat(lunar.toLunar(LocalDate.of(2000, 1, 1))).isEmpty();
  }
}
