package io.oakit.core.routing;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The indexed router. Each rule is filed under one key its condition requires — an area, else a
 * tag, else a kind — or under "any" when its condition requires none of them. A document is only
 * checked against the rules filed under "any" and under its own kind, areas and tags, in
 * evaluation order; rules filed elsewhere cannot match it.
 */
final class CompiledRouter implements Router {

  private final RuleSet set;
  private final RoutingRule[] rules;
  private final int[] always;
  private final Map<DocumentKind, int[]> byKind = new EnumMap<>(DocumentKind.class);
  private final Map<String, int[]> byArea = new HashMap<>();
  private final Map<String, int[]> byTag = new HashMap<>();

  CompiledRouter(RuleSet set) {
    this.set = set;
    this.rules = set.rules().toArray(new RoutingRule[0]);
    List<Integer> any = new ArrayList<>();
    Map<DocumentKind, List<Integer>> kinds = new EnumMap<>(DocumentKind.class);
    Map<String, List<Integer>> areas = new HashMap<>();
    Map<String, List<Integer>> tags = new HashMap<>();
    for (int i = 0; i < rules.length; i++) {
      Condition key = indexKey(rules[i].condition());
      if (key instanceof Condition.AreaIn a) {
        for (String area : a.areas()) {
          areas.computeIfAbsent(area, k -> new ArrayList<>()).add(i);
        }
      } else if (key instanceof Condition.Tagged t) {
        tags.computeIfAbsent(t.tag(), k -> new ArrayList<>()).add(i);
      } else if (key instanceof Condition.KindIn k) {
        for (DocumentKind kind : k.kinds()) {
          kinds.computeIfAbsent(kind, x -> new ArrayList<>()).add(i);
        }
      } else {
        any.add(i);
      }
    }
    always = toArray(any);
    kinds.forEach((k, v) -> byKind.put(k, toArray(v)));
    areas.forEach((k, v) -> byArea.put(k, toArray(v)));
    tags.forEach((k, v) -> byTag.put(k, toArray(v)));
  }

  /** The most selective indexable condition the whole condition requires, or null. */
  private static Condition indexKey(Condition c) {
    if (c instanceof Condition.AreaIn || c instanceof Condition.Tagged || c instanceof Condition.KindIn) {
      return c;
    }
    if (c instanceof Condition.All all) {
      Condition best = null;
      for (Condition child : all.conditions()) {
        Condition k = indexKey(child);
        if (k != null && (best == null || rank(k) < rank(best))) {
          best = k;
        }
      }
      return best;
    }
    return null;
  }

  private static int rank(Condition c) {
    return c instanceof Condition.AreaIn ? 0 : c instanceof Condition.Tagged ? 1 : 2;
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public RoutingDecision route(DocumentProfile profile, Organization organization, LocalDateTime at) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(at, "at");
    Candidates candidates = new Candidates(profile);
    List<RoutingRule> matched = new ArrayList<>(2);
    int evaluated = 0;
    for (int i = candidates.next(); i >= 0; i = candidates.next()) {
      evaluated++;
      if (Resolver.matches(rules[i], profile)) {
        matched.add(rules[i]);
        if (set.mode() == RuleSet.Mode.FIRST_MATCH) {
          break;
        }
      }
    }
    int count = evaluated;
    // the explanation lists the rules evaluated: the same walk again, only if it is read
    return Resolver.decide(set, matched, rules.length - evaluated, () -> evaluations(profile, count), profile,
        organization, at);
  }

  /** The first {@code count} candidate rules of a profile, in evaluation order, each with whether it matched. */
  private List<Resolver.Evaluation> evaluations(DocumentProfile profile, int count) {
    List<Resolver.Evaluation> out = new ArrayList<>(count);
    Candidates candidates = new Candidates(profile);
    for (int i = candidates.next(); i >= 0 && out.size() < count; i = candidates.next()) {
      out.add(Resolver.evaluate(rules[i], profile));
    }
    return out;
  }

  /**
   * The rules filed under "any" and under a profile's kind, areas and tags, in evaluation order and
   * each once: a merge of the sorted index lists, without marking all the rules.
   */
  private final class Candidates {
    private final int[][] lists;
    private final int[] at;
    private int last = -1;

    Candidates(DocumentProfile p) {
      int[][] l = new int[2 + p.areas().size() + p.tags().size()][];
      int n = 0;
      l[n++] = always;
      l[n++] = byKind.get(p.kind());
      for (String area : p.areas()) {
        l[n++] = byArea.get(area);
      }
      for (String tag : p.tags()) {
        l[n++] = byTag.get(tag);
      }
      lists = l;
      at = new int[n];
    }

    /** The next candidate's index, or -1 when there is none. */
    int next() {
      int best = Integer.MAX_VALUE;
      for (int k = 0; k < lists.length; k++) {
        int[] list = lists[k];
        if (list == null) {
          continue;
        }
        int i = at[k];
        while (i < list.length && list[i] <= last) {
          i++;
        }
        at[k] = i;
        if (i < list.length && list[i] < best) {
          best = list[i];
        }
      }
      if (best == Integer.MAX_VALUE) {
        return -1;
      }
      last = best;
      return best;
    }
  }

  @Override
  public String toString() {
    return "CompiledRouter[" + rules.length + " rules: " + always.length + " unindexed, " + byKind.size() + " kinds, "
        + byArea.size() + " areas, " + byTag.size() + " tags]";
  }
}
