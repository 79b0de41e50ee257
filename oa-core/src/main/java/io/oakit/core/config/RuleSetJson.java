package io.oakit.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.AmountRange;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RouteSpec;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Stage;
import io.oakit.core.routing.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The rule set document: rules with their conditions, routes or ladders, and policies; the default route. */
final class RuleSetJson {

  private RuleSetJson() {}

  static ObjectNode write(RuleSet set) {
    ObjectNode root = Doc.header(Configuration.RULE_SET);
    root.put("mode", set.mode().name());
    ArrayNode rules = root.putArray("rules");
    for (RoutingRule r : set.rules()) {
      ObjectNode n = rules.addObject().put("id", r.id()).put("priority", r.priority())
          .put("onAbsent", r.onAbsent().name()).put("onUncleared", r.onUncleared().name());
      n.set("when", condition(r.condition()));
      if (r.action() instanceof Route route) {
        n.set("route", route(route));
      } else {
        ArrayNode ladder = n.putArray("ladder");
        for (ApprovalLadder.Tier t : ((ApprovalLadder) r.action()).tiers()) {
          ObjectNode tier = ladder.addObject();
          tier.set("amount", range(t.range()));
          tier.set("route", route(t.route()));
        }
      }
    }
    root.set("defaultRoute", route(set.defaultRoute()));
    return root;
  }

  private static ObjectNode route(Route route) {
    ObjectNode n = Doc.JSON.createObjectNode();
    ArrayNode stages = n.putArray("stages");
    for (Stage s : route.stages()) {
      ObjectNode stage = stages.addObject().put("mode", s.mode().name()).put("required", s.required());
      ArrayNode targets = stage.putArray("targets");
      s.targets().forEach(t -> targets.add(target(t)));
    }
    ArrayNode copies = n.putArray("copies");
    route.copies().forEach(t -> copies.add(target(t)));
    return n;
  }

  private static ObjectNode target(Target t) {
    ObjectNode n = Doc.JSON.createObjectNode();
    if (t instanceof Target.Person p) {
      n.put("person", p.personId());
    } else if (t instanceof Target.LeaderInCharge l) {
      n.put("leaderInCharge", l.area());
    } else if (t instanceof Target.HeadOf h) {
      n.put("headOf", h.departmentId());
    } else if (t instanceof Target.Role r) {
      n.put("role", r.role());
    } else if (t instanceof Target.AllWithRole a) {
      n.put("allWithRole", a.role());
    } else {
      n.put("leadersOfDocumentAreas", true);
    }
    return n;
  }

  private static ObjectNode range(AmountRange r) {
    ObjectNode n = Doc.JSON.createObjectNode();
    r.lower().ifPresent(l -> n.put("lower", l.toPlainString()).put("lowerInclusive", r.lowerInclusive()));
    r.upper().ifPresent(u -> n.put("upper", u.toPlainString()).put("upperInclusive", r.upperInclusive()));
    return n;
  }

  private static JsonNode condition(Condition c) {
    ObjectNode n = Doc.JSON.createObjectNode();
    if (c instanceof Condition.KindIn k) {
      ArrayNode a = n.putArray("kindIn");
      k.kinds().stream().map(Enum::name).sorted().forEach(a::add);
    } else if (c instanceof Condition.UrgencyAtLeast u) {
      n.put("urgencyAtLeast", u.least().name());
    } else if (c instanceof Condition.SecrecyAtLeast s) {
      n.put("secrecyAtLeast", s.least().name());
    } else if (c instanceof Condition.Tagged t) {
      n.put("tagged", t.tag());
    } else if (c instanceof Condition.SubjectContains s) {
      n.put("subjectContains", s.keyword());
    } else if (c instanceof Condition.AreaIn a) {
      ArrayNode arr = n.putArray("areaIn");
      a.areas().forEach(arr::add);
    } else if (c instanceof Condition.AmountIn a) {
      n.set("amountIn", range(a.range()));
    } else if (c instanceof Condition.IssuedBy i) {
      ArrayNode arr = n.putArray("issuedBy");
      i.units().forEach(arr::add);
    } else if (c instanceof Condition.All all) {
      ArrayNode arr = n.putArray("all");
      all.conditions().forEach(x -> arr.add(condition(x)));
    } else if (c instanceof Condition.Any any) {
      ArrayNode arr = n.putArray("any");
      any.conditions().forEach(x -> arr.add(condition(x)));
    } else if (c instanceof Condition.Not not) {
      n.set("not", condition(not.condition()));
    } else {
      n.put("always", true);
    }
    return n;
  }

