package io.oakit.core.routing;

import com.google.common.collect.ImmutableList;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Absence;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import io.oakit.core.routing.RoutingDecision.Assignment;
import io.oakit.core.routing.RoutingDecision.Gap;
import io.oakit.core.routing.RoutingDecision.Owed;
import io.oakit.core.routing.RoutingDecision.Step;
import io.oakit.core.routing.RoutingRule.AbsencePolicy;
import io.oakit.core.routing.RoutingRule.ClearancePolicy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.TreeSet;

/**
 * Turns the rules that matched into a decision: resolves targets against the organisation at the
 * routing instant, applies the absence and clearance policies, and writes the explanation. Shared
 * by every router, so routers differ only in which rules they evaluate.
 */
final class Resolver {

  static final String DEFAULT_ID = "default";

  /** A rule and whether it matched; why it did not is worked out only when the explanation is read. */
  record Evaluation(RoutingRule rule, boolean matched) {}

  /** Evaluates a rule against a profile. */
  static Evaluation evaluate(RoutingRule rule, DocumentProfile p) {
    return new Evaluation(rule, matches(rule, p));
  }

  /** Whether a rule applies to the profile (the same answer as {@link #whyNot} being empty, without its words). */
  static boolean matches(RoutingRule rule, DocumentProfile p) {
    return rule.condition().test(p) && !(rule.action() instanceof ApprovalLadder && p.amount().isEmpty());
  }

  private Resolver() {}

  /** Why a rule does not apply to the profile; a ladder also needs an amount. */
  static Optional<String> whyNot(RoutingRule rule, DocumentProfile p) {
    if (rule.condition().test(p)) {
      if (rule.action() instanceof ApprovalLadder && p.amount().isEmpty()) {
        return Optional.of("its approval ladder needs an amount and the document has none");
      }
      return Optional.empty();
    }
    return rule.condition().whyNot(p);
  }

  static RoutingDecision decide(RuleSet set, List<Evaluation> evaluated, int notEvaluated, DocumentProfile p,
      Organization org, LocalDateTime at) {
    List<RoutingRule> matched = new ArrayList<>();
    for (Evaluation e : evaluated) {
      if (e.matched()) {
        matched.add(e.rule());
      }
    }
    return decide(set, matched, () -> evaluated, notEvaluated, p, org, at);
  }

  /**
   * The decision for the rules that matched, the rules the router did not evaluate being all those
   * {@code evaluated} does not list.
   *
   * @param matched the rules that matched, in evaluation order
   * @param evaluated the rules evaluated, in order, for the explanation: asked only when it is read
   */
  static RoutingDecision decide(RuleSet set, List<RoutingRule> matched, Supplier<List<Evaluation>> evaluated,
      DocumentProfile p, Organization org, LocalDateTime at) {
    return decide(set, matched, evaluated, -1, p, org, at);
  }

