package io.oakit.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.testkit.OfficeArbitraries;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Organisation documents over the testkit's generators and over richer generated organisations (heads,
 * standing deputies, absences): each reads back equal and writes the same text again.
 */
class ConfigurationRoundTripProperties {

  @Provide
  Arbitrary<Organization> testkitOrganizations() {
    return OfficeArbitraries.generated(12).organizations();
  }

  @Property(tries = 100)
  void everyGeneratedOrganizationReadsBackEqual(@ForAll("testkitOrganizations") Organization org) {
    String json = Configuration.write(org);
    Organization read = Configuration.readOrganization(json);
    assertThat(read).isEqualTo(org);
    assertThat(Configuration.write(read)).isEqualTo(json);
    // the testkit's organisations have what offices have: heads, standing deputies, absences
    Statistics.label("heads").collect(org.departments().keySet().stream().anyMatch(d -> org.headOf(d).isPresent()));
    Statistics.label("deputies").collect(org.people().stream().anyMatch(p -> org.standingDeputy(p.id()).isPresent()));
    Statistics.label("absences").collect(org.people().stream().anyMatch(p -> !org.absences(p.id()).isEmpty()));
    Statistics.label("heads").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("deputies").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("absences").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  /** People with a department, a head flag, a deputy offset and an absence (start day, days, kind, with deputy). */
  record Spec(int department, boolean head, int deputy, int absentFrom, int absentDays, AbsenceKind kind, boolean covered,
      SecrecyLevel clearance) {}

  @Provide
  Arbitrary<List<Spec>> people() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
        Arbitraries.integers().between(-1, 5), Arbitraries.integers().between(-1, 60), Arbitraries.integers().between(1, 5),
        Arbitraries.of(AbsenceKind.class), Arbitraries.of(true, false), Arbitraries.of(SecrecyLevel.class))
        .as(Spec::new).list().ofMinSize(1).ofMaxSize(10);
  }

  @Property(tries = 60)
  void organisationsWithHeadsDeputiesAndAbsencesReadBackEqual(@ForAll("people") List<Spec> people) {
    Organization.Builder b = Organization.builder().unit("u1", "某县人民政府办公室").unit("u2", "某县财政局")
        .department("d0", "秘书科", "u1", "综合").department("d1", "督查科", "u1", "督查").department("d2", "预算科", "u2", null);
    for (int i = 0; i < people.size(); i++) {
      Spec s = people.get(i);
      b.person("p" + i, "人员" + i, "d" + s.department(), "科员", i + 1, s.clearance(), i % 2 == 0 ? "文书" : "联络员");
      if (s.head()) {
        b.head("d" + s.department(), "p" + i);
      }
      int deputy = s.deputy() < 0 ? -1 : (i + 1 + s.deputy()) % people.size();
      if (deputy >= 0 && deputy != i) {
        b.deputy("p" + i, "p" + deputy);
      }
      if (s.absentFrom() >= 0) {
        LocalDateTime from = LocalDateTime.of(2026, 6, 1, 9, 0).plusDays(s.absentFrom());
        b.away("p" + i, s.kind(), from, from.plusDays(s.absentDays()),
            s.covered() && people.size() > 1 ? "p" + ((i + 1) % people.size()) : null);
      }
    }
    b.inCharge("督查", "p0");
    Organization org = b.build();
    String json = Configuration.write(org);
    assertThat(Configuration.readOrganization(json)).isEqualTo(org);
    assertThat(Configuration.write(Configuration.readOrganization(json))).isEqualTo(json);
  }
}
