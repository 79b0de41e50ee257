package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Provisional years, the holiday-cn loader, regional layers and the coverage horizon. */
class ProvisionalCalendarTest {

  private final WorkCalendar provisional = ChinaCalendars.provisional();

  @Test
  void strictStaysTheDefault() {
    assertThatThrownBy(() -> ChinaCalendars.official().isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(CalendarCoverageException.class);
    assertThat(ChinaCalendars.official().provisionalFrom()).isEmpty();
    assertThat(ChinaCalendars.official().isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void the2027DaysAssumedByHand() {
    // 元旦 Fri 01-01; 春节 from 除夕 Fri 02-05 to 初三 Mon 02-08; 清明 Mon 04-05; 劳动节 Sat-Sun 05-01..02 (no
    // make-up day assumed); 端午 Wed 06-09; 中秋 Wed 09-15; 国庆 Fri-Sun 10-01..03
    Map<LocalDate, String> expected = new TreeMap<>();
    expected.put(LocalDate.of(2027, 1, 1), "元旦");
    for (int d = 5; d <= 8; d++) {
      expected.put(LocalDate.of(2027, 2, d), "春节");
    }
    expected.put(LocalDate.of(2027, 4, 5), "清明节");
    expected.put(LocalDate.of(2027, 5, 1), "劳动节");
    expected.put(LocalDate.of(2027, 5, 2), "劳动节");
    expected.put(LocalDate.of(2027, 6, 9), "端午节");
    expected.put(LocalDate.of(2027, 9, 15), "中秋节");
    for (int d = 1; d <= 3; d++) {
      expected.put(LocalDate.of(2027, 10, d), "国庆节");
    }
    assertThat(StatutoryHolidays.festivalDays(Year.of(2027))).containsExactlyEntriesOf(expected);
    expected.forEach((d, name) -> {
      CalendarDay day = provisional.day(d);
      assertThat(day.kind()).as("%s", d).isEqualTo(DayKind.HOLIDAY);
      assertThat(day.name()).isEqualTo(name);
      assertThat(day.provisional()).isTrue();
    });
    // no 调休: the Sunday before 春节 stays a weekend, the Monday after 国庆 a working day
    assertThat(provisional.day(LocalDate.of(2027, 1, 31)).kind()).isEqualTo(DayKind.WEEKEND);
    assertThat(provisional.isWorkingDay(LocalDate.of(2027, 10, 4))).isTrue();
    assertThat(provisional.provisionalFrom()).contains(LocalDate.of(2027, 1, 1));
    assertThat(provisional.lastPublishedDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(provisional.lastCoveredDay()).isEqualTo(LocalDate.of(2050, 12, 31));
    assertThat(provisional.day(LocalDate.of(2026, 12, 31)).provisional()).isFalse();
    assertThat(provisional.version()).isNotEqualTo(ChinaCalendars.official().version());
  }

  @Test
  void midAutumnInsideNationalDayMakesFourDays() {
    // 中秋 2028 is 10-03
    assertThat(StatutoryHolidays.festivalDays(Year.of(2028))).containsEntry(LocalDate.of(2028, 10, 4), "国庆节、中秋节")
        .doesNotContainValue("中秋节");
  }

  @Test
  void underTheLawOf2025EveryAssumedDayOf2025And2026WasOffInTheNotices() {
    WorkCalendar official = ChinaCalendars.official();
    for (int y = 2025; y <= 2026; y++) {
      StatutoryHolidays.festivalDays(Year.of(y)).forEach((d, name) ->
          assertThat(official.day(d).kind()).as("%s %s", d, name).isEqualTo(DayKind.HOLIDAY));
    }
  }

  @Property(tries = 200)
  void provisionalAndOfficialAgreeOnEveryDayThatIsNeitherAFestivalNorAdjusted(@ForAll("days2025To2026") LocalDate d) {
    assertThat(disagrees(assumedFrom2025(Map.of())).test(d)).isFalse();
  }

  @Test
  void theAgreementPropertyFailsOnABrokenProvisionalCalendar() {
    // broken: assumes every Saturday of 2025 is worked (as if 调休 were guessed)
    Map<LocalDate, HolidayData.Entry> broken = new TreeMap<>();
    for (LocalDate d = LocalDate.of(2025, 1, 4); d.getYear() == 2025; d = d.plusWeeks(1)) {
      broken.put(d, new HolidayData.Entry("guessed", false));
    }
    WorkCalendar cal = assumedFrom2025(broken);
    List<LocalDate> found = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
      if (disagrees(cal).test(d)) {
        found.add(d);
      }
    }
    assertThat(found).isNotEmpty();
  }

  /** The official data up to 2024 and, from 2025, the assumption (plus extra rows for the broken variant). */
  private static WorkCalendar assumedFrom2025(Map<LocalDate, HolidayData.Entry> extra) {
    Map<LocalDate, HolidayData.Entry> upTo2024 = new TreeMap<>(ChinaCalendars.officialHolidays().entries()
        .headMap(LocalDate.of(2025, 1, 1)));
    WorkCalendarBuilder b = WorkCalendarBuilder.empty()
        .holidays(HolidayData.of(Year.of(2019), Year.of(2024), upTo2024)).provisionalThrough(Year.of(2026));
    if (!extra.isEmpty()) {
      b.holidays(HolidayData.of(Year.of(2025), Year.of(2025), extra));
    }
    return b.build();
  }

  private static Predicate<LocalDate> disagrees(WorkCalendar assumed) {
    WorkCalendar official = ChinaCalendars.official();
    return d -> {
      boolean festival = StatutoryHolidays.festivalDays(Year.of(d.getYear())).containsKey(d);
      boolean listed = ChinaCalendars.officialHolidays().entries().containsKey(d);
      return !festival && !listed && assumed.isWorkingDay(d) != official.isWorkingDay(d);
    };
  }

  @Provide
  Arbitrary<LocalDate> days2025To2026() {
    return Arbitraries.integers().between(0, 729).map(i -> LocalDate.of(2025, 1, 1).plusDays(i));
  }

  @Test
  void loadingTheHolidayCnFileMakesTheYearPublished() throws Exception {
    HolidayData y2027;
    try (Reader r = new InputStreamReader(getClass().getResourceAsStream("holiday-cn-2027-hypothetical.json"),
        StandardCharsets.UTF_8)) {
      y2027 = HolidayData.parseHolidayCnJson(r, "2027.json");
    }
    assertThat(y2027.firstYear()).isEqualTo(Year.of(2027));
    assertThat(y2027.entries()).hasSize(28);
    WorkCalendar cal = ChinaCalendars.builder().holidays(y2027).provisionalThrough(Year.of(2050)).build();
    assertThat(cal.provisionalFrom()).contains(LocalDate.of(2028, 1, 1));
    assertThat(cal.day(LocalDate.of(2027, 1, 31)).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    assertThat(cal.day(LocalDate.of(2027, 1, 31)).provisional()).isFalse();
    assertThat(cal.day(LocalDate.of(2028, 1, 1)).provisional()).isTrue();
  }

  @Test
  void malformedHolidayCnFilesNameTheField() {
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":\"yes\"}]}"))
        .isInstanceOf(HolidayDataException.class).hasMessageContaining("/days/0/isOffDay");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"元旦\",\"date\":\"2027-13-01\",\"isOffDay\":true}]}"))
        .hasMessageContaining("/days/0/date");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true}]}"))
        .hasMessageContaining("outside 2027");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[],\"extra\":1}")).hasMessageContaining("/extra: unknown field");
    assertThatThrownBy(() -> parse("{\"days\":[]}")).hasMessageContaining("/year");
    assertThatThrownBy(() -> parse("{\"year\":2027,\n\"days\":[,]}")).isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> parse("{\"year\":2027,\"days\":[{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true},"
        + "{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}")).hasMessageContaining("/days/1/date")
        .hasMessageContaining("twice");
  }

  private static HolidayData parse(String json) {
    return HolidayData.parseHolidayCnJson(new StringReader(json), "test.json");
  }

  @Test
  void theCoverageHorizonForAHealthCheck() {
    LocalDate today = LocalDate.of(2026, 12, 4);
    assertThat(ChinaCalendars.official().coverageEndsWithin(today, 60)).isTrue();
    assertThat(ChinaCalendars.official().coverageEndsWithin(today, 27)).isFalse();
    // provisional years do not count as coverage for the health check
    assertThat(provisional.coverageEndsWithin(today, 60)).isTrue();
    assertThatThrownBy(() -> provisional.coverageEndsWithin(today, -1)).hasMessageContaining("days");
  }

  @Test
  void regionalHolidaysLayerOnTheNationalCalendar() {
    // 广西 三月三: 农历三月初三 and 初四; 2026: 04-19 (Sun) and 04-20 (Mon)
    WorkCalendar guangxi = ChinaCalendars.builder().regional(RegionalHolidays.guangxi()).build();
    assertThat(guangxi.day(LocalDate.of(2026, 4, 20)).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(guangxi.day(LocalDate.of(2026, 4, 20)).name()).isEqualTo("壮族三月三 (广西壮族自治区)");
    assertThat(ChinaCalendars.official().isWorkingDay(LocalDate.of(2026, 4, 20))).isTrue();
    // national days stay as they were, and the national calendar is not copied or changed
    assertThat(guangxi.day(LocalDate.of(2026, 10, 1)).name()).isEqualTo("国庆节");
    // a region's own published days (新疆 肉孜节, an example row a host would load from the region's notice)
    HolidayData xinjiang2026 = HolidayData.of(Year.of(2026), Year.of(2026),
        Map.of(LocalDate.of(2026, 3, 20), new HolidayData.Entry("肉孜节", true)));
    WorkCalendar xj = ChinaCalendars.builder().regional(RegionalHolidays.of("新疆维吾尔自治区").with(xinjiang2026)).build();
    assertThat(xj.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
    assertThat(xj.day(LocalDate.of(2026, 3, 20)).name()).isEqualTo("肉孜节 (新疆维吾尔自治区)");
    // lunar rules reach provisional years too
    WorkCalendar later = ChinaCalendars.builder().regional(RegionalHolidays.guangxi())
        .provisionalThrough(Year.of(2027)).build();
    LocalDate sanyuesan2027 = ChineseLunarCalendar.bundled()
        .toSolar(new ChineseLunarCalendar.LunarDate(2027, 3, false, 3));
    assertThat(later.day(sanyuesan2027).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(later.day(sanyuesan2027).provisional()).isTrue();
    // a host's own local day overrides both
    WorkCalendar local = ChinaCalendars.builder().regional(RegionalHolidays.guangxi())
        .extraWorkingDay(LocalDate.of(2026, 4, 20), "inspection").build();
    assertThat(local.isWorkingDay(LocalDate.of(2026, 4, 20))).isTrue();
  }

  @Test
  void provisionalCoverageIsBoundedByTheTable() {
    assertThatThrownBy(() -> ChinaCalendars.builder().provisionalThrough(Year.of(2051)))
        .hasMessageContaining("2050");
  }
}
