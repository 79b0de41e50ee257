package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A unit's grade and why.
 *
 * @param name e.g. 优秀
 * @param why e.g. "total 96.50 ≥ 95" or "rank 2 of 10 within the top 20% (2 places)"
 */
public record Grade(String name, String why) {
  /**
   * Checks the arguments.
   *
   * @param name e.g. 优秀
   * @param why e.g. "total 96.50 ≥ 95" or "rank 2 of 10 within the top 20% (2 places)"
   */
  public Grade {
    requireNonNull(name, "name");
    requireNonNull(why, "why");
  }
}
