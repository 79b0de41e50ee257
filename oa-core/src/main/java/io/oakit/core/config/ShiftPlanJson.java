package io.oakit.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.InvalidInputException;
import io.oakit.core.shift.ShiftProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shift plan document: the horizon, shift types with their times, the minimum rest, the staff's limits,
 * the cover, requests, fixed assignments, rotation patterns (轮班, kept as patterns) and fair shares.
 */
final class ShiftPlanJson {

  private static final String TYPE = "shift plan document";
  private static final int MAX_DAYS = 366;

  private ShiftPlanJson() {}

  static ObjectNode write(Configuration.ShiftPlanDocument plan) {
    ShiftProblem p = plan.base();
    ObjectNode root = Doc.header(Configuration.SHIFT_PLAN);
    root.put("days", p.days());
    p.firstDay().ifPresent(d -> root.put("firstDay", d.toString()));
    root.put("minRestMinutes", p.minRestMinutes());
    ArrayNode shifts = root.putArray("shifts");
    for (ShiftProblem.ShiftType t : p.shifts()) {
      ObjectNode n = shifts.addObject().put("id", t.id());
      t.start().ifPresent(s -> n.put("start", s.toString()));
      n.put("minutes", t.minutes());
      ArrayNode not = n.putArray("cannotFollow");
      t.cannotFollow().stream().sorted().forEach(not::add);
    }
    ArrayNode staff = root.putArray("staff");
    for (ShiftProblem.Staff m : p.staff()) {
      ObjectNode n = staff.addObject().put("id", m.id());
      ObjectNode max = n.putObject("maxShifts");
      new java.util.TreeMap<>(m.maxShifts()).forEach(max::put);
      n.put("maxMinutes", m.maxMinutes()).put("minMinutes", m.minMinutes()).put("maxConsecutive", m.maxConsecutive())
          .put("minConsecutive", m.minConsecutive()).put("minConsecutiveDaysOff", m.minConsecutiveDaysOff())
          .put("maxWeekends", m.maxWeekends());
      ArrayNode off = n.putArray("daysOff");
      m.daysOff().stream().sorted().forEach(off::add);
    }
    ArrayNode cover = root.putArray("cover");
    for (ShiftProblem.Cover c : p.cover()) {
      ObjectNode n = cover.addObject().put("day", c.day()).put("shift", c.shift());
      if (c.hard()) {
        n.put("exactly", c.requirement());
      } else {
        n.put("requirement", c.requirement()).put("underWeight", c.underWeight()).put("overWeight", c.overWeight());
      }
    }
    requests(root.putArray("onRequests"), p.onRequests());
    requests(root.putArray("offRequests"), p.offRequests());
    ArrayNode fixed = root.putArray("fixed");
    for (ShiftProblem.Fixed f : p.fixed()) {
      ObjectNode n = fixed.addObject().put("staff", f.staff()).put("day", f.day());
      f.shift().ifPresent(s -> n.put("shift", s));
    }
    ArrayNode rotations = root.putArray("rotations");
    for (ShiftProblem.Rotation r : plan.rotations()) {
      ObjectNode n = rotations.addObject().put("staff", r.staff());
      ArrayNode pattern = n.putArray("pattern");
      r.pattern().forEach(pattern::add);
      n.put("offset", r.offset()).put("weight", r.weight());
    }
    ArrayNode targets = root.putArray("targets");
    for (ShiftProblem.Target t : p.targets()) {
      ObjectNode n = targets.addObject().put("staff", t.staff());
      t.shift().ifPresent(s -> n.put("shift", s));
      n.put("count", t.count()).put("weight", t.weight());
    }
    return root;
  }

  private static void requests(ArrayNode out, List<ShiftProblem.Request> requests) {
    for (ShiftProblem.Request r : requests) {
      out.addObject().put("staff", r.staff()).put("day", r.day()).put("shift", r.shift()).put("weight", r.weight());
    }
  }

