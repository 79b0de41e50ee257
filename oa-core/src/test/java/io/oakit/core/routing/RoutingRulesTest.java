package io.oakit.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The routing configuration an office writes, checked at its edges: amount ranges and ladder rungs
 * to the fen, rungs that do not rise, a ladder without a top, and the circulation planner's settings.
 */
class RoutingRulesTest {

  private static final Route ANY = Route.to(Target.role("局长"));

  private static BigDecimal yuan(String s) {
    return new BigDecimal(s);
  }

  @Test
  void amountRangesIncludeAndExcludeTheirEndsExactly() {
    AmountRange atMost = AmountRange.atMost("1000");
    assertThat(atMost.contains(yuan("1000"))).isTrue();
    assertThat(atMost.contains(yuan("1000.01"))).isFalse();
    assertThat(atMost.contains(yuan("-1"))).isTrue();
    AmountRange above = AmountRange.above("1000");
    assertThat(above.contains(yuan("1000"))).isFalse();
    assertThat(above.contains(yuan("1000.01"))).isTrue();
    AmountRange over = AmountRange.over("1000", "2000");
    assertThat(over.contains(yuan("1000"))).isFalse();
    assertThat(over.contains(yuan("1000.01"))).isTrue();
    assertThat(over.contains(yuan("2000"))).isTrue();
    assertThat(over.contains(yuan("2000.01"))).isFalse();
    AmountRange exclusiveTop = new AmountRange(Optional.of(yuan("0")), true, Optional.of(yuan("10")), false);
    assertThat(exclusiveTop.contains(yuan("0"))).isTrue();
    assertThat(exclusiveTop.contains(yuan("10"))).isFalse();
    assertThat(exclusiveTop.contains(yuan("9.99"))).isTrue();
    // a single amount is a range when both ends are inclusive, and only then
    assertThat(new AmountRange(Optional.of(yuan("5")), true, Optional.of(yuan("5")), true).contains(yuan("5"))).isTrue();
    assertThatThrownBy(() -> new AmountRange(Optional.of(yuan("5")), false, Optional.of(yuan("5")), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> new AmountRange(Optional.of(yuan("5")), true, Optional.of(yuan("5")), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> AmountRange.over("2000", "1000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void ladderRungsMeetWithoutGapOrOverlap() {
    ApprovalLadder ladder = ApprovalLadder.builder().upToInclusive("1000", ANY).below("20000", ANY).above(ANY).build();
    assertThat(ladder.tiers()).hasSize(3);
    assertThat(ladder.tierFor(yuan("0"))).contains(ladder.tiers().get(0));
    assertThat(ladder.tierFor(yuan("1000"))).contains(ladder.tiers().get(0));
    assertThat(ladder.tierFor(yuan("1000.01"))).contains(ladder.tiers().get(1));
    assertThat(ladder.tierFor(yuan("19999.99"))).contains(ladder.tiers().get(1));
    assertThat(ladder.tierFor(yuan("20000"))).contains(ladder.tiers().get(2));
    assertThat(ladder.describe()).contains("1000").contains("20000");
    ApprovalLadder onlyTop = ApprovalLadder.builder().above(ANY).build();
    assertThat(onlyTop.tierFor(yuan("0"))).isPresent();
    ApprovalLadder belowFirst = ApprovalLadder.builder().below("100", ANY).above(ANY).build();
    assertThat(belowFirst.tierFor(yuan("100"))).contains(belowFirst.tiers().get(1));
    assertThat(belowFirst.tierFor(yuan("99.99"))).contains(belowFirst.tiers().get(0));
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("1000", ANY).upToInclusive("1000", ANY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("1000", ANY).upToInclusive("999", ANY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("-1", ANY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
    assertThat(ApprovalLadder.builder().upToInclusive("0", ANY).above(ANY).build().tiers()).hasSize(2);
    assertThatThrownBy(() -> ApprovalLadder.builder().above(ANY).above(ANY)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("top tier");
    assertThatThrownBy(() -> ApprovalLadder.builder().above(ANY).upToInclusive("5", ANY))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("top tier");
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("5", ANY).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("above(route)");
    assertThatThrownBy(() -> new ApprovalLadder(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one tier");
  }

  @Test
  void thePlannersSettingsMustMakeSense() {
    assertThatThrownBy(() -> CirculationPlanner.defaults().withReadingTime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reading time");
    assertThatThrownBy(() -> CirculationPlanner.defaults().withReadingTime(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reading time");
    assertThat(CirculationPlanner.defaults().withReadingTime(Duration.ofNanos(1))).isNotNull();
    assertThatThrownBy(() -> CirculationPlanner.defaults().withParallelCopies(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallel copies");
    assertThat(CirculationPlanner.defaults().withParallelCopies(1).toString()).contains("1");
  }

  @Test
  void extraUrgentCopiesAreDealtRoundRobinAndOneCopyMeansOneLane() {
    var org = CountyOffice.organization();
    var doc = CountyOffice.document("特急-1").urgency(Urgency.EXTRA_URGENT).build();
    List<String> readers = List.of("zhao", "qian", "li", "zhou", "wu");
    CirculationPlan three = CirculationPlanner.defaults().withParallelCopies(3)
        .plan(doc, readers, org, ChinaCalendars.official(), CountyOffice.MONDAY_9.plusDays(7));
    assertThat(three.lanes()).hasSize(3);
    assertThat(three.lanes().stream().mapToInt(l -> l.readings().size()).sum()).isEqualTo(5);
    assertThat(three.lanes()).allSatisfy(l -> assertThat(l.readings().size()).isBetween(1, 2));
    CirculationPlan one = CirculationPlanner.defaults().withParallelCopies(1)
        .plan(doc, readers, org, ChinaCalendars.official(), CountyOffice.MONDAY_9.plusDays(7));
    assertThat(one.lanes()).hasSize(1);
    assertThat(one.lanes().get(0).readings()).hasSize(5);
    // with more copies than readers, one reader a copy
    CirculationPlan many = CirculationPlanner.defaults().withParallelCopies(9)
        .plan(doc, readers, org, ChinaCalendars.official(), CountyOffice.MONDAY_9.plusDays(7));
    assertThat(many.lanes()).hasSize(5);
    assertThat(many.expectedCompletion()).isBeforeOrEqualTo(one.expectedCompletion());
    assertThat(many.toString()).contains("5 readers split into 5 copies").contains("120 working minutes later");
  }
}
