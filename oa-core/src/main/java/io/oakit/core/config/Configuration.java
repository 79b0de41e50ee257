package io.oakit.core.config;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.deadline.DeadlineTable;
import io.oakit.core.deadline.ExtensionPolicy;
import io.oakit.core.deadline.ReminderPolicy;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Absence;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Department;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import io.oakit.core.org.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The office's configuration as JSON documents: each type is written with {@code write(value)} and read
 * back with {@code readX(json)}, equal to what was written. Every document starts with its
 * {@code format} (e.g. {@code "oakit.organization"}) and {@code formatVersion} (1), and has a JSON Schema
 * in the jar ({@code io/oakit/core/config/schemas/<format>.schema.json}) and in {@code docs/schemas/}.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a bad value or a dangling reference (a head who
 * is not a person, a department of no unit, a deputy who is not a person) is refused with
 * {@link io.oakit.core.InvalidInputException}, whose violations name each problem by JSON Pointer with
 * the value at fault — all of them, not just the first; nothing is built from a refused document.
 * Writing is stable: keys sorted, lists in a defined order (by id, or by person and start), so that
 * two versions of a document can be diffed.
 */
public final class Configuration {

  /** The format of an organisation document. */
  public static final String ORGANIZATION = "oakit.organization";
  /** The format of a deadline table document. */
  public static final String DEADLINE_TABLE = "oakit.deadline-table";
  /** The format of an extension policy document. */
  public static final String EXTENSION_POLICY = "oakit.extension-policy";
  /** The format of a reminder policy document. */
  public static final String REMINDER_POLICY = "oakit.reminder-policy";
  /** The format of a routing rule set document (拟办, 签发 ladders). */
  public static final String RULE_SET = "oakit.rule-set";
  /** The format of a score card document (督查考核). */
  public static final String SCORE_CARD = "oakit.score-card";
  /** The format of a supervised units document (承办单位). */
  public static final String SUPERVISED_UNITS = "oakit.supervised-units";
  /** The format of a duty plan document (值班安排) with its roster rules. */
  public static final String DUTY_PLAN = "oakit.duty-plan";
  /** The format of an office hours document (作息时间). */
  public static final String OFFICE_HOURS = "oakit.office-hours";
  /** The format of a regional holidays document (a region's own statutory holidays). */
  public static final String REGIONAL_HOLIDAYS = "oakit.regional-holidays";
  /** The format of a grade policy document (考核等次). */
  public static final String GRADE_POLICY = "oakit.grade-policy";
  /** The format name of shift plan documents. */
  public static final String SHIFT_PLAN = "oakit.shift-plan";

  /** Every format, in the order of {@code docs/configuration.md}. */
  public static final List<String> FORMATS = List.of(ORGANIZATION, RULE_SET, DEADLINE_TABLE, EXTENSION_POLICY,
      REMINDER_POLICY, SCORE_CARD, GRADE_POLICY, SUPERVISED_UNITS, DUTY_PLAN, OFFICE_HOURS, REGIONAL_HOLIDAYS,
      SHIFT_PLAN);

  /**
   * A duty plan and the roster rules it is generated under, as read from one document.
   *
   * @param plan the plan
   * @param rules the rules, in the document's order
   */
  public record DutyPlanDocument(io.oakit.core.roster.DutyPlan plan, List<io.oakit.core.roster.RosterRule> rules) {
    /**
     * Copies the rules.
     *
     * @param plan the plan
     * @param rules the rules, in the document's order
     */
    public DutyPlanDocument {
      requireNonNull(plan, "plan");
      rules = List.copyOf(rules);
    }
  }

  private Configuration() {}

  // ---------------------------------------------------------------- organisation

  /**
   * An organisation as a document: {@code units}, {@code departments} (with their unit, area and head),
   * {@code people} (department, title, rank, clearance, roles, standing deputy), {@code leadersInCharge}
   * (area → person) and {@code absences}.
   *
   * @param org the organisation
   * @return the JSON text
   */
  public static String write(Organization org) {
    requireNonNull(org, "org");
    ObjectNode root = Doc.header(ORGANIZATION);
    ArrayNode units = root.putArray("units");
    org.units().values().stream().sorted(Comparator.comparing(Unit::id))
        .forEach(u -> units.addObject().put("id", u.id()).put("name", u.name()));
    ArrayNode departments = root.putArray("departments");
    org.departments().values().stream().sorted(Comparator.comparing(Department::id)).forEach(d -> {
      ObjectNode n = departments.addObject().put("id", d.id()).put("name", d.name()).put("unit", d.unitId());
      d.area().ifPresent(a -> n.put("area", a));
      org.headOf(d.id()).ifPresent(h -> n.put("head", h.id()));
    });
    ArrayNode people = root.putArray("people");
    org.people().stream().sorted(Comparator.comparing(Person::id)).forEach(p -> {
      ObjectNode n = people.addObject().put("id", p.id()).put("name", p.name()).put("department", p.departmentId())
          .put("title", p.title()).put("rank", p.rank()).put("clearance", p.clearance().name());
      ArrayNode roles = n.putArray("roles");
      new TreeSet<>(p.roles()).forEach(roles::add);
      org.standingDeputy(p.id()).ifPresent(d -> n.put("deputy", d.id()));
    });
    ObjectNode inCharge = root.putObject("leadersInCharge");
    new TreeSet<>(org.areas()).forEach(a -> org.inCharge(a).ifPresent(p -> inCharge.put(a, p.id())));
    ArrayNode absences = root.putArray("absences");
    org.people().stream().map(Person::id).sorted().forEach(id -> org.absences(id).forEach(a -> {
      ObjectNode n = absences.addObject().put("person", a.personId()).put("kind", a.kind().name())
          .put("from", a.startInclusive().toString()).put("until", a.endExclusive().toString());
      a.deputyId().ifPresent(d -> n.put("deputy", d));
    }));
    return Doc.write(root);
  }

