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
 *
 * <p>To decide, the router reads a second index made the same way for each document kind, holding
 * only the rules that kind can satisfy (a rule that requires other kinds is left out): the same
 * rules match in the same order, among fewer candidates. The explanation, written only when it is
 * read, walks the first index as it always has, so it lists the same evaluated rules.
 */
final class CompiledRouter implements Router {

  private final RuleSet set;
  private final RoutingRule[] rules;
  /** The index the explanation walks. */
  private final Filed all;
  /** For deciding: per document kind, the rules that kind can satisfy. */
  private final Map<DocumentKind, Filed> byDocumentKind = new EnumMap<>(DocumentKind.class);

  /** Rules filed under "any", kinds, areas and tags, each list in evaluation order. */
  private record Filed(int[] always, Map<DocumentKind, int[]> byKind, Map<String, int[]> byArea,
      Map<String, int[]> byTag) {}

  CompiledRouter(RuleSet set) {
    this.set = set;
    this.rules = set.rules().toArray(new RoutingRule[0]);
    this.all = file(null);
    for (DocumentKind kind : DocumentKind.values()) {
      byDocumentKind.put(kind, file(kind));
    }
  }

  /** Files the rules a document of {@code only} can satisfy (every rule when null). */
  private Filed file(DocumentKind only) {
    List<Integer> any = new ArrayList<>();
    Map<DocumentKind, List<Integer>> kinds = new EnumMap<>(DocumentKind.class);
    Map<String, List<Integer>> areas = new HashMap<>();
    Map<String, List<Integer>> tags = new HashMap<>();
    for (int i = 0; i < rules.length; i++) {
      if (only != null && !admits(rules[i].condition(), only)) {
        continue;
      }
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
    Map<DocumentKind, int[]> byKind = new EnumMap<>(DocumentKind.class);
    Map<String, int[]> byArea = new HashMap<>();
    Map<String, int[]> byTag = new HashMap<>();
    kinds.forEach((k, v) -> byKind.put(k, toArray(v)));
    areas.forEach((k, v) -> byArea.put(k, toArray(v)));
    tags.forEach((k, v) -> byTag.put(k, toArray(v)));
    return new Filed(toArray(any), byKind, byArea, byTag);
  }

  /** Whether a document of this kind can satisfy the condition as far as kinds go (every kind it requires admits it). */
  private static boolean admits(Condition c, DocumentKind kind) {
    if (c instanceof Condition.KindIn k) {
      return k.kinds().contains(kind);
    }
    if (c instanceof Condition.All conjunction) {
      for (Condition child : conjunction.conditions()) {
        if (!admits(child, kind)) {
          return false;
        }
      }
    }
    return true;
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
    Candidates candidates = new Candidates(byDocumentKind.get(profile.kind()), profile);
    List<RoutingRule> matched = new ArrayList<>(2);
    for (int i = candidates.next(); i >= 0; i = candidates.next()) {
      if (Resolver.matches(rules[i], profile)) {
        matched.add(rules[i]);
        if (set.mode() == RuleSet.Mode.FIRST_MATCH) {
          break;
        }
      }
    }
    // the explanation lists the rules evaluated: the walk of the whole index, only if it is read
    return Resolver.decide(set, matched, () -> evaluations(profile), profile, organization, at);
  }

  /**
   * The candidate rules of a profile in the whole index, in evaluation order, each with whether it
   * matched: up to the first match in first-match mode, else all.
   */
  private List<Resolver.Evaluation> evaluations(DocumentProfile profile) {
    List<Resolver.Evaluation> out = new ArrayList<>();
    Candidates candidates = new Candidates(all, profile);
    for (int i = candidates.next(); i >= 0; i = candidates.next()) {
      Resolver.Evaluation e = Resolver.evaluate(rules[i], profile);
      out.add(e);
      if (e.matched() && set.mode() == RuleSet.Mode.FIRST_MATCH) {
        break;
      }
    }
    return out;
  }

  /**
   * The rules filed under "any" and under a profile's kind, areas and tags, in evaluation order and
   * each once: a merge of the sorted index lists, without marking all the rules.
   */
  private static final class Candidates {
    private final int[][] lists;
    private final int[] at;
    private int last = -1;

    Candidates(Filed index, DocumentProfile p) {
      int[][] l = new int[2 + p.areas().size() + p.tags().size()][];
      int n = 0;
      l[n++] = index.always();
      l[n++] = index.byKind().get(p.kind());
      for (String area : p.areas()) {
        l[n++] = index.byArea().get(area);
      }
      for (String tag : p.tags()) {
        l[n++] = index.byTag().get(tag);
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
    return "CompiledRouter[" + rules.length + " rules: " + all.always().length + " unindexed, " + all.byKind().size()
        + " kinds, " + all.byArea().size() + " areas, " + all.byTag().size() + " tags]";
  }
}
