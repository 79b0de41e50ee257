package io.oakit.core.routing;

import io.oakit.testkit.RoutingGenerators;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Routing over generated organisations, documents and rule sets. */
class RoutingProperties {

  @Provide
  Arbitrary<Organization> organizations() {
    return Arbitraries.longs().map(RoutingGenerators::organization);
  }

  @Provide
  Arbitrary<DocumentProfile> profiles() {
    return Arbitraries.longs().map(RoutingGenerators::profile);
  }

  @Provide
  Arbitrary<RuleSet> ruleSets() {
    return Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(0, 120)
        .map(n -> RoutingGenerators.ruleSet(seed, n)));
  }

  @Provide
  Arbitrary<LocalDateTime> instants() {
    return Arbitraries.integers().between(-72, 120).map(h -> RoutingGenerators.BASE.plusHours(h));
  }

  @Property(tries = 500)
  void aDocumentNeverReachesAPersonWithoutClearance(@ForAll("organizations") Organization org,
      @ForAll("profiles") DocumentProfile doc, @ForAll("ruleSets") RuleSet rules, @ForAll("instants") LocalDateTime at) {
    RoutingDecision d = rules.compile().route(doc, org, at);
    for (String id : d.recipients()) {
      assertThat(org.person(id).clearance().covers(doc.secrecy()))
          .as("%s (%s) receives a %s document", id, org.person(id).clearance(), doc.secrecy()).isTrue();
    }
  }

  @Property(tries = 500)
  void stepsOnlyGoToPeoplePresentAtTheRoutingInstant(@ForAll("organizations") Organization org,
      @ForAll("profiles") DocumentProfile doc, @ForAll("ruleSets") RuleSet rules, @ForAll("instants") LocalDateTime at) {
    RoutingDecision d = rules.compile().route(doc, org, at);
    d.steps().forEach(s -> s.assignees().forEach(a -> assertThat(org.isAvailable(a.personId(), at)).isTrue()));
    d.owed().forEach(o -> {
      assertThat(org.isAvailable(o.personId(), at)).isFalse();
      assertThat(org.isAvailable(o.personId(), o.availableFrom())).isTrue();
    });
  }

  @Property(tries = 500)
  void theCompiledRouterDecidesLikeTheLinearReference(@ForAll("organizations") Organization org,
      @ForAll("profiles") DocumentProfile doc, @ForAll("ruleSets") RuleSet rules, @ForAll("instants") LocalDateTime at) {
    RoutingDecision compiled = rules.compile().route(doc, org, at);
    RoutingDecision linear = new LinearRouter(rules).route(doc, org, at);
    assertThat(compiled.sameOutcomeAs(linear)).as("compiled:%n%s%nlinear:%n%s", compiled, linear).isTrue();
  }

  @Property(tries = 200)
  void routingIsDeterministic(@ForAll long orgSeed, @ForAll long docSeed, @ForAll long ruleSeed,
      @ForAll @IntRange(max = 100) int rules, @ForAll("instants") LocalDateTime at) {
    RoutingDecision first = RoutingGenerators.ruleSet(ruleSeed, rules).compile()
        .route(RoutingGenerators.profile(docSeed), RoutingGenerators.organization(orgSeed), at);
    RoutingDecision second = RoutingGenerators.ruleSet(ruleSeed, rules).compile()
        .route(RoutingGenerators.profile(docSeed), RoutingGenerators.organization(orgSeed), at);
    assertThat(second).isEqualTo(first);
  }
}