  // ---------------------------------------------------------------- reading

  static RuleSet read(Doc doc, Optional<Organization> org) {
    JsonNode root = doc.root();
    RuleSet.Builder b = RuleSet.builder();
    doc.enumValue(root.get("mode"), "/mode", RuleSet.Mode.class).ifPresent(b::mode);
    Set<String> ids = new TreeSet<>();
    List<JsonNode> rules = doc.array(root, "", "rules", true);
    for (int i = 0; i < rules.size(); i++) {
      String at = "/rules/" + i;
      doc.object(rules.get(i), at, Set.of("id", "priority", "when", "route", "ladder", "onAbsent", "onUncleared"))
          .ifPresent(r -> {
            Optional<String> id = doc.text(r, at, "id", true);
            Optional<Integer> priority = doc.integer(r, at, "priority", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
            Optional<Condition> when = condition(doc, r.get("when"), at + "/when");
            Optional<RouteSpec> action = Optional.empty();
            if (r.has("route") == r.has("ladder")) {
              doc.fail(at, "give either a route or a ladder");
            } else if (r.has("route")) {
              action = route(doc, r.get("route"), at + "/route", org).map(x -> x);
            } else {
              action = ladder(doc, r, at, org).map(x -> x);
            }
            Optional<RoutingRule.AbsencePolicy> onAbsent = r.has("onAbsent")
                ? doc.enumValue(r.get("onAbsent"), at + "/onAbsent", RoutingRule.AbsencePolicy.class)
                : Optional.of(RoutingRule.AbsencePolicy.SKIP_AND_OWE);
            Optional<RoutingRule.ClearancePolicy> onUncleared = r.has("onUncleared")
                ? doc.enumValue(r.get("onUncleared"), at + "/onUncleared", RoutingRule.ClearancePolicy.class)
                : Optional.of(RoutingRule.ClearancePolicy.SUBSTITUTE);
            id.filter(x -> x.equals("default")).ifPresent(x -> doc.fail(at + "/id", "the id 'default' is reserved for "
                + "the default route", r.get("id")));
            if (id.isPresent() && !id.get().equals("default") && !ids.add(id.get())) {
              doc.fail(at + "/id", "a rule of that id is listed before", r.get("id"));
            } else if (id.isPresent() && !id.get().equals("default") && priority.isPresent() && when.isPresent()
                && action.isPresent() && onAbsent.isPresent() && onUncleared.isPresent()) {
              b.rule(new RoutingRule(id.get(), priority.get(), when.get(), action.get(), onAbsent.get(), onUncleared.get()));
            }
          });
    }
    route(doc, root.get("defaultRoute"), "/defaultRoute", org).ifPresent(b::defaultRoute);
    doc.done();
    return b.build();
  }

  private static Optional<ApprovalLadder> ladder(Doc doc, JsonNode rule, String at, Optional<Organization> org) {
    List<JsonNode> tiers = doc.array(rule, at, "ladder", true);
    if (tiers.isEmpty()) {
      doc.fail(at + "/ladder", "a ladder needs at least one tier");
      return Optional.empty();
    }
    List<ApprovalLadder.Tier> out = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      String tat = at + "/ladder/" + i;
      Optional<JsonNode> t = doc.object(tiers.get(i), tat, Set.of("amount", "route"));
      if (t.isEmpty()) {
        continue;
      }
      Optional<AmountRange> range = range(doc, t.get().get("amount"), tat + "/amount");
      Optional<Route> route = route(doc, t.get().get("route"), tat + "/route", org);
      if (range.isPresent() && route.isPresent()) {
        if (!out.isEmpty() && !follows(out.get(out.size() - 1).range(), range.get())) {
          doc.fail(tat + "/amount", "the tiers must follow each other without gap or overlap, from 0 upwards");
        }
        out.add(new ApprovalLadder.Tier(range.get(), route.get()));
      }
    }
    return out.size() == tiers.size() ? Optional.of(new ApprovalLadder(out)) : Optional.empty();
  }

  /** Whether {@code next} starts exactly where {@code previous} ends. */
  private static boolean follows(AmountRange previous, AmountRange next) {
    return previous.upper().isPresent() && next.lower().isPresent()
        && previous.upper().get().compareTo(next.lower().get()) == 0
        && previous.upperInclusive() != next.lowerInclusive();
  }

