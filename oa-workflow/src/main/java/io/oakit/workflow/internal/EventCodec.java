package io.oakit.workflow.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.OaException;
import io.oakit.workflow.EventType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The stored format of an aggregate: one JSON object (an envelope with the aggregate's type, the
 * format version, a few top-level fields a host can query, and its events), each event an object
 * with its stable type name ({@code @type}), its schema version ({@code @version}) and its fields by
 * name. Readers ignore unknown fields, give a missing {@code Optional} field {@code Optional.empty()}
 * and a missing list or map an empty one, and bring older event versions up to date through the
 * registered {@link Upcaster}s. See {@code docs/storage-format.md}. Thread-safe. Not API.
 */
public final class EventCodec {

  /** The envelope's {@code format} value. */
  public static final String FORMAT = "oakit.aggregate";
  /** The envelope format this code writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;
  /** The key of an event's type name. */
  public static final String TYPE = "@type";
  /** The key of an event's schema version. */
  public static final String VERSION = "@version";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A record type's components, accessors and canonical constructor, looked up once per type. */
  private record Shape(String[] names, java.lang.reflect.Method[] accessors, Type[] types,
      Constructor<? extends Record> constructor) {

    @SuppressWarnings("unchecked")
    static Shape of(Class<?> type) {
      RecordComponent[] comps = type.getRecordComponents();
      String[] names = new String[comps.length];
      java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[comps.length];
      Type[] types = new Type[comps.length];
      Class<?>[] classes = new Class<?>[comps.length];
      for (int i = 0; i < comps.length; i++) {
        names[i] = comps[i].getName();
        accessors[i] = comps[i].getAccessor();
        accessors[i].setAccessible(true);  // also records that are not public (e.g. nested in a test)
        types[i] = comps[i].getGenericType();
        classes[i] = comps[i].getType();
      }
      try {
        Constructor<? extends Record> ctor = ((Class<? extends Record>) type).getDeclaredConstructor(classes);
        ctor.setAccessible(true);
        return new Shape(names, accessors, types, ctor);
      } catch (NoSuchMethodException e) {
        throw new DefinitionException("no canonical constructor in " + type.getName(), e);
      }
    }
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Brings one event from a schema version to the next (or to another type name): it gets the stored
   * object and returns it changed, with {@code @version} (and {@code @type}, for a rename) set to what
   * it now is.
   *
   * @param type the type name it reads
   * @param fromVersion the version it reads
   * @param change the change
   */
  public record Upcaster(String type, int fromVersion, UnaryOperator<ObjectNode> change) {
    /**
     * Checks the arguments.
     *
     * @param type the type name it reads
     * @param fromVersion the version it reads
     * @param change the change
     */
    public Upcaster {
      requireNonNull(type, "type");
      requireNonNull(change, "change");
    }
  }

  /** A payload or event that cannot be read; the message names the path and the problem. */
  public static final class FormatException extends OaException {
    private static final long serialVersionUID = 1L;

    FormatException(String message, Throwable cause) {
      super(message, cause);
    }

    FormatException(String message) {
      super(message);
    }
  }

  /**
   * An event type this codec cannot store: no {@link EventType}, a name used twice, a value type the
   * format has no form for. A defect of the library's own event definitions, found when the codec is
   * built or first used.
   */
  public static final class DefinitionException extends OaException {
    private static final long serialVersionUID = 1L;

    DefinitionException(String message, Throwable cause) {
      super(message, cause);
    }

    DefinitionException(String message) {
      super(message);
    }
  }

  /**
   * The components of a record, by name, in declaration order (for checks that walk a command).
   *
   * @param r a record
   * @return name → value
   */
  public static java.util.Map<String, Object> components(Record r) {
    Shape shape = SHAPES.get(r.getClass());
    java.util.Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < shape.names().length; i++) {
      out.put(shape.names()[i], read(shape, i, r));
    }
    return out;
  }

  private static Object read(Shape shape, int i, Record r) {
    try {
      return shape.accessors()[i].invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new DefinitionException("cannot read " + shape.names()[i] + " of " + r.getClass().getName(), e);
    }
  }

  private final String aggregateType;
  private final Map<String, Class<? extends Record>> byName = new HashMap<>();
  private final Map<Class<?>, EventType> byClass = new HashMap<>();
  private final Map<String, Upcaster> upcasters = new HashMap<>();

  /**
   * @param aggregateType the envelope's {@code aggregate} value, e.g. {@code incoming-document}
   * @param types the event types, each annotated with {@link EventType}
   * @param upcasters the upcasters from older versions
   */
  public EventCodec(String aggregateType, List<Class<? extends Record>> types, List<Upcaster> upcasters) {
    this.aggregateType = requireNonNull(aggregateType, "aggregateType");
    for (Class<? extends Record> t : types) {
      EventType et = t.getAnnotation(EventType.class);
      if (et == null) {
        throw new DefinitionException(t.getName() + " has no @EventType");
      }
      if (byName.put(et.name(), t) != null) {
        throw new DefinitionException("event type name " + et.name() + " is used twice");
      }
      byClass.put(t, et);
    }
    for (Upcaster u : upcasters) {
      this.upcasters.put(u.type() + "@" + u.fromVersion(), u);
    }
  }

