package io.oakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.roster.Fairness;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterValidator;
import org.junit.jupiter.api.Test;

class RosterInstanceTest {

  @Test
  void theFullYearRosterIsValidAndFair() {
    Roster roster = RosterGenerator.generate(RosterInstances.PLAN, RosterInstances.PEOPLE, RosterInstances.RULES, 42);
    assertThat(roster.assignments()).hasSize(366 * 4);
    assertThat(RosterValidator.validate(roster, RosterInstances.PEOPLE, RosterInstances.RULES)).isEmpty();
    for (Fairness.Pool pool : roster.fairness(RosterInstances.PEOPLE).pools()) {
      System.out.println(pool);
      assertThat(pool.spread()).isLessThanOrEqualTo(3.0);
    }
  }
}