  static Configuration.ShiftPlanDocument read(Doc doc) {
    JsonNode root = doc.root();
    Optional<Integer> days = doc.integer(root, "", "days", 1, MAX_DAYS, true);
    Optional<LocalDate> firstDay = Optional.empty();
    if (root.has("firstDay")) {
      try {
        firstDay = Optional.of(LocalDate.parse(root.get("firstDay").asText("")));
      } catch (DateTimeParseException e) {
        doc.fail("/firstDay", "expected a day such as 2026-12-07", root.get("firstDay"));
      }
    }
    int minRest = doc.integer(root, "", "minRestMinutes", 0, 1_440, false).orElse(0);
    List<ShiftProblem.ShiftType> shifts = new ArrayList<>();
    List<JsonNode> list = doc.array(root, "", "shifts", true);
    for (int i = 0; i < list.size(); i++) {
      String at = "/shifts/" + i;
      doc.object(list.get(i), at, Set.of("id", "start", "minutes", "cannotFollow")).ifPresent(n -> {
        Optional<String> id = doc.text(n, at, "id", true);
        Optional<Integer> minutes = doc.integer(n, at, "minutes", 1, 1_440, true);
        Optional<LocalTime> start = Optional.empty();
        if (n.has("start")) {
          try {
            start = Optional.of(LocalTime.parse(n.get("start").asText("")));
          } catch (DateTimeParseException e) {
            doc.fail(at + "/start", "expected a time such as 08:00", n.get("start"));
          }
        }
        Set<String> not = new HashSet<>(texts(doc, n, at, "cannotFollow"));
        if (id.isPresent() && minutes.isPresent()) {
          shifts.add(new ShiftProblem.ShiftType(id.get(), minutes.get(), not, start));
        }
      });
    }
    List<ShiftProblem.Staff> staff = new ArrayList<>();
    list = doc.array(root, "", "staff", true);
    for (int i = 0; i < list.size(); i++) {
      String at = "/staff/" + i;
      doc.object(list.get(i), at, Set.of("id", "maxShifts", "maxMinutes", "minMinutes", "maxConsecutive",
          "minConsecutive", "minConsecutiveDaysOff", "maxWeekends", "daysOff")).ifPresent(n -> {
            Optional<String> id = doc.text(n, at, "id", true);
            Map<String, Integer> max = new LinkedHashMap<>();
            doc.map(n, at, "maxShifts", false).forEach((k, v) -> {
              if (v.isInt() && v.asInt() >= 0) {
                max.put(k, v.asInt());
              } else {
                doc.fail(at + "/maxShifts" + Doc.step(k), "expected a count >= 0", v);
              }
            });
            Optional<Integer> maxMinutes = doc.integer(n, at, "maxMinutes", 0, MAX_DAYS * 1_440, true);
            Optional<Integer> minMinutes = doc.integer(n, at, "minMinutes", 0, MAX_DAYS * 1_440, false);
            Optional<Integer> maxRun = doc.integer(n, at, "maxConsecutive", 1, MAX_DAYS, true);
            Optional<Integer> minRun = doc.integer(n, at, "minConsecutive", 1, MAX_DAYS, false);
            Optional<Integer> minOff = doc.integer(n, at, "minConsecutiveDaysOff", 0, MAX_DAYS, false);
            Optional<Integer> weekends = doc.integer(n, at, "maxWeekends", 0, MAX_DAYS, true);
            Set<Integer> off = new HashSet<>(integers(doc, n, at, "daysOff"));
            if (id.isPresent() && maxMinutes.isPresent() && maxRun.isPresent() && weekends.isPresent()) {
              staff.add(new ShiftProblem.Staff(id.get(), max, maxMinutes.get(), minMinutes.orElse(0), maxRun.get(),
                  minRun.orElse(1), minOff.orElse(0), weekends.get(), off));
            }
          });
    }
    List<ShiftProblem.Cover> cover = new ArrayList<>();
    list = doc.array(root, "", "cover", false);
    for (int i = 0; i < list.size(); i++) {
      String at = "/cover/" + i;
      doc.object(list.get(i), at, Set.of("day", "shift", "requirement", "underWeight", "overWeight", "exactly"))
          .ifPresent(n -> {
            Optional<Integer> day = doc.integer(n, at, "day", 0, MAX_DAYS - 1, true);
            Optional<String> shift = doc.text(n, at, "shift", true);
            if (n.has("exactly")) {
              Optional<Integer> exactly = doc.integer(n, at, "exactly", 0, 100_000, true);
              if (n.has("requirement") || n.has("underWeight") || n.has("overWeight")) {
                doc.fail(at, "hard cover (exactly) takes no requirement or weights");
              } else if (day.isPresent() && shift.isPresent() && exactly.isPresent()) {
                cover.add(ShiftProblem.Cover.exactly(day.get(), shift.get(), exactly.get()));
              }
            } else {
              Optional<Integer> req = doc.integer(n, at, "requirement", 0, 100_000, true);
              Optional<Integer> under = doc.integer(n, at, "underWeight", 0, 1_000_000, true);
              Optional<Integer> over = doc.integer(n, at, "overWeight", 0, 1_000_000, true);
              if (day.isPresent() && shift.isPresent() && req.isPresent() && under.isPresent() && over.isPresent()) {
                cover.add(new ShiftProblem.Cover(day.get(), shift.get(), req.get(), under.get(), over.get()));
              }
            }
          });
    }
    List<ShiftProblem.Request> on = requests(doc, root, "onRequests");
    List<ShiftProblem.Request> off = requests(doc, root, "offRequests");
    List<ShiftProblem.Fixed> fixed = new ArrayList<>();
    list = doc.array(root, "", "fixed", false);
    for (int i = 0; i < list.size(); i++) {
      String at = "/fixed/" + i;
      doc.object(list.get(i), at, Set.of("staff", "day", "shift")).ifPresent(n -> {
        Optional<String> who = doc.text(n, at, "staff", true);
        Optional<Integer> day = doc.integer(n, at, "day", 0, MAX_DAYS - 1, true);
        Optional<String> shift = doc.text(n, at, "shift", false);
        if (who.isPresent() && day.isPresent()) {
          fixed.add(new ShiftProblem.Fixed(who.get(), day.get(), shift));
        }
      });
    }
    List<ShiftProblem.Rotation> rotations = new ArrayList<>();
    list = doc.array(root, "", "rotations", false);
    for (int i = 0; i < list.size(); i++) {
      String at = "/rotations/" + i;
      doc.object(list.get(i), at, Set.of("staff", "pattern", "offset", "weight")).ifPresent(n -> {
        Optional<String> who = doc.text(n, at, "staff", true);
        List<String> pattern = texts(doc, n, at, "pattern");
        if (pattern.isEmpty()) {
          doc.fail(at + "/pattern", "expected a non-empty array of shift ids and \"-\" for days off", n.get("pattern"));
        }
        Optional<Integer> offset = doc.integer(n, at, "offset", 0, MAX_DAYS, false);
        Optional<Integer> weight = doc.integer(n, at, "weight", 0, 1_000_000, true);
        if (who.isPresent() && !pattern.isEmpty() && weight.isPresent()) {
          rotations.add(new ShiftProblem.Rotation(who.get(), pattern, offset.orElse(0), weight.get()));
        }
      });
    }
    List<ShiftProblem.Target> targets = new ArrayList<>();
    list = doc.array(root, "", "targets", false);
    for (int i = 0; i < list.size(); i++) {
      String at = "/targets/" + i;
      doc.object(list.get(i), at, Set.of("staff", "shift", "count", "weight")).ifPresent(n -> {
        Optional<String> who = doc.text(n, at, "staff", true);
        Optional<String> shift = doc.text(n, at, "shift", false);
        Optional<Integer> count = doc.integer(n, at, "count", 0, MAX_DAYS, true);
        Optional<Integer> weight = doc.integer(n, at, "weight", 1, 1_000_000, true);
        if (who.isPresent() && count.isPresent() && weight.isPresent()) {
          targets.add(new ShiftProblem.Target(who.get(), shift, count.get(), weight.get()));
        }
      });
    }
    doc.done();
    try {
      ShiftProblem base = new ShiftProblem(days.orElseThrow(), shifts, staff, on, off, cover, fixed, firstDay, minRest,
          targets);
      Configuration.ShiftPlanDocument plan = new Configuration.ShiftPlanDocument(base, rotations);
      plan.problem();  // every rotation's shifts and staff exist
      return plan;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(TYPE, List.of("/: " + e.getMessage()));
    }
  }

