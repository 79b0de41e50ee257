package io.oakit.benchmarks;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.LinearRouter;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.Router;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.testkit.RoutingGenerators;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing one document through rule sets of 100, 1,000 and 10,000 rules: the compiled (indexed)
 * router beside the linear reference that evaluates every rule in order. Rules look like a large
 * office's: each names a kind, one of 50 areas and a least urgency, most also a tag; priorities
 * are random; the default route catches the rest. Both routers produce the same decision, with
 * the explanation differing only in which rules it lists (checked in {@code RoutingBenchmarkTest}).
 * The compiled router is measured twice: with its explanation read, and without (the routers write
 * the explanation only when it is read).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {

  static final int AREAS = 50;
  static final String[] TAGS = {"经费", "固定资产", "会议", "人事", "督办", "值班", "信访", "安全"};
  private static final int DOCS = 256;

  @Param({"100", "1000", "10000"})
  int rules;

  @Param({"FIRST_MATCH", "COLLECT_ALL"})
  RuleSet.Mode mode;

  Router compiled;
  Router linear;
  Organization organization;
  DocumentProfile[] documents;
  LocalDateTime at;
  int i;

  @Setup
  public void setUp() {
    RuleSet set = ruleSet(42, rules, mode);
    compiled = set.compile();
    linear = new LinearRouter(set);
    organization = RoutingGenerators.organization(7);
    documents = new DocumentProfile[DOCS];
    for (int k = 0; k < DOCS; k++) {
      documents[k] = document(1000 + k);
    }
    at = RoutingGenerators.BASE;
  }

  static RuleSet ruleSet(long seed, int n, RuleSet.Mode mode) {
    SplittableRandom r = new SplittableRandom(seed);
    RuleSet.Builder b = RuleSet.builder().mode(mode);
    String[] roles = {"办公室主任", "局长", "文书", "值班员"};
    for (int i = 0; i < n; i++) {
      Condition c = Condition.all(
          Condition.areaIn("area" + r.nextInt(AREAS)),
          Condition.kindIn(DocumentKind.values()[r.nextInt(DocumentKind.values().length)]),
          Condition.urgencyAtLeast(Urgency.values()[r.nextInt(3)]),
          r.nextInt(4) == 0 ? Condition.always() : Condition.tagged(TAGS[r.nextInt(TAGS.length)]));
      b.rule(RoutingRule.of("r" + i, r.nextInt(100), c, Route.to(Target.role(roles[r.nextInt(roles.length)]))));
    }
    return b.defaultRoute(Route.to(Target.role("办公室主任"))).build();
  }

  static DocumentProfile document(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return DocumentProfile.builder().id("doc" + seed)
        .kind(DocumentKind.values()[r.nextInt(DocumentKind.values().length)])
        .urgency(Urgency.values()[r.nextInt(3)])
        .secrecy(SecrecyLevel.values()[r.nextInt(2)])
        .issuingUnit("县政府办").subject("关于有关事项的请示")
        .areas("area" + r.nextInt(AREAS), "area" + r.nextInt(AREAS))
        .tags(TAGS[r.nextInt(TAGS.length)])
        .receivedAt(RoutingGenerators.BASE)
        .build();
  }

  private int next() {
    return i = (i + 1) & (DOCS - 1);
  }

  /** The compiled router, its explanation read (written) as before issue 22. */
  @Benchmark
  public String route_oakit() {
    List<String> lines = compiled.route(documents[next()], organization, at).explanation();
    return lines.get(lines.size() - 1);  // written on this first read
  }

  /** The compiled router, its explanation never read: what a host that routes and stores the outcome pays. */
  @Benchmark
  public RoutingDecision route_oakitUnexplained() {
    return compiled.route(documents[next()], organization, at);
  }

  /** The linear reference, its explanation read. */
  @Benchmark
  public String route_naive() {
    List<String> lines = linear.route(documents[next()], organization, at).explanation();
    return lines.get(lines.size() - 1);  // written on this first read
  }
}
