package io.oakit.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.oakit.core.InvalidInputException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The Spring Festival duty plan as a document, with built-in and host rules, by hand. */
class DutyPlanDocumentTest {

  private static final BiPredicate<DutyPerson, Slot> NO_DRIVER_ON_EVE =
      (p, s) -> !(p.roles().contains("驾驶员") && s.date().equals(LocalDate.of(2026, 2, 16)));

  private static DutyPlan plan() {
    return DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员", "驾驶员").slots(DayCategory.HOLIDAY, "带班领导", "值班员")
        .weight(DayCategory.HOLIDAY, 2.5).peakDay(LocalDate.of(2026, 2, 16), "除夕").handover(LocalTime.of(9, 0)).build();
  }

  private static final List<RosterRule> RULES = List.of(RosterRule.minimumRest(3, true), RosterRule.maxPerMonth(6, false),
      RosterRule.differentDepartments("带班领导", "值班员", true), RosterRule.notUnavailable(true),
      RosterRule.noConsecutiveHolidayPeriods(false), RosterRule.respectPreferences(),
      RosterRule.custom("no-driver-on-eve", true, NO_DRIVER_ON_EVE));

  @Test
  void aPlanWithItsRulesReadsBackTheSame() throws Exception {
    String json = Configuration.write(plan(), RULES);
    assertThat(json).contains("\"from\" : \"2026-02-14\"", "\"2026-02-16\" : \"除夕\"", "\"handover\" : \"09:00\"",
        "\"rule\" : \"custom\"", "\"name\" : \"no-driver-on-eve\"", "\"HOLIDAY\" : 2.5");
    Configuration.DutyPlanDocument read = Configuration.readDutyPlan(json, ChinaCalendars.official(),
        Map.of("no-driver-on-eve", NO_DRIVER_ON_EVE));
    assertThat(read.rules()).isEqualTo(RULES);
    assertThat(read.plan().slots()).isEqualTo(plan().slots());
    assertThat(read.plan().category(LocalDate.of(2026, 2, 16))).isEqualTo(DayCategory.PEAK);
    assertThat(Configuration.write(read.plan(), read.rules())).isEqualTo(json);
    try (InputStream in = Configuration.class.getResourceAsStream("schemas/oakit.duty-plan.schema.json")) {
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8)).validate(json, InputFormat.JSON)).isEmpty();
    }
  }

  @Test
  void refusalsNameTheirPointer() {
    String json = Configuration.write(plan(), RULES);
    assertThatThrownBy(() -> Configuration.readDutyPlan(json, ChinaCalendars.official(), Map.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().asString()
            .startsWith("/rules/6/name: no rule of that name is registered by the host (registered: [])"));
    String bad = json.replace("\"days\" : 3", "\"days\" : 0").replace("\"rule\" : \"maxPerMonth\"", "\"rule\" : \"maxPerWeek\"")
        .replace("\"HOLIDAY\" : 2.5", "\"HOLIDAY\" : -1").replace("\"until\" : \"2026-03-01\"", "\"until\" : \"2026-02-01\"");
    assertThatThrownBy(() -> Configuration.readDutyPlan(bad, ChinaCalendars.official(), Map.of("no-driver-on-eve",
        NO_DRIVER_ON_EVE))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
        .extracting(v -> v.substring(0, v.indexOf(':'))).containsExactlyInAnyOrder("/rules/0/days", "/rules/1/rule",
            "/weights/HOLIDAY", "/until"));
    // a plan past the calendar's coverage names the field too
    assertThatThrownBy(() -> Configuration.readDutyPlan(json.replace("2026-03-01", "2027-01-05"), ChinaCalendars.official(),
        Map.of("no-driver-on-eve", NO_DRIVER_ON_EVE))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/until").hasMessageContaining("2027-01-04");
  }
}
