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

  /**
   * The resolution writes an absence's end in its reasons ("… is away (出差) until 2026-05-06T09:00")
   * without {@code LocalDateTime.toString()}'s general formatting when it can: the text must be that
   * method's, to the character, for every instant (whole minutes, seconds, fractions, years of any
   * width and sign).
   */
  @Property(tries = 2000)
  void anAbsencesEndIsWrittenAsLocalDateTimeWritesIt(@ForAll("absenceEnds") LocalDateTime t) {
    assertThat(Resolver.text(t)).isEqualTo(t.toString());
  }

  @Provide
  Arbitrary<LocalDateTime> absenceEnds() {
    Arbitrary<Integer> years = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1900, 2100)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-20000, 20000)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(999, 1000, 9999, 10000, 0, -1)));
    Arbitrary<Integer> seconds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0)), net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 59)));
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    return net.jqwik.api.Combinators.combine(years, Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
        Arbitraries.integers().between(0, 59), seconds, nanos)
        .as((y, mo, d, h, mi, se, n) -> LocalDateTime.of(y, mo, d, h, mi, se, n));
  }
}