  private static List<ShiftProblem.Request> requests(Doc doc, JsonNode root, String field) {
    List<ShiftProblem.Request> out = new ArrayList<>();
    List<JsonNode> list = doc.array(root, "", field, false);
    for (int i = 0; i < list.size(); i++) {
      String at = "/" + field + "/" + i;
      doc.object(list.get(i), at, Set.of("staff", "day", "shift", "weight")).ifPresent(n -> {
        Optional<String> who = doc.text(n, at, "staff", true);
        Optional<Integer> day = doc.integer(n, at, "day", 0, MAX_DAYS - 1, true);
        Optional<String> shift = doc.text(n, at, "shift", true);
        Optional<Integer> weight = doc.integer(n, at, "weight", 1, 1_000_000, true);
        if (who.isPresent() && day.isPresent() && shift.isPresent() && weight.isPresent()) {
          out.add(new ShiftProblem.Request(who.get(), day.get(), shift.get(), weight.get()));
        }
      });
    }
    return out;
  }

  private static List<String> texts(Doc doc, JsonNode n, String at, String field) {
    List<String> out = new ArrayList<>();
    List<JsonNode> items = doc.array(n, at, field, false);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isTextual() && !items.get(i).asText().isBlank()) {
        out.add(items.get(i).asText());
      } else {
        doc.fail(at + Doc.step(field) + "/" + i, "expected a non-blank text", items.get(i));
      }
    }
    return out;
  }

  private static List<Integer> integers(Doc doc, JsonNode n, String at, String field) {
    List<Integer> out = new ArrayList<>();
    List<JsonNode> items = doc.array(n, at, field, false);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isInt() && items.get(i).asInt() >= 0) {
        out.add(items.get(i).asInt());
      } else {
        doc.fail(at + Doc.step(field) + "/" + i, "expected a day >= 0", items.get(i));
      }
    }
    return out;
  }
}
