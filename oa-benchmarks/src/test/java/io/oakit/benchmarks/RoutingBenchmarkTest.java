package io.oakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.LinearRouter;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.testkit.RoutingGenerators;
import io.oakit.core.routing.RuleSet;
import org.junit.jupiter.api.Test;

/** The routing benchmark compares routers that decide alike on its own rule sets and documents. */
class RoutingBenchmarkTest {

  @Test
  void compiledAndLinearAgreeOnTheBenchmarkWorkload() {
    Organization org = RoutingGenerators.organization(7);
    int matched = 0;
    for (RuleSet.Mode mode : RuleSet.Mode.values()) {
      RuleSet set = RoutingBenchmark.ruleSet(42, 1000, mode);
      for (int k = 0; k < 64; k++) {
        DocumentProfile doc = RoutingBenchmark.document(1000 + k);
        RoutingDecision compiled = set.compile().route(doc, org, RoutingGenerators.BASE);
        assertThat(compiled.sameOutcomeAs(new LinearRouter(set).route(doc, org, RoutingGenerators.BASE))).isTrue();
        matched += compiled.matchedRules().contains("default") ? 0 : 1;
      }
    }
    assertThat(matched).as("documents matched by some rule").isGreaterThan(20);
  }
}