  /**
   * Reads an organisation document (see {@link #write(Organization)}).
   *
   * @param json the document
   * @return the organisation
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static Organization readOrganization(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "organization document", ORGANIZATION,
        Set.of("units", "departments", "people", "leadersInCharge", "absences"));
    JsonNode root = doc.root();
    Organization.Builder b = Organization.builder();
    Set<String> unitIds = new HashSet<>();
    List<JsonNode> units = doc.array(root, "", "units", true);
    for (int i = 0; i < units.size(); i++) {
      String at = "/units/" + i;
      doc.object(units.get(i), at, Set.of("id", "name")).ifPresent(u -> {
        Optional<String> id = doc.text(u, at, "id", true);
        Optional<String> name = doc.text(u, at, "name", true);
        if (id.isPresent() && !unitIds.add(id.get())) {
          doc.fail(at + "/id", "a unit of that id is listed before", u.get("id"));
        } else if (id.isPresent() && name.isPresent()) {
          b.unit(id.get(), name.get());
        }
      });
    }
    // people first read, so that a department's head can be checked against them
    Map<String, String> personDepartment = new HashMap<>();
    List<JsonNode> people = doc.array(root, "", "people", true);
    for (int i = 0; i < people.size(); i++) {
      JsonNode p = people.get(i);
      if (p.isObject() && p.path("id").isTextual()) {
        personDepartment.putIfAbsent(p.get("id").asText(), p.path("department").asText(""));
      }
    }
    Set<String> departmentIds = new HashSet<>();
    List<JsonNode> departments = doc.array(root, "", "departments", true);
    for (int i = 0; i < departments.size(); i++) {
      String at = "/departments/" + i;
      doc.object(departments.get(i), at, Set.of("id", "name", "unit", "area", "head")).ifPresent(d -> {
        Optional<String> id = doc.text(d, at, "id", true);
        Optional<String> name = doc.text(d, at, "name", true);
        Optional<String> unit = doc.text(d, at, "unit", true);
        Optional<String> area = doc.text(d, at, "area", false);
        Optional<String> head = doc.text(d, at, "head", false);
        unit.filter(u -> !unitIds.contains(u)).ifPresent(u -> doc.fail(at + "/unit", "no unit of that id", d.get("unit")));
        head.filter(h -> !personDepartment.containsKey(h))
            .ifPresent(h -> doc.fail(at + "/head", "no person of that id", d.get("head")));
        if (id.isPresent() && !departmentIds.add(id.get())) {
          doc.fail(at + "/id", "a department of that id is listed before", d.get("id"));
        } else if (id.isPresent() && name.isPresent() && unit.isPresent()) {
          b.department(id.get(), name.get(), unit.get(), area.orElse(null));
          head.ifPresent(h -> b.head(id.get(), h));
        }
      });
    }
    Set<String> personIds = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      String at = "/people/" + i;
      doc.object(people.get(i), at, Set.of("id", "name", "department", "title", "rank", "clearance", "roles", "deputy"))
          .ifPresent(p -> {
            Optional<String> id = doc.text(p, at, "id", true);
            Optional<String> name = doc.text(p, at, "name", true);
            Optional<String> department = doc.text(p, at, "department", true);
            Optional<String> title = doc.text(p, at, "title", true);
            Optional<Integer> rank = doc.integer(p, at, "rank", 1, 1_000_000, true);
            Optional<SecrecyLevel> clearance = doc.enumValue(p.get("clearance"), at + "/clearance", SecrecyLevel.class);
            List<String> roles = new ArrayList<>();
            List<JsonNode> r = doc.array(p, at, "roles", false);
            for (int k = 0; k < r.size(); k++) {
              if (!r.get(k).isTextual() || r.get(k).asText().isBlank()) {
                doc.fail(at + "/roles/" + k, "expected a non-blank text", r.get(k));
              } else {
                roles.add(r.get(k).asText());
              }
            }
            Optional<String> deputy = doc.text(p, at, "deputy", false);
            department.filter(d -> !departmentIds.contains(d))
                .ifPresent(d -> doc.fail(at + "/department", "no department of that id", p.get("department")));
            deputy.filter(d -> !personDepartment.containsKey(d) || d.equals(id.orElse(null)))
                .ifPresent(d -> doc.fail(at + "/deputy", "a standing deputy must be another person of the document",
                    p.get("deputy")));
            if (id.isPresent() && !personIds.add(id.get())) {
              doc.fail(at + "/id", "a person of that id is listed before", p.get("id"));
            } else if (id.isPresent() && name.isPresent() && department.isPresent() && title.isPresent()
                && rank.isPresent() && clearance.isPresent()) {
              b.person(id.get(), name.get(), department.get(), title.get(), rank.get(), clearance.get(),
                  roles.toArray(String[]::new));
              deputy.ifPresent(d -> b.deputy(id.get(), d));
            }
          });
    }
    doc.map(root, "", "leadersInCharge", false).forEach((area, person) -> {
      String at = "/leadersInCharge" + Doc.step(area);
      if (area.isBlank()) {
        doc.fail(at, "an area must not be blank");
      } else if (!person.isTextual() || !personIds.contains(person.asText())) {
        doc.fail(at, "expected the id of a person of the document", person);
      } else {
        b.inCharge(area, person.asText());
      }
    });
    List<JsonNode> absences = doc.array(root, "", "absences", false);
    for (int i = 0; i < absences.size(); i++) {
      String at = "/absences/" + i;
      doc.object(absences.get(i), at, Set.of("person", "kind", "from", "until", "deputy")).ifPresent(a -> {
        Optional<String> person = doc.text(a, at, "person", true);
        Optional<AbsenceKind> kind = doc.enumValue(a.get("kind"), at + "/kind", AbsenceKind.class);
        var from = doc.dateTime(a, at, "from");
        var until = doc.dateTime(a, at, "until");
        Optional<String> deputy = doc.text(a, at, "deputy", false);
        person.filter(p -> !personIds.contains(p)).ifPresent(p -> doc.fail(at + "/person", "no person of that id",
            a.get("person")));
        deputy.filter(d -> !personIds.contains(d) || d.equals(person.orElse(null)))
            .ifPresent(d -> doc.fail(at + "/deputy", "a deputy must be another person of the document", a.get("deputy")));
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
          doc.fail(at + "/until", "must be after from " + from.get(), a.get("until"));
        } else if (person.isPresent() && kind.isPresent() && from.isPresent() && until.isPresent()) {
          b.away(person.get(), kind.get(), from.get(), until.get(), deputy.orElse(null));
        }
      });
    }
    doc.done();
    try {
      return b.build();
    } catch (RuntimeException e) {
      // what only the whole organisation shows (overlapping absences)
      throw new io.oakit.core.InvalidInputException("organization document", List.of("/absences: " + e.getMessage()));
    }
  }

  // ---------------------------------------------------------------- rule sets

  /**
   * A routing rule set as a document: {@code mode} (FIRST_MATCH or COLLECT_ALL), {@code rules} in priority
   * order — each with {@code id}, {@code priority}, a condition {@code when} (one of {@code always},
   * {@code kindIn}, {@code urgencyAtLeast}, {@code secrecyAtLeast}, {@code tagged}, {@code subjectContains},
   * {@code areaIn}, {@code amountIn}, {@code issuedBy}, {@code all}, {@code any}, {@code not}), either a
   * {@code route} (stages of targets, copies) or an approval {@code ladder} (amount ranges with their routes),
   * and its absence and clearance policies ({@code onAbsent}, {@code onUncleared}) — and the
   * {@code defaultRoute}.
   *
   * @param set the rule set
   * @return the JSON text
   */
  public static String write(io.oakit.core.routing.RuleSet set) {
    requireNonNull(set, "set");
    return Doc.write(RuleSetJson.write(set));
  }

