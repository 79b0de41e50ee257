package io.oakit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.supervision.SupervisionItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The published arbitraries produce valid values a host's property can use directly. */
class OaArbitrariesProperties {

  @Provide Arbitrary<LocalDate> dates() {
    return OaArbitraries.coveredDates();
  }

  @Provide Arbitrary<LocalDateTime> instants() {
    return OaArbitraries.coveredInstants();
  }

  @Provide Arbitrary<Organization> organizations() {
    return OaArbitraries.organizations();
  }

  @Provide Arbitrary<DocumentProfile> profiles() {
    return OaArbitraries.documentProfiles();
  }

  @Provide Arbitrary<RuleSet> ruleSets() {
    return OaArbitraries.ruleSets(30);
  }

  @Provide Arbitrary<SupervisionItem> items() {
    return OaArbitraries.supervisionItems(5);
  }

  @Provide Arbitrary<DutyPlan> plans() {
    return OaArbitraries.dutyPlans();
  }

  @Property(tries = 200)
  void datesAndInstantsAreCovered(@ForAll("dates") LocalDate day, @ForAll("instants") LocalDateTime at) {
    assertThat(day).isBetween(ChinaCalendars.official().firstCoveredDay(), ChinaCalendars.official().lastCoveredDay());
    ChinaCalendars.official().day(at.toLocalDate());
  }

  @Property(tries = 200)
  void aHostPropertyOverGeneratedValues(@ForAll("organizations") Organization org, @ForAll("profiles") DocumentProfile doc,
      @ForAll("ruleSets") RuleSet rules) {
    RoutingDecision d = rules.compile().route(doc, org, doc.receivedAt());
    d.recipients().forEach(id -> assertThat(org.person(id).clearance().covers(doc.secrecy())).isTrue());
  }

  @Property(tries = 100)
  void itemsAndPlansAreValid(@ForAll("items") SupervisionItem item, @ForAll("plans") DutyPlan plan) {
    assertThat(item.history()).isNotEmpty();
    assertThat(plan.slots()).isNotEmpty();
  }
}
