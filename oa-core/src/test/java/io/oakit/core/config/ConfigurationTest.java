package io.oakit.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.oakit.core.InvalidInputException;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.deadline.DeadlineTable;
import io.oakit.core.deadline.ExtensionPolicy;
import io.oakit.core.deadline.ReminderPolicy;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.CountyOffice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Configuration documents: the county office and the defaults written and read back equal, every kind of
 * refusal with its exact JSON Pointer (all problems of a document at once), the written documents valid
 * under their published schemas, and round trips over generated values.
 */
class ConfigurationTest {

  // ---------------------------------------------------------------- round trips by hand

  @Test
  void theCountyOfficeReadsBackEqualAndTheTextIsStable() {
    Organization org = CountyOffice.organization();
    String json = Configuration.write(org);
    Organization read = Configuration.readOrganization(json);
    assertThat(read).isEqualTo(org);
    assertThat(Configuration.write(read)).isEqualTo(json);
    assertThat(json).contains("\"format\" : \"oakit.organization\"", "\"head\" : \"li\"", "\"deputy\" : \"qian\"",
        "\"财务\" : \"qian\"", "\"kind\" : \"TRIP\"");
    // keys sorted: a diff shows only what changed
    assertThat(json.indexOf("\"absences\"")).isLessThan(json.indexOf("\"departments\""));
    assertThat(json.indexOf("\"departments\"")).isLessThan(json.indexOf("\"format\""));
    // the order things were added in does not matter
    Organization reordered = Organization.builder()
        .unit("xj", "某县交通运输局")
        .department("safety", "安全科", "xj", "安全生产").department("finance", "财务科", "xj", "财务")
        .department("office", "办公室", "xj", "综合").department("leaders", "局领导", "xj", null)
        .build();
    assertThat(Configuration.write(reordered)).isEqualTo(Configuration.write(Configuration.readOrganization(
        Configuration.write(reordered))));
  }

  @Test
  void deadlinesAndPoliciesReadBackEqual() {
    DeadlineTable table = DeadlinePolicy.table().forUrgency(Urgency.NORMAL, DeadlineRule.workingDays(10))
        .forKind(DocumentKind.REQUEST, Urgency.NORMAL, DeadlineRule.workingDays(5))
        .forKind(DocumentKind.REQUEST, Urgency.URGENT, DeadlineRule.parse("by 2027-03-01"))
        .forKind(DocumentKind.LETTER, Urgency.EXTRA_URGENT, DeadlineRule.workingHours(4)).build();
    String json = Configuration.write(table);
    assertThat(json).contains("\"REQUEST\" : {", "\"NORMAL\" : \"5 working days\"", "\"EXTRA_URGENT\" : \"4 natural hours\"");
    assertThat(Configuration.readDeadlineTable(json)).isEqualTo(table);
    assertThat(Configuration.readDeadlineTable(Configuration.write((DeadlineTable) DeadlinePolicy.defaults())))
        .isEqualTo(DeadlinePolicy.defaults());
    // urgencies a document leaves out keep their defaults
    assertThat(Configuration.readDeadlineTable("{\"format\":\"oakit.deadline-table\",\"formatVersion\":1,"
        + "\"byUrgency\":{\"NORMAL\":\"5 working days\"}}").ruleFor(Urgency.URGENT, DocumentKind.NOTICE))
        .isEqualTo(DeadlineRule.workingDays(3));
    for (ExtensionPolicy p : List.of(ExtensionPolicy.unlimited(), ExtensionPolicy.atMost(0), ExtensionPolicy.atMost(1,
        DeadlineRule.workingDays(20)))) {
      assertThat(Configuration.readExtensionPolicy(Configuration.write(p))).isEqualTo(p);
    }
    ReminderPolicy reminders = new ReminderPolicy(List.of(0.25, 0.5, 0.9), List.of(1, 3), false, 2, 0.75);
    assertThat(Configuration.readReminderPolicy(Configuration.write(reminders))).isEqualTo(reminders);
    assertThat(Configuration.readReminderPolicy(Configuration.write(ReminderPolicy.defaults())))
        .isEqualTo(ReminderPolicy.defaults());
  }

  // ---------------------------------------------------------------- rule sets

