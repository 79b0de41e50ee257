package io.oakit.core.supervision.scoring;

import io.oakit.core.supervision.SupervisionItem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How supervision work is scored: a base score per unit and period, lines gained or lost per item,
 * and bounds for the unit total. {@link ScoreCard} is the configurable default; hosts may implement
 * their own. Implementations must be deterministic and thread-safe.
 */
public interface ScoringPolicy {

  /**
   * The base score of each unit for a period.
   *
   * @return the base
   */
  BigDecimal base();

  /**
   * The lowest unit total.
   *
   * @return the floor
   */
  BigDecimal floor();

  /**
   * The highest unit total.
   *
   * @return the ceiling
   */
  BigDecimal ceiling();

  /**
   * The points one unit gains or loses on one item, as of an instant.
   *
   * @param item the item
   * @param unit one of the item's units
   * @param asOf only history up to this instant counts; open items are judged at this instant
   * @return the lines, possibly empty; points have at most two decimals
   */
  List<ScoreLine> scoreItem(SupervisionItem item, String unit, LocalDateTime asOf);

  /**
   * The sum of {@link #scoreItem}'s lines, in hundredths of a point. {@link Scoring} totals units
   * with this and asks for the lines only when a sheet's lines are read, so a policy that can sum
   * without building lines scores large periods faster; it must always equal the sum of the lines.
   *
   * @param item the item
   * @param unit one of the item's units
   * @param asOf only history up to this instant counts
   * @return the points in hundredths
   */
  default long pointsInHundredths(SupervisionItem item, String unit, LocalDateTime asOf) {
    long sum = 0;
    for (ScoreLine line : scoreItem(item, unit, asOf)) {
      sum += line.pointsInHundredths();
    }
    return sum;
  }
}