  /**
   * Reads a rule set document (see {@link #write(io.oakit.core.routing.RuleSet)}), checking every target
   * against the organisation: a person, department, area or role the organisation does not have is refused.
   * Ladder tiers must follow each other without gap or overlap.
   *
   * @param json the document
   * @param organization the organisation the rules route in
   * @return the rule set
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static io.oakit.core.routing.RuleSet readRuleSet(String json, Organization organization) {
    requireNonNull(json, "json");
    requireNonNull(organization, "organization");
    return RuleSetJson.read(Doc.read(json, "rule set document", RULE_SET, Set.of("mode", "rules", "defaultRoute")),
        Optional.of(organization));
  }

  /**
   * Reads a rule set document without an organisation to check its targets against (a template to be
   * checked when it is put in force).
   *
   * @param json the document
   * @return the rule set
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static io.oakit.core.routing.RuleSet readRuleSet(String json) {
    requireNonNull(json, "json");
    return RuleSetJson.read(Doc.read(json, "rule set document", RULE_SET, Set.of("mode", "rules", "defaultRoute")),
        Optional.empty());
  }

  // ---------------------------------------------------------------- deadlines

  /**
   * A deadline table as a document: {@code byUrgency} (urgency → rule text) and {@code byKind}
   * (kind → urgency → rule text), e.g. {@code {"byUrgency": {"EXTRA_URGENT": "4 natural hours", "URGENT":
   * "3 working days", "NORMAL": "7 working days"}, "byKind": {"REQUEST": {"NORMAL": "5 working days"}}}}.
   *
   * @param table the table
   * @return the JSON text
   */
  public static String write(DeadlineTable table) {
    requireNonNull(table, "table");
    ObjectNode root = Doc.header(DEADLINE_TABLE);
    ObjectNode byUrgency = root.putObject("byUrgency");
    table.byUrgency().forEach((u, r) -> byUrgency.put(u.name(), r.toString()));
    ObjectNode byKind = root.putObject("byKind");
    table.byKind().forEach((k, rows) -> {
      ObjectNode n = byKind.putObject(k.name());
      rows.forEach((u, r) -> n.put(u.name(), r.toString()));
    });
    return Doc.write(root);
  }

  /**
   * Reads a deadline table document (see {@link #write(DeadlineTable)}); urgencies it leaves out keep
   * the default rows.
   *
   * @param json the document
   * @return the table
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static DeadlineTable readDeadlineTable(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "deadline table document", DEADLINE_TABLE, Set.of("byUrgency", "byKind"));
    DeadlineTable.Builder b = DeadlineTable.builder();
    doc.map(doc.root(), "", "byUrgency", false).forEach((u, rule) -> {
      String at = "/byUrgency" + Doc.step(u);
      Optional<Urgency> urgency = doc.enumValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(u), at, Urgency.class);
      Optional<DeadlineRule> r = rule(doc, rule, at);
      if (urgency.isPresent() && r.isPresent()) {
        b.forUrgency(urgency.get(), r.get());
      }
    });
    doc.map(doc.root(), "", "byKind", false).forEach((k, rows) -> {
      String at = "/byKind" + Doc.step(k);
      Optional<DocumentKind> kind = doc.enumValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(k), at,
          DocumentKind.class);
      if (!rows.isObject()) {
        doc.fail(at, "expected an object of urgency → rule", rows);
        return;
      }
      rows.fields().forEachRemaining(e -> {
        String rowAt = at + Doc.step(e.getKey());
        Optional<Urgency> urgency = doc.enumValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), rowAt,
            Urgency.class);
        Optional<DeadlineRule> r = rule(doc, e.getValue(), rowAt);
        if (kind.isPresent() && urgency.isPresent() && r.isPresent()) {
          b.forKind(kind.get(), urgency.get(), r.get());
        }
      });
    });
    doc.done();
    return b.build();
  }

  private static Optional<DeadlineRule> rule(Doc doc, JsonNode n, String at) {
    if (n == null || !n.isTextual()) {
      doc.fail(at, "expected a deadline rule such as \"7 working days\"", n);
      return Optional.empty();
    }
    try {
      return Optional.of(DeadlineRule.parse(n.asText()));
    } catch (IllegalArgumentException e) {
      doc.fail(at, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * An extension policy as a document: {@code maxCount} (left out when unlimited) and {@code maxTotal}
   * (a period rule text, left out when unlimited).
   *
   * @param policy the policy
   * @return the JSON text
   */
  public static String write(ExtensionPolicy policy) {
    requireNonNull(policy, "policy");
    ObjectNode root = Doc.header(EXTENSION_POLICY);
    if (policy.maxCount() != Integer.MAX_VALUE) {
      root.put("maxCount", policy.maxCount());
    }
    policy.maxTotal().ifPresent(t -> root.put("maxTotal", t.toString()));
    return Doc.write(root);
  }