  /** The county bureau's rules: proposals by area and urgency, the expense ladder, a default route. */
  static io.oakit.core.routing.RuleSet countyRules() {
    return io.oakit.core.routing.RuleSet.builder()
        .rule(io.oakit.core.routing.RoutingRule.of("expenses", 10, io.oakit.core.routing.Condition.tagged("经费"),
            io.oakit.core.routing.ApprovalLadder.builder()
                .upToInclusive("1000", io.oakit.core.routing.Route.to(io.oakit.core.routing.Target.role("办公室主任")))
                .upToInclusive("20000", io.oakit.core.routing.Route.to(io.oakit.core.routing.Target.leaderInCharge("财务")))
                .upToInclusive("50000", io.oakit.core.routing.Route.to(io.oakit.core.routing.Target.role("局长")))
                .above(io.oakit.core.routing.Route.builder().countersignAll(
                    io.oakit.core.routing.Target.allWithRole("局长办公会")).build())
                .build()))
        .rule(io.oakit.core.routing.RoutingRule.of("urgent-finance", 8, io.oakit.core.routing.Condition.all(
                io.oakit.core.routing.Condition.areaIn("财务"), io.oakit.core.routing.Condition.urgencyAtLeast(Urgency.URGENT),
                io.oakit.core.routing.Condition.not(io.oakit.core.routing.Condition.kindIn(DocumentKind.LETTER,
                    DocumentKind.MINUTES))),
            io.oakit.core.routing.Route.builder().then(io.oakit.core.routing.Target.leaderInCharge("财务"))
                .inParallel(io.oakit.core.routing.Target.headOf("finance"), io.oakit.core.routing.Target.person("zhou"))
                .countersign(2, io.oakit.core.routing.Target.allWithRole("局长办公会"))
                .copyTo(io.oakit.core.routing.Target.leadersOfDocumentAreas()).build())
            .withOnAbsent(io.oakit.core.routing.RoutingRule.AbsencePolicy.DEPUTY)
            .withOnUncleared(io.oakit.core.routing.RoutingRule.ClearancePolicy.REPORT_GAP))
        .rule(io.oakit.core.routing.RoutingRule.of("secret-or-province", 5, io.oakit.core.routing.Condition.any(
                io.oakit.core.routing.Condition.secrecyAtLeast(SecrecyLevel.SECRET),
                io.oakit.core.routing.Condition.issuedBy("省交通运输厅"), io.oakit.core.routing.Condition.subjectContains("安全"),
                io.oakit.core.routing.Condition.amountIn(io.oakit.core.routing.AmountRange.above("100000"))),
            io.oakit.core.routing.Route.to(io.oakit.core.routing.Target.role("局长"))))
        .mode(io.oakit.core.routing.RuleSet.Mode.COLLECT_ALL)
        .defaultRoute(io.oakit.core.routing.Route.to(io.oakit.core.routing.Target.role("办公室主任")))
        .build();
  }

  @Test
  void aRuleSetWithItsLadderReadsBackEqualAndRoutesTheSame() {
    io.oakit.core.routing.RuleSet rules = countyRules();
    String json = Configuration.write(rules);
    io.oakit.core.routing.RuleSet read = Configuration.readRuleSet(json, CountyOffice.organization());
    assertThat(read).isEqualTo(rules);
    assertThat(Configuration.write(read)).isEqualTo(json);
    assertThat(json).contains("\"upper\" : \"20000\"", "\"leaderInCharge\" : \"财务\"", "\"onAbsent\" : \"DEPUTY\"");
    var doc = CountyOffice.document("发-1").tags("经费").areas("财务").amount("15000")
        .build();
    assertThat(read.compile().route(doc, CountyOffice.organization(), CountyOffice.MONDAY_9).explanation())
        .isEqualTo(rules.compile().route(doc, CountyOffice.organization(), CountyOffice.MONDAY_9).explanation());
  }