  private static Optional<AmountRange> range(Doc doc, JsonNode n, String at) {
    Optional<JsonNode> o = doc.object(n, at, Set.of("lower", "lowerInclusive", "upper", "upperInclusive"));
    if (o.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> lower = amount(doc, o.get(), at, "lower");
    Optional<BigDecimal> upper = amount(doc, o.get(), at, "upper");
    boolean lowerInclusive = doc.bool(o.get(), at, "lowerInclusive", lower.isPresent()).orElse(false);
    boolean upperInclusive = doc.bool(o.get(), at, "upperInclusive", upper.isPresent()).orElse(false);
    try {
      return Optional.of(new AmountRange(lower, lowerInclusive, upper, upperInclusive));
    } catch (IllegalArgumentException e) {
      doc.fail(at, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> amount(Doc doc, JsonNode obj, String at, String field) {
    JsonNode n = obj.get(field);
    if (n == null) {
      return Optional.empty();
    }
    try {
      if (n.isTextual()) {
        return Optional.of(io.oakit.core.Amounts.parse(field, n.asText()));
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    doc.fail(at + Doc.step(field), "expected an amount as text, e.g. \"20000\"", n);
    return Optional.empty();
  }

  private static Optional<Route> route(Doc doc, JsonNode n, String at, Optional<Organization> org) {
    Optional<JsonNode> o = doc.object(n, at, Set.of("stages", "copies"));
    if (o.isEmpty()) {
      return Optional.empty();
    }
    int before = countOf(doc);
    List<Stage> stages = new ArrayList<>();
    List<JsonNode> s = doc.array(o.get(), at, "stages", true);
    if (s.isEmpty() && o.get().path("stages").isArray()) {
      doc.fail(at + "/stages", "a route needs at least one stage");
    }
    for (int i = 0; i < s.size(); i++) {
      String sat = at + "/stages/" + i;
      Optional<JsonNode> stage = doc.object(s.get(i), sat, Set.of("mode", "targets", "required"));
      if (stage.isEmpty()) {
        continue;
      }
      Optional<Stage.Mode> mode = doc.enumValue(stage.get().get("mode"), sat + "/mode", Stage.Mode.class);
      Optional<Integer> required = doc.integer(stage.get(), sat, "required", 0, 1000, false);
      List<Target> targets = targets(doc, stage.get(), sat, "targets", org);
      if (stage.get().path("targets").isArray() && stage.get().path("targets").isEmpty()) {
        doc.fail(sat + "/targets", "a stage needs at least one target");
      }
      if (mode.isPresent() && !targets.isEmpty()) {
        try {
          stages.add(new Stage(mode.get(), targets, required.orElse(Stage.ALL)));
        } catch (IllegalArgumentException e) {
          doc.fail(sat + "/required", e.getMessage(), stage.get().get("required"));
        }
      }
    }
    List<Target> copies = targets(doc, o.get(), at, "copies", org);
    return countOf(doc) == before && !stages.isEmpty() ? Optional.of(new Route(stages, copies)) : Optional.empty();
  }

  private static int countOf(Doc doc) {
    return doc.errorCount();
  }

  private static List<Target> targets(Doc doc, JsonNode obj, String at, String field, Optional<Organization> org) {
    List<Target> out = new ArrayList<>();
    List<JsonNode> list = doc.array(obj, at, field, false);
    for (int i = 0; i < list.size(); i++) {
      target(doc, list.get(i), at + "/" + field + "/" + i, org).ifPresent(out::add);
    }
    return out;
  }

  private static final Set<String> TARGETS = Set.of("person", "leaderInCharge", "headOf", "role", "allWithRole",
      "leadersOfDocumentAreas");

  private static Optional<Target> target(Doc doc, JsonNode n, String at, Optional<Organization> org) {
    if (n == null || !n.isObject() || n.size() != 1 || !TARGETS.contains(n.fieldNames().next())) {
      doc.fail(at, "expected one of {\"person\": id}, {\"leaderInCharge\": area}, {\"headOf\": department}, "
          + "{\"role\": role}, {\"allWithRole\": role}, {\"leadersOfDocumentAreas\": true}", n);
      return Optional.empty();
    }
    String kind = n.fieldNames().next();
    JsonNode v = n.get(kind);
    if (kind.equals("leadersOfDocumentAreas")) {
      if (!v.isBoolean() || !v.asBoolean()) {
        doc.fail(at + "/leadersOfDocumentAreas", "expected true", v);
        return Optional.empty();
      }
      return Optional.of(Target.leadersOfDocumentAreas());
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      doc.fail(at + Doc.step(kind), "expected a non-blank text", v);
      return Optional.empty();
    }
    String value = v.asText();
    if (org.isPresent()) {
      Organization o = org.get();
      boolean known = switch (kind) {
        case "person" -> o.hasPerson(value);
        case "leaderInCharge" -> o.areas().contains(value);
        case "headOf" -> o.departments().containsKey(value);
        default -> !o.withRole(value).isEmpty();
      };
      if (!known) {
        doc.fail(at + Doc.step(kind), switch (kind) {
          case "person" -> "no person of that id in the organisation";
          case "leaderInCharge" -> "nobody is in charge of that area in the organisation";
          case "headOf" -> "no department of that id in the organisation";
          default -> "nobody in the organisation holds that role";
        }, v);
        return Optional.empty();
      }
    }
    return Optional.of(switch (kind) {
      case "person" -> Target.person(value);
      case "leaderInCharge" -> Target.leaderInCharge(value);
      case "headOf" -> Target.headOf(value);
      case "role" -> Target.role(value);
      default -> Target.allWithRole(value);
    });
  }

  private static final Set<String> CONDITIONS = Set.of("always", "kindIn", "urgencyAtLeast", "secrecyAtLeast", "tagged",
      "subjectContains", "areaIn", "amountIn", "issuedBy", "all", "any", "not");

  private static Optional<Condition> condition(Doc doc, JsonNode n, String at) {
    if (n == null || !n.isObject() || n.size() != 1 || !CONDITIONS.contains(n.fieldNames().next())) {
      doc.fail(at, "expected an object with one of " + new TreeSet<>(CONDITIONS), n);
      return Optional.empty();
    }
    Map.Entry<String, JsonNode> e = n.fields().next();
    String vat = at + Doc.step(e.getKey());
    JsonNode v = e.getValue();
    switch (e.getKey()) {
      case "always":
        if (!v.isBoolean() || !v.asBoolean()) {
          doc.fail(vat, "expected true", v);
          return Optional.empty();
        }
        return Optional.of(Condition.always());
      case "kindIn": {
        List<DocumentKind> kinds = new ArrayList<>();
        for (int i = 0; v.isArray() && i < v.size(); i++) {
          doc.enumValue(v.get(i), vat + "/" + i, DocumentKind.class).ifPresent(kinds::add);
        }
        return nonEmpty(doc, v, vat, kinds.size()).map(x -> Condition.kindIn(kinds.toArray(DocumentKind[]::new)));
      }
      case "urgencyAtLeast":
        return doc.enumValue(v, vat, Urgency.class).map(Condition::urgencyAtLeast);
      case "secrecyAtLeast":
        return doc.enumValue(v, vat, SecrecyLevel.class).map(Condition::secrecyAtLeast);
      case "tagged":
      case "subjectContains":
        if (!v.isTextual() || v.asText().isBlank()) {
          doc.fail(vat, "expected a non-blank text", v);
          return Optional.empty();
        }
        return Optional.of(e.getKey().equals("tagged") ? Condition.tagged(v.asText()) : Condition.subjectContains(v.asText()));
      case "areaIn":
      case "issuedBy": {
        List<String> values = new ArrayList<>();
        for (int i = 0; v.isArray() && i < v.size(); i++) {
          if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
            doc.fail(vat + "/" + i, "expected a non-blank text", v.get(i));
          } else {
            values.add(v.get(i).asText());
          }
        }
        return nonEmpty(doc, v, vat, values.size()).map(x -> e.getKey().equals("areaIn")
            ? Condition.areaIn(values.toArray(String[]::new)) : Condition.issuedBy(values.toArray(String[]::new)));
      }
      case "amountIn":
        return range(doc, v, vat).map(Condition::amountIn);
      case "all":
      case "any": {
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; v.isArray() && i < v.size(); i++) {
          condition(doc, v.get(i), vat + "/" + i).ifPresent(parts::add);
        }
        return nonEmpty(doc, v, vat, parts.size()).filter(x -> parts.size() == v.size()).map(x -> e.getKey().equals("all")
            ? Condition.all(parts.toArray(Condition[]::new)) : Condition.any(parts.toArray(Condition[]::new)));
      }
      default:
        return condition(doc, v, vat).map(Condition::not);
    }
  }

  private static Optional<Boolean> nonEmpty(Doc doc, JsonNode v, String at, int read) {
    if (!v.isArray() || v.isEmpty()) {
      doc.fail(at, "expected a non-empty array", v);
      return Optional.empty();
    }
    return read == v.size() ? Optional.of(true) : Optional.empty();
  }
}