  /**
   * The decision for the rules that matched.
   *
   * @param matched the rules that matched, in evaluation order
   * @param evaluated the rules evaluated, in order, for the explanation: asked only when it is read
   * @param notEvaluated how many rules the router did not evaluate, or -1: all those {@code evaluated}
   *     does not list
   */
  private static RoutingDecision decide(RuleSet set, List<RoutingRule> matched, Supplier<List<Evaluation>> evaluated,
      int notEvaluated, DocumentProfile p, Organization org, LocalDateTime at) {
    Decision d = new Decision(p, org, at);
    boolean decidedByFirst = set.mode() == RuleSet.Mode.FIRST_MATCH && !matched.isEmpty();
    // the lines of the evaluation, written when the explanation is read
    d.opening = () -> {
      List<String> lines = new ArrayList<>();
      lines.add("routing " + p.id() + " (" + p.kind().chinese() + ", " + p.urgency().chinese() + ", "
          + p.secrecy().chinese() + ") at " + at + ", " + set.mode() + " over " + set.rules().size() + " rule(s)");
      List<Evaluation> walked = evaluated.get();
      for (Evaluation e : walked) {
        RoutingRule rule = e.rule();
        lines.add(e.matched()
            ? "rule " + rule.id() + " (priority " + rule.priority() + ") matched: " + rule.condition().describe()
            : "rule " + rule.id() + " skipped: " + whyNot(rule, p).orElseThrow());
      }
      int others = notEvaluated >= 0 ? notEvaluated : set.rules().size() - walked.size();
      if (others > 0) {
        lines.add(others + " other rule(s) not evaluated: " + (decidedByFirst ? "the first match decides, or " : "")
            + "their kind, area or tag conditions cannot hold for this document");
      }
      if (matched.isEmpty()) {
        lines.add("no rule matched: default route " + set.defaultRoute().describe());
      }
      return lines;
    };
    if (matched.isEmpty()) {
      d.apply(DEFAULT_ID, set.defaultRoute(), AbsencePolicy.SKIP_AND_OWE, ClearancePolicy.SUBSTITUTE);
    }
    for (RoutingRule rule : matched) {
      Route route;
      if (rule.action() instanceof ApprovalLadder ladder) {
        ApprovalLadder.Tier tier = ladder.tierFor(p.amount().orElseThrow()).orElseThrow();
        d.line(() -> "rule " + rule.id() + ": amount " + p.amount().get().toPlainString() + " falls in tier "
            + tier.range() + " → " + tier.route().describe());
        route = tier.route();
      } else {
        route = (Route) rule.action();
      }
      d.apply(rule.id(), route, rule.onAbsent(), rule.onUncleared());
    }
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(Math.max(1, matched.size()));
    if (matched.isEmpty()) {
      ids.add(DEFAULT_ID);
    }
    for (RoutingRule rule : matched) {
      ids.add(rule.id());
    }
    return d.finish(ids.build());
  }

