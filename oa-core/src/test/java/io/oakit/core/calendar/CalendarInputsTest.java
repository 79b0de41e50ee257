package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChineseLunarCalendar.LunarDate;
import io.oakit.core.calendar.RegionalHolidays.LunarFestival;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the lunar table, the statutory and regional holidays, and the holiday-cn reader, by hand. */
class CalendarInputsTest {

  private final ChineseLunarCalendar lunar = ChineseLunarCalendar.bundled();

  @Test
  void lunarDatesAreCheckedAndReadable() {
    assertThatThrownBy(() -> new LunarDate(2027, 0, false, 1)).hasMessageContaining("month must be 1..12");
    assertThatThrownBy(() -> new LunarDate(2027, 13, false, 1)).hasMessageContaining("month must be 1..12");
    assertThatThrownBy(() -> new LunarDate(2027, 1, false, 0)).hasMessageContaining("day must be 1..30");
    assertThatThrownBy(() -> new LunarDate(2027, 1, false, 31)).hasMessageContaining("day must be 1..30");
    assertThat(new LunarDate(2027, 12, false, 30).toString()).isEqualTo("2027-12-30");
    assertThat(new LunarDate(2028, 5, true, 1).toString()).isEqualTo("2028-闰5-1");
    // 腊月 of 2026 has 29 days; the 30th does not exist
    assertThatThrownBy(() -> lunar.toSolar(new LunarDate(2026, 12, false, 30))).hasMessageContaining("has 29 days");
    assertThat(lunar.toSolar(new LunarDate(2026, 12, false, 29))).isEqualTo(LocalDate.of(2027, 2, 5));
    // 2028 has a leap fifth month (闰五月)
    assertThat(lunar.toSolar(new LunarDate(2028, 5, true, 1))).isEqualTo(LocalDate.of(2028, 6, 23));
    assertThat(lunar.toLunar(LocalDate.of(2028, 6, 23))).contains(new LunarDate(2028, 5, true, 1));
    assertThat(lunar.toLunar(LocalDate.of(2052, 6, 1))).isEmpty();
    // the years the festivals are placed for, both ends
    assertThat(lunar.springFestival(2019)).isEqualTo(LocalDate.of(2019, 2, 5));
    assertThat(lunar.midAutumn(2050)).isEqualTo(LocalDate.of(2050, 9, 30));
    assertThatThrownBy(() -> lunar.qingming(2018)).hasMessageContaining("not 2018");
    assertThatThrownBy(() -> lunar.dragonBoat(2051)).hasMessageContaining("not 2051");
  }

