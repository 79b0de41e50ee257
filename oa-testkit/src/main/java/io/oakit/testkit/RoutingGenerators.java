package io.oakit.testkit;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.routing.AmountRange;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RouteSpec;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random organisations, documents and rule sets built from a seed, for properties and benchmarks.
 * Small vocabularies make matches, absences and clearance shortfalls common.
 */
public final class RoutingGenerators {

  /** The instant documents are received at in the generated cases: Monday 8 June 2026, 09:00. */
  public static final LocalDateTime BASE = LocalDateTime.of(2026, 6, 8, 9, 0);
  private static final String[] AREAS = {"财务", "安全生产", "综合", "人事", "信访"};
  private static final String[] TAGS = {"经费", "固定资产", "会议", "人事", "督办", "值班"};
  private static final String[] ROLES = {"办公室主任", "局长", "局长办公会", "文书", "值班员"};
  private static final String[] UNITS = {"县政府办", "县财政局", "市委办", "县应急局"};

  private RoutingGenerators() {}

  /**
   * @param seed the seed: the same seed gives the same organisation
   * @return an organisation of 2–5 departments with heads, leaders in charge, roles and absences
   */
  public static Organization organization(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Organization.Builder b = Organization.builder().unit("u", "单位");
    int depts = 2 + r.nextInt(4);
    for (int d = 0; d < depts; d++) {
      b.department("d" + d, "科室" + d, "u", r.nextInt(4) == 0 ? null : pick(r, AREAS));
    }
    int n = 3 + r.nextInt(23);
    for (int i = 0; i < n; i++) {
      List<String> roles = new ArrayList<>();
      for (String role : ROLES) {
        if (r.nextInt(4) == 0) {
          roles.add(role);
        }
      }
      b.person("p" + i, "人员" + i, "d" + r.nextInt(depts), "职务", 1 + r.nextInt(10),
          SecrecyLevel.values()[r.nextInt(4)], roles.toArray(String[]::new));
    }
    for (int d = 0; d < depts; d++) {
      if (r.nextInt(5) > 0) {
        b.head("d" + d, "p" + r.nextInt(n));
      }
    }
    for (String area : AREAS) {
      if (r.nextInt(5) > 0) {
        b.inCharge(area, "p" + r.nextInt(n));
      }
    }
    for (int i = 0; i < n; i++) {
      if (r.nextInt(3) == 0) {
        int d = r.nextInt(n);
        if (d != i) {
          b.deputy("p" + i, "p" + d);
        }
      }
      LocalDateTime t = BASE.minusDays(3).plusHours(r.nextInt(48));
      for (int k = r.nextInt(3); k > 0; k--) {
        LocalDateTime end = t.plusHours(1 + r.nextInt(96));
        int d = r.nextInt(n + 1);
        b.away("p" + i, AbsenceKind.values()[r.nextInt(4)], t, end, d == i || d == n ? null : "p" + d);
        t = end.plusHours(r.nextInt(48));
      }
    }
    return b.build();
  }

  /**
   * @param seed the seed: the same seed gives the same document
   * @return a document of a random kind, urgency, secrecy, areas, tags and amount
   */
  public static DocumentProfile profile(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DocumentProfile.Builder b = DocumentProfile.builder().id("doc" + seed)
        .kind(DocumentKind.values()[r.nextInt(DocumentKind.values().length)])
        .urgency(Urgency.values()[r.nextInt(3)])
        .secrecy(SecrecyLevel.values()[r.nextInt(4)])
        .issuingUnit(pick(r, UNITS))
        .subject("关于" + pick(r, TAGS) + "的" + pick(r, new String[] {"请示", "通知", "报告"}))
        .receivedAt(BASE.plusHours(r.nextInt(72)));
    for (int k = r.nextInt(3); k > 0; k--) {
      b.tags(pick(r, TAGS));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.areas(pick(r, AREAS));
    }
    if (r.nextBoolean()) {
      b.amount(BigDecimal.valueOf(r.nextInt(8_000_000), 2));
    }
    return b.build();
  }

