package io.oakit.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.testkit.RoutingGenerators;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The routers write a decision's explanation only when it is read (issue 22), and the lines are
 * those the routers wrote before: 2,400 generated routings (generated organisations, documents at
 * instants around absences, and rule sets of conditions, ladders, targets and policies, in both
 * modes) give, line for line, the digest the eager routers of release 0.1.0 gave (computed on
 * commit 0404a8b, before the change).
 */
class ExplanationOnDemandTest {

  /** SHA-256 of every explanation line of {@link #routings()}, each followed by a newline, as the eager routers wrote them. */
  static final String EAGER_DIGEST = "66d72c0ee3435f2f366130e9ba2ae45f4bf1eac663747e31b8371c29ab5fbc0c";

  static String digestOfExplanations() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (RoutingDecision d : routings()) {
      for (String line : d.explanation()) {
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static List<RoutingDecision> routings() {
    List<RoutingDecision> out = new java.util.ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      Organization org = RoutingGenerators.organization(seed);
      RuleSet set = RoutingGenerators.ruleSet(seed, (int) (seed * 3 % 120));
      RuleSet.Builder all = RuleSet.builder().mode(RuleSet.Mode.COLLECT_ALL).defaultRoute(set.defaultRoute());
      set.rules().forEach(all::rule);
      RuleSet collectAll = all.build();
      for (int k = 0; k < 30; k++) {
        DocumentProfile p = RoutingGenerators.profile(seed * 1000 + k);
        java.time.LocalDateTime at = RoutingGenerators.BASE.plusHours(k * 7 - 72);
        out.add(set.compile().route(p, org, at));
        out.add(collectAll.compile().route(p, org, at));
      }
    }
    return out;
  }

  @Test
  void theExplanationReadOnDemandIsTheOneTheEagerRoutersWrote() throws Exception {
    assertThat(digestOfExplanations()).isEqualTo(EAGER_DIGEST);
  }

  @Test
  void aDecisionReadFromSeveralThreadsGivesOneExplanationAndTheSameOutcome() throws Exception {
    Organization org = RoutingGenerators.organization(3);
    RuleSet set = RoutingGenerators.ruleSet(3, 80);
    DocumentProfile p = RoutingGenerators.profile(3_001);
    RoutingDecision unread = set.compile().route(p, org, RoutingGenerators.BASE);
    RoutingDecision read = set.compile().route(p, org, RoutingGenerators.BASE);
    List<String> first = read.explanation();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> List.copyOf(unread.explanation())));
      }
      for (java.util.concurrent.Future<List<String>> f : reads) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(unread.sameOutcomeAs(read)).isTrue();
    assertThat(unread).isEqualTo(read);
    assertThat(first).isNotEmpty().isUnmodifiable();
    assertThat(first.get(0)).startsWith("routing " + p.id() + " (");
  }

  public static void main(String[] args) throws Exception {
    System.out.println(routings().size() + " " + digestOfExplanations());
  }
}
