package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.config.Configuration;
import io.oakit.core.org.Organization;
import org.junit.jupiter.api.Test;

/**
 * The county office's configuration files: each is read (every reference checked) and is exactly what
 * the library writes for what it holds, so an administrator's edit shows as a clean diff.
 */
class ConfigurationFilesTest {

  @Test
  void everyFileReadsAndIsInItsCanonicalForm() {
    Organization org = CountyOfficeConfig.organization();
    assertThat(org.people()).hasSize(40);
    assertThat(Configuration.write(org)).isEqualTo(CountyOfficeConfig.text("organization.json"));
    assertThat(Configuration.write(CountyOfficeConfig.proposals(org))).isEqualTo(CountyOfficeConfig.text("proposals.rule-set.json"));
    assertThat(Configuration.write(CountyOfficeConfig.signOff(org))).isEqualTo(CountyOfficeConfig.text("sign-off.rule-set.json"));
    assertThat(Configuration.write(CountyOfficeConfig.deadlines())).isEqualTo(CountyOfficeConfig.text("deadline-table.json"));
    assertThat(Configuration.write(CountyOfficeConfig.scoreCard())).isEqualTo(CountyOfficeConfig.text("score-card.json"));
    assertThat(Configuration.writeSupervisedUnits(CountyOfficeConfig.supervisedUnits()))
        .isEqualTo(CountyOfficeConfig.text("supervised-units.json"));
    var duty = CountyOfficeConfig.dutyPlan(ChinaCalendars.official());
    assertThat(Configuration.write(duty.plan(), duty.rules())).isEqualTo(CountyOfficeConfig.text("duty-plan.json"));
  }
}
