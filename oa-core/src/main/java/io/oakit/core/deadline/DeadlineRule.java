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
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit (办理时限) and the counting rules that turn it into a due instant. The kinds offices use:
 *
 * <ul>
 *   <li><b>A period</b> ({@link Kind#PERIOD}) of working days, calendar days, working hours, working
 *       minutes or natural hours:
 *       <ul>
 *         <li>working days: the start day is not counted; the period ends at the close of business
 *             of the {@code n}-th working day after it. Zero working days end at the close of
 *             business of the start day, or of the next working day if the start day is a day off;
 *         <li>calendar days (民法典 art. 201, 203): the start day is not counted; if the last day is
 *             not a working day (weekend or statutory holiday) the period ends on the next working
 *             day; it ends at the close of business of that day;
 *         <li>working hours / minutes: counted from the exact start instant over office hours; the
 *             period ends at the exact working instant reached;
 *         <li>natural hours (特急 "4小时内"): counted on the clock, nights and days off included; the
 *             period ends exactly that long after the start.
 *       </ul>
 *   <li><b>By a fixed date</b> ({@link Kind#BY_DATE}, "7月31日前", {@code "by 2027-07-31"}): due at the
 *       close of business of that date. A date that falls on a day off does not move later: the work
 *       is due at the close of business of the last working day before it, because no working time
 *       is left after that. {@code "by 2027-07-31 or the next working day"} applies the Civil Code
 *       reading instead (art. 203: a last day that is a day off moves to the next working day).
 *   <li><b>Yearly</b> ({@link Kind#YEARLY}, "每年11月底前", {@code "every year by 11-30"}): the next
 *       occurrence of that date whose due instant is not before the start, with the same day-off rule.
 *   <li><b>Lead time before an event</b> ({@link Kind#BEFORE_EVENT}, "会前3个工作日", "提前一个月",
 *       {@code "3 working days before 2027-03-05"}, {@code "1 month before 2027-03-05"}): the
 *       {@code n}-th working day before the event, or the day {@code n} calendar days or months
 *       before it (the last working day on or before that day when it is a day off); due at its
 *       close of business. When the lead time has already passed at the start, the work is due at once.
 *   <li><b>Periodic</b> ({@link Kind#PERIODIC}, "每季至少一次", "每月报送",
 *       {@code "at least 1 time every quarter"}): occurrences per week, month, quarter or year; each
 *       period's share is due at the close of business of its last working day. As a single deadline
 *       it is the end of the period containing the start; {@link #occurrences} lists the periods and
 *       {@link PeriodicObligation} reports the missed ones.
 * </ul>
 *
 * <p>Immutable and thread-safe. The text form ({@link #toString()}) round-trips through
 * {@link #parse(CharSequence)}.
 */
public final class DeadlineRule {

  /** What kind of time limit a rule is. */
  public enum Kind {
    /** An amount of time from the start. */
    PERIOD,
    /** By a fixed date. */
    BY_DATE,
    /** By a date of every year. */
    YEARLY,
    /** Some time before an event's date. */
    BEFORE_EVENT,
    /** A number of occurrences per week, month, quarter or year. */
    PERIODIC
  }

  /** The unit a period (or a lead time) counts in. */
  public enum Unit {
    /** 工作日. */
    WORKING_DAYS("working day"),
    /** 自然日. */
    CALENDAR_DAYS("calendar day"),
    /** Working hours (工作小时), counted over office hours. */
    WORKING_HOURS("working hour"),
    /** Working minutes, counted over office hours. */
    WORKING_MINUTES("working minute"),
    /** Natural hours (小时), counted on the clock, nights and days off included. */
    NATURAL_HOURS("natural hour"),
    /** Calendar months, for lead times ("提前一个月"). */
    MONTHS("month");

    private final String singular;

    Unit(String singular) {
      this.singular = singular;
    }

    /**
     * Whether the unit counts working time rather than days.
     *
     * @return true for working hours and minutes
     */
    public boolean isWorkingTime() {
      return this == WORKING_HOURS || this == WORKING_MINUTES;
    }

    /**
     * Whether the unit counts time on the clock.
     *
     * @return true for natural hours
     */
    public boolean isNaturalTime() {
      return this == NATURAL_HOURS;
    }
  }

  /** The period of a {@link Kind#PERIODIC} rule. */
  public enum Every {
    /** Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH,
    /** A calendar quarter (January–March, …). */
    QUARTER,
    /** A calendar year. */
    YEAR;

    String text() {
      return name().toLowerCase(Locale.ROOT);
    }

    LocalDate firstDayOf(LocalDate d) {
      return switch (this) {
        case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
        case MONTH -> d.withDayOfMonth(1);
        case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
        case YEAR -> d.withDayOfYear(1);
      };
    }

    LocalDate next(LocalDate first) {
      return switch (this) {
        case WEEK -> first.plusWeeks(1);
        case MONTH -> first.plusMonths(1);
        case QUARTER -> first.plusMonths(3);
        case YEAR -> first.plusYears(1);
      };
    }
  }

  /**
   * One period of a periodic or yearly rule.
   *
   * @param first the period's first day
   * @param last the period's last day
   * @param due when the period's share is due
   */
  public record Occurrence(LocalDate first, LocalDate last, LocalDateTime due) {}

  private static final Pattern PERIOD = Pattern.compile(
      "(\\d{1,9}) (working day|calendar day|working hour|working minute|natural hour)s?");
  private static final Pattern BY_DATE = Pattern.compile("by (\\d{4}-\\d{2}-\\d{2})( or the next working day)?");
  private static final Pattern YEARLY = Pattern.compile("every year by (\\d{2}-\\d{2})( or the next working day)?");
  private static final Pattern BEFORE = Pattern.compile(
      "(\\d{1,9}) (working day|calendar day|month)s? before (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern PERIODIC = Pattern.compile("at least (\\d{1,9}) times? every (week|month|quarter|year)");

  private final Kind kind;
  private final Unit unit;
  private final int amount;
  private final LocalDate date;
  private final MonthDay monthDay;
  private final boolean nextWorkingDay;
  private final Every every;

  private DeadlineRule(Kind kind, Unit unit, int amount, LocalDate date, MonthDay monthDay, boolean nextWorkingDay,
      Every every) {
    checkArgument(amount >= 0, "amount must be >= 0 but was %s", amount);
    this.kind = kind;
    this.unit = unit;
    this.amount = amount;
    this.date = date;
    this.monthDay = monthDay;
    this.nextWorkingDay = nextWorkingDay;
    this.every = every;
  }

  private DeadlineRule(Unit unit, int amount) {
    this(Kind.PERIOD, unit, amount, null, null, false, null);
    checkArgument(unit != Unit.MONTHS, "a period is not counted in months; months are for lead times");
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
   * A period of natural hours, counted on the clock (特急 "4小时内": registered Friday 17:00, due Friday
   * 21:00).
   *
   * @param hours the number of hours, {@code >= 0}
   * @return the rule
   * @throws IllegalArgumentException if {@code hours} is negative
   */
  public static DeadlineRule naturalHours(int hours) {
    return new DeadlineRule(Unit.NATURAL_HOURS, hours);
  }

  /**
   * A period of the given unit and amount.
   *
   * @param unit the unit, not {@link Unit#MONTHS}
   * @param amount the amount, {@code >= 0}
   * @return the rule
   */
  public static DeadlineRule of(Unit unit, int amount) {
    return new DeadlineRule(requireNonNull(unit, "unit"), amount);
  }

  /**
   * By a fixed date ("7月31日前"); on a day off, the last working day before it.
   *
   * @param date the date
   * @return the rule
   */
  public static DeadlineRule byDate(LocalDate date) {
    return new DeadlineRule(Kind.BY_DATE, null, 0, requireNonNull(date, "date"), null, false, null);
  }

  /**
   * By a fixed date; on a day off, the next working day (民法典 art. 203).
   *
   * @param date the date
   * @return the rule
   */
  public static DeadlineRule byDateOrNextWorkingDay(LocalDate date) {
    return new DeadlineRule(Kind.BY_DATE, null, 0, requireNonNull(date, "date"), null, true, null);
  }

  /**
   * By a date of every year ("每年11月底前" is {@code yearly(MonthDay.of(11, 30))}); 02-29 is 02-28 in
   * other years. On a day off, the last working day before it.
   *
   * @param monthDay the month and day
   * @return the rule
   */
  public static DeadlineRule yearly(MonthDay monthDay) {
    return new DeadlineRule(Kind.YEARLY, null, 0, null, requireNonNull(monthDay, "monthDay"), false, null);
  }

  /**
   * By a date of every year; on a day off, the next working day.
   *
   * @param monthDay the month and day
   * @return the rule
   */
  public static DeadlineRule yearlyOrNextWorkingDay(MonthDay monthDay) {
    return new DeadlineRule(Kind.YEARLY, null, 0, null, requireNonNull(monthDay, "monthDay"), true, null);
  }

  /**
   * A lead time before an event ("会前3个工作日" is {@code before(event, 3, WORKING_DAYS)}, "提前一个月"
   * {@code before(event, 1, MONTHS)}).
   *
   * @param event the event's date
   * @param amount how much earlier, {@code >= 0}
   * @param unit {@link Unit#WORKING_DAYS}, {@link Unit#CALENDAR_DAYS} or {@link Unit#MONTHS}
   * @return the rule
   * @throws IllegalArgumentException for another unit or a negative amount
   */
  public static DeadlineRule before(LocalDate event, int amount, Unit unit) {
    requireNonNull(event, "event");
    requireNonNull(unit, "unit");
    checkArgument(unit == Unit.WORKING_DAYS || unit == Unit.CALENDAR_DAYS || unit == Unit.MONTHS,
        "a lead time counts working days, calendar days or months, not %s", unit);
    return new DeadlineRule(Kind.BEFORE_EVENT, unit, amount, event, null, false, null);
  }

  /**
   * At least {@code times} occurrences in every period ("每季至少一次" is {@code periodic(1, QUARTER)}).
   *
   * @param times occurrences per period, {@code >= 1}
   * @param every the period
   * @return the rule
   */
  public static DeadlineRule periodic(int times, Every every) {
    requireNonNull(every, "every");
    checkArgument(times >= 1, "times must be >= 1 but was %s", times);
    return new DeadlineRule(Kind.PERIODIC, null, times, null, null, false, every);
  }

  /**
   * Parses the text form: {@code "20 working days"}, {@code "1 calendar day"}, {@code "4 working hours"},
   * {@code "90 working minutes"}, {@code "4 natural hours"}, {@code "by 2027-07-31"},
   * {@code "by 2027-07-31 or the next working day"}, {@code "every year by 11-30"},
   * {@code "3 working days before 2027-03-05"}, {@code "1 month before 2027-03-05"},
   * {@code "at least 1 time every quarter"}. Case and surrounding or repeated spaces are ignored.
   *
   * @param text the text
   * @return the rule
   * @throws IllegalArgumentException if the text is not one of these forms; the message quotes it
   */
  public static DeadlineRule parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    try {
      Matcher m = PERIOD.matcher(t);
      if (m.matches()) {
        return new DeadlineRule(unitNamed(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = BY_DATE.matcher(t);
      if (m.matches()) {
        LocalDate d = LocalDate.parse(m.group(1));
        return m.group(2) == null ? byDate(d) : byDateOrNextWorkingDay(d);
      }
      m = YEARLY.matcher(t);
      if (m.matches()) {
        MonthDay md = MonthDay.parse("--" + m.group(1));
        return m.group(2) == null ? yearly(md) : yearlyOrNextWorkingDay(md);
      }
      m = BEFORE.matcher(t);
      if (m.matches()) {
        return before(LocalDate.parse(m.group(3)), Integer.parseInt(m.group(1)), unitNamed(m.group(2)));
      }
      m = PERIODIC.matcher(t);
      if (m.matches()) {
        return periodic(Integer.parseInt(m.group(1)), Every.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("deadline rule '" + text + "' has a bad date: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("deadline rule '" + text + "' is not one of '<n> working days|calendar days"
        + "|working hours|working minutes|natural hours', 'by <yyyy-MM-dd>[ or the next working day]', "
        + "'every year by <MM-dd>[ or the next working day]', '<n> working days|calendar days|months before "
        + "<yyyy-MM-dd>', 'at least <n> times every week|month|quarter|year'");
  }

  private static Unit unitNamed(String singular) {
    for (Unit u : Unit.values()) {
      if (u.singular.equals(singular)) {
        return u;
      }
    }
    throw new AssertionError(singular);
  }

  /**
   * The kind of time limit.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The unit of a period or a lead time.
   *
   * @return the unit
   * @throws IllegalStateException for fixed-date, yearly and periodic rules, which have none
   */
  public Unit unit() {
    if (unit == null) {
      throw new IllegalStateException(this + " is not a period or a lead time and has no unit");
    }
    return unit;
  }

  /**
   * The amount: of {@link #unit()} for a period or a lead time, occurrences per period for a periodic rule.
   *
   * @return the amount, {@code >= 0}
   * @throws IllegalStateException for fixed-date and yearly rules
   */
  public int amount() {
    if (kind == Kind.BY_DATE || kind == Kind.YEARLY) {
      throw new IllegalStateException(this + " has no amount");
    }
    return amount;
  }

  /**
   * Whether this rule is a period from the start.
   *
   * @return true for {@link Kind#PERIOD}
   */
  public boolean isPeriod() {
    return kind == Kind.PERIOD;
  }

  /**
   * Whether the clock of this rule counts time on the clock rather than working time.
   *
   * @return true for natural hours
   */
  public boolean countsNaturalTime() {
    return kind == Kind.PERIOD && unit.isNaturalTime();
  }

  /**
   * The working time of a working-hours or working-minutes rule.
   *
   * @return the duration
   * @throws IllegalStateException for other rules, whose length in working time depends on the
   *     calendar
   */
  public Duration workingTime() {
    if (kind == Kind.PERIOD && unit == Unit.WORKING_HOURS) {
      return Duration.ofHours(amount);
    }
    if (kind == Kind.PERIOD && unit == Unit.WORKING_MINUTES) {
      return Duration.ofMinutes(amount);
    }
    throw new IllegalStateException(this + " is not a working-time rule");
  }

  /**
   * The due date when counting from {@code start}. For working-time and natural-time rules the count
   * starts at the beginning of {@code start} (00:00); use {@link #dueInstant} for an exact start.
   *
   * @param calendar the work calendar
   * @param start the day the period starts (not counted for day rules)
   * @return the last day of the period
   * @throws io.oakit.core.calendar.CalendarCoverageException if a needed day is not covered
   */
  public LocalDate dueDate(WorkCalendar calendar, LocalDate start) {
    requireNonNull(calendar, "calendar");
    requireNonNull(start, "start");
    return switch (kind) {
      case PERIOD -> switch (unit) {
        case WORKING_DAYS -> amount == 0 && !calendar.isWorkingDay(start)
            ? calendar.plusWorkingDays(start, 1)
            : calendar.plusWorkingDays(start, amount);
        case CALENDAR_DAYS -> {
          LocalDate last = start.plusDays(amount);
          yield calendar.isWorkingDay(last) ? last : calendar.plusWorkingDays(last, 1);
        }
        default -> dueInstant(calendar, start.atStartOfDay()).toLocalDate();
      };
      case BY_DATE -> onWorkingDay(calendar, date, nextWorkingDay);
      case YEARLY -> dueInstant(calendar, start.atStartOfDay()).toLocalDate();
      case BEFORE_EVENT -> leadDay(calendar);
      case PERIODIC -> periodDue(calendar, every.firstDayOf(start));
    };
  }

  /**
   * The instant the period ends: the close of business of the due date for day rules, the exact
   * working instant for working-time rules, the exact clock instant for natural hours.
   *
   * @param calendar the work calendar
   * @param start the instant the period starts
   * @return the due instant
   * @throws io.oakit.core.calendar.CalendarCoverageException if a needed day is not covered
   */
  public LocalDateTime dueInstant(WorkCalendar calendar, LocalDateTime start) {
    requireNonNull(calendar, "calendar");
    requireNonNull(start, "start");
    if (kind == Kind.PERIOD && unit.isWorkingTime()) {
      return calendar.plusWorkingTime(start, workingTime());
    }
    if (countsNaturalTime()) {
      return start.plusHours(amount);
    }
    if (kind == Kind.YEARLY) {
      for (int y = start.getYear(); ; y++) {
        LocalDateTime due = calendar.closeOfBusiness(onWorkingDay(calendar, monthDay.atYear(y), nextWorkingDay));
        if (!due.isBefore(start)) {
          return due;
        }
      }
    }
    return calendar.closeOfBusiness(dueDate(calendar, start.toLocalDate()));
  }

  /**
   * The periods of a periodic or yearly rule that overlap {@code from..to}, each with its due instant.
   *
   * @param calendar the work calendar
   * @param from the first day asked about
   * @param to the last day asked about, not before {@code from}
   * @return the periods in order
   * @throws IllegalStateException for other kinds of rule
   * @throws io.oakit.core.calendar.CalendarCoverageException if a due day is not covered
   */
  public ImmutableList<Occurrence> occurrences(WorkCalendar calendar, LocalDate from, LocalDate to) {
    requireNonNull(calendar, "calendar");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to %s is before from %s", to, from);
    Every e = switch (kind) {
      case PERIODIC -> every;
      case YEARLY -> Every.YEAR;
      default -> throw new IllegalStateException(this + " does not recur");
    };
    List<Occurrence> out = new ArrayList<>();
    for (LocalDate first = e.firstDayOf(from); !first.isAfter(to); first = e.next(first)) {
      LocalDate last = e.next(first).minusDays(1);
      LocalDate dueDay = kind == Kind.YEARLY
          ? onWorkingDay(calendar, monthDay.atYear(first.getYear()), nextWorkingDay)
          : periodDue(calendar, first);
      out.add(new Occurrence(first, last, calendar.closeOfBusiness(dueDay)));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Whether the due instant from {@code start} rests on a day the calendar only assumes (see
   * {@link WorkCalendar#provisionalFrom()}): the latest day the calculation looked at is provisional.
   *
   * @param calendar the work calendar
   * @param start the instant the period starts
   * @return true when the result is provisional
   */
  public boolean isProvisional(WorkCalendar calendar, LocalDateTime start) {
    requireNonNull(calendar, "calendar");
    if (calendar.provisionalFrom().isEmpty()) {
      return false;
    }
    LocalDate latest = max(start.toLocalDate(), dueInstant(calendar, start).toLocalDate());
    if (kind == Kind.BEFORE_EVENT) {
      latest = max(latest, date);
    }
    return calendar.isProvisional(latest);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate onWorkingDay(WorkCalendar calendar, LocalDate d, boolean next) {
    return calendar.isWorkingDay(d) ? d : calendar.plusWorkingDays(d, next ? 1 : -1);
  }

  private LocalDate leadDay(WorkCalendar calendar) {
    return switch (unit) {
      case WORKING_DAYS -> amount == 0 ? onWorkingDay(calendar, date, false) : calendar.plusWorkingDays(date, -amount);
      case CALENDAR_DAYS -> onWorkingDay(calendar, date.minusDays(amount), false);
      default -> onWorkingDay(calendar, date.minusMonths(amount), false);
    };
  }

  private LocalDate periodDue(WorkCalendar calendar, LocalDate first) {
    return onWorkingDay(calendar, every.next(first).minusDays(1), false);
  }

  /**
   * Explains how the due instant follows from {@code start}: which days were counted, which were
   * skipped and why (weekend, holiday, adjusted working day), where the period ends, and, when a day
   * it rests on is only assumed, which year was not yet published and what was assumed.
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
    if (countsNaturalTime()) {
      lines.add(amount + " hour(s) on the clock from " + start + ", nights and days off included");
    } else if (kind == Kind.PERIOD && unit.isWorkingTime()) {
      describeWorkingTime(calendar, start, due, lines);
    } else if (kind == Kind.PERIOD) {
      lines.add(first + " (" + calendar.day(first) + "): start day, not counted");
      describeDays(calendar, first.plusDays(1), due.toLocalDate(), lines);
      if (unit == Unit.CALENDAR_DAYS) {
        LocalDate last = first.plusDays(amount);
        if (!last.equals(due.toLocalDate())) {
          lines.add("day " + amount + " is " + last + ", not a working day (" + calendar.day(last).kind()
              + "): the period ends on the next working day, " + due.toLocalDate());
        }
      }
    } else if (kind == Kind.BY_DATE || kind == Kind.YEARLY) {
      LocalDate named = kind == Kind.BY_DATE ? date : monthDay.atYear(due.getYear());
      if (kind == Kind.YEARLY) {
        lines.add("the next " + monthDay.toString().substring(2) + " whose close of business is not before the start: "
            + named);
      }
      lines.add(dayOffLine(calendar, named, due.toLocalDate()));
    } else if (kind == Kind.BEFORE_EVENT) {
      lines.add("event on " + date + " (" + calendar.day(date) + ")");
      if (unit == Unit.WORKING_DAYS && amount > 0) {
        describeDays(calendar, due.toLocalDate(), date.minusDays(1), lines);
        lines.add(due.toLocalDate() + " is working day " + amount + " counted back from the event");
      } else {
        LocalDate nominal = unit == Unit.CALENDAR_DAYS ? date.minusDays(amount)
            : unit == Unit.MONTHS ? date.minusMonths(amount) : date;
        lines.add(amount + " " + unit.singular + (amount == 1 ? "" : "s") + " before it: " + nominal);
        lines.add(dayOffLine(calendar, nominal, due.toLocalDate()));
      }
      if (due.isBefore(start)) {
        lines.add("the lead time had already passed at the start " + start + ": due at once");
      }
    } else {
      LocalDate p = every.firstDayOf(first);
      lines.add("the " + every.text() + " " + p + ".." + every.next(p).minusDays(1) + " needs " + amount
          + " occurrence(s), due by the close of business of its last working day " + due.toLocalDate());
    }
    provisionalLines(calendar, start.toLocalDate(), kind == Kind.BEFORE_EVENT ? max(date, due.toLocalDate())
        : max(first, due.toLocalDate()), lines);
    lines.add("due " + due + (kind == Kind.PERIOD && (unit.isWorkingTime() || unit.isNaturalTime())
        ? "" : " (close of business)"));
    return ImmutableList.copyOf(lines);
  }

  private String dayOffLine(WorkCalendar calendar, LocalDate named, LocalDate dueDay) {
    if (named.equals(dueDay)) {
      return named + " (" + calendar.day(named) + ") is a working day";
    }
    return named + " is not a working day (" + calendar.day(named).kind() + (calendar.day(named).name().isEmpty()
        ? "" : " " + calendar.day(named).name()) + "): due on the " + (dueDay.isAfter(named)
        ? "next working day, " : "last working day before it, ") + dueDay;
  }

  /** One line per provisional year between two days: what the calendar assumed for it. */
  static void provisionalLines(WorkCalendar calendar, LocalDate from, LocalDate to, List<String> lines) {
    if (calendar.provisionalFrom().isEmpty() || !calendar.isProvisional(to)) {
      return;
    }
    int firstYear = Math.max(from.getYear(), calendar.provisionalFrom().get().getYear());
    for (int y = firstYear; y <= to.getYear(); y++) {
      lines.add(io.oakit.core.calendar.StatutoryHolidays.assumption(calendar, java.time.Year.of(y)));
    }
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
    return o instanceof DeadlineRule r && r.kind == kind && r.unit == unit && r.amount == amount
        && java.util.Objects.equals(r.date, date) && java.util.Objects.equals(r.monthDay, monthDay)
        && r.nextWorkingDay == nextWorkingDay && r.every == every;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, unit, amount, date, monthDay, nextWorkingDay, every);
  }

  /**
   * The text form, e.g. {@code "20 working days"}, {@code "1 calendar day"}, {@code "4 natural hours"},
   * {@code "by 2027-07-31"}, {@code "every year by 11-30"}, {@code "3 working days before 2027-03-05"},
   * {@code "at least 1 time every quarter"}.
   */
  @Override
  public String toString() {
    String orNext = nextWorkingDay ? " or the next working day" : "";
    return switch (kind) {
      case PERIOD -> amount + " " + unit.singular + (amount == 1 ? "" : "s");
      case BY_DATE -> "by " + date + orNext;
      case YEARLY -> "every year by " + monthDay.toString().substring(2) + orNext;
      case BEFORE_EVENT -> amount + " " + unit.singular + (amount == 1 ? "" : "s") + " before " + date;
      case PERIODIC -> "at least " + amount + " time" + (amount == 1 ? "" : "s") + " every " + every.text();
    };
  }
}
