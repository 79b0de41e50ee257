package io.oakit.core.routing;

import io.oakit.testkit.RoutingGenerators;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CirculationProperties {

  private final WorkCalendar cal = ChinaCalendars.official();

  private record Case(Organization org, DocumentProfile doc, List<String> readers, LocalDateTime from) {}

  private static Case generate(long seed, int hours) {
    Organization org = RoutingGenerators.organization(seed);
    DocumentProfile doc = RoutingGenerators.profile(seed * 31 + 7);
    SplittableRandom r = new SplittableRandom(seed);
    List<String> readers = new ArrayList<>();
    for (Person p : org.people()) {
      if (r.nextInt(3) > 0 || readers.isEmpty()) {
        readers.add(p.id());
      }
    }
    return new Case(org, doc, readers, RoutingGenerators.BASE.plusHours(hours));
  }

  @Property(tries = 300)
  void aPlanNeverFinishesLaterThanProtocolOrder(@ForAll long seed, @ForAll @IntRange(min = -48, max = 96) int hours) {
    Case c = generate(seed, hours);
    CirculationPlan plan;
    try {
      plan = CirculationPlanner.defaults().plan(c.doc(), c.readers(), c.org(), cal, c.from());
    } catch (IllegalArgumentException nobodyCleared) {
      assertThat(nobodyCleared).hasMessageContaining("has the clearance");
      return;
    }
    assertThat(plan.expectedCompletion()).isBeforeOrEqualTo(plan.protocolOrderCompletion());
    // nobody without clearance reads it, and every cleared reader does
    plan.lanes().forEach(l -> l.readings().forEach(r ->
        assertThat(c.org().person(r.personId()).clearance().covers(c.doc().secrecy())).isTrue()));
    List<String> planned = plan.lanes().stream().flatMap(l -> l.readings().stream()).map(CirculationPlan.Reading::personId).toList();
    c.readers().stream().filter(id -> c.org().person(id).clearance().covers(c.doc().secrecy()))
        .forEach(id -> assertThat(planned).contains(id));
  }

  @Property(tries = 100)
  void planningIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = -48, max = 96) int hours) {
    Case c = generate(seed, hours);
    try {
      CirculationPlan a = CirculationPlanner.defaults().plan(c.doc(), c.readers(), c.org(), cal, c.from());
      CirculationPlan b = CirculationPlanner.defaults().plan(c.doc(), c.readers(), c.org(), cal, c.from());
      assertThat(b).isEqualTo(a);
    } catch (IllegalArgumentException nobodyCleared) {
      assertThat(nobodyCleared).hasMessageContaining("has the clearance");
    }
  }
}