  /**
   * @param seed the seed: the same seed gives the same rule set
   * @param rules how many rules
   * @return a rule set (first match or collect all) of routes and ladders, with a default route
   */
  public static RuleSet ruleSet(long seed, int rules) {
    SplittableRandom r = new SplittableRandom(seed);
    RuleSet.Builder b = RuleSet.builder().mode(r.nextBoolean() ? RuleSet.Mode.FIRST_MATCH : RuleSet.Mode.COLLECT_ALL);
    for (int i = 0; i < rules; i++) {
      RouteSpec action = r.nextInt(5) == 0 ? ladder(r) : route(r);
      RoutingRule rule = RoutingRule.of("r" + i, r.nextInt(10), condition(r, 2), action);
      if (r.nextBoolean()) {
        rule = rule.withOnAbsent(RoutingRule.AbsencePolicy.DEPUTY);
      }
      if (r.nextInt(3) == 0) {
        rule = rule.withOnUncleared(RoutingRule.ClearancePolicy.REPORT_GAP);
      }
      b.rule(rule);
    }
    return b.defaultRoute(route(r)).build();
  }

  /**
   * @param r the random source
   * @param depth how deep conditions may nest (all, any, not)
   * @return a condition
   */
  public static Condition condition(SplittableRandom r, int depth) {
    int c = r.nextInt(depth > 0 ? 12 : 9);
    return switch (c) {
      case 0 -> Condition.kindIn(DocumentKind.values()[r.nextInt(15)], DocumentKind.values()[r.nextInt(15)]);
      case 1 -> Condition.urgencyAtLeast(Urgency.values()[r.nextInt(3)]);
      case 2 -> Condition.secrecyAtLeast(SecrecyLevel.values()[r.nextInt(4)]);
      case 3 -> Condition.tagged(pick(r, TAGS));
      case 4 -> Condition.subjectContains(pick(r, TAGS));
      case 5 -> Condition.areaIn(pick(r, AREAS), pick(r, AREAS));
      case 6 -> Condition.amountIn(r.nextBoolean() ? AmountRange.atMost(Integer.toString(r.nextInt(50_000)))
          : AmountRange.above(Integer.toString(r.nextInt(50_000))));
      case 7 -> Condition.issuedBy(pick(r, UNITS));
      case 8 -> Condition.always();
      case 9 -> Condition.all(condition(r, depth - 1), condition(r, depth - 1));
      case 10 -> Condition.any(condition(r, depth - 1), condition(r, depth - 1));
      default -> Condition.not(condition(r, depth - 1));
    };
  }

  /**
   * @param r the random source
   * @return a target: a person, a role or everyone with it, a department's head, a leader in charge
   */
  public static Target target(SplittableRandom r) {
    return switch (r.nextInt(7)) {
      case 0 -> Target.person("p" + r.nextInt(30));
      case 1 -> Target.leaderInCharge(pick(r, AREAS));
      case 2 -> Target.leadersOfDocumentAreas();
      case 3 -> Target.headOf("d" + r.nextInt(6));
      case 4 -> Target.allWithRole(pick(r, ROLES));
      default -> Target.role(pick(r, ROLES));
    };
  }

  /**
   * @param r the random source
   * @return a route of one to three stages (in sequence, in parallel or countersigned), sometimes with a copy
   */
  public static Route route(SplittableRandom r) {
    Route.Builder b = Route.builder();
    for (int s = 1 + r.nextInt(3); s > 0; s--) {
      Target[] targets = new Target[1 + r.nextInt(3)];
      for (int i = 0; i < targets.length; i++) {
        targets[i] = target(r);
      }
      switch (r.nextInt(4)) {
        case 0 -> b.inSequence(targets);
        case 1 -> b.inParallel(targets);
        case 2 -> b.countersignAll(targets);
        default -> b.countersign(1 + r.nextInt(targets.length), targets);
      }
    }
    if (r.nextBoolean()) {
      b.copyTo(target(r));
    }
    return b.build();
  }

  /**
   * @param r the random source
   * @return an approval ladder of increasing tiers
   */
  public static ApprovalLadder ladder(SplittableRandom r) {
    ApprovalLadder.Builder b = ApprovalLadder.builder();
    int bound = 0;
    for (int t = r.nextInt(4); t > 0; t--) {
      bound += 1 + r.nextInt(20_000);
      if (r.nextBoolean()) {
        b.upToInclusive(Integer.toString(bound), route(r));
      } else {
        b.below(Integer.toString(bound), route(r));
      }
    }
    return b.above(route(r)).build();
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
