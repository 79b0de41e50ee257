package io.oakit.core.routing;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
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
    BitSet candidates = new BitSet(rules.length);
    mark(candidates, always);
    mark(candidates, byKind.get(profile.kind()));
    mark(candidates, profile.areas(), byArea);
    mark(candidates, profile.tags(), byTag);
    List<Resolver.Evaluation> evaluated = new ArrayList<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Resolver.Evaluation e = Resolver.evaluate(rules[i], profile);
      evaluated.add(e);
      if (e.matched() && set.mode() == RuleSet.Mode.FIRST_MATCH) {
        break;
      }
    }
    return Resolver.decide(set, evaluated, rules.length - evaluated.size(), profile, organization, at);
  }

  private static void mark(BitSet bits, Set<String> keys, Map<String, int[]> index) {
    for (String k : keys) {
      mark(bits, index.get(k));
    }
  }

  private static void mark(BitSet bits, int[] indexes) {
    if (indexes != null) {
      for (int i : indexes) {
        bits.set(i);
      }
    }
  }

  @Override
  public String toString() {
    return "CompiledRouter[" + rules.length + " rules: " + always.length + " unindexed, " + byKind.size() + " kinds, "
        + byArea.size() + " areas, " + byTag.size() + " tags]";
  }
}