  /**
   * Reads an extension policy document (see {@link #write(ExtensionPolicy)}).
   *
   * @param json the document
   * @return the policy
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static ExtensionPolicy readExtensionPolicy(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "extension policy document", EXTENSION_POLICY, Set.of("maxCount", "maxTotal"));
    Optional<Integer> count = doc.integer(doc.root(), "", "maxCount", 0, Integer.MAX_VALUE - 1, false);
    Optional<DeadlineRule> total = doc.root().has("maxTotal") ? rule(doc, doc.root().get("maxTotal"), "/maxTotal")
        : Optional.empty();
    total.filter(t -> !t.isPeriod()).ifPresent(t -> doc.fail("/maxTotal", "expected a period, not " + t));
    if (total.isPresent() && count.isEmpty() && !doc.hasErrors()) {
      doc.fail("/maxCount", "a total needs a count", null);
    }
    doc.done();
    if (count.isEmpty()) {
      return ExtensionPolicy.unlimited();
    }
    return total.map(t -> ExtensionPolicy.atMost(count.get(), t)).orElseGet(() -> ExtensionPolicy.atMost(count.get()));
  }

  /**
   * A reminder policy as a document: {@code fractionsUsed}, {@code workingDaysBeforeDue}, {@code atDue},
   * {@code overdueReminders}, {@code approachingFraction}.
   *
   * @param policy the policy
   * @return the JSON text
   */
  public static String write(ReminderPolicy policy) {
    requireNonNull(policy, "policy");
    ObjectNode root = Doc.header(REMINDER_POLICY);
    ArrayNode fractions = root.putArray("fractionsUsed");
    policy.fractionsUsed().forEach(fractions::add);
    ArrayNode before = root.putArray("workingDaysBeforeDue");
    policy.workingDaysBeforeDue().forEach(before::add);
    root.put("atDue", policy.atDue());
    root.put("overdueReminders", policy.overdueReminders());
    root.put("approachingFraction", policy.approachingFraction());
    return Doc.write(root);
  }

  /**
   * Reads a reminder policy document (see {@link #write(ReminderPolicy)}); every field is required.
   *
   * @param json the document
   * @return the policy
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static ReminderPolicy readReminderPolicy(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "reminder policy document", REMINDER_POLICY,
        Set.of("fractionsUsed", "workingDaysBeforeDue", "atDue", "overdueReminders", "approachingFraction"));
    JsonNode root = doc.root();
    List<Double> fractions = new ArrayList<>();
    List<JsonNode> f = doc.array(root, "", "fractionsUsed", true);
    for (int i = 0; i < f.size(); i++) {
      doc.number(f.get(i), "/fractionsUsed/" + i, 0, true, 1, true).ifPresent(fractions::add);
    }
    List<Integer> days = new ArrayList<>();
    List<JsonNode> d = doc.array(root, "", "workingDaysBeforeDue", true);
    for (int i = 0; i < d.size(); i++) {
      JsonNode n = d.get(i);
      if (!n.isInt() || n.asInt() < 1) {
        doc.fail("/workingDaysBeforeDue/" + i, "expected a whole number >= 1", n);
      } else {
        days.add(n.asInt());
      }
    }
    Optional<Boolean> atDue = doc.bool(root, "", "atDue", true);
    Optional<Integer> overdue = doc.integer(root, "", "overdueReminders", 0, 1000, true);
    Optional<Double> approaching = doc.number(root.get("approachingFraction"), "/approachingFraction", 0, true, 1, false);
    doc.done();
    return new ReminderPolicy(fractions, days, atDue.orElseThrow(), overdue.orElseThrow(), approaching.orElseThrow());
  }

  // ---------------------------------------------------------------- supervision

  /**
   * A score card as a document: {@code base}, {@code floor}, {@code ceiling}, {@code overdue} (per working
   * day, cap), {@code urgingAfterDue}, {@code rework}, {@code handBack}, {@code missedProgressReport},
   * {@code dissatisfiedCallBack},
   * {@code lateSignFor}
   * (within working days, points), {@code earlyCompletion} (by working days, points), {@code commendation},
   * {@code ratings} (quality rating → points), {@code roleWeights} (lead, co) and {@code importanceWeights};
   * every amount as text with its decimals, e.g. {@code "0.5"}.
   *
   * @param card the card
   * @return the JSON text
   */
  public static String write(io.oakit.core.supervision.scoring.ScoreCard card) {
    requireNonNull(card, "card");
    var s = card.settings();
    ObjectNode root = Doc.header(SCORE_CARD);
    root.put("base", s.base().toPlainString()).put("floor", s.floor().toPlainString())
        .put("ceiling", s.ceiling().toPlainString()).put("urgingAfterDue", s.urgingAfterDue().toPlainString())
        .put("rework", s.rework().toPlainString()).put("handBack", s.handBack().toPlainString())
        .put("missedProgressReport", s.missedProgressReport().toPlainString())
        .put("dissatisfiedCallBack", s.dissatisfiedCallBack().toPlainString())
        .put("commendation", s.commendation().toPlainString());
    root.putObject("overdue").put("perWorkingDay", s.overduePerWorkingDay().toPlainString())
        .put("cap", s.overdueCap().toPlainString());
    root.putObject("lateSignFor").put("withinWorkingDays", s.signForWithinWorkingDays())
        .put("points", s.lateSignFor().toPlainString());
    root.putObject("earlyCompletion").put("byWorkingDays", s.earlyByWorkingDays())
        .put("points", s.earlyCompletion().toPlainString());
    ObjectNode ratings = root.putObject("ratings");
    s.ratings().forEach((r, p) -> ratings.put(r.name(), p.toPlainString()));
    root.putObject("roleWeights").put("lead", s.leadWeight().toPlainString()).put("co", s.coWeight().toPlainString());
    ObjectNode weights = root.putObject("importanceWeights");
    s.importanceWeights().forEach((i, w) -> weights.put(i.name(), w.toPlainString()));
    return Doc.write(root);
  }

