package io.oakit.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copies public records make of the collections they are given, so a caller who changes its
 * list afterwards changes nothing in the record, and nobody can change the record through what it
 * returns. Unlike {@code List.copyOf} they keep a {@code null} (a missing list, a blank element), so
 * that validation can refuse it by name instead of a {@code NullPointerException} here. Iteration
 * order is kept. The library's modules use it in their records; hosts may use it in theirs.
 */
public final class Copies {

  private Copies() {}

  /**
   * @param <T> the element type
   * @param list a list, or {@code null}
   * @return an unmodifiable copy, or {@code null}
   */
  public static <T> List<T> list(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * @param <T> the element type
   * @param set a set, or {@code null}
   * @return an unmodifiable copy in the same iteration order, or {@code null}
   */
  public static <T> Set<T> set(Set<T> set) {
    return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  /**
   * @param <K> the key type
   * @param <V> the value type
   * @param map a map, or {@code null}
   * @return an unmodifiable copy in the same iteration order, or {@code null}
   */
  public static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
