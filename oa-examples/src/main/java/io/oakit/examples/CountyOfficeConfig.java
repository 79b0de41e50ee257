package io.oakit.examples;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlineTable;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.supervision.scoring.ScoreCard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The county committee office's configuration, read from the JSON documents in
 * {@code src/main/resources/io/oakit/examples/config/} — what its administrator keeps and edits (see
 * {@code docs/configuration.md}): the organisation, the proposal rules (拟办), the sign-off rules with the
 * expense ladder (签发), the deadline table, the score card, the supervised units and the Spring Festival
 * duty plan with its roster rules.
 */
public final class CountyOfficeConfig {

  private CountyOfficeConfig() {}

  static String text(String file) {
    try (InputStream in = CountyOfficeConfig.class.getResourceAsStream("config/" + file)) {
      if (in == null) {
        throw new IllegalStateException("configuration file config/" + file + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Organization organization() {
    return Configuration.readOrganization(text("organization.json"));
  }

  public static RuleSet proposals(Organization org) {
    return Configuration.readRuleSet(text("proposals.rule-set.json"), org);
  }

  static RuleSet signOff(Organization org) {
    return Configuration.readRuleSet(text("sign-off.rule-set.json"), org);
  }

  public static DeadlineTable deadlines() {
    return Configuration.readDeadlineTable(text("deadline-table.json"));
  }

  public static ScoreCard scoreCard() {
    return Configuration.readScoreCard(text("score-card.json"));
  }

  public static Set<String> supervisedUnits() {
    return Configuration.readSupervisedUnits(text("supervised-units.json"));
  }

  static Configuration.DutyPlanDocument dutyPlan(WorkCalendar calendar) {
    return Configuration.readDutyPlan(text("duty-plan.json"), calendar, Map.of());
  }
}