  /**
   * Reads a score card document (see {@link #write(io.oakit.core.supervision.scoring.ScoreCard)}); what it
   * leaves out keeps the defaults of {@link io.oakit.core.supervision.scoring.ScoreCard#defaults()}.
   *
   * @param json the document
   * @return the card
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static io.oakit.core.supervision.scoring.ScoreCard readScoreCard(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "score card document", SCORE_CARD, Set.of("base", "floor", "ceiling", "overdue",
        "urgingAfterDue", "rework", "handBack", "missedProgressReport", "dissatisfiedCallBack", "lateSignFor",
        "earlyCompletion",
        "commendation", "ratings",
        "roleWeights", "importanceWeights"));
    JsonNode root = doc.root();
    var b = io.oakit.core.supervision.scoring.ScoreCard.builder();
    apply(doc, "/base", () -> doc.text(root, "", "base", false).ifPresent(b::base));
    if (root.has("floor") || root.has("ceiling")) {
      Optional<String> floor = doc.text(root, "", "floor", true);
      Optional<String> ceiling = doc.text(root, "", "ceiling", true);
      if (floor.isPresent() && ceiling.isPresent()) {
        apply(doc, "/floor", () -> b.bounds(floor.get(), ceiling.get()));
      }
    }
    apply(doc, "/urgingAfterDue", () -> doc.text(root, "", "urgingAfterDue", false).ifPresent(b::urgingAfterDue));
    apply(doc, "/rework", () -> doc.text(root, "", "rework", false).ifPresent(b::rework));
    apply(doc, "/handBack", () -> doc.text(root, "", "handBack", false).ifPresent(b::handBack));
    apply(doc, "/missedProgressReport", () -> doc.text(root, "", "missedProgressReport", false)
        .ifPresent(b::missedProgressReport));
    apply(doc, "/dissatisfiedCallBack", () -> doc.text(root, "", "dissatisfiedCallBack", false)
        .ifPresent(b::dissatisfiedCallBack));
    apply(doc, "/commendation", () -> doc.text(root, "", "commendation", false).ifPresent(b::commendation));
    if (root.has("overdue")) {
      doc.object(root.get("overdue"), "/overdue", Set.of("perWorkingDay", "cap")).ifPresent(o -> {
        Optional<String> per = doc.text(o, "/overdue", "perWorkingDay", true);
        Optional<String> cap = doc.text(o, "/overdue", "cap", true);
        if (per.isPresent() && cap.isPresent()) {
          apply(doc, "/overdue", () -> b.overdue(per.get(), cap.get()));
        }
      });
    }
    if (root.has("lateSignFor")) {
      doc.object(root.get("lateSignFor"), "/lateSignFor", Set.of("withinWorkingDays", "points")).ifPresent(o -> {
        Optional<Integer> days = doc.integer(o, "/lateSignFor", "withinWorkingDays", 0, 1000, true);
        Optional<String> points = doc.text(o, "/lateSignFor", "points", true);
        if (days.isPresent() && points.isPresent()) {
          apply(doc, "/lateSignFor", () -> b.lateSignFor(days.get(), points.get()));
        }
      });
    }
    if (root.has("earlyCompletion")) {
      doc.object(root.get("earlyCompletion"), "/earlyCompletion", Set.of("byWorkingDays", "points")).ifPresent(o -> {
        Optional<Integer> days = doc.integer(o, "/earlyCompletion", "byWorkingDays", 1, 1000, true);
        Optional<String> points = doc.text(o, "/earlyCompletion", "points", true);
        if (days.isPresent() && points.isPresent()) {
          apply(doc, "/earlyCompletion", () -> b.earlyCompletion(days.get(), points.get()));
        }
      });
    }
    doc.map(root, "", "ratings", false).forEach((k, v) -> {
      String at = "/ratings" + Doc.step(k);
      Optional<io.oakit.core.supervision.QualityRating> rating = doc.enumValue(
          com.fasterxml.jackson.databind.node.TextNode.valueOf(k), at, io.oakit.core.supervision.QualityRating.class);
      if (!v.isTextual()) {
        doc.fail(at, "expected points as text, e.g. \"2\"", v);
      } else if (rating.isPresent()) {
        apply(doc, at, () -> b.rating(rating.get(), v.asText()));
      }
    });
    if (root.has("roleWeights")) {
      doc.object(root.get("roleWeights"), "/roleWeights", Set.of("lead", "co")).ifPresent(o -> {
        Optional<String> lead = doc.text(o, "/roleWeights", "lead", true);
        Optional<String> co = doc.text(o, "/roleWeights", "co", true);
        if (lead.isPresent() && co.isPresent()) {
          apply(doc, "/roleWeights", () -> b.roleWeights(lead.get(), co.get()));
        }
      });
    }
    doc.map(root, "", "importanceWeights", false).forEach((k, v) -> {
      String at = "/importanceWeights" + Doc.step(k);
      Optional<io.oakit.core.supervision.Importance> importance = doc.enumValue(
          com.fasterxml.jackson.databind.node.TextNode.valueOf(k), at, io.oakit.core.supervision.Importance.class);
      if (!v.isTextual()) {
        doc.fail(at, "expected a weight as text, e.g. \"1.5\"", v);
      } else if (importance.isPresent()) {
        apply(doc, at, () -> b.importanceWeight(importance.get(), v.asText()));
      }
    });
    doc.done();
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new io.oakit.core.InvalidInputException("score card document", List.of("/base: " + e.getMessage()));
    }
  }

  /** Runs a builder step, recording what it refuses (a bad number, a negative amount) at the pointer. */
  private static void apply(Doc doc, String at, Runnable step) {
    try {
      step.run();
    } catch (NumberFormatException e) {
      doc.fail(at, "expected a number as text, e.g. \"0.5\"");
    } catch (IllegalArgumentException e) {
      doc.fail(at, e.getMessage());
    }
  }

