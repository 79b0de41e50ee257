package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranks units by total and turns totals into shares of an annual assessment. Stateless. */
public final class Ranking {

  private Ranking() {}

  /**
   * Ranks sheets by total, highest first, with standard competition ranking for ties (1, 2, 2, 4);
   * tied units are listed by unit id and marked {@code tied}. The result does not depend on the
   * order of the input.
   *
   * @param sheets one sheet per unit
   * @return the ranking
   * @throws IllegalArgumentException if a unit appears twice
   */
  public static ImmutableList<RankedUnit> rank(Collection<ScoreSheet> sheets) {
    requireNonNull(sheets, "sheets");
    Map<String, Long> counts = sheets.stream().collect(Collectors.groupingBy(ScoreSheet::unit, Collectors.counting()));
    counts.forEach((u, n) -> {
      if (n > 1) {
        throw new IllegalArgumentException("unit " + u + " appears " + n + " times in the ranking");
      }
    });
    List<ScoreSheet> sorted = new ArrayList<>(sheets);
    sorted.sort(Comparator.comparing(ScoreSheet::total, Comparator.reverseOrder()).thenComparing(ScoreSheet::unit));
    ImmutableList.Builder<RankedUnit> out = ImmutableList.builder();
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal t = sorted.get(i).total();
      int j = i;
      while (j > 0 && sorted.get(j - 1).total().compareTo(t) == 0) {
        j--;
      }
      int rank = j + 1;
      boolean tied = (i > 0 && sorted.get(i - 1).total().compareTo(t) == 0)
          || (i + 1 < sorted.size() && sorted.get(i + 1).total().compareTo(t) == 0);
      out.add(new RankedUnit(rank, sorted.get(i).unit(), t, tied));
    }
    return out.build();
  }

  /**
   * Each unit's share of an annual assessment in which supervision counts for {@code weight}
   * points, relative to the policy's base: {@code weight × total / base}, within 0..weight.
   *
   * @param sheets the sheets
   * @param base the base score (a unit at the base gets the full weight)
   * @param weight the points supervision is worth, e.g. 10 of 100
   * @return unit → share, two decimals
   */
  public static Map<String, BigDecimal> sharesRelativeToBase(Collection<ScoreSheet> sheets, BigDecimal base,
      BigDecimal weight) {
    return shares(sheets, s -> base, weight);
  }

  /**
   * Each unit's share relative to the best unit: the top total gets the full weight
   * ({@code weight × total / top}, within 0..weight; all zero if the top total is not positive).
   *
   * @param sheets the sheets
   * @param weight the points supervision is worth
   * @return unit → share, two decimals
   */
  public static Map<String, BigDecimal> sharesRelativeToTop(Collection<ScoreSheet> sheets, BigDecimal weight) {
    BigDecimal top = sheets.stream().map(ScoreSheet::total).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    return shares(sheets, s -> top, weight);
  }

  private static Map<String, BigDecimal> shares(Collection<ScoreSheet> sheets, Function<ScoreSheet, BigDecimal> reference,
      BigDecimal weight) {
    requireNonNull(weight, "weight");
    return sheets.stream().collect(Collectors.toMap(ScoreSheet::unit, s -> {
      BigDecimal ref = reference.apply(s);
      if (ref.signum() <= 0) {
        return BigDecimal.ZERO.setScale(2);
      }
      BigDecimal share = weight.multiply(s.total()).divide(ref, 2, RoundingMode.HALF_UP);
      return share.max(BigDecimal.ZERO).min(weight).setScale(2, RoundingMode.HALF_UP);
    }, (a, b) -> a, java.util.TreeMap::new));
  }
}
