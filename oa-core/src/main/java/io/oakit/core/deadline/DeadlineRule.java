package io.oakit.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.calendar.CalendarDay;
import io.oakit.core.calendar.DayKind;
import io.oakit.core.calendar.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit (办理时限): an amount of working days, calendar days, working hours or working
 * minutes, and the counting rules that turn it into a due date.
 *
 * <ul>
 *   <li><b>Working days</b>: the start day is not counted; the period ends at the close of
 *       business of the {@code n}-th working day after it. Zero working days end at the close of
 *       business of the start day, or of the next working day if the start day is a day off.
 *   <li><b>Calendar days</b> (民法典 art. 201, 203): the start day is not counted; if the last
 *       day is not a working day (weekend or statutory holiday) the period ends on the next
 *       working day; it ends at the close of business of that day.
 *   <li><b>Working hours / minutes</b>: counted from the exact start instant over office hours;
 *       the period ends at the exact working instant reached.
 * </ul>
 *
 * <p>Immutable and thread-safe. The text form ({@code "20 working days"}) round-trips
 * through {@link #parse(CharSequence)}.
 */
public final class DeadlineRule {

  /** The unit a rule counts in. */
  public enum Unit {
    /** 工作日. */
    WORKING_DAYS("working day"),
    /** 自然日. */
    CALENDAR_DAYS("calendar day"),
    /** Working hours (工作小时), counted over office hours. */
    WORKING_HOURS("working hour"),
    /** Working minutes, counted over office hours. */
    WORKING_MINUTES("working minute");

    private final String singular;

    Unit(String singular) {
      this.singular = singular;
    }

    /** Whether the unit counts working time rather than days. @return true for hours and minutes */
    public boolean isWorkingTime() {
      return this == WORKING_HOURS || this == WORKING_MINUTES;
    }
  }

  private static final Pattern TEXT = Pattern.compile(
      "\\s*(\\d{1,9})\\s+(working day|calendar day|working hour|working minute)s?\\s*");

  private final Unit unit;
  private final int amount;

  private DeadlineRule(Unit unit, int amount) {
    checkArgument(amount >= 0, "amount must be >= 0 but was %s", amount);
    this.unit = unit;
    this.amount = amount;
  }

  /**
   * A period of working days (工作日).
   *
   * @param days the number of working days, {@code >= 0}
   * @return the rule
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public static DeadlineRule workingDays(int days) {
    return new DeadlineRule(Unit.WORKING_DAYS, days);
  }

  /**
   * A period of calendar days (自然日) under the Civil Code counting rules.
   *
   * @param days the number of calendar days, {@code >= 0}
   * @return the rule
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public static DeadlineRule calendarDays(int days) {
    return new DeadlineRule(Unit.CALENDAR_DAYS, days);
  }

  /**
   * A period of working hours.
   *
   * @param hours the number of working hours, {@code >= 0}
   * @return the rule
   * @throws IllegalArgumentException if {@code hours} is negative
   */
  public static DeadlineRule workingHours(int hours) {
    return new DeadlineRule(Unit.WORKING_HOURS, hours);
  }

  /**
   * A period of working minutes.
   *
   * @param minutes the number of working minutes, {@code >= 0}
   * @return the rule
   * @throws IllegalArgumentException if {@code minutes} is negative
   */
  public static DeadlineRule workingMinutes(int minutes) {
    return new DeadlineRule(Unit.WORKING_MINUTES, minutes);
  }

  /**
   * A rule of the given unit and amount.
   *
   * @param unit the unit
   * @param amount the amount, {@code >= 0}
   * @return the rule
   */
  public static DeadlineRule of(Unit unit, int amount) {
    return new DeadlineRule(requireNonNull(unit, "unit"), amount);
  }

  /**
   * Parses the text form, e.g. {@code "20 working days"}, {@code "1 calendar day"},
   * {@code "4 working hours"}, {@code "90 working minutes"}.
   *
   * @param text the text
   * @return the rule
   * @throws IllegalArgumentException if the text is not in that form; the message quotes it
   */
  public static DeadlineRule parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.toString().toLowerCase(Locale.ROOT));
    checkArgument(m.matches(),
        "deadline rule '%s' is not '<n> working days|calendar days|working hours|working minutes'", text);
    int n = Integer.parseInt(m.group(1));
    for (Unit u : Unit.values()) {
      if (u.singular.equals(m.group(2))) {
        return new DeadlineRule(u, n);
      }
    }
    throw new AssertionError(m.group(2));
  }

  /** The unit. @return the unit */
  public Unit unit() {
    return unit;
  }

  /** The amount in {@link #unit()}. @return the amount, {@code >= 0} */
  public int amount() {
    return amount;
  }

  /**
   * The working time of a working-hours or working-minutes rule.
   *
   * @return the duration
   * @throws IllegalStateException for day rules, whose length in working time depends on the
   *     calendar
   */
  public Duration workingTime() {
    return switch (unit) {
      case WORKING_HOURS -> Duration.ofHours(amount);
      case WORKING_MINUTES -> Duration.ofMinutes(amount);
      default -> throw new IllegalStateException(this + " is not a working-time rule");
    };
  }

  /**
   * The due date when counting from {@code start}. For working-time rules the count starts at
   * the beginning of {@code start} (00:00); use {@link #dueInstant} for an exact start.
   *
   * @param calendar the work calendar
   * @param start the day the period starts (not counted for day rules)
   * @return the last day of the period
   * @throws io.oakit.core.calendar.CalendarCoverageException if a needed day is not covered
   */
  public LocalDate dueDate(WorkCalendar calendar, LocalDate start) {
    requireNonNull(calendar, "calendar");
    requireNonNull(start, "start");
    return switch (unit) {
      case WORKING_DAYS -> amount == 0 && !calendar.isWorkingDay(start)
          ? calendar.plusWorkingDays(start, 1)
          : calendar.plusWorkingDays(start, amount);
      case CALENDAR_DAYS -> {
        LocalDate last = start.plusDays(amount);
        yield calendar.isWorkingDay(last) ? last : calendar.plusWorkingDays(last, 1);
      }
      default -> dueInstant(calendar, start.atStartOfDay()).toLocalDate();
    };
  }

  /**
   * The instant the period ends: the close of business of the due date for day rules, the
   * exact working instant for working-time rules.
   *
   * @param calendar the work calendar
   * @param start the instant the period starts
   * @return the due instant
   * @throws io.oakit.core.calendar.CalendarCoverageException if a needed day is not covered
   */
  public LocalDateTime dueInstant(WorkCalendar calendar, LocalDateTime start) {
    requireNonNull(calendar, "calendar");
    requireNonNull(start, "start");
    if (unit.isWorkingTime()) {
      return calendar.plusWorkingTime(start, workingTime());
    }
    return calendar.closeOfBusiness(dueDate(calendar, start.toLocalDate()));
  }

  /**
   * Explains how the due instant follows from {@code start}: which days were counted, which
   * were skipped and why (weekend, holiday, adjusted working day), and where the period ends.
   *
   * @param calendar the work calendar
   * @param start the instant the period starts
   * @return readable lines, in order
   */
  public ImmutableList<String> explain(WorkCalendar calendar, LocalDateTime start) {
    LocalDateTime due = dueInstant(calendar, start);
    List<String> lines = new ArrayList<>();
    lines.add("rule " + this + " from " + start);
    LocalDate first = start.toLocalDate();
    if (unit.isWorkingTime()) {
      describeWorkingTime(calendar, start, due, lines);
    } else {
      lines.add(first + " (" + calendar.day(first) + "): start day, not counted");
      describeDays(calendar, first.plusDays(1), due.toLocalDate(), lines);
      if (unit == Unit.CALENDAR_DAYS) {
        LocalDate last = first.plusDays(amount);
        if (!last.equals(due.toLocalDate())) {
          lines.add("day " + amount + " is " + last + ", not a working day (" + calendar.day(last).kind()
              + "): the period ends on the next working day, " + due.toLocalDate());
        }
      }
    }
    lines.add("due " + due + (unit.isWorkingTime() ? "" : " (close of business)"));
    return ImmutableList.copyOf(lines);
  }

  /** Groups days {@code from..to} into runs of the same kind and name, numbering counted days. */
  private void describeDays(WorkCalendar calendar, LocalDate from, LocalDate to, List<String> lines) {
    int counted = 0;
    int calendarCount = 0;
    LocalDate runStart = from;
    while (!runStart.isAfter(to)) {
      CalendarDay head = calendar.day(runStart);
      LocalDate runEnd = runStart;
      while (runEnd.isBefore(to) && sameRun(head, calendar.day(runEnd.plusDays(1)))) {
        runEnd = runEnd.plusDays(1);
      }
      int len = (int) (runEnd.toEpochDay() - runStart.toEpochDay() + 1);
      String span = len == 1 ? runStart.toString() : runStart + ".." + runEnd;
      String why = head.kind() + (head.name().isEmpty() ? "" : " " + head.name());
      if (unit == Unit.CALENDAR_DAYS) {
        lines.add(span + ": " + range("calendar day", calendarCount + 1, calendarCount + len) + " (" + why + ")");
        calendarCount += len;
      } else if (head.isWorking()) {
        lines.add(span + ": " + range("working day", counted + 1, counted + len)
            + (head.kind() == DayKind.WORKDAY ? "" : " (" + why + ")"));
        counted += len;
      } else {
        lines.add(span + ": not counted, " + why + " (" + len + (len == 1 ? " day)" : " days)"));
      }
      runStart = runEnd.plusDays(1);
    }
  }

  private static boolean sameRun(CalendarDay a, CalendarDay b) {
    return a.kind() == b.kind() && a.name().equals(b.name());
  }

  private static String range(String unit, int a, int b) {
    return a == b ? unit + " " + a : unit + "s " + a + "–" + b;
  }

  private void describeWorkingTime(WorkCalendar calendar, LocalDateTime start, LocalDateTime due, List<String> lines) {
    Duration total = Duration.ZERO;
    LocalDate d = start.toLocalDate();
    LocalDate skipFrom = null;
    while (!d.isAfter(due.toLocalDate())) {
      CalendarDay day = calendar.day(d);
      if (!day.isWorking()) {
        skipFrom = skipFrom == null ? d : skipFrom;
      } else {
        if (skipFrom != null) {
          lines.add(skipped(calendar, skipFrom, d.minusDays(1)));
          skipFrom = null;
        }
        LocalDateTime from = d.equals(start.toLocalDate()) ? start : d.atStartOfDay();
        LocalDateTime to = d.equals(due.toLocalDate()) ? due : d.atTime(LocalTime.MAX);
        Duration part = calendar.workingTimeBetween(from, to);
        if (!part.isZero()) {
          total = total.plus(part);
          lines.add(d + ": " + human(part) + " counted (" + human(total) + " of " + human(workingTime()) + ")");
        }
      }
      d = d.plusDays(1);
    }
  }

  private static String skipped(WorkCalendar calendar, LocalDate from, LocalDate to) {
    java.util.LinkedHashSet<String> why = new java.util.LinkedHashSet<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      CalendarDay day = calendar.day(d);
      why.add(day.kind() + (day.name().isEmpty() ? "" : " " + day.name()));
    }
    String span = from.equals(to) ? from.toString() : from + ".." + to;
    return span + ": not counted, " + String.join("; ", why);
  }

  static String human(Duration d) {
    long minutes = d.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    minutes = Math.abs(minutes);
    return sign + (minutes >= 60 ? minutes / 60 + "h" : "") + (minutes % 60 != 0 || minutes < 60 ? minutes % 60 + "m" : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadlineRule r && r.unit == unit && r.amount == amount;
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + amount;
  }

  /** The text form, e.g. {@code "20 working days"} or {@code "1 calendar day"}. */
  @Override
  public String toString() {
    return amount + " " + unit.singular + (amount == 1 ? "" : "s");
  }
}