  @Test
  void ruleSetRefusalsNameTheirPointer() {
    String json = Configuration.write(countyRules());
    // a rule naming a role nobody holds
    assertThatThrownBy(() -> Configuration.readRuleSet(json.replace("\"role\" : \"局长\"", "\"role\" : \"处长\""),
        CountyOffice.organization())).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).contains(
            "/rules/0/ladder/2/route/stages/0/targets/0/role: nobody in the organisation holds that role but was \"处长\"",
            "/rules/2/route/stages/0/targets/0/role: nobody in the organisation holds that role but was \"处长\""));
    // without an organisation the same document is only checked in itself
    assertThat(Configuration.readRuleSet(json.replace("\"role\" : \"局长\"", "\"role\" : \"处长\""))).isNotNull();
    // a gap in the ladder, a person and an area unknown, a condition and a target of no known kind
    String bad = json.replace("\"lower\" : \"1000\"", "\"lower\" : \"1500\"").replace("\"person\" : \"zhou\"",
        "\"person\" : \"wang\"").replace("\"tagged\" : \"经费\"", "\"taggedWith\" : \"经费\"")
        .replace("\"headOf\" : \"finance\"", "\"headOf\" : \"finance\", \"role\" : \"x\"");
    assertThatThrownBy(() -> Configuration.readRuleSet(bad, CountyOffice.organization()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .anyMatch(v -> v.startsWith("/rules/0/ladder/1/amount: the tiers must follow each other"))
            .anyMatch(v -> v.startsWith("/rules/1/route/stages/1/targets/1/person: no person of that id"))
            .anyMatch(v -> v.startsWith("/rules/0/when: expected an object with one of"))
            .anyMatch(v -> v.startsWith("/rules/1/route/stages/1/targets/0: expected one of")));
    assertThatThrownBy(() -> Configuration.readRuleSet(json.replaceFirst("\"ladder\" :", "\"route\" : {\"stages\":[]}, "
        + "\"ladder\" :"), CountyOffice.organization())).hasMessageContaining("/rules/0: give either a route or a ladder");
    assertThatThrownBy(() -> Configuration.readRuleSet(json.replace("\"id\" : \"expenses\"", "\"id\" : \"default\""),
        CountyOffice.organization())).hasMessageContaining("/rules/0/id: the id 'default' is reserved");
  }

  // ---------------------------------------------------------------- score cards and supervised units

  @Test
  void scoreCardsAndSupervisedUnitsReadBackEqual() {
    var card = io.oakit.core.supervision.scoring.ScoreCard.builder().base("90").bounds("-10", "110").overdue("1.5", "12")
        .urgingAfterDue("0.25").rework("3").missedProgressReport("1").lateSignFor(2, "0.5").earlyCompletion(5, "2")
        .commendation("4").rating(io.oakit.core.supervision.QualityRating.POOR, "-3")
        .roleWeights("1", "0.4").importanceWeight(io.oakit.core.supervision.Importance.MAJOR, "2.5").build();
    String json = Configuration.write(card);
    assertThat(json).contains("\"perWorkingDay\" : \"1.5\"", "\"POOR\" : \"-3\"", "\"co\" : \"0.4\"");
    assertThat(Configuration.readScoreCard(json)).isEqualTo(card);
    assertThat(Configuration.readScoreCard(Configuration.write(io.oakit.core.supervision.scoring.ScoreCard.defaults())))
        .isEqualTo(io.oakit.core.supervision.scoring.ScoreCard.defaults());
    assertThat(Configuration.readScoreCard("{\"format\":\"oakit.score-card\",\"formatVersion\":1,\"base\":\"95\"}"))
        .isEqualTo(io.oakit.core.supervision.scoring.ScoreCard.builder().base("95").build());
    assertThatThrownBy(() -> Configuration.readScoreCard("{\"format\":\"oakit.score-card\",\"formatVersion\":1,"
        + "\"base\":\"abc\",\"overdue\":{\"perWorkingDay\":\"-1\",\"cap\":\"10\"},\"ratings\":{\"BAD\":\"1\"},"
        + "\"lateSignFor\":{\"withinWorkingDays\":-1,\"points\":\"1\"}}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.substring(0, v.indexOf(':'))).containsExactlyInAnyOrder("/base", "/overdue", "/ratings/BAD",
                "/lateSignFor/withinWorkingDays"));
    assertThatThrownBy(() -> Configuration.readScoreCard("{\"format\":\"oakit.score-card\",\"formatVersion\":1,"
        + "\"base\":\"150\"}")).hasMessageContaining("must lie within the bounds");
    java.util.Set<String> units = java.util.Set.of("交通局", "财政局", "城关镇");
    assertThat(Configuration.readSupervisedUnits(Configuration.writeSupervisedUnits(units))).isEqualTo(units);
    assertThatThrownBy(() -> Configuration.readSupervisedUnits("{\"format\":\"oakit.supervised-units\",\"formatVersion\":1,"
        + "\"units\":[\"交通局\",\" \",\"交通局\"]}")).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).containsExactly("/units/1: expected a unit's name but was \" \"",
            "/units/2: listed before but was \"交通局\""));
  }

  // ---------------------------------------------------------------- office hours and regional holidays

  static io.oakit.core.calendar.OfficeHours summerHours() {
    return new io.oakit.core.calendar.OfficeHours(io.oakit.core.calendar.WorkingHours.parse("08:30-12:00,14:30-17:30"),
        List.of(new io.oakit.core.calendar.OfficeHours.Season(java.time.MonthDay.of(5, 1), java.time.MonthDay.of(9, 30),
            io.oakit.core.calendar.WorkingHours.parse("08:30-12:00,15:00-18:00"))), java.time.ZoneId.of("Asia/Urumqi"));
  }

  static io.oakit.core.calendar.RegionalHolidays xinjiang() {
    return io.oakit.core.calendar.RegionalHolidays.guangxi().with(io.oakit.core.calendar.HolidayData.of(
        java.time.Year.of(2026), java.time.Year.of(2026), Map.of(java.time.LocalDate.of(2026, 3, 20),
            new io.oakit.core.calendar.HolidayData.Entry("肉孜节", true), java.time.LocalDate.of(2026, 3, 22),
            new io.oakit.core.calendar.HolidayData.Entry("肉孜节", false))));
  }

  @Test
  void officeHoursAndRegionalHolidaysReadBackAndBuildTheSameCalendar() {
    io.oakit.core.calendar.OfficeHours hours = summerHours();
    String json = Configuration.write(hours);
    assertThat(json).contains("\"hours\" : \"08:30-12:00,14:30-17:30\"", "\"from\" : \"05-01\"", "\"zone\" : \"Asia/Urumqi\"");
    assertThat(Configuration.readOfficeHours(json)).isEqualTo(hours);
    assertThat(Configuration.readOfficeHours(Configuration.write(io.oakit.core.calendar.OfficeHours.defaults())))
        .isEqualTo(io.oakit.core.calendar.OfficeHours.defaults());
    String regional = Configuration.write(xinjiang());
    assertThat(Configuration.write(Configuration.readRegionalHolidays(regional))).isEqualTo(regional);
    var built = hours.applyTo(io.oakit.core.calendar.ChinaCalendars.builder()).regional(xinjiang()).build();
    var read = Configuration.readOfficeHours(json).applyTo(io.oakit.core.calendar.ChinaCalendars.builder())
        .regional(Configuration.readRegionalHolidays(regional)).build();
    assertThat(read.version()).isEqualTo(built.version());
    assertThat(read.closeOfBusiness(java.time.LocalDate.of(2026, 6, 1))).isEqualTo(java.time.LocalDateTime.of(2026, 6, 1, 18, 0));
    assertThatThrownBy(() -> Configuration.readOfficeHours(json.replace("Asia/Urumqi", "Mars/Base").replace("\"05-01\"",
        "\"13-01\"").replace("08:30-12:00,15:00-18:00", "18:00-08:00"))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(v -> v.substring(0, v.indexOf(':')))
            .containsExactlyInAnyOrder("/zone", "/seasons/0/from", "/seasons/0/hours"));
    assertThatThrownBy(() -> Configuration.readRegionalHolidays(regional.replace("\"month\" : 3", "\"month\" : 13")
        .replace("\"offDay\" : false", "\"offDay\" : \"no\""))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(v -> v.substring(0, v.indexOf(':')))
            .containsExactlyInAnyOrder("/lunarFestivals/0/month", "/days/1/offDay"));
  }

  @Test
  void gradePoliciesReadBackInTheirOrder() {
    java.util.LinkedHashMap<String, java.math.BigDecimal> minimums = new java.util.LinkedHashMap<>();
    minimums.put("优秀", new java.math.BigDecimal("95"));
    minimums.put("良好", new java.math.BigDecimal("85.5"));
    minimums.put("合格", new java.math.BigDecimal("60"));
    var thresholds = io.oakit.core.supervision.scoring.GradePolicy.thresholds(minimums, "不合格");
    assertThat(Configuration.readGradePolicy(Configuration.write(thresholds))).isEqualTo(thresholds);
    java.util.LinkedHashMap<String, Double> shares = new java.util.LinkedHashMap<>();
    shares.put("优秀", 0.2);
    shares.put("良好", 0.3);
    var quota = io.oakit.core.supervision.scoring.GradePolicy.quota(shares, "合格");
    String json = Configuration.write(quota);
    assertThat(Configuration.readGradePolicy(json)).isEqualTo(quota);
    assertThat(json.indexOf("优秀")).isLessThan(json.indexOf("良好"));  // the order is the policy
    assertThatThrownBy(() -> Configuration.readGradePolicy(json.replace("0.3", "0.9")))
        .hasMessageContaining("/quota/grades: quota fractions must add up to at most 1");
    assertThatThrownBy(() -> Configuration.readGradePolicy(Configuration.write(thresholds).replace("\"85.5\"", "\"99\"")))
        .hasMessageContaining("/thresholds/grades: grade minimums must decrease");
    assertThatThrownBy(() -> Configuration.readGradePolicy("{\"format\":\"oakit.grade-policy\",\"formatVersion\":1}"))
        .hasMessageContaining("/: give either thresholds or quota");
  }

  // ---------------------------------------------------------------- refusals

  private static String orgDoc(String units, String departments, String people, String rest) {
    return "{\"format\":\"oakit.organization\",\"formatVersion\":1,\"units\":" + units + ",\"departments\":" + departments
        + ",\"people\":" + people + rest + "}";
  }

  private static final String UNITS = "[{\"id\":\"xj\",\"name\":\"某县交通运输局\"}]";
  private static final String DEPTS = "[{\"id\":\"office\",\"name\":\"办公室\",\"unit\":\"xj\",\"head\":\"li\"}]";
  private static final String LI = "{\"id\":\"li\",\"name\":\"李主任\",\"department\":\"office\",\"title\":\"主任\",\"rank\":4,"
      + "\"clearance\":\"SECRET\",\"roles\":[\"办公室主任\"]}";

  private static List<String> refusal(String json) {
    try {
      Configuration.readOrganization(json);
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("not refused: " + json);
  }

  @Test
  void everyKindOfRefusalNamesItsPointerAndValue() {
    assertThat(Configuration.readOrganization(orgDoc(UNITS, DEPTS, "[" + LI + "]", ""))
        .person("li").roles()).containsExactly("办公室主任");
    // an unknown field
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI.replace("}", ",\"nickname\":\"老李\"}") + "]", "")))
        .singleElement().asString().startsWith("/people/0/nickname: unknown field");
    // a wrong type
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI.replace("\"rank\":4", "\"rank\":\"4\"") + "]", "")))
        .singleElement().asString().isEqualTo("/people/0/rank: expected a whole number in 1..1000000 but was \"4\"");
    // a bad value
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI.replace("SECRET", "VERY_SECRET") + "]", "")))
        .singleElement().asString().startsWith("/people/0/clearance: expected one of [UNCLASSIFIED, CONFIDENTIAL, SECRET,"
            + " TOP_SECRET] but was \"VERY_SECRET\"");
    // dangling references
    assertThat(refusal(orgDoc(UNITS, DEPTS.replace("\"head\":\"li\"", "\"head\":\"wang\""), "[" + LI + "]", "")))
        .containsExactly("/departments/0/head: no person of that id but was \"wang\"");
    assertThat(refusal(orgDoc(UNITS, DEPTS.replace("\"unit\":\"xj\"", "\"unit\":\"xx\""), "[" + LI + "]", "")))
        .containsExactly("/departments/0/unit: no unit of that id but was \"xx\"");
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI.replace("}", ",\"deputy\":\"zhao\"}") + "]", "")))
        .containsExactly("/people/0/deputy: a standing deputy must be another person of the document but was \"zhao\"");
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI + "]", ",\"leadersInCharge\":{\"财务\":\"qian\"}")))
        .containsExactly("/leadersInCharge/财务: expected the id of a person of the document but was \"qian\"");
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI + "]", ",\"absences\":[{\"person\":\"sun\",\"kind\":\"TRIP\","
        + "\"from\":\"2026-06-08T00:00\",\"until\":\"2026-06-10T18:00\",\"deputy\":\"li\"}]")))
        .containsExactly("/absences/0/person: no person of that id but was \"sun\"");
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI + "," + LI + "]", "")))
        .containsExactly("/people/1/id: a person of that id is listed before but was \"li\"");
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI + "]", ",\"absences\":[{\"person\":\"li\",\"kind\":\"TRIP\","
        + "\"from\":\"2026-06-10T00:00\",\"until\":\"2026-06-08T18:00\"}]")))
        .containsExactly("/absences/0/until: must be after from 2026-06-10T00:00 but was \"2026-06-08T18:00\"");
    // a wrong header, and not JSON at all
    assertThat(refusal(orgDoc(UNITS, DEPTS, "[" + LI + "]", "").replace("\"formatVersion\":1", "\"formatVersion\":2")))
        .containsExactly("/formatVersion: expected 1 but was 2");
    assertThatThrownBy(() -> Configuration.readOrganization("{\"units\":[}")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not JSON (line 1)");
  }

  @Test
  void allProblemsOfADocumentAreNamedAtOnce() {
    String bad = orgDoc(UNITS, DEPTS.replace("\"head\":\"li\"", "\"head\":\"wang\""),
        "[" + LI.replace("\"rank\":4", "\"rank\":0").replace("}", ",\"nickname\":\"老李\"}") + "]",
        ",\"leadersInCharge\":{\"财务\":\"qian\"}");
    assertThat(refusal(bad)).hasSize(4).anyMatch(v -> v.startsWith("/departments/0/head"))
        .anyMatch(v -> v.startsWith("/people/0/rank")).anyMatch(v -> v.startsWith("/people/0/nickname"))
        .anyMatch(v -> v.startsWith("/leadersInCharge/财务"));
  }

  @Test
  void deadlineAndPolicyRefusals() {
    assertThatThrownBy(() -> Configuration.readDeadlineTable("{\"format\":\"oakit.deadline-table\",\"formatVersion\":1,"
        + "\"byUrgency\":{\"VERY_URGENT\":\"1 working day\",\"NORMAL\":\"soon\"},\"byKind\":{\"REQUEST\":{\"NORMAL\":5}}}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).hasSize(3)
            .anyMatch(v -> v.startsWith("/byUrgency/VERY_URGENT: expected one of [EXTRA_URGENT, URGENT, NORMAL]"))
            .anyMatch(v -> v.startsWith("/byUrgency/NORMAL: deadline rule 'soon'"))
            .anyMatch(v -> v.startsWith("/byKind/REQUEST/NORMAL: expected a deadline rule")));
    assertThatThrownBy(() -> Configuration.readExtensionPolicy("{\"format\":\"oakit.extension-policy\",\"formatVersion\":1,"
        + "\"maxTotal\":\"20 working days\"}")).hasMessageContaining("/maxCount: a total needs a count");
    assertThatThrownBy(() -> Configuration.readExtensionPolicy("{\"format\":\"oakit.extension-policy\",\"formatVersion\":1,"
        + "\"maxCount\":1,\"maxTotal\":\"by 2027-01-01\"}")).hasMessageContaining("/maxTotal: expected a period");
    assertThatThrownBy(() -> Configuration.readReminderPolicy("{\"format\":\"oakit.reminder-policy\",\"formatVersion\":1,"
        + "\"fractionsUsed\":[0.5,1.5],\"workingDaysBeforeDue\":[0],\"atDue\":\"yes\",\"overdueReminders\":-1,"
        + "\"approachingFraction\":0}")).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).extracting(v -> v.substring(0, v.indexOf(':'))).containsExactlyInAnyOrder(
            "/fractionsUsed/1", "/workingDaysBeforeDue/0", "/atDue", "/overdueReminders", "/approachingFraction"));
    assertThatThrownBy(() -> Configuration.readReminderPolicy(Configuration.write(ReminderPolicy.defaults())
        .replace("oakit.reminder-policy", "oakit.organization"))).hasMessageContaining("/format: expected \"oakit.reminder-policy\"");
  }

  // ---------------------------------------------------------------- schemas

  private static Schema schema(String format) {
    try (InputStream in = Configuration.class.getResourceAsStream("schemas/" + format + ".schema.json")) {
      assertThat(in).as("schema of %s in the jar", format).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyWrittenDocumentIsValidUnderItsPublishedSchemaAndBadOnesAreNot() {
    Map<String, String> written = new java.util.LinkedHashMap<>();
    written.put(Configuration.OFFICE_HOURS, Configuration.write(summerHours()));
    written.put(Configuration.REGIONAL_HOLIDAYS, Configuration.write(xinjiang()));
    written.put(Configuration.SHIFT_PLAN, Configuration.write(ShiftPlanDocumentTest.hotline()));
    written.put(Configuration.GRADE_POLICY, Configuration.write(io.oakit.core.supervision.scoring.GradePolicy.thresholds(
        new java.util.LinkedHashMap<>(Map.of("优秀", new java.math.BigDecimal("95"))), "合格")));
    written.putAll(Map.of(
        Configuration.ORGANIZATION, Configuration.write(CountyOffice.organization()),
        Configuration.RULE_SET, Configuration.write(countyRules()),
        Configuration.DEADLINE_TABLE, Configuration.write(DeadlinePolicy.table()
            .forKind(DocumentKind.REQUEST, Urgency.NORMAL, DeadlineRule.workingDays(5)).build()),
        Configuration.EXTENSION_POLICY, Configuration.write(ExtensionPolicy.atMost(1, DeadlineRule.workingDays(20))),
        Configuration.REMINDER_POLICY, Configuration.write(ReminderPolicy.defaults()),
        Configuration.SCORE_CARD, Configuration.write(io.oakit.core.supervision.scoring.ScoreCard.defaults()),
        Configuration.SUPERVISED_UNITS, Configuration.writeSupervisedUnits(java.util.Set.of("交通局", "财政局", "城关镇")),
        Configuration.DUTY_PLAN, Configuration.write(io.oakit.core.roster.DutyPlan.builder(
            io.oakit.core.calendar.ChinaCalendars.official(), java.time.LocalDate.of(2026, 9, 28),
            java.time.LocalDate.of(2026, 10, 9)).slots(io.oakit.core.roster.DayCategory.WORKING_DAY, "带班领导", "值班员")
            .build(), List.of(io.oakit.core.roster.RosterRule.minimumRest(2, true)))));
    assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(Configuration.FORMATS);
    written.forEach((format, json) -> assertThat(schema(format).validate(json, InputFormat.JSON)).as(format).isEmpty());
    // the schema refuses what the reader refuses for its shape
    assertThat(schema(Configuration.ORGANIZATION).validate(Configuration.write(CountyOffice.organization())
        .replace("\"rank\" : 1,", "\"rank\" : 0,"), InputFormat.JSON)).isNotEmpty();
    assertThat(schema(Configuration.ORGANIZATION).validate(Configuration.write(CountyOffice.organization())
        .replace("\"clearance\" : \"TOP_SECRET\"", "\"clearance\" : \"VERY_SECRET\""), InputFormat.JSON)).isNotEmpty();
    assertThat(schema(Configuration.EXTENSION_POLICY).validate("{\"format\":\"oakit.extension-policy\",\"formatVersion\":1,"
        + "\"maxTotal\":\"20 working days\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theSchemasListTheValuesOfTheEnumsAndTheDocsCarryTheSameFiles() throws IOException {
    String org = text("schemas/" + Configuration.ORGANIZATION + ".schema.json");
    assertThat(org).contains(quoted(SecrecyLevel.values())).contains(quoted(AbsenceKind.values()));
    String rules = text("schemas/" + Configuration.RULE_SET + ".schema.json").replaceAll("\\s+", " ");
    assertThat(rules).contains(quoted(io.oakit.core.routing.Stage.Mode.values()))
        .contains(quoted(io.oakit.core.routing.RoutingRule.AbsencePolicy.values()))
        .contains(quoted(io.oakit.core.routing.RoutingRule.ClearancePolicy.values()))
        .contains(quoted(io.oakit.core.routing.RuleSet.Mode.values())).contains(quoted(DocumentKind.values()));
    String card = text("schemas/" + Configuration.SCORE_CARD + ".schema.json");
    assertThat(card).contains(quoted(io.oakit.core.supervision.QualityRating.values()))
        .contains(quoted(io.oakit.core.supervision.Importance.values()));
    assertThat(text("schemas/" + Configuration.DUTY_PLAN + ".schema.json"))
        .contains(quoted(io.oakit.core.roster.DayCategory.values()));
    String table = text("schemas/" + Configuration.DEADLINE_TABLE + ".schema.json");
    assertThat(table).contains(quoted(Urgency.values()));
    assertThat(table.replaceAll("\\s+", " ")).contains(quoted(DocumentKind.values()));
    for (String format : Configuration.FORMATS) {
      Path docs = Path.of("..", "docs", "schemas", format + ".schema.json");
      assertThat(Files.readString(docs)).as("docs/schemas/%s.schema.json", format)
          .isEqualTo(text("schemas/" + format + ".schema.json"));
    }
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = Configuration.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String quoted(Enum<?>[] values) {
    return "[" + Stream.of(values).map(v -> "\"" + v.name() + "\"").collect(Collectors.joining(", ")) + "]";
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<DeadlineTable> tables() {
    Arbitrary<DeadlineRule> rules = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 60).map(DeadlineRule::workingDays),
        Arbitraries.integers().between(0, 90).map(DeadlineRule::calendarDays),
        Arbitraries.integers().between(1, 48).map(DeadlineRule::naturalHours),
        Arbitraries.integers().between(1, 40).map(DeadlineRule::workingHours));
    Arbitrary<List<Object[]>> rows = Combinators.combine(Arbitraries.of(DocumentKind.class), Arbitraries.of(Urgency.class),
        rules).as((k, u, r) -> new Object[] {k, u, r}).list().ofMaxSize(8);
    return Combinators.combine(rules, rules, rules, rows).as((a, b, c, extra) -> {
      DeadlineTable.Builder t = DeadlinePolicy.table().forUrgency(Urgency.EXTRA_URGENT, a).forUrgency(Urgency.URGENT, b)
          .forUrgency(Urgency.NORMAL, c);
      extra.forEach(x -> t.forKind((DocumentKind) x[0], (Urgency) x[1], (DeadlineRule) x[2]));
      return t.build();
    });
  }

  @Property(tries = 100)
  void everyDeadlineTableReadsBackEqualAndWritesTheSameText(@ForAll("tables") DeadlineTable table) {
    String json = Configuration.write(table);
    DeadlineTable read = Configuration.readDeadlineTable(json);
    assertThat(read).isEqualTo(table);
    assertThat(Configuration.write(read)).isEqualTo(json);
  }

  @Provide
  Arbitrary<ReminderPolicy> reminderPolicies() {
    return Combinators.combine(
        Arbitraries.doubles().between(0.01, 0.99).ofScale(2).list().ofMaxSize(4),
        Arbitraries.integers().between(1, 10).list().ofMaxSize(3),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 30),
        Arbitraries.doubles().between(0.01, 1.0).ofScale(3)).as(ReminderPolicy::new);
  }

  @Property(tries = 100)
  void everyReminderPolicyReadsBackEqual(@ForAll("reminderPolicies") ReminderPolicy policy) {
    assertThat(Configuration.readReminderPolicy(Configuration.write(policy))).isEqualTo(policy);
  }

  @Property(tries = 50)
  void everyExtensionPolicyReadsBackEqual(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 5) int count,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int days, @ForAll boolean withTotal) {
    ExtensionPolicy p = withTotal ? ExtensionPolicy.atMost(count, DeadlineRule.workingDays(days)) : ExtensionPolicy.atMost(count);
    assertThat(Configuration.readExtensionPolicy(Configuration.write(p))).isEqualTo(p);
  }

  @Provide
  Arbitrary<io.oakit.core.routing.Target> targets() {
    Arbitrary<String> words = Arbitraries.of("局长", "办公室主任", "财务", "综合", "finance", "li", "zhou");
    return Arbitraries.oneOf(words.map(io.oakit.core.routing.Target::person),
        words.map(io.oakit.core.routing.Target::role), words.map(io.oakit.core.routing.Target::allWithRole),
        words.map(io.oakit.core.routing.Target::headOf), words.map(io.oakit.core.routing.Target::leaderInCharge),
        Arbitraries.just(io.oakit.core.routing.Target.leadersOfDocumentAreas()));
  }

  Arbitrary<io.oakit.core.routing.Route> routes() {
    Arbitrary<io.oakit.core.routing.Stage> stage = Combinators.combine(Arbitraries.of(io.oakit.core.routing.Stage.Mode.class),
        targets().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 3))
        .as((m, t, r) -> new io.oakit.core.routing.Stage(m, t, m == io.oakit.core.routing.Stage.Mode.COUNTERSIGN ? r : 0));
    return Combinators.combine(stage.list().ofMinSize(1).ofMaxSize(3), targets().list().ofMaxSize(2))
        .as(io.oakit.core.routing.Route::new);
  }

  Arbitrary<io.oakit.core.routing.Condition> conditions(int depth) {
    Arbitrary<String> words = Arbitraries.of("经费", "财务", "安全", "县财政局", "综合");
    List<Arbitrary<io.oakit.core.routing.Condition>> leaves = List.of(
        Arbitraries.just(io.oakit.core.routing.Condition.always()),
        Arbitraries.of(DocumentKind.class).set().ofMinSize(1).ofMaxSize(3)
            .map(k -> io.oakit.core.routing.Condition.kindIn(k.toArray(DocumentKind[]::new))),
        Arbitraries.of(Urgency.class).map(io.oakit.core.routing.Condition::urgencyAtLeast),
        Arbitraries.of(SecrecyLevel.class).map(io.oakit.core.routing.Condition::secrecyAtLeast),
        words.map(io.oakit.core.routing.Condition::tagged), words.map(io.oakit.core.routing.Condition::subjectContains),
        words.set().ofMinSize(1).ofMaxSize(3).map(a -> io.oakit.core.routing.Condition.areaIn(a.toArray(String[]::new))),
        words.set().ofMinSize(1).ofMaxSize(2).map(a -> io.oakit.core.routing.Condition.issuedBy(a.toArray(String[]::new))),
        Arbitraries.integers().between(0, 100_000).map(n -> io.oakit.core.routing.Condition.amountIn(
            io.oakit.core.routing.AmountRange.atMost(Integer.toString(n)))));
    Arbitrary<io.oakit.core.routing.Condition> leaf = Arbitraries.oneOf(leaves);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<io.oakit.core.routing.Condition> inner = conditions(depth - 1);
    return Arbitraries.oneOf(leaf,
        inner.list().ofMinSize(1).ofMaxSize(3).map(c -> io.oakit.core.routing.Condition.all(
            c.toArray(io.oakit.core.routing.Condition[]::new))),
        inner.list().ofMinSize(1).ofMaxSize(3).map(c -> io.oakit.core.routing.Condition.any(
            c.toArray(io.oakit.core.routing.Condition[]::new))),
        inner.map(io.oakit.core.routing.Condition::not));
  }

  @Provide
  Arbitrary<io.oakit.core.routing.RuleSet> ruleSets() {
    Arbitrary<io.oakit.core.routing.RouteSpec> action = Arbitraries.oneOf(routes().map(r -> r),
        Combinators.combine(Arbitraries.integers().between(1, 5000), routes(), routes())
            .as((n, a, b) -> io.oakit.core.routing.ApprovalLadder.builder().upToInclusive(Integer.toString(n), a).above(b)
                .build()));
    Arbitrary<io.oakit.core.routing.RoutingRule> rule = Combinators.combine(Arbitraries.integers().between(-5, 20),
        conditions(2), action, Arbitraries.of(io.oakit.core.routing.RoutingRule.AbsencePolicy.class),
        Arbitraries.of(io.oakit.core.routing.RoutingRule.ClearancePolicy.class))
        .as((p, c, a, abs, clr) -> new io.oakit.core.routing.RoutingRule("r", p, c, a, abs, clr));
    return Combinators.combine(rule.list().ofMaxSize(5), routes(), Arbitraries.of(io.oakit.core.routing.RuleSet.Mode.class))
        .as((rules, d, mode) -> {
          io.oakit.core.routing.RuleSet.Builder b = io.oakit.core.routing.RuleSet.builder().mode(mode).defaultRoute(d);
          for (int i = 0; i < rules.size(); i++) {
            io.oakit.core.routing.RoutingRule r = rules.get(i);
            b.rule(new io.oakit.core.routing.RoutingRule("r" + i, r.priority(), r.condition(), r.action(), r.onAbsent(),
                r.onUncleared()));
          }
          return b.build();
        });
  }

  @Property(tries = 100)
  void everyRuleSetReadsBackEqualAndWritesTheSameText(@ForAll("ruleSets") io.oakit.core.routing.RuleSet rules) {
    String json = Configuration.write(rules);
    io.oakit.core.routing.RuleSet read = Configuration.readRuleSet(json);
    assertThat(read).isEqualTo(rules);
    assertThat(Configuration.write(read)).isEqualTo(json);
  }

  @Provide
  Arbitrary<io.oakit.core.supervision.scoring.ScoreCard> scoreCards() {
    Arbitrary<String> points = Arbitraries.integers().between(0, 2000).map(n -> new java.math.BigDecimal(n).movePointLeft(2)
        .toPlainString());
    return Combinators.combine(points, points, points, points, Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(1, 5), points, points).as((a, b, c, d, within, by, lead, co) ->
        io.oakit.core.supervision.scoring.ScoreCard.builder().overdue(a, b).rework(c).commendation(d)
            .lateSignFor(within, a).earlyCompletion(by, b).roleWeights(lead, co)
            .rating(io.oakit.core.supervision.QualityRating.FAIR, "-" + c)
            .importanceWeight(io.oakit.core.supervision.Importance.GENERAL, d).build());
  }

  @Property(tries = 100)
  void everyScoreCardReadsBackEqual(@ForAll("scoreCards") io.oakit.core.supervision.scoring.ScoreCard card) {
    String json = Configuration.write(card);
    assertThat(Configuration.readScoreCard(json)).isEqualTo(card);
    assertThat(Configuration.write(Configuration.readScoreCard(json))).isEqualTo(json);
  }

  @Test
  void theRoundTripCheckFailsOnAWriterThatLosesAField() {
    // a writer that dropped byKind would read back the default table: the equality above would catch it
    DeadlineTable table = DeadlinePolicy.table().forKind(DocumentKind.REQUEST, Urgency.NORMAL, DeadlineRule.workingDays(5))
        .build();
    String lossy = Configuration.write(table).replaceAll("(?s)\"byKind\" : \\{.*?\\}\\s*\\},", "\"byKind\" : { },");
    assertThat(lossy).doesNotContain("REQUEST");
    assertThat(Configuration.readDeadlineTable(lossy)).isNotEqualTo(table);
  }
}
