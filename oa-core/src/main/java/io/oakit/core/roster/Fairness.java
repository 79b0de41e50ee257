package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * How fairly a roster shares the duties, on weighted load including history.
 *
 * @param people each person's load and counts
 * @param pools per role, the spread among the people who can fill it
 */
public record Fairness(List<PersonLoad> people, List<Pool> pools) {

  /**
   * @param personId the person
   * @param load history plus the weights of the roster's duties
   * @param counts duties per day category
   */
  public record PersonLoad(String personId, double load, Map<DayCategory, Integer> counts) {
    /**
     * Copies the map.
     *
     * @param personId the person
     * @param load history plus the weights of the roster's duties
     * @param counts duties per day category
     */
    public PersonLoad {
      requireNonNull(personId, "personId");
      counts = ImmutableMap.copyOf(counts);
    }
  }

  /**
   * The spread of load among the people who can fill a role.
   *
   * @param role the role
   * @param size how many people can fill it
   * @param max the highest load
   * @param min the lowest load
   * @param spread max − min
   * @param standardDeviation the population standard deviation of the loads
   * @param lowerBound a spread no roster can beat given the pool's total load: on the grid of the weights the
   *     pool's people can be given and their histories, at least what the highest load must reach (the mean, the
   *     highest history, the lowest history plus the role's heaviest duty) less what the others can then share
   * @param gap spread − lowerBound
   * @param sumOfSquares the sum of the squared loads
   * @param sumOfSquaresBound the least sum of squared loads any roster with this total can reach (the even split
   *     on the weights' grid, or the water-filling split above differing histories)
   */
  public record Pool(String role, int size, double max, double min, double spread, double standardDeviation,
      double lowerBound, double gap, double sumOfSquares, double sumOfSquaresBound) {
    /**
     * Checks the arguments.
     *
     * @param role the role
     * @param gap spread − lowerBound
     * @param lowerBound a spread no roster can beat given the pool's total load: on the grid of the weights the pool's people can be given and their histories, at least what the highest load must reach (the mean, the highest history, the lowest history plus the role's heaviest duty) less what the others can then share
     * @param max the highest load
     * @param min the lowest load
     * @param size how many people can fill it
     * @param spread max − min
     * @param standardDeviation the population standard deviation of the loads
     * @param sumOfSquares the sum of the squared loads
     * @param sumOfSquaresBound the least sum of squared loads any roster with this total can reach (the even split on the weights' grid, or the water-filling split above differing histories)
     */
    public Pool {
      requireNonNull(role, "role");
    }

    /**
     * Without the sums of squares (left at 0), as the record was before they were added.
     *
     * @param role the role
     * @param size how many people can fill it
     * @param max the highest load
     * @param min the lowest load
     * @param spread max − min
     * @param standardDeviation the population standard deviation
     * @param lowerBound the least spread
     * @param gap spread − lowerBound
     */
    public Pool(String role, int size, double max, double min, double spread, double standardDeviation,
        double lowerBound, double gap) {
      this(role, size, max, min, spread, standardDeviation, lowerBound, gap, 0, 0);
    }
  }

  /**
   * Copies the lists.
   *
   * @param people each person's load and counts
   * @param pools per role, the spread among the people who can fill it
   */
  public Fairness {
    people = ImmutableList.copyOf(people);
    pools = ImmutableList.copyOf(pools);
  }
}