  /** @return the envelope's aggregate type */
  public String aggregateType() {
    return aggregateType;
  }

  /** @return the event types, by stored name */
  public Map<String, Class<? extends Record>> types() {
    return Map.copyOf(byName);
  }

  /**
   * The stored payload of an aggregate.
   *
   * @param events its events, oldest first
   * @param view top-level fields for hosts to query (values as for event fields); not read back
   * @return the JSON text
   */
  public String encodeAll(List<? extends Record> events, Map<String, ?> view) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("aggregate", aggregateType);
    view.forEach((k, v) -> {
      JsonNode n = value(v);
      if (n != null) {
        root.set(k, n);
      }
    });
    ArrayNode list = root.putArray("events");
    for (Record r : events) {
      list.add(toJson(r));
    }
    return write(root);
  }

  /**
   * @param payload a stored payload
   * @return its events, brought up to the current versions
   * @throws FormatException if it cannot be read
   */
  public List<Record> decodeAll(String payload) {
    JsonNode root;
    try {
      root = MAPPER.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new FormatException("payload is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new FormatException("payload is not a JSON object");
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new FormatException("format: expected " + FORMAT + " but was " + root.path("format"));
    }
    int fv = root.path("formatVersion").asInt(-1);
    if (fv < 1 || fv > FORMAT_VERSION) {
      throw new FormatException("formatVersion: " + root.path("formatVersion") + " is not one this version reads (1.."
          + FORMAT_VERSION + "); it was written by a newer version");
    }
    JsonNode events = root.path("events");
    if (!events.isArray()) {
      throw new FormatException("events: missing or not an array");
    }
    List<Record> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(fromJson(events.get(i), "events[" + i + "]"));
    }
    return out;
  }

  /**
   * @param r an event
   * @return its stored object
   */
  public ObjectNode toJson(Record r) {
    EventType et = byClass.get(r.getClass());
    if (et == null) {
      throw new DefinitionException("not an event type of " + aggregateType + ": " + r.getClass().getName());
    }
    ObjectNode n = NODES.objectNode();
    n.put(TYPE, et.name());
    n.put(VERSION, et.version());
    fields(r, n);
    return n;
  }

  /**
   * @param r an event
   * @return its stored type name
   */
  public String typeName(Record r) {
    EventType et = byClass.get(r.getClass());
    if (et == null) {
      throw new DefinitionException("not an event type of " + aggregateType + ": " + r.getClass().getName());
    }
    return et.name();
  }

  /**
   * @param r an event
   * @return its stored object as JSON text
   */
  public String encode(Record r) {
    return write(toJson(r));
  }

  /**
   * @param node a stored event
   * @param path where it is, for messages
   * @return the event
   * @throws FormatException if it cannot be read
   */
  public Record fromJson(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new FormatException(path + ": not an object");
    }
    ObjectNode n = ((ObjectNode) node).deepCopy();
    for (int steps = 0; ; steps++) {
      String type = n.path(TYPE).asText(null);
      int version = n.path(VERSION).asInt(-1);
      if (type == null) {
        throw new FormatException(path + "." + TYPE + ": missing");
      }
      Class<? extends Record> cls = byName.get(type);
      int current = cls == null ? -1 : byClass.get(cls).version();
      if (cls != null && version == current) {
        return parseRecord(n, cls, path);
      }
      if (cls != null && version > current) {
        throw new FormatException(path + ": " + type + " version " + version + " is newer than this library reads ("
            + current + ")");
      }
      Upcaster u = upcasters.get(type + "@" + version);
      if (u == null || steps > 100) {
        throw new FormatException(path + ": unknown event type " + type + " version " + version);
      }
      n = u.change().apply(n);
    }
  }

  // ------------------------------------------------------------------ values

  private static void fields(Record r, ObjectNode into) {
    Shape shape = SHAPES.get(r.getClass());
    for (int i = 0; i < shape.names().length; i++) {
      JsonNode n = value(read(shape, i, r));
      if (n != null) {
        into.set(shape.names()[i], n);
      }
    }
  }

  /** The JSON of a value; null for an empty Optional (the field is left out). */
  static JsonNode value(Object v) {
    requireNonNull(v, "stored values must not be null");
    if (v instanceof Optional<?> o) {
      return o.map(EventCodec::value).orElse(null);
    }
    if (v instanceof List<?> l) {
      ArrayNode a = NODES.arrayNode();
      l.forEach(x -> a.add(value(x)));
      return a;
    }
    if (v instanceof java.util.Set<?> s) {
      ArrayNode a = NODES.arrayNode();
      s.forEach(x -> a.add(value(x)));
      return a;
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = NODES.objectNode();
      m.forEach((k, x) -> o.set(k.toString(), value(x)));
      return o;
    }
    if (v instanceof Record r) {
      ObjectNode o = NODES.objectNode();
      fields(r, o);
      return o;
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (v instanceof BigDecimal b) {
      return NODES.textNode(b.toPlainString());
    }
    if (v instanceof LocalDate || v instanceof LocalDateTime || v instanceof LocalTime || v instanceof Instant) {
      return NODES.textNode(v.toString());
    }
    throw new DefinitionException("unsupported stored value type " + v.getClass().getName());
  }

  private static Record parseRecord(JsonNode n, Class<? extends Record> cls, String path) {
    if (!n.isObject()) {
      throw new FormatException(path + ": not an object");
    }
    Shape shape = SHAPES.get(cls);
    Object[] args = new Object[shape.names().length];
    for (int i = 0; i < args.length; i++) {
      args[i] = parse(n.get(shape.names()[i]), shape.types()[i], path + "." + shape.names()[i]);
    }
    try {
      return shape.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      throw new FormatException(path + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new DefinitionException("cannot rebuild " + cls.getName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(JsonNode n, Type type, String path) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    boolean missing = n == null || n.isNull() || n.isMissingNode();
    if (raw == Optional.class) {
      return missing ? Optional.empty() : Optional.of(parse(n, arg(type, 0), path));
    }
    if (raw == List.class || raw == java.util.Set.class) {
      if (missing) {
        return raw == List.class ? List.of() : java.util.Set.of();
      }
      if (!n.isArray()) {
        throw new FormatException(path + ": expected an array but was " + n);
      }
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < n.size(); i++) {
        out.add(parse(n.get(i), arg(type, 0), path + "[" + i + "]"));
      }
      return raw == List.class ? List.copyOf(out) : java.util.Set.copyOf(out);
    }
    if (raw == Map.class) {
      if (missing) {
        return Map.of();
      }
      if (!n.isObject()) {
        throw new FormatException(path + ": expected an object but was " + n);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), parse(e.getValue(), arg(type, 1), path + "." + e.getKey()));
      }
      return java.util.Collections.unmodifiableMap(out);
    }
    if (missing) {
      throw new FormatException(path + ": missing");
    }
    try {
      if (raw.isRecord()) {
        return parseRecord(n, (Class<? extends Record>) raw, path);
      }
      if (raw == String.class) {
        return text(n, path);
      }
      if (raw == int.class || raw == Integer.class) {
        if (!n.canConvertToInt()) {
          throw new FormatException(path + ": expected a whole number but was " + n);
        }
        return n.intValue();
      }
      if (raw == long.class || raw == Long.class) {
        if (!n.canConvertToLong()) {
          throw new FormatException(path + ": expected a whole number but was " + n);
        }
        return n.longValue();
      }
      if (raw == boolean.class || raw == Boolean.class) {
        if (!n.isBoolean()) {
          throw new FormatException(path + ": expected true or false but was " + n);
        }
        return n.booleanValue();
      }
      if (raw == LocalDate.class) {
        return LocalDate.parse(text(n, path));
      }
      if (raw == LocalDateTime.class) {
        return LocalDateTime.parse(text(n, path));
      }
      if (raw == LocalTime.class) {
        return LocalTime.parse(text(n, path));
      }
      if (raw == Instant.class) {
        return Instant.parse(text(n, path));
      }
      if (raw == BigDecimal.class) {
        return new BigDecimal(n.isNumber() ? n.asText() : text(n, path));
      }
      if (raw.isEnum()) {
        return Enum.valueOf((Class) raw, text(n, path));
      }
    } catch (FormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new FormatException(path + ": cannot read " + n + " as " + raw.getSimpleName() + " (" + e.getMessage() + ")",
          e);
    }
    throw new DefinitionException("unsupported stored type " + type);
  }

  private static String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw new FormatException(path + ": expected text but was " + n);
    }
    return n.textValue();
  }

  private static Type arg(Type type, int i) {
    return ((ParameterizedType) type).getActualTypeArguments()[i];
  }

  /**
   * @param value a value as stored in events (record, list, optional, text, …)
   * @return its JSON text
   */
  public static String json(Object value) {
    JsonNode n = value(value);
    return n == null ? "null" : write(n);
  }

  /**
   * @param text JSON text made by {@link #json}
   * @param type the value's type
   * @param <T> the type
   * @return the value
   * @throws FormatException if it cannot be read
   */
  @SuppressWarnings("unchecked")
  public static <T> T fromJson(String text, Class<T> type) {
    try {
      return (T) parse(MAPPER.readTree(text), type, "$");
    } catch (JsonProcessingException e) {
      throw new FormatException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new FormatException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
