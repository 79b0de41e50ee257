package io.oakit.core.supervision.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.QualityRating;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A score card is the compiled form of its configuration value, {@link ScoreCard.Settings}: the
 * value has equals, and compiling it gives back an equal card, checked as the builder checks.
 */
class ScoreCardSettingsTest {

  private static ScoreCard custom() {
    return ScoreCard.builder().base("90").bounds("0", "110").overdue("1.5", "8").rework("3")
        .rating(QualityRating.EXCELLENT, "3").roleWeights("1", "0.25").importanceWeight(Importance.MAJOR, "2.5").build();
  }

  @Test
  void aCardIsTheCompiledFormOfItsSettings() {
    assertThat(ScoreCard.defaults().settings().compile()).isEqualTo(ScoreCard.defaults());
    ScoreCard card = custom();
    ScoreCard again = ScoreCard.of(card.settings());
    assertThat(again).isEqualTo(card).hasSameHashCodeAs(card);
    assertThat(again.settings()).isEqualTo(card.settings());
    assertThat(again).isNotEqualTo(ScoreCard.defaults());
  }

  @Test
  void settingsOutOfRangeAreRefusedByName() {
    ScoreCard.Settings s = custom().settings();
    ScoreCard.Settings absurd = new ScoreCard.Settings(s.base(), s.floor(), s.ceiling(), new BigDecimal("1E999999999"),
        s.overdueCap(), s.urgingAfterDue(), s.rework(), s.handBack(), s.missedProgressReport(), s.dissatisfiedCallBack(),
        s.signForWithinWorkingDays(), s.lateSignFor(), s.earlyByWorkingDays(), s.earlyCompletion(), s.commendation(),
        s.ratings(), s.leadWeight(), s.coWeight(), s.importanceWeights());
    assertThatThrownBy(absurd::compile).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overduePerWorkingDay");
    ScoreCard.Settings noRatings = new ScoreCard.Settings(s.base(), s.floor(), s.ceiling(), s.overduePerWorkingDay(),
        s.overdueCap(), s.urgingAfterDue(), s.rework(), s.handBack(), s.missedProgressReport(), s.dissatisfiedCallBack(),
        s.signForWithinWorkingDays(), s.lateSignFor(), s.earlyByWorkingDays(), s.earlyCompletion(), s.commendation(),
        null, s.leadWeight(), s.coWeight(), s.importanceWeights());
    assertThatThrownBy(noRatings::compile).hasMessageContaining("ratings");
    assertThatThrownBy(() -> ScoreCard.builder().base("")).hasMessageContaining("base must be an amount");
    assertThatThrownBy(() -> ScoreCard.builder().bounds("0", "1E999999999")).hasMessageContaining("ceiling");
  }
}