  /**
   * {@link LocalDateTime#toString()}, written without its general formatting when the instant is a
   * whole minute of a year from 0 to 9999 (as absences end).
   */
  static String text(LocalDateTime t) {
    int year = t.getYear();
    if (year < 0 || year > 9999 || t.getSecond() != 0 || t.getNano() != 0) {
      return t.toString();
    }
    char[] c = new char[16];
    digits(c, 0, year, 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    return new String(c);
  }

  private static void digits(char[] c, int from, int value, int width) {
    for (int i = from + width - 1, v = value; i >= from; i--, v /= 10) {
      c[i] = (char) ('0' + v % 10);
    }
  }

  /** The decision under construction. */
  private static final class Decision {
    final DocumentProfile p;
    final Organization org;
    final LocalDateTime at;
    /** The explanation's first lines (the rules evaluated), written only when the explanation is read. */
    Supplier<List<String>> opening = List::of;
    /** The explanation's lines of the resolution, each written only when the explanation is read. */
    final List<Supplier<String>> lines = new ArrayList<>(4);
    final List<Step> steps = new ArrayList<>(4);
    final Map<String, Assignment> copies = new LinkedHashMap<>();
    final Map<String, Owed> owed = new LinkedHashMap<>();
    final List<Gap> gaps = new ArrayList<>(2);

    Decision(DocumentProfile p, Organization org, LocalDateTime at) {
      this.p = p;
      this.org = org;
      this.at = at;
    }

    void line(Supplier<String> line) {
      lines.add(line);
    }

    /**
     * A person chosen for a target, with the people who may stand in for them (for roles: the role's
     * other holders, {@code pool} from its second on).
     */
    private record Candidate(Person person, String why, List<Person> pool) {
      List<Person> alternatives() {
        return pool.size() < 2 ? List.of() : pool.subList(1, pool.size());
      }
    }

    void apply(String ruleId, Route route, AbsencePolicy onAbsent, ClearancePolicy onUncleared) {
      for (Stage stage : route.stages()) {
        List<Assignment> assignees = new ArrayList<>(stage.targets().size());
        for (Target t : stage.targets()) {
          for (Candidate c : candidates(ruleId, t)) {
            place(ruleId, t, c, onAbsent, onUncleared, false).ifPresent(a -> addOnce(assignees, a));
          }
        }
        if (assignees.isEmpty()) {
          line(() -> "rule " + ruleId + ": nobody can take the stage " + stage.describe());
          continue;
        }
        int required = assignees.size();
        if (stage.required() != Stage.ALL) {
          required = Math.min(stage.required(), assignees.size());
          if (assignees.size() < stage.required()) {
            gaps.add(new Gap(ruleId, stage.describe(), "countersign needs " + stage.required()
                + " signature(s) but only " + assignees.size() + " person(s) can sign now"));
          }
        }
        steps.add(new Step(stage.mode(), ImmutableList.copyOf(assignees), required, ruleId));
      }
      for (Target t : route.copies()) {
        for (Candidate c : candidates(ruleId, t)) {
          place(ruleId, t, c, onAbsent, onUncleared, true).ifPresent(a -> copies.putIfAbsent(a.personId(), a));
        }
      }
    }

    /** Adds the assignment unless its person is already assigned (the first reason stands), keeping the order. */
    private static void addOnce(List<Assignment> assignees, Assignment a) {
      for (Assignment b : assignees) {
        if (b.personId().equals(a.personId())) {
          return;
        }
      }
      assignees.add(a);
    }

    private List<Candidate> candidates(String ruleId, Target t) {
      List<Candidate> out = new ArrayList<>(2);
      if (t instanceof Target.Person named) {
        if (org.hasPerson(named.personId())) {
          out.add(new Candidate(org.person(named.personId()), "named by rule " + ruleId, List.of()));
        } else {
          gaps.add(new Gap(ruleId, t.describe(), "no such person in the organisation"));
        }
      } else if (t instanceof Target.LeaderInCharge lic) {
        leaderOf(ruleId, t, lic.area(), out);
      } else if (t instanceof Target.DocumentAreaLeaders) {
        if (p.areas().isEmpty()) {
          gaps.add(new Gap(ruleId, t.describe(), "the document concerns no area"));
        }
        for (String area : new TreeSet<>(p.areas())) {
          leaderOf(ruleId, t, area, out);
        }
      } else if (t instanceof Target.HeadOf head) {
        if (!org.departments().containsKey(head.departmentId())) {
          gaps.add(new Gap(ruleId, t.describe(), "no such department"));
        } else {
          org.headOf(head.departmentId()).ifPresentOrElse(
              h -> out.add(new Candidate(h, "head of " + org.departments().get(head.departmentId()).name(), List.of())),
              () -> gaps.add(new Gap(ruleId, t.describe(), "the department has no head")));
        }
      } else if (t instanceof Target.AllWithRole all) {
        List<Person> people = org.withRole(all.role());
        if (people.isEmpty()) {
          gaps.add(new Gap(ruleId, t.describe(), "nobody has the role"));
        }
        people.forEach(m -> out.add(new Candidate(m, "member of " + all.role(), List.of())));
      } else if (t instanceof Target.Role role) {
        List<Person> people = org.withRole(role.role());
        if (people.isEmpty()) {
          gaps.add(new Gap(ruleId, t.describe(), "nobody has the role"));
        } else {
          out.add(new Candidate(people.get(0), "role " + role.role(), people));
        }
      }
      return out;
    }

    private void leaderOf(String ruleId, Target t, String area, List<Candidate> out) {
      org.inCharge(area).ifPresentOrElse(
          l -> out.add(new Candidate(l, "leader in charge of " + area, List.of())),
          () -> gaps.add(new Gap(ruleId, t.describe(), "no leader in charge of " + area)));
    }

    /** Applies the clearance and absence policies to one candidate; returns who takes the place, if anyone. */
    private Optional<Assignment> place(String ruleId, Target t, Candidate c, AbsencePolicy onAbsent,
        ClearancePolicy onUncleared, boolean copy) {
      Person person = c.person();
      if (!person.clearance().covers(p.secrecy())) {
        String shortfall = "clearance " + person.clearance().chinese() + " of " + person.name() + " is below "
            + p.secrecy().chinese();
        if (onUncleared == ClearancePolicy.SUBSTITUTE) {
          List<Person> substitutes = new ArrayList<>();
          org.standingDeputy(person.id()).ifPresent(substitutes::add);
          substitutes.addAll(c.alternatives());
          for (Person s : substitutes) {
            if (s.clearance().covers(p.secrecy()) && org.isAvailable(s.id(), at)) {
              return Optional.of(new Assignment(s.id(), c.why() + ": substitute for " + person.name() + " (" + shortfall + ")"));
            }
          }
          gaps.add(new Gap(ruleId, t.describe(), shortfall + " and no cleared substitute is present"));
        } else {
          gaps.add(new Gap(ruleId, t.describe(), shortfall));
        }
        return Optional.empty();
      }
      if (copy) {
        return Optional.of(new Assignment(person.id(), c.why()));
      }
      Optional<Absence> absence = org.absenceAt(person.id(), at);
      if (absence.isEmpty()) {
        return Optional.of(new Assignment(person.id(), c.why()));
      }
      Absence away = absence.get();
      String awayText = person.name() + " is away (" + away.kind().chinese() + ") until " + text(away.endExclusive());
      if (onAbsent == AbsencePolicy.DEPUTY) {
        Optional<Person> deputy = org.deputyFor(person.id(), at).filter(d -> d.clearance().covers(p.secrecy()));
        if (deputy.isPresent()) {
          owe(person, awayText);
          return Optional.of(new Assignment(deputy.get().id(), c.why() + ": deputy for " + awayText));
        }
      } else {
        for (Person alt : c.alternatives()) {
          if (alt.clearance().covers(p.secrecy()) && org.isAvailable(alt.id(), at)) {
            return Optional.of(new Assignment(alt.id(), c.why() + ": next eligible, " + awayText));
          }
        }
      }
      owe(person, awayText);
      line(() -> "rule " + ruleId + ": " + awayText + ", skipped; reads it on return (补阅)");
      return Optional.empty();
    }

    private void owe(Person person, String why) {
      owed.putIfAbsent(person.id(), new Owed(person.id(), org.availableFrom(person.id(), at), why));
    }

    RoutingDecision finish(List<String> matchedIds) {
      if (!copies.isEmpty()) {
        steps.forEach(s -> s.assignees().forEach(a -> copies.remove(a.personId())));
        owed.keySet().forEach(copies::remove);
      }
      ImmutableList<Step> finalSteps = ImmutableList.copyOf(steps);
      ImmutableList<Assignment> finalCopies = ImmutableList.copyOf(copies.values());
      ImmutableList<Owed> finalOwed = ImmutableList.copyOf(owed.values());
      ImmutableList<Gap> finalGaps = ImmutableList.copyOf(gaps);
      // the invariant: nobody receives the document without the clearance for it
      for (Step s : finalSteps) {
        s.assignees().forEach(a -> checkCleared(a.personId()));
      }
      finalCopies.forEach(c -> checkCleared(c.personId()));
      finalOwed.forEach(o -> checkCleared(o.personId()));
      List<Supplier<String>> written = lines;
      Supplier<List<String>> first = opening;
      // the rules evaluated, the lines of the resolution, then one per assignee, copy, owed reader
      // and gap, in that order
      Supplier<List<String>> explanation = () -> {
        List<String> out = new ArrayList<>(first.get());
        written.forEach(l -> out.add(l.get()));
        for (int i = 0; i < finalSteps.size(); i++) {
          Step s = finalSteps.get(i);
          for (Assignment a : s.assignees()) {
            out.add("step " + (i + 1) + " (" + s.mode() + ", rule " + s.ruleId() + "): " + org.person(a.personId()).name()
                + " — " + a.why());
          }
        }
        finalCopies.forEach(c -> out.add("copy: " + org.person(c.personId()).name() + " — " + c.why()));
        finalOwed.forEach(o -> out.add("owed on return (补阅): " + org.person(o.personId()).name() + " from "
            + o.availableFrom()));
        finalGaps.forEach(g -> out.add("gap in rule " + g.ruleId() + " (" + g.target() + "): " + g.why()));
        return out;
      };
      return RoutingDecision.explainedOnDemand(p.id(), finalSteps, finalCopies, finalOwed, finalGaps, matchedIds,
          explanation);
    }

    private void checkCleared(String personId) {
      if (!org.person(personId).clearance().covers(p.secrecy())) {
        throw new IllegalStateException("routing would deliver " + p.id() + " to " + personId + " without clearance");
      }
    }

  }
}
