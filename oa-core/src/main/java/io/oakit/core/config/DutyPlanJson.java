package io.oakit.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/** The duty plan document: period, handover, slots and weights per day category, peak days, roster rules. */
final class DutyPlanJson {

  private DutyPlanJson() {}

  static ObjectNode write(DutyPlan plan, List<RosterRule> rules) {
    ObjectNode root = Doc.header(Configuration.DUTY_PLAN);
    root.put("from", plan.startInclusive().toString()).put("until", plan.endExclusive().toString())
        .put("handover", plan.handover().toString());
    plan.dayEnd().ifPresent(e -> root.put("dayEnd", e.toString()));  // a daytime rota: handover..dayEnd
    if (plan.isWorkingDaysOnly()) {
      root.put("workingDaysOnly", true);
    }
    ObjectNode slots = root.putObject("slots");
    ObjectNode weights = root.putObject("weights");
    for (DayCategory c : DayCategory.values()) {
      List<String> roles = plan.roles(c);
      if (roles != null && !roles.isEmpty()) {
        ArrayNode a = slots.putArray(c.name());
        roles.forEach(a::add);
      }
      weights.put(c.name(), plan.weight(c));
    }
    ObjectNode peaks = root.putObject("peakDays");
    plan.peakDays().forEach((d, name) -> peaks.put(d.toString(), name));
    ArrayNode list = root.putArray("rules");
    for (RosterRule r : rules) {
      list.add(rule(r));
    }
    return root;
  }

  private static ObjectNode rule(RosterRule r) {
    ObjectNode n = Doc.JSON.createObjectNode();
    if (r instanceof RosterRule.NotUnavailable x) {
      n.put("rule", "notUnavailable").put("hard", x.hard());
    } else if (r instanceof RosterRule.MinimumRest x) {
      n.put("rule", "minimumRest").put("days", x.days()).put("hard", x.hard());
    } else if (r instanceof RosterRule.MaxPerMonth x) {
      n.put("rule", "maxPerMonth").put("duties", x.duties()).put("hard", x.hard());
    } else if (r instanceof RosterRule.NoConsecutiveHolidayPeriods x) {
      n.put("rule", "noConsecutiveHolidayPeriods").put("hard", x.hard());
    } else if (r instanceof RosterRule.DifferentDepartments x) {
      n.put("rule", "differentDepartments").put("roleA", x.roleA()).put("roleB", x.roleB()).put("hard", x.hard());
    } else if (r instanceof RosterRule.RespectPreferences x) {
      n.put("rule", "respectPreferences").put("hard", x.hard());
    } else {
      RosterRule.Custom x = (RosterRule.Custom) r;
      n.put("rule", "custom").put("name", x.name()).put("hard", x.hard());
    }
    return n;
  }