  @Test
  void statutoryHolidaysAreAssumedOnlyWhereTheTableReaches() {
    assertThatThrownBy(() -> StatutoryHolidays.festivalDays(Year.of(2018))).hasMessageContaining("not 2018");
    assertThatThrownBy(() -> StatutoryHolidays.festivalDays(Year.of(2051))).hasMessageContaining("not 2051");
    assertThat(StatutoryHolidays.festivalDays(Year.of(2019))).containsEntry(LocalDate.of(2019, 2, 4), "春节");
    assertThat(StatutoryHolidays.festivalDays(Year.of(2050))).hasSize(13).containsEntry(LocalDate.of(2050, 9, 30),
        "中秋节");
    // 中秋 on 10-01 (2031) and 10-02 (2039): four days named together; 10-04 (2036): apart
    assertThat(StatutoryHolidays.festivalDays(Year.of(2031))).containsEntry(LocalDate.of(2031, 10, 4), "国庆节、中秋节");
    assertThat(StatutoryHolidays.festivalDays(Year.of(2039))).containsEntry(LocalDate.of(2039, 10, 1), "国庆节、中秋节");
    assertThat(StatutoryHolidays.festivalDays(Year.of(2036))).containsEntry(LocalDate.of(2036, 10, 3), "国庆节")
        .containsEntry(LocalDate.of(2036, 10, 4), "中秋节");
    // a provisional year only if the data ends before it
    assertThat(ChinaCalendars.builder().provisionalThrough(Year.of(2026)).build().provisionalFrom()).isEmpty();
    WorkCalendar one = ChinaCalendars.builder().provisionalThrough(Year.of(2027)).build();
    assertThat(one.provisionalFrom()).contains(LocalDate.of(2027, 1, 1));
    assertThat(one.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(one.toString()).contains("provisional from 2027-01-01");
    assertThat(one.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(one.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(one.coverageEndsWithin(LocalDate.of(2026, 12, 4), 27)).isFalse();
    assertThat(one.coverageEndsWithin(LocalDate.of(2026, 12, 4), 28)).isTrue();
    assertThat(StatutoryHolidays.assumption(one, Year.of(2027))).startsWith("2027 not yet published: assumed")
        .contains("春节 02-05..02-08", "清明节 04-05");
  }

  @Test
  void regionalHolidaysAreCheckedAndApplyInTheirYearsOnly() {
    assertThatThrownBy(() -> new LunarFestival(" ", 3, 3, 2, Year.of(2014), Optional.empty())).hasMessageContaining("name");
    assertThatThrownBy(() -> new LunarFestival("x", 0, 3, 2, Year.of(2014), Optional.empty())).hasMessageContaining("month");
    assertThatThrownBy(() -> new LunarFestival("x", 13, 3, 2, Year.of(2014), Optional.empty())).hasMessageContaining("month");
    assertThatThrownBy(() -> new LunarFestival("x", 3, 0, 2, Year.of(2014), Optional.empty())).hasMessageContaining("day");
    assertThatThrownBy(() -> new LunarFestival("x", 3, 31, 2, Year.of(2014), Optional.empty())).hasMessageContaining("day");
    assertThatThrownBy(() -> new LunarFestival("x", 3, 3, 0, Year.of(2014), Optional.empty())).hasMessageContaining("length");
    assertThatThrownBy(() -> new LunarFestival("x", 3, 3, 16, Year.of(2014), Optional.empty()))
        .hasMessageContaining("length");
    assertThatThrownBy(() -> new LunarFestival("x", 3, 3, 2, Year.of(2014), Optional.of(Year.of(2013))))
        .hasMessageContaining("before fromYear");
    assertThatThrownBy(() -> RegionalHolidays.of(" ")).hasMessageContaining("region");
    // a festival in force 2021..2022 only, one day long, twelve and fifteen days long at the edges
    RegionalHolidays r = RegionalHolidays.of("某自治州").with(new LunarFestival("州庆", 3, 3, 1, Year.of(2021),
        Optional.of(Year.of(2022))));
    assertThat(r.region()).isEqualTo("某自治州");
    assertThat(r.lunarFestivals()).hasSize(1);
    assertThat(r.dated()).isEmpty();
    assertThat(r.toString()).contains("某自治州", "1 lunar festival");
    WorkCalendar cal = ChinaCalendars.builder().regional(r).build();
    LocalDate y2021 = lunar.toSolar(new LunarDate(2021, 3, false, 3));
    LocalDate y2022 = lunar.toSolar(new LunarDate(2022, 3, false, 3));
    LocalDate y2023 = lunar.toSolar(new LunarDate(2023, 3, false, 3));
    LocalDate y2020 = lunar.toSolar(new LunarDate(2020, 3, false, 3));
    assertThat(cal.day(y2021).name()).isEqualTo("州庆 (某自治州)");
    assertThat(cal.day(y2022).name()).isEqualTo("州庆 (某自治州)");
    assertThat(cal.day(y2021.plusDays(1)).name()).doesNotContain("州庆");
    assertThat(cal.day(y2023).name()).doesNotContain("州庆");
    assertThat(cal.day(y2020).name()).doesNotContain("州庆");
    // published regional days override the national data of the day, and keep their worked days worked
    HolidayData dated = HolidayData.of(Year.of(2026), Year.of(2026), Map.of(
        LocalDate.of(2026, 10, 1), new HolidayData.Entry("州庆", true),
        LocalDate.of(2026, 3, 21), new HolidayData.Entry("州庆", false)));
    WorkCalendar withDated = ChinaCalendars.builder().regional(RegionalHolidays.of("某自治州").with(dated)).build();
    assertThat(withDated.day(LocalDate.of(2026, 10, 1)).name()).isEqualTo("州庆 (某自治州)");
    assertThat(withDated.day(LocalDate.of(2026, 3, 21)).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
  }

  @Test
  void theHolidayCnReaderNamesEveryKindOfFault() {
    assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> parse("{\"year\":1948,\"days\":[]}")).hasMessageContaining("/year");
    assertThatThrownBy(() -> parse("{\"year\":2201,\"days\":[]}")).hasMessageContaining("/year");
    assertThatThrownBy(() -> parse("{\"year\":\"2027\",\"days\":[]}")).hasMessageContaining("/year");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"papers\":\"x\",\"days\":[]}")).hasMessageContaining("/papers");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":{}}")).hasMessageContaining("/days: expected an array");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[1]}")).hasMessageContaining("/days/0: expected an object");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true,"
        + "\"x\":1}]}")).hasMessageContaining("/days/0/x: unknown field");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\" \",\"date\":\"2027-01-01\",\"isOffDay\":true}]}"))
        .hasMessageContaining("/days/0/name");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"a\",\"date\":20270101,\"isOffDay\":true}]}"))
        .hasMessageContaining("/days/0/date");
    // the December before is accepted (a notice may list it), the one before that is not
    assertThat(parse("{\"year\":2027,\"days\":[{\"name\":\"元旦\",\"date\":\"2026-12-31\",\"isOffDay\":true}]}")
        .entries()).containsKey(LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"a\",\"date\":\"2026-11-30\",\"isOffDay\":true}]}"))
        .hasMessageContaining("outside 2027");
    assertThat(parse("{\"$schema\":\"s\",\"$id\":\"i\",\"year\":2027,\"papers\":[],\"days\":[]}").entries()).isEmpty();
  }

  private static HolidayData parse(String json) {
    return HolidayData.parseHolidayCnJson(new StringReader(json), "t.json");
  }
}
