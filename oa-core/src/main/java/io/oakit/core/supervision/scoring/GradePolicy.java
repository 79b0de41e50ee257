package io.oakit.core.supervision.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a ranking into grades (等次): by thresholds or by quota. */
public sealed interface GradePolicy {

  /**
   * Grades every ranked unit.
   *
   * @param ranking the ranking
   * @return unit → grade, in ranking order
   */
  ImmutableMap<String, Grade> grade(List<RankedUnit> ranking);

  /**
   * Grades by minimum totals, e.g. 优秀 ≥ 95, 良好 ≥ 85, 合格 ≥ 60, else 不合格.
   *
   * @param minimums grade → minimum total, highest first
   * @param lowest the grade below every minimum
   * @return the policy
   */
  static GradePolicy thresholds(Map<String, BigDecimal> minimums, String lowest) {
    return new Thresholds(ImmutableMap.copyOf(minimums), lowest);
  }

  /**
   * Grades by quota, e.g. the top 20% 优秀, the next 30% 良好, the rest 合格. A quota's places are
   * {@code floor(fraction × units)}, at least one; units tied with the last unit inside a quota get
   * that grade too (a tie is never split), and the explanation says so.
   *
   * @param fractions grade → fraction of units, best first
   * @param rest the grade of the remaining units
   * @return the policy
   */
  static GradePolicy quota(Map<String, Double> fractions, String rest) {
    return new Quota(ImmutableMap.copyOf(fractions), rest);
  }

  /**
   * @param minimums grade → minimum, highest first
   * @param lowest the grade below all
   */
  record Thresholds(ImmutableMap<String, BigDecimal> minimums, String lowest) implements GradePolicy {
    /**
     * Checks the arguments.
     *
     * @param lowest the grade below every minimum
     * @param minimums grade → minimum total, highest first
     */
    public Thresholds {
      requireNonNull(minimums, "minimums");
      requireNonNull(lowest, "lowest");
      BigDecimal previous = null;
      for (BigDecimal m : minimums.values()) {
        checkArgument(previous == null || m.compareTo(previous) < 0, "grade minimums must decrease: %s after %s", m, previous);
        previous = m;
      }
    }

    @Override
    public ImmutableMap<String, Grade> grade(List<RankedUnit> ranking) {
      Map<String, Grade> out = new LinkedHashMap<>();
      for (RankedUnit r : ranking) {
        Grade g = new Grade(lowest, "total " + r.total().toPlainString() + " is below every minimum");
        for (Map.Entry<String, BigDecimal> e : minimums.entrySet()) {
          if (r.total().compareTo(e.getValue()) >= 0) {
            g = new Grade(e.getKey(), "total " + r.total().toPlainString() + " ≥ " + e.getValue().toPlainString());
            break;
          }
        }
        out.put(r.unit(), g);
      }
      return ImmutableMap.copyOf(out);
    }
  }

  /**
   * @param fractions grade → fraction, best first
   * @param rest the grade of the others
   */
  record Quota(ImmutableMap<String, Double> fractions, String rest) implements GradePolicy {
    /**
     * Checks the arguments.
     *
     * @param fractions grade → fraction of units, best first
     * @param rest the grade of the remaining units
     */
    public Quota {
      requireNonNull(fractions, "fractions");
      requireNonNull(rest, "rest");
      double sum = 0;
      for (double f : fractions.values()) {
        checkArgument(f > 0 && f <= 1, "quota fractions must be in (0, 1] but contained %s", f);
        sum += f;
      }
      checkArgument(sum <= 1 + 1e-9, "quota fractions must add up to at most 1 but add up to %s", sum);
    }

    @Override
    public ImmutableMap<String, Grade> grade(List<RankedUnit> ranking) {
      Map<String, Grade> out = new LinkedHashMap<>();
      int n = ranking.size();
      int i = 0;
      for (Map.Entry<String, Double> q : fractions.entrySet()) {
        int places = Math.max(1, (int) Math.floor(q.getValue() * n));
        int end = Math.min(n, i + places);
        while (end > i && end < n && ranking.get(end).total().compareTo(ranking.get(end - 1).total()) == 0) {
          end++;
        }
        for (int k = i; k < end; k++) {
          RankedUnit r = ranking.get(k);
          String why = "rank " + r.rank() + " of " + n + " within " + q.getKey() + "'s quota of "
              + Math.round(q.getValue() * 100) + "% (" + places + " place(s))"
              + (k >= i + places ? ", admitted because tied with rank " + ranking.get(i + places - 1).rank() : "");
          out.put(r.unit(), new Grade(q.getKey(), why));
        }
        i = end;
      }
      for (int k = i; k < n; k++) {
        out.put(ranking.get(k).unit(), new Grade(rest, "rank " + ranking.get(k).rank() + " of " + n + ", outside the quotas"));
      }
      return ImmutableMap.copyOf(out);
    }
  }
}