  static Configuration.DutyPlanDocument read(Doc doc, WorkCalendar calendar,
      Map<String, BiPredicate<DutyPerson, Slot>> custom) {
    JsonNode root = doc.root();
    Optional<LocalDate> from = date(doc, root, "from");
    Optional<LocalDate> until = date(doc, root, "until");
    Optional<LocalTime> handover = Optional.empty();
    if (root.has("handover")) {
      try {
        handover = Optional.of(LocalTime.parse(root.get("handover").asText("")));
      } catch (DateTimeParseException e) {
        doc.fail("/handover", "expected a time such as 08:30", root.get("handover"));
      }
    }
    Optional<LocalTime> dayEnd = Optional.empty();
    if (root.has("dayEnd")) {
      try {
        dayEnd = Optional.of(LocalTime.parse(root.get("dayEnd").asText("")));
        if (!dayEnd.get().isAfter(handover.orElse(LocalTime.of(8, 30)))) {
          doc.fail("/dayEnd", "must be after the handover (the start of a daytime duty)", root.get("dayEnd"));
        }
      } catch (DateTimeParseException e) {
        doc.fail("/dayEnd", "expected a time such as 17:30", root.get("dayEnd"));
      }
    }
    boolean workingDaysOnly = false;
    if (root.has("workingDaysOnly")) {
      if (root.get("workingDaysOnly").isBoolean()) {
        workingDaysOnly = root.get("workingDaysOnly").asBoolean();
      } else {
        doc.fail("/workingDaysOnly", "expected true or false", root.get("workingDaysOnly"));
      }
    }
    if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
      doc.fail("/until", "must be after from " + from.get(), root.get("until"));
    }
    Map<String, JsonNode> slots = doc.map(root, "", "slots", true);
    if (!slots.containsKey(DayCategory.WORKING_DAY.name()) && root.path("slots").isObject()) {
      doc.fail("/slots", "the working-day slots (WORKING_DAY) are required");
    }
    Map<DayCategory, List<String>> template = new java.util.EnumMap<>(DayCategory.class);
    slots.forEach((k, v) -> {
      String at = "/slots" + Doc.step(k);
      Optional<DayCategory> c = doc.enumValue(TextNode.valueOf(k), at, DayCategory.class);
      List<String> roles = new ArrayList<>();
      if (!v.isArray() || v.isEmpty()) {
        doc.fail(at, "expected a non-empty array of roles", v);
      } else {
        for (int i = 0; i < v.size(); i++) {
          if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
            doc.fail(at + "/" + i, "expected a role", v.get(i));
          } else {
            roles.add(v.get(i).asText());
          }
        }
      }
      c.filter(x -> roles.size() == v.size() && !roles.isEmpty()).ifPresent(x -> template.put(x, roles));
    });
    Map<DayCategory, Double> weights = new java.util.EnumMap<>(DayCategory.class);
    doc.map(root, "", "weights", false).forEach((k, v) -> {
      String at = "/weights" + Doc.step(k);
      Optional<DayCategory> c = doc.enumValue(TextNode.valueOf(k), at, DayCategory.class);
      Optional<Double> w = doc.number(v, at, 0, true, 1000, false);
      if (c.isPresent() && w.isPresent()) {
        weights.put(c.get(), w.get());
      }
    });
    Map<LocalDate, String> peaks = new java.util.TreeMap<>();
    doc.map(root, "", "peakDays", false).forEach((k, v) -> {
      String at = "/peakDays" + Doc.step(k);
      try {
        LocalDate d = LocalDate.parse(k);
        if (!v.isTextual() || v.asText().isBlank()) {
          doc.fail(at, "expected the day's name, e.g. 除夕", v);
        } else {
          peaks.put(d, v.asText());
        }
      } catch (DateTimeParseException e) {
        doc.fail(at, "expected a day such as 2027-02-05 as the key");
      }
    });
    List<RosterRule> rules = new ArrayList<>();
    List<JsonNode> list = doc.array(root, "", "rules", false);
    for (int i = 0; i < list.size(); i++) {
      rule(doc, list.get(i), "/rules/" + i, custom).ifPresent(rules::add);
    }
    doc.done();
    try {
      DutyPlan.Builder b = DutyPlan.builder(calendar, from.orElseThrow(), until.orElseThrow());
      handover.ifPresent(b::handover);
      Optional<LocalTime> end = dayEnd;
      end.ifPresent(e -> b.daytime(b.handoverTime(), e));
      if (workingDaysOnly) {
        b.workingDaysOnly();
      }
      template.forEach((c, roles) -> b.slots(c, roles.toArray(String[]::new)));
      weights.forEach(b::weight);
      peaks.forEach(b::peakDay);
      return new Configuration.DutyPlanDocument(b.build(), rules);
    } catch (io.oakit.core.calendar.CalendarCoverageException e) {
      throw new io.oakit.core.InvalidInputException("duty plan document", List.of("/until: " + e.getMessage()));
    } catch (RuntimeException e) {
      throw new io.oakit.core.InvalidInputException("duty plan document", List.of("/: " + e.getMessage()));
    }
  }

  private static Optional<LocalDate> date(Doc doc, JsonNode obj, String field) {
    JsonNode n = obj.get(field);
    try {
      if (n != null && n.isTextual()) {
        return Optional.of(LocalDate.parse(n.asText()));
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    doc.fail(Doc.step(field), "expected a day such as 2027-01-01", n);
    return Optional.empty();
  }

  private static final Map<String, Set<String>> PARAMETERS = Map.of(
      "notUnavailable", Set.of(), "minimumRest", Set.of("days"), "maxPerMonth", Set.of("duties"),
      "noConsecutiveHolidayPeriods", Set.of(), "differentDepartments", Set.of("roleA", "roleB"),
      "respectPreferences", Set.of(), "custom", Set.of("name"));

  private static Optional<RosterRule> rule(Doc doc, JsonNode n, String at, Map<String, BiPredicate<DutyPerson, Slot>> custom) {
    if (n == null || !n.isObject() || !PARAMETERS.containsKey(n.path("rule").asText(""))) {
      doc.fail(at + "/rule", "expected one of " + new java.util.TreeSet<>(PARAMETERS.keySet()), n == null ? null : n.get("rule"));
      return Optional.empty();
    }
    String name = n.get("rule").asText();
    Set<String> allowed = new java.util.HashSet<>(PARAMETERS.get(name));
    allowed.add("rule");
    allowed.add("hard");
    int before = doc.errorCount();
    doc.fields(n, at, allowed);
    Optional<Boolean> hard = doc.bool(n, at, "hard", true);
    Optional<RosterRule> out = switch (name) {
      case "notUnavailable" -> hard.map(RosterRule::notUnavailable);
      case "minimumRest" -> doc.integer(n, at, "days", 1, 366, true).flatMap(d -> hard.map(h -> RosterRule.minimumRest(d, h)));
      case "maxPerMonth" -> doc.integer(n, at, "duties", 1, 31, true).flatMap(d -> hard.map(h -> RosterRule.maxPerMonth(d, h)));
      case "noConsecutiveHolidayPeriods" -> hard.map(RosterRule::noConsecutiveHolidayPeriods);
      case "differentDepartments" -> {
        Optional<String> a = doc.text(n, at, "roleA", true);
        Optional<String> b = doc.text(n, at, "roleB", true);
        yield a.flatMap(x -> b.flatMap(y -> hard.map(h -> RosterRule.differentDepartments(x, y, h))));
      }
      case "respectPreferences" -> hard.map(h -> (RosterRule) new RosterRule.RespectPreferences(h));
      default -> {
        Optional<String> rule = doc.text(n, at, "name", true);
        rule.filter(r -> !custom.containsKey(r)).ifPresent(r -> doc.fail(at + "/name",
            "no rule of that name is registered by the host (registered: " + new java.util.TreeSet<>(custom.keySet()) + ")",
            n.get("name")));
        yield rule.filter(custom::containsKey).flatMap(r -> hard.map(h -> RosterRule.custom(r, h, custom.get(r))));
      }
    };
    return doc.errorCount() == before ? out : Optional.empty();
  }
}
