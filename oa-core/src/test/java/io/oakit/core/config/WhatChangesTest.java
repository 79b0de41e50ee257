package io.oakit.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.routing.CountyOffice;
import io.oakit.core.supervision.SupervisionFixtures;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.ScoreCard;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "What changes" before an administrator saves, by hand. */
class WhatChangesTest {

  private static RuleSet ladder(String threshold) {
    return RuleSet.builder().rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), ApprovalLadder.builder()
            .upToInclusive("1000", Route.to(Target.role("办公室主任")))
            .upToInclusive(threshold, Route.to(Target.leaderInCharge("财务")))
            .upToInclusive("50000", Route.to(Target.role("局长")))
            .above(Route.builder().countersignAll(Target.allWithRole("局长办公会")).build()).build()))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build();
  }

  @Test
  void raisingALadderThresholdMovesExactlyTheDocumentsBetweenTheTwoAmounts() {
    // the administrator edits the document in force: 20,000 becomes 30,000
    String inForce = Configuration.write(ladder("20000"));
    String edited = inForce.replace("\"20000\"", "\"30000\"");
    RuleSet before = Configuration.readRuleSet(inForce, CountyOffice.organization());
    RuleSet after = Configuration.readRuleSet(edited, CountyOffice.organization());
    assertThat(after).isEqualTo(ladder("30000"));
    List<DocumentProfile> docs = List.of("500", "15000", "20000", "20000.01", "25000", "30000", "30000.01", "45000",
        "60000").stream().map(a -> CountyOffice.document("发-" + a).tags("经费").amount(a).build()).toList();
    List<WhatChanges.Routing> changes = WhatChanges.routing(before.compile(), after.compile(), CountyOffice.organization(),
        docs, CountyOffice.MONDAY_9);
    assertThat(changes).extracting(WhatChanges.Routing::summary).containsExactly(
        "发-20000.01: [[zhao]] → [[qian]]", "发-25000: [[zhao]] → [[qian]]", "发-30000: [[zhao]] → [[qian]]");
    // both explanations come with it
    assertThat(changes.get(0).before().explanation()).anyMatch(l -> l.contains("20000"));
    assertThat(changes.get(0).after().explanation()).anyMatch(l -> l.contains("30000"));
    // the same version changes nothing
    assertThat(WhatChanges.routing(before.compile(), before.compile(), CountyOffice.organization(), docs,
        CountyOffice.MONDAY_9)).isEmpty();
  }

  @Test
  void shorteningTheLimitOfRequestsChangesOnlyRequests() {
    DeadlinePolicy before = DeadlinePolicy.defaults();
    DeadlinePolicy after = Configuration.readDeadlineTable("{\"format\":\"oakit.deadline-table\",\"formatVersion\":1,"
        + "\"byKind\":{\"REQUEST\":{\"NORMAL\":\"5 working days\"}}}");
    Map<DocumentProfile, LocalDateTime> starts = new LinkedHashMap<>();
    LocalDateTime friday = LocalDateTime.of(2026, 9, 25, 10, 0);
    starts.put(CountyOffice.document("收-1").kind(DocumentKind.REQUEST).urgency(Urgency.NORMAL).build(), friday);
    starts.put(CountyOffice.document("收-2").kind(DocumentKind.NOTICE).urgency(Urgency.NORMAL).build(), friday);
    starts.put(CountyOffice.document("收-3").kind(DocumentKind.REQUEST).urgency(Urgency.URGENT).build(), friday);
    List<WhatChanges.Deadline> changes = WhatChanges.deadlines(before, after, ChinaCalendars.official(), starts);
    // 7 working days from Friday 09-25 across 中秋 and 国庆: 10-12; 5: 10-09
    assertThat(changes).extracting(WhatChanges.Deadline::summary).containsExactly(
        "收-1: 7 working days due 2026-10-12T17:30 → 5 working days due 2026-10-09T17:30");
    assertThat(changes.get(0).ruleAfter()).isEqualTo(DeadlineRule.workingDays(5));
    assertThat(changes.get(0).explanationAfter()).last().isEqualTo("due 2026-10-09T17:30 (close of business)");
  }

  @Test
  void aHarsherOverduePenaltyChangesTheUnitsWithOverdueItems() {
    ScoreCard before = ScoreCard.defaults();
    ScoreCard after = ScoreCard.builder().overdue("2", "10").build();
    List<WhatChanges.Score> changes = WhatChanges.scores(before, after, AssessmentPeriod.month(YearMonth.of(2026, 6)),
        List.of(SupervisionFixtures.itemA(), SupervisionFixtures.itemB(), SupervisionFixtures.itemC()),
        LocalDateTime.of(2026, 6, 30, 18, 0));
    // A (交通局 lead, 财政局 co) was 4 working days late and C (交通局) is overdue; B (财政局, early) was not.
    assertThat(changes).extracting(WhatChanges.Score::unit).contains("交通局");
    assertThat(changes).allSatisfy(c -> assertThat(c.difference().signum()).isNegative());
    assertThat(WhatChanges.scores(before, before, AssessmentPeriod.month(YearMonth.of(2026, 6)),
        List.of(SupervisionFixtures.itemA()), LocalDateTime.of(2026, 6, 30, 18, 0))).isEmpty();
  }
}
