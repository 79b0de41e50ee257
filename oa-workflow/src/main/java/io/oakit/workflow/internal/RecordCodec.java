package io.oakit.workflow.internal;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes flat records (events) as one line of text and back: the record's simple name, then each
 * component, separated by tabs, with backslash escapes. Supports String, int, long, boolean, enums,
 * LocalDate, LocalDateTime, Instant, BigDecimal, and Optional or List of those. Not API.
 */
public final class RecordCodec {

  private static final char SEP = '\t';
  private static final char LIST_SEP = '\u001F';

  private final Map<String, Class<? extends Record>> types = new HashMap<>();

  /**
   * @param recordTypes the record types this codec reads, by simple name
   */
  @SafeVarargs
  public RecordCodec(Class<? extends Record>... recordTypes) {
    for (Class<? extends Record> t : recordTypes) {
      types.put(t.getSimpleName(), t);
    }
  }

  /**
   * @param records records to encode, one per line
   * @return the text
   */
  public String encodeAll(List<? extends Record> records) {
    StringBuilder out = new StringBuilder();
    for (Record r : records) {
      out.append(encode(r)).append('\n');
    }
    return out.toString();
  }

  /**
   * @param text lines made by {@link #encodeAll}
   * @return the records
   */
  public List<Record> decodeAll(String text) {
    List<Record> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        out.add(decode(line));
      }
    }
    return out;
  }

  /** @param r a record @return its line */
  public String encode(Record r) {
    StringBuilder out = new StringBuilder(r.getClass().getSimpleName());
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        out.append(SEP).append(escape(value(c.getAccessor().invoke(r), c.getGenericType())));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
    }
    return out.toString();
  }

  /** @param line a line @return the record */
  public Record decode(String line) {
    List<String> fields = split(line, SEP);
    Class<? extends Record> type = types.get(fields.get(0));
    if (type == null) {
      throw new IllegalStateException("unknown record type " + fields.get(0));
    }
    RecordComponent[] comps = type.getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] classes = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      classes[i] = comps[i].getType();
      args[i] = parse(unescape(fields.get(i + 1)), comps[i].getGenericType());
    }
    try {
      Constructor<? extends Record> ctor = type.getDeclaredConstructor(classes);
      ctor.setAccessible(true);
      return ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
    }
  }

  private static String value(Object v, Type type) {
    requireNonNull(v, "record components must not be null");
    if (v instanceof Optional<?> o) {
      return o.map(x -> "=" + value(x, arg(type))).orElse("");
    }
    if (v instanceof List<?> l) {
      StringBuilder s = new StringBuilder();
      for (Object x : l) {
        s.append(escapeList(value(x, arg(type)))).append(LIST_SEP);
      }
      return s.toString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(String s, Type type) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == Optional.class) {
      return s.isEmpty() ? Optional.empty() : Optional.of(parse(s.substring(1), arg(type)));
    }
    if (raw == List.class) {
      if (s.isEmpty()) {
        return List.of();
      }
      List<String> parts = split(s, LIST_SEP);
      parts = parts.subList(0, parts.size() - 1); // every element is followed by a separator
      List<Object> out = new ArrayList<>();
      for (String part : parts) {
        out.add(parse(unescapeList(part), arg(type)));
      }
      return List.copyOf(out);
    }
    if (raw == String.class) {
      return s;
    }
    if (raw == int.class || raw == Integer.class) {
      return Integer.parseInt(s);
    }
    if (raw == long.class || raw == Long.class) {
      return Long.parseLong(s);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Boolean.parseBoolean(s);
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(s);
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.parse(s);
    }
    if (raw == Instant.class) {
      return Instant.parse(s);
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal(s);
    }
    if (raw.isEnum()) {
      return Enum.valueOf((Class) raw, s);
    }
    throw new IllegalStateException("unsupported component type " + type);
  }

  private static Type arg(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String escapeList(String s) {
    return s.replace("%", "%25").replace(String.valueOf(LIST_SEP), "%1F");
  }

  private static String unescapeList(String s) {
    return s.replace("%1F", String.valueOf(LIST_SEP)).replace("%25", "%");
  }

  /** Splits on a separator that escaped text never contains unescaped (tabs are escaped as \t). */
  private static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == sep) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
