package io.oakit.core.roster;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lower bounds of a pool's spread and sum of squared loads that no roster can beat, in closed form.
 *
 * <p>Loads are histories plus duty weights, so every load lies on its history's grid of step {@code g}, the
 * greatest common step of the weights the pool's people can be given; two loads differ by a multiple of
 * {@code G}, the greatest common step of {@code g} and the histories' differences. The highest load is at least
 * the mean, the highest history, and the lowest history plus the heaviest duty of the role (someone takes it),
 * each raised to the next load the grid allows ({@code M}); the lowest load is at most the mean of the others,
 * {@code (T − M) / (n − 1)}. So the spread is at least {@code (n·M − T) / (n − 1)}, raised to a multiple of
 * {@code G}; and at least {@code G} when the loads cannot all meet at the mean. The sum of squares is at least
 * that of the even split on the grid (all histories equal) or of the water-filling split (histories differ).
 */
final class FairnessBounds {

  private static final double EPS = 1e-9;

  private FairnessBounds() {}

  /**
   * The least spread of a role's pool, from the plan and the loads (history plus duties) as they are.
   *
   * @param plan the plan
   * @param role the role
   * @param pool the people who can fill it
   * @param load each person's load
   * @return the bound
   */
  static double spread(DutyPlan plan, String role, List<DutyPerson> pool, Map<String, Double> load) {
    double heaviest = 0;
    for (Slot s : plan.slots()) {
      if (s.role().equals(role)) {
        heaviest = Math.max(heaviest, plan.weight(s.category()));
      }
    }
    return spread(histories(pool), total(pool, load), weights(plan, pool), heaviest);
  }

  /**
   * The least sum of squared loads of a pool, from the plan and the loads as they are.
   *
   * @param plan the plan
   * @param pool the people
   * @param load each person's load
   * @return the bound
   */
  static double sumOfSquares(DutyPlan plan, List<DutyPerson> pool, Map<String, Double> load) {
    return sumOfSquares(histories(pool), total(pool, load), weights(plan, pool));
  }

  private static double[] histories(List<DutyPerson> pool) {
    return pool.stream().mapToDouble(DutyPerson::history).toArray();
  }

  private static double total(List<DutyPerson> pool, Map<String, Double> load) {
    return pool.stream().mapToDouble(p -> load.get(p.id())).sum();
  }

  /** The weights of the duties the pool's people can be given: of every role any of them can fill. */
  private static Set<Double> weights(DutyPlan plan, List<DutyPerson> pool) {
    Set<String> reachable = new HashSet<>();
    pool.forEach(p -> reachable.addAll(p.roles()));
    Set<Double> weights = new HashSet<>();
    for (Slot s : plan.slots()) {
      if (reachable.contains(s.role())) {
        weights.add(plan.weight(s.category()));
      }
    }
    return weights;
  }

  /**
   * @param histories the pool's histories
   * @param total the pool's total load (histories plus duties)
   * @param weights the weights of the duties the pool's people can take
   * @param heaviest the heaviest duty of the role, 0 if it has none
   * @return the least spread any roster can reach
   */
  static double spread(double[] histories, double total, Collection<Double> weights, double heaviest) {
    int n = histories.length;
    if (n <= 1) {
      return 0;
    }
    long g = 0;
    for (double w : weights) {
      g = gcd(g, hundredths(w));
    }
    long big = g;
    double hMin = Double.POSITIVE_INFINITY;
    double hMax = Double.NEGATIVE_INFINITY;
    for (double h : histories) {
      big = gcd(big, Math.abs(hundredths(h) - hundredths(histories[0])));
      hMin = Math.min(hMin, h);
      hMax = Math.max(hMax, h);
    }
    double mean = total / n;
    double atLeast = Math.max(mean, hMax);
    if (heaviest > 0) {
      atLeast = Math.max(atLeast, hMin + heaviest);
    }
    double max = g == 0 ? atLeast : onGrid(histories, atLeast, g / 100.0);
    double raw = Math.max(0, (n * max - total) / (n - 1));
    double step = big / 100.0;
    double bound = step == 0 ? raw : Math.ceil(raw / step - EPS) * step;
    if (bound < EPS && step > 0) {
      for (double h : histories) {
        double k = (mean - h) / (g / 100.0);
        if (mean < h - EPS || Math.abs(k - Math.rint(k)) > EPS) {
          return step;
        }
      }
    }
    return bound;
  }

  /**
   * @param histories the pool's histories
   * @param total the pool's total load
   * @param weights the weights of the duties the pool's people can take
   * @return the least sum of squared loads any roster can reach
   */
  static double sumOfSquares(double[] histories, double total, Collection<Double> weights) {
    int n = histories.length;
    if (n == 0) {
      return 0;
    }
    boolean equal = true;
    for (double h : histories) {
      equal &= Math.abs(h - histories[0]) < EPS;
    }
    long g = 0;
    for (double w : weights) {
      g = gcd(g, hundredths(w));
    }
    if (equal && g > 0) {
      double step = g / 100.0;
      long units = Math.round((total - n * histories[0]) / step);
      long q = units / n;
      long r = units % n;
      double low = histories[0] + q * step;
      return (n - r) * low * low + r * (low + step) * (low + step);
    }
    // water-filling: every load at least its history, the rest level
    double[] h = histories.clone();
    java.util.Arrays.sort(h);
    double rest = total;
    int k = n;
    double level = 0;
    for (int i = n - 1; i >= 0; i--) {
      level = rest / k;
      if (h[i] <= level + EPS) {
        break;
      }
      rest -= h[i];
      k--;
    }
    double sum = 0;
    for (double x : h) {
      double l = Math.max(x, level);
      sum += l * l;
    }
    return sum;
  }

  /** The lowest load at least {@code atLeast} that someone's grid allows. */
  private static double onGrid(double[] histories, double atLeast, double g) {
    double best = Double.POSITIVE_INFINITY;
    for (double h : histories) {
      double k = Math.max(0, Math.ceil((atLeast - h) / g - EPS));
      best = Math.min(best, h + k * g);
    }
    return best;
  }

  private static long hundredths(double x) {
    return Math.round(x * 100);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