  /**
   * A grade policy as a document: either {@code thresholds} (grades with their minimum totals, highest
   * first, and the {@code lowest} grade) or {@code quota} (grades with the share of units they go to, in
   * ranking order, and the grade of the {@code rest}).
   *
   * @param policy the policy
   * @return the JSON text
   */
  public static String write(io.oakit.core.supervision.scoring.GradePolicy policy) {
    requireNonNull(policy, "policy");
    ObjectNode root = Doc.header(GRADE_POLICY);
    if (policy instanceof io.oakit.core.supervision.scoring.GradePolicy.Thresholds t) {
      ObjectNode n = root.putObject("thresholds").put("lowest", t.lowest());
      ArrayNode grades = n.putArray("grades");
      t.minimums().forEach((g, m) -> grades.addObject().put("grade", g).put("minimum", m.toPlainString()));
    } else {
      var q = (io.oakit.core.supervision.scoring.GradePolicy.Quota) policy;
      ObjectNode n = root.putObject("quota").put("rest", q.rest());
      ArrayNode grades = n.putArray("grades");
      q.fractions().forEach((g, f) -> grades.addObject().put("grade", g).put("share", f));
    }
    return Doc.write(root);
  }

  /**
   * Reads a grade policy document (see {@link #write(io.oakit.core.supervision.scoring.GradePolicy)}).
   *
   * @param json the document
   * @return the policy
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static io.oakit.core.supervision.scoring.GradePolicy readGradePolicy(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "grade policy document", GRADE_POLICY, Set.of("thresholds", "quota"));
    JsonNode root = doc.root();
    if (root.has("thresholds") == root.has("quota")) {
      doc.fail("/", "give either thresholds or quota");
      doc.done();
    }
    boolean thresholds = root.has("thresholds");
    String at = thresholds ? "/thresholds" : "/quota";
    String last = thresholds ? "lowest" : "rest";
    String amount = thresholds ? "minimum" : "share";
    Optional<JsonNode> o = doc.object(root.get(thresholds ? "thresholds" : "quota"), at, Set.of("grades", last));
    java.util.LinkedHashMap<String, BigDecimal> minimums = new java.util.LinkedHashMap<>();
    java.util.LinkedHashMap<String, Double> shares = new java.util.LinkedHashMap<>();
    Optional<String> rest = o.flatMap(n -> doc.text(n, at, last, true));
    List<JsonNode> grades = o.map(n -> doc.array(n, at, "grades", true)).orElse(List.of());
    for (int i = 0; i < grades.size(); i++) {
      String gat = at + "/grades/" + i;
      doc.object(grades.get(i), gat, Set.of("grade", amount)).ifPresent(g -> {
        Optional<String> grade = doc.text(g, gat, "grade", true);
        if (thresholds) {
          JsonNode m = g.get("minimum");
          try {
            BigDecimal min = io.oakit.core.Amounts.parse("minimum", m == null || !m.isTextual() ? "x" : m.asText());
            grade.ifPresent(x -> minimums.put(x, min));
          } catch (IllegalArgumentException e) {
            doc.fail(gat + "/minimum", "expected a total as text, e.g. \"90\"", m);
          }
        } else {
          doc.number(g.get("share"), gat + "/share", 0, true, 1, false)
              .ifPresent(f -> grade.ifPresent(x -> shares.put(x, f)));
        }
      });
    }
    doc.done();
    try {
      return thresholds ? io.oakit.core.supervision.scoring.GradePolicy.thresholds(minimums, rest.orElseThrow())
          : io.oakit.core.supervision.scoring.GradePolicy.quota(shares, rest.orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new io.oakit.core.InvalidInputException("grade policy document", List.of(at + "/grades: " + e.getMessage()));
    }
  }

  /**
   * The units supervision items may go to (承办单位) as a document: {@code units}, sorted.
   *
   * @param units the units
   * @return the JSON text
   */
  public static String writeSupervisedUnits(Set<String> units) {
    requireNonNull(units, "units");
    ObjectNode root = Doc.header(SUPERVISED_UNITS);
    ArrayNode list = root.putArray("units");
    new TreeSet<>(units).forEach(list::add);
    return Doc.write(root);
  }

