package io.oakit.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.InvalidInputException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reading one configuration document strictly: every problem is collected as {@code /pointer: problem}
 * (with the value at fault), so that an administrator sees all of them at once; {@link #done} throws
 * them together. Writing canonically: object keys sorted at every level.
 */
final class Doc {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String type;
  private final List<String> errors = new ArrayList<>();

  private Doc(String type) {
    this.type = type;
  }

  /**
   * Parses a document and checks its header.
   *
   * @throws InvalidInputException if it is not a JSON object of the format at version 1
   */
  static Doc read(String json, String type, String format, Set<String> fields) {
    Doc d = new Doc(type);
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidInputException(type, List.of("/: not JSON (line " + line + "): " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(type, List.of("/: expected a JSON object but was " + root));
    }
    d.root = root;
    Set<String> all = new java.util.HashSet<>(fields);
    all.add("format");
    all.add("formatVersion");
    d.fields(root, "", all);
    if (!format.equals(root.path("format").asText(null))) {
      d.fail("/format", "expected \"" + format + "\"", root.get("format"));
    }
    if (!root.path("formatVersion").isInt() || root.path("formatVersion").asInt() != 1) {
      d.fail("/formatVersion", "expected 1", root.get("formatVersion"));
    }
    return d;
  }

  private JsonNode root;

  JsonNode root() {
    return root;
  }

  /** Records a problem at a pointer, with the value at fault. */
  void fail(String at, String problem, JsonNode value) {
    errors.add((at.isEmpty() ? "/" : at) + ": " + problem + (value == null ? " but it is missing" : " but was " + value));
  }

  /** Records a problem at a pointer. */
  void fail(String at, String problem) {
    errors.add((at.isEmpty() ? "/" : at) + ": " + problem);
  }

  int errorCount() {
    return errors.size();
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws every problem collected, if any. */
  void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(type, errors);
    }
  }

  /** Refuses the fields of an object that are not allowed. */
  void fields(JsonNode obj, String at, Set<String> allowed) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        fail(at + step(f), "unknown field (allowed: " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
  }

  /** An object at a pointer, or empty (and a problem) when it is not one. */
  Optional<JsonNode> object(JsonNode n, String at, Set<String> allowed) {
    if (n == null || !n.isObject()) {
      fail(at, "expected an object", n);
      return Optional.empty();
    }
    fields(n, at, allowed);
    return Optional.of(n);
  }

  /** The elements of an array field; a missing optional field is empty. */
  List<JsonNode> array(JsonNode obj, String at, String field, boolean required) {
    JsonNode n = obj.get(field);
    if (n == null && !required) {
      return List.of();
    }
    if (n == null || !n.isArray()) {
      fail(at + step(field), "expected an array", n);
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /** The entries of an object field whose values are read by the caller; a missing optional field is empty. */
  Map<String, JsonNode> map(JsonNode obj, String at, String field, boolean required) {
    JsonNode n = obj.get(field);
    Map<String, JsonNode> out = new TreeMap<>();
    if (n == null && !required) {
      return out;
    }
    if (n == null || !n.isObject()) {
      fail(at + step(field), "expected an object", n);
      return out;
    }
    n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** A non-blank text field. */
  Optional<String> text(JsonNode obj, String at, String field, boolean required) {
    JsonNode n = obj.get(field);
    if (n == null && !required) {
      return Optional.empty();
    }
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      fail(at + step(field), "expected a non-blank text", n);
      return Optional.empty();
    }
    return Optional.of(n.asText());
  }

  /** A whole number field within bounds. */
  Optional<Integer> integer(JsonNode obj, String at, String field, int min, int max, boolean required) {
    JsonNode n = obj.get(field);
    if (n == null && !required) {
      return Optional.empty();
    }
    if (n == null || !n.isInt() || n.asInt() < min || n.asInt() > max) {
      fail(at + step(field), "expected a whole number in " + min + ".." + max, n);
      return Optional.empty();
    }
    return Optional.of(n.asInt());
  }

  /** A number field within bounds (exclusive low when {@code lowOpen}). */
  Optional<Double> number(JsonNode n, String at, double low, boolean lowOpen, double high, boolean highOpen) {
    if (n == null || !n.isNumber() || (lowOpen ? n.asDouble() <= low : n.asDouble() < low)
        || (highOpen ? n.asDouble() >= high : n.asDouble() > high)) {
      fail(at, "expected a number in " + (lowOpen ? "(" : "[") + low + ", " + high + (highOpen ? ")" : "]"), n);
      return Optional.empty();
    }
    return Optional.of(n.asDouble());
  }

  /** A boolean field. */
  Optional<Boolean> bool(JsonNode obj, String at, String field, boolean required) {
    JsonNode n = obj.get(field);
    if (n == null && !required) {
      return Optional.empty();
    }
    if (n == null || !n.isBoolean()) {
      fail(at + step(field), "expected true or false", n);
      return Optional.empty();
    }
    return Optional.of(n.asBoolean());
  }

  /** An enum constant by name. */
  <E extends Enum<E>> Optional<E> enumValue(JsonNode n, String at, Class<E> type) {
    if (n != null && n.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(n.asText())) {
          return Optional.of(e);
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    fail(at, "expected one of " + names, n);
    return Optional.empty();
  }

  /** A local date-time field, e.g. {@code 2026-06-08T09:00}. */
  Optional<LocalDateTime> dateTime(JsonNode obj, String at, String field) {
    JsonNode n = obj.get(field);
    try {
      if (n != null && n.isTextual()) {
        return Optional.of(LocalDateTime.parse(n.asText()));
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    fail(at + step(field), "expected a date and time such as 2026-06-08T09:00", n);
    return Optional.empty();
  }

  /** A JSON Pointer step (RFC 6901). */
  static String step(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** A document's root with its header. */
  static ObjectNode header(String format) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", format);
    root.put("formatVersion", 1);
    return root;
  }

  /** The text of a document: keys sorted at every level, two-space indentation, a final newline. */
  static String write(JsonNode root) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(root)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static JsonNode sorted(JsonNode n) {
    if (n.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      n.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
      fields.forEach((k, v) -> out.set(k, sorted(v)));
      return out;
    }
    if (n.isArray()) {
      ArrayNode out = JSON.createArrayNode();
      n.forEach(x -> out.add(sorted(x)));
      return out;
    }
    return n;
  }
}
