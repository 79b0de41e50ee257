package io.oakit.core.supervision.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period of assessment, half-open: a month, a quarter, a year, or any range of days. An item
 * belongs to the period that contains its due date.
 *
 * @param name e.g. {@code 2026-06}, {@code 2026-Q2}, {@code 2026}
 * @param startInclusive the first day
 * @param endExclusive the day after the last
 */
public record AssessmentPeriod(String name, LocalDate startInclusive, LocalDate endExclusive) {

  /**
   * Checks the arguments.
   *
   * @throws IllegalArgumentException if the period is empty
   * @param name e.g. {@code 2026-06}, {@code 2026-Q2}, {@code 2026}
   * @param startInclusive the first day
   * @param endExclusive the day after the last
   */
  public AssessmentPeriod {
    requireNonNull(name, "name");
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    checkArgument(endExclusive.isAfter(startInclusive), "period %s must end after it starts but was %s..%s",
        name, startInclusive, endExclusive);
  }

  /**
   * @param month the month
   * @return the period
   */
  public static AssessmentPeriod month(YearMonth month) {
    return new AssessmentPeriod(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * @param year the year
   * @param quarter 1..4
   * @return the period
   */
  public static AssessmentPeriod quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be in 1..4 but was %s", quarter);
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    return new AssessmentPeriod(year + "-Q" + quarter, start, start.plusMonths(3));
  }

  /**
   * A month, a quarter or a year by its name.
   *
   * @param name {@code 2026-09} (a month), {@code 2026-Q3} (a quarter) or {@code 2026} (a year)
   * @return the period
   * @throws IllegalArgumentException if the name is none of these
   */
  public static AssessmentPeriod parse(String name) {
    requireNonNull(name, "name");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?").matcher(name);
    checkArgument(m.matches(), "'%s' is not a month (2026-09), a quarter (2026-Q3) or a year (2026)", name);
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      checkArgument(month >= 1 && month <= 12, "'%s' is not a month (2026-09), a quarter (2026-Q3) or a year (2026)",
          name);
      return month(YearMonth.of(year, month));
    }
    return m.group(3) != null ? quarter(year, Integer.parseInt(m.group(3))) : year(year);
  }

  /**
   * @param year the year
   * @return the period
   */
  public static AssessmentPeriod year(int year) {
    return new AssessmentPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * @param day a day
   * @return whether the day lies in the period
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(startInclusive) && day.isBefore(endExclusive);
  }

  /**
   * The calendar months of the period (the period must start on the first of a month and end on one).
   *
   * @return the months in order
   * @throws IllegalStateException if the period is not made of whole months
   */
  public ImmutableList<AssessmentPeriod> months() {
    if (startInclusive.getDayOfMonth() != 1 || endExclusive.getDayOfMonth() != 1) {
      throw new IllegalStateException("period " + name + " is not made of whole months");
    }
    ImmutableList.Builder<AssessmentPeriod> out = ImmutableList.builder();
    for (YearMonth m = YearMonth.from(startInclusive); m.atDay(1).isBefore(endExclusive); m = m.plusMonths(1)) {
      out.add(month(m));
    }
    return out.build();
  }
}