  /**
   * Reads a supervised units document (see {@link #writeSupervisedUnits}).
   *
   * @param json the document
   * @return the units
   * @throws io.oakit.core.InvalidInputException naming every blank or repeated unit by JSON Pointer
   */
  public static Set<String> readSupervisedUnits(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "supervised units document", SUPERVISED_UNITS, Set.of("units"));
    Set<String> units = new TreeSet<>();
    List<JsonNode> list = doc.array(doc.root(), "", "units", true);
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      if (!n.isTextual() || n.asText().isBlank()) {
        doc.fail("/units/" + i, "expected a unit's name", n);
      } else if (!units.add(n.asText())) {
        doc.fail("/units/" + i, "listed before", n);
      }
    }
    doc.done();
    return java.util.Collections.unmodifiableSet(units);
  }

  // ---------------------------------------------------------------- duty

  /**
   * A duty plan with its roster rules as a document: {@code from} and {@code until} (the day after the last
   * duty day), {@code handover}, {@code slots} (day category → roles), {@code weights}, {@code peakDays}
   * (day → name) and {@code rules}, the built-in ones by name with their parameters
   * ({@code {"rule": "minimumRest", "days": 3, "hard": true}}) and a host's own by the name it registered
   * ({@code {"rule": "custom", "name": "…", "hard": false}}).
   *
   * @param plan the plan
   * @param rules the roster rules
   * @return the JSON text
   */
  public static String write(io.oakit.core.roster.DutyPlan plan, List<io.oakit.core.roster.RosterRule> rules) {
    requireNonNull(plan, "plan");
    requireNonNull(rules, "rules");
    return Doc.write(DutyPlanJson.write(plan, rules));
  }

  /**
   * Reads a duty plan document (see {@link #write(io.oakit.core.roster.DutyPlan, List)}) on a calendar,
   * with the host's own roster rules registered by name; a custom rule no host registered is refused.
   *
   * @param json the document
   * @param calendar the work calendar the plan's days are categorised on
   * @param customRules the host's predicates by the names documents use
   * @return the plan and its rules
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static DutyPlanDocument readDutyPlan(String json, io.oakit.core.calendar.WorkCalendar calendar,
      Map<String, java.util.function.BiPredicate<io.oakit.core.roster.DutyPerson, io.oakit.core.roster.Slot>> customRules) {
    requireNonNull(json, "json");
    requireNonNull(calendar, "calendar");
    requireNonNull(customRules, "customRules");
    return DutyPlanJson.read(Doc.read(json, "duty plan document", DUTY_PLAN,
        Set.of("from", "until", "handover", "dayEnd", "workingDaysOnly", "slots", "weights", "peakDays", "rules")),
        calendar, customRules);
  }

  // ---------------------------------------------------------------- shift plans

  /**
   * A shift plan as the office's administrator keeps it: the problem, and its rotation patterns (轮班) kept as
   * patterns rather than the fixed cells or requests they expand into.
   *
   * @param base the problem without the rotations
   * @param rotations the rotations
   */
  public record ShiftPlanDocument(io.oakit.core.shift.ShiftProblem base, List<io.oakit.core.shift.ShiftProblem.Rotation> rotations) {
    /**
     * Copies the list.
     *
     * @param base the problem without the rotations
     * @param rotations the rotations
     */
    public ShiftPlanDocument {
      requireNonNull(base, "base");
      rotations = List.copyOf(rotations);
    }

    /** @return the problem with every rotation applied ({@link io.oakit.core.shift.ShiftProblem#withRotation}) */
    public io.oakit.core.shift.ShiftProblem problem() {
      io.oakit.core.shift.ShiftProblem p = base;
      for (io.oakit.core.shift.ShiftProblem.Rotation r : rotations) {
        p = p.withRotation(r);
      }
      return p;
    }
  }

  /**
   * A shift plan as a document: {@code days}, {@code firstDay}, {@code minRestMinutes}, {@code shifts} (id,
   * start, minutes, cannotFollow), {@code staff} (limits and days off), {@code cover} (a requirement with weights,
   * or {@code exactly}), {@code onRequests}, {@code offRequests}, {@code fixed}, {@code rotations} (pattern of
   * shift ids and {@code "-"}, offset, weight) and {@code targets}.
   *
   * @param plan the plan
   * @return the JSON text
   */
  public static String write(ShiftPlanDocument plan) {
    requireNonNull(plan, "plan");
    return Doc.write(ShiftPlanJson.write(plan));
  }

  /**
   * Reads a shift plan document (see {@link #write(ShiftPlanDocument)}).
   *
   * @param json the document
   * @return the plan
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static ShiftPlanDocument readShiftPlan(String json) {
    requireNonNull(json, "json");
    return ShiftPlanJson.read(Doc.read(json, "shift plan document", SHIFT_PLAN, Set.of("days", "firstDay",
        "minRestMinutes", "shifts", "staff", "cover", "onRequests", "offRequests", "fixed", "rotations", "targets")));
  }

  // ---------------------------------------------------------------- calendar

  /**
   * Office hours as a document: {@code hours} (e.g. {@code "08:30-12:00,14:30-17:30"}), {@code seasons}
   * ({@code from} and {@code to} as {@code MM-dd}, their {@code hours}) and {@code zone}.
   *
   * @param hours the office hours
   * @return the JSON text
   */
  public static String write(io.oakit.core.calendar.OfficeHours hours) {
    requireNonNull(hours, "hours");
    ObjectNode root = Doc.header(OFFICE_HOURS);
    root.put("hours", hours.hours().toString()).put("zone", hours.zone().getId());
    ArrayNode seasons = root.putArray("seasons");
    hours.seasons().forEach(s -> seasons.addObject().put("from", s.from().toString().substring(2))
        .put("to", s.to().toString().substring(2)).put("hours", s.hours().toString()));
    return Doc.write(root);
  }

  /**
   * Reads an office hours document (see {@link #write(io.oakit.core.calendar.OfficeHours)}).
   *
   * @param json the document
   * @return the office hours
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static io.oakit.core.calendar.OfficeHours readOfficeHours(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "office hours document", OFFICE_HOURS, Set.of("hours", "seasons", "zone"));
    JsonNode root = doc.root();
    Optional<io.oakit.core.calendar.WorkingHours> hours = doc.text(root, "", "hours", true)
        .flatMap(t -> hours(doc, t, "/hours"));
    Optional<java.time.ZoneId> zone = doc.text(root, "", "zone", true).flatMap(z -> {
      try {
        return Optional.of(java.time.ZoneId.of(z));
      } catch (java.time.DateTimeException e) {
        doc.fail("/zone", "expected a time zone such as Asia/Shanghai", root.get("zone"));
        return Optional.empty();
      }
    });
    List<io.oakit.core.calendar.OfficeHours.Season> seasons = new ArrayList<>();
    List<JsonNode> list = doc.array(root, "", "seasons", false);
    for (int i = 0; i < list.size(); i++) {
      String at = "/seasons/" + i;
      doc.object(list.get(i), at, Set.of("from", "to", "hours")).ifPresent(s -> {
        Optional<java.time.MonthDay> from = doc.text(s, at, "from", true).flatMap(t -> monthDay(doc, t, at + "/from"));
        Optional<java.time.MonthDay> to = doc.text(s, at, "to", true).flatMap(t -> monthDay(doc, t, at + "/to"));
        Optional<io.oakit.core.calendar.WorkingHours> h = doc.text(s, at, "hours", true)
            .flatMap(t -> hours(doc, t, at + "/hours"));
        if (from.isPresent() && to.isPresent() && h.isPresent()) {
          seasons.add(new io.oakit.core.calendar.OfficeHours.Season(from.get(), to.get(), h.get()));
        }
      });
    }
    doc.done();
    return new io.oakit.core.calendar.OfficeHours(hours.orElseThrow(), seasons, zone.orElseThrow());
  }

  private static Optional<io.oakit.core.calendar.WorkingHours> hours(Doc doc, String text, String at) {
    try {
      io.oakit.core.calendar.WorkingHours h = io.oakit.core.calendar.WorkingHours.parse(text);
      if (h.isNone()) {
        doc.fail(at, "office hours need at least one session");
        return Optional.empty();
      }
      return Optional.of(h);
    } catch (IllegalArgumentException e) {
      doc.fail(at, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<java.time.MonthDay> monthDay(Doc doc, String text, String at) {
    try {
      return Optional.of(java.time.MonthDay.parse("--" + text));
    } catch (java.time.format.DateTimeParseException e) {
      doc.fail(at, "expected a day of the year such as 05-01 but was \"" + text + "\"");
      return Optional.empty();
    }
  }

  /**
   * A region's own holidays as a document: {@code region}, {@code lunarFestivals} (name, lunar month and
   * day, length in days, {@code fromYear}, {@code toYear} if no longer in force) and {@code days} (the
   * published days: date → name and whether it is off).
   *
   * @param regional the regional holidays
   * @return the JSON text
   */
  public static String write(io.oakit.core.calendar.RegionalHolidays regional) {
    requireNonNull(regional, "regional");
    ObjectNode root = Doc.header(REGIONAL_HOLIDAYS);
    root.put("region", regional.region());
    ArrayNode lunar = root.putArray("lunarFestivals");
    regional.lunarFestivals().forEach(f -> {
      ObjectNode n = lunar.addObject().put("name", f.name()).put("month", f.month()).put("day", f.day())
          .put("length", f.length()).put("fromYear", f.fromYear().getValue());
      f.toYear().ifPresent(t -> n.put("toYear", t.getValue()));
    });
    ArrayNode days = root.putArray("days");
    java.util.TreeMap<java.time.LocalDate, io.oakit.core.calendar.HolidayData.Entry> all = new java.util.TreeMap<>();
    regional.dated().forEach(d -> all.putAll(d.entries()));
    all.forEach((d, e) -> days.addObject().put("date", d.toString()).put("name", e.name()).put("offDay", e.offDay()));
    return Doc.write(root);
  }

  /**
   * Reads a regional holidays document (see {@link #write(io.oakit.core.calendar.RegionalHolidays)}); the
   * published days are kept as one set, complete for the years they fall in.
   *
   * @param json the document
   * @return the regional holidays
   * @throws io.oakit.core.InvalidInputException naming every problem by JSON Pointer
   */
  public static io.oakit.core.calendar.RegionalHolidays readRegionalHolidays(String json) {
    requireNonNull(json, "json");
    Doc doc = Doc.read(json, "regional holidays document", REGIONAL_HOLIDAYS, Set.of("region", "lunarFestivals", "days"));
    JsonNode root = doc.root();
    Optional<String> region = doc.text(root, "", "region", true);
    List<io.oakit.core.calendar.RegionalHolidays.LunarFestival> festivals = new ArrayList<>();
    List<JsonNode> lunar = doc.array(root, "", "lunarFestivals", false);
    for (int i = 0; i < lunar.size(); i++) {
      String at = "/lunarFestivals/" + i;
      doc.object(lunar.get(i), at, Set.of("name", "month", "day", "length", "fromYear", "toYear")).ifPresent(f -> {
        Optional<String> name = doc.text(f, at, "name", true);
        Optional<Integer> month = doc.integer(f, at, "month", 1, 12, true);
        Optional<Integer> day = doc.integer(f, at, "day", 1, 30, true);
        Optional<Integer> length = doc.integer(f, at, "length", 1, 15, true);
        Optional<Integer> from = doc.integer(f, at, "fromYear", 1949, 2200, true);
        Optional<Integer> to = doc.integer(f, at, "toYear", 1949, 2200, false);
        if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
          doc.fail(at + "/toYear", "must not be before fromYear " + from.get(), f.get("toYear"));
        } else if (name.isPresent() && month.isPresent() && day.isPresent() && length.isPresent() && from.isPresent()) {
          festivals.add(new io.oakit.core.calendar.RegionalHolidays.LunarFestival(name.get(), month.get(), day.get(),
              length.get(), java.time.Year.of(from.get()), to.map(java.time.Year::of)));
        }
      });
    }
    java.util.TreeMap<java.time.LocalDate, io.oakit.core.calendar.HolidayData.Entry> dated = new java.util.TreeMap<>();
    List<JsonNode> days = doc.array(root, "", "days", false);
    for (int i = 0; i < days.size(); i++) {
      String at = "/days/" + i;
      doc.object(days.get(i), at, Set.of("date", "name", "offDay")).ifPresent(d -> {
        Optional<String> name = doc.text(d, at, "name", true);
        Optional<Boolean> off = doc.bool(d, at, "offDay", true);
        Optional<java.time.LocalDate> date = Optional.empty();
        try {
          date = Optional.of(java.time.LocalDate.parse(d.path("date").asText("")));
        } catch (java.time.format.DateTimeParseException e) {
          doc.fail(at + "/date", "expected a day such as 2026-03-20", d.get("date"));
        }
        if (date.isPresent() && dated.containsKey(date.get())) {
          doc.fail(at + "/date", "listed before", d.get("date"));
        } else if (date.isPresent() && name.isPresent() && off.isPresent()) {
          dated.put(date.get(), new io.oakit.core.calendar.HolidayData.Entry(name.get(), off.get()));
        }
      });
    }
    doc.done();
    io.oakit.core.calendar.RegionalHolidays r = io.oakit.core.calendar.RegionalHolidays.of(region.orElseThrow());
    for (var f : festivals) {
      r = r.with(f);
    }
    if (!dated.isEmpty()) {
      r = r.with(io.oakit.core.calendar.HolidayData.of(java.time.Year.of(dated.firstKey().getYear()),
          java.time.Year.of(dated.lastKey().getYear()), dated));
    }
    return r;
  }
}
