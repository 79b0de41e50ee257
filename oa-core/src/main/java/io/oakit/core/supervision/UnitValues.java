package io.oakit.core.supervision;

import com.google.common.collect.ImmutableMap;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An immutable map from an item's units to numbers, kept as an array aligned with the units, so
 * the facts of a million items need no map of their own; a unit whose value is {@link #ABSENT} is
 * not in the map.
 */
final class UnitValues extends AbstractMap<String, Integer> {

  static final int ABSENT = Integer.MIN_VALUE;

  private final List<String> units;
  private final int[] values;
  private final int offset;

  /**
   * @param values holds this map's values from {@code offset} on, aligned with {@code units}; never
   *     changed afterwards
   */
  UnitValues(List<String> units, int[] values, int offset) {
    this.units = units;
    this.values = values;
    this.offset = offset;
  }

  /** @return an array for {@code rows × size} values, all absent */
  static int[] absent(int rows, int size) {
    int[] a = new int[rows * size];
    Arrays.fill(a, ABSENT);
    return a;
  }

  private int index(Object unit) {
    int i = units.indexOf(unit);
    return i >= 0 && values[offset + i] != ABSENT ? offset + i : -1;
  }

  @Override
  public Integer get(Object unit) {
    int i = index(unit);
    return i < 0 ? null : values[i];
  }

  @Override
  public Integer getOrDefault(Object unit, Integer defaultValue) {
    int i = index(unit);
    return i < 0 ? defaultValue : values[i];
  }

  @Override
  public boolean containsKey(Object unit) {
    return index(unit) >= 0;
  }

  @Override
  public Set<Entry<String, Integer>> entrySet() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < units.size(); i++) {
      if (values[offset + i] != ABSENT) {
        b.put(units.get(i), values[offset + i]);
      }
    }
    return b.build().entrySet();
  }
}
