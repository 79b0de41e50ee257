package io.oakit.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.oakit.core.calendar.CalendarDay;
import io.oakit.core.calendar.DayKind;
import io.oakit.core.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What must be covered: every duty day of a period, with its slots by role from a template per day
 * category (working day, weekend, statutory holiday, named peak day), the weight of a duty in each
 * category, and the handover time at which a 24-hour duty starts and ends. The work calendar decides
 * which days are holidays and which weekends are worked (调休). Immutable and thread-safe.
 */
public final class DutyPlan {

  private final WorkCalendar calendar;
  private final LocalDate startInclusive;
  private final LocalDate endExclusive;
  private final LocalTime handover;
  private final ImmutableMap<DayCategory, ImmutableList<String>> template;
  private final ImmutableMap<DayCategory, Double> weights;
  private final ImmutableSortedMap<LocalDate, String> peakDays;
  private final ImmutableList<Slot> slots;

  private DutyPlan(Builder b) {
    this.calendar = b.calendar;
    this.startInclusive = b.startInclusive;
    this.endExclusive = b.endExclusive;
    this.handover = b.handover;
    Map<DayCategory, ImmutableList<String>> t = new EnumMap<>(DayCategory.class);
    for (DayCategory c : DayCategory.values()) {
      List<String> roles = b.template.get(c);
      if (roles == null) {
        roles = c == DayCategory.PEAK ? b.template.get(DayCategory.HOLIDAY) : null;
      }
      if (roles == null) {
        roles = b.template.get(DayCategory.WORKING_DAY);
      }
      t.put(c, ImmutableList.copyOf(roles));
    }
    this.template = ImmutableMap.copyOf(t);
    this.weights = ImmutableMap.copyOf(b.weights);
    this.peakDays = ImmutableSortedMap.copyOf(b.peakDays);
    List<Slot> all = new ArrayList<>();
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      DayCategory c = category(d);
      List<String> roles = template.get(c);
      for (int i = 0; i < roles.size(); i++) {
        all.add(new Slot(d, i, roles.get(i), c));
      }
    }
    this.slots = ImmutableList.copyOf(all);
  }

  /**
   * A builder for the days {@code startInclusive} up to {@code endExclusive}.
   *
   * @param calendar the work calendar (holidays, 调休)
   * @param startInclusive the first duty day
   * @param endExclusive the day after the last
   * @return the builder
   */
  public static Builder builder(WorkCalendar calendar, LocalDate startInclusive, LocalDate endExclusive) {
    return new Builder(calendar, startInclusive, endExclusive);
  }

  /**
   * The category of a day: a named peak day, a statutory holiday, a worked day (ordinary, adjusted
   * or local), or else a weekend day.
   *
   * @param day a day of the plan
   * @return its category
   */
  public DayCategory category(LocalDate day) {
    if (peakDays.containsKey(day)) {
      return DayCategory.PEAK;
    }
    CalendarDay d = calendar.day(day);
    if (d.kind() == DayKind.HOLIDAY) {
      return DayCategory.HOLIDAY;
    }
    return d.isWorking() ? DayCategory.WORKING_DAY : DayCategory.WEEKEND;
  }

  /** Every slot, by day then position. @return the slots */
  public ImmutableList<Slot> slots() {
    return slots;
  }

  /** @param category a category @return the weight of a duty in it */
  public double weight(DayCategory category) {
    return weights.get(category);
  }

  /** @return the first duty day */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /** @return the day after the last duty day */
  public LocalDate endExclusive() {
    return endExclusive;
  }

  /** @return when a duty day starts and ends, e.g. 08:30 */
  public LocalTime handover() {
    return handover;
  }

  /**
   * The years of the plan whose days the calendar only assumes (a year whose holiday notice was not
   * loaded, see {@link WorkCalendar#provisionalFrom()}): the day categories of those days may change
   * when the notice is out.
   *
   * @return the years, in order; empty when every day of the plan is published
   */
  public ImmutableList<Integer> provisionalYears() {
    List<Integer> years = new java.util.ArrayList<>();
    LocalDate last = endExclusive.minusDays(1);
    for (int y = startInclusive.getYear(); y <= last.getYear(); y++) {
      LocalDate lastOfYear = LocalDate.of(y, 12, 31).isBefore(last) ? LocalDate.of(y, 12, 31) : last;
      if (calendar.isProvisional(lastOfYear)) {
        years.add(y);
      }
    }
    return ImmutableList.copyOf(years);
  }

  /** @return the work calendar */
  public WorkCalendar calendar() {
    return calendar;
  }

  /** @return the named peak days */
  public ImmutableSortedMap<LocalDate, String> peakDays() {
    return peakDays;
  }

  /** @param category a category @return the roles of its slots */
  public ImmutableList<String> roles(DayCategory category) {
    return template.get(category);
  }

  @Override
  public String toString() {
    return "DutyPlan[" + startInclusive + ".." + endExclusive.minusDays(1) + ", " + slots.size() + " slots, handover "
        + handover + "]";
  }

  /** Builds a {@link DutyPlan}. Not thread-safe. */
  public static final class Builder {
    private final WorkCalendar calendar;
    private final LocalDate startInclusive;
    private final LocalDate endExclusive;
    private LocalTime handover = LocalTime.of(8, 30);
    private final Map<DayCategory, List<String>> template = new EnumMap<>(DayCategory.class);
    private final Map<DayCategory, Double> weights = new EnumMap<>(Map.of(
        DayCategory.WORKING_DAY, 1.0, DayCategory.WEEKEND, 1.5, DayCategory.HOLIDAY, 2.0, DayCategory.PEAK, 3.0));
    private final Map<LocalDate, String> peakDays = new TreeMap<>();

    private Builder(WorkCalendar calendar, LocalDate startInclusive, LocalDate endExclusive) {
      this.calendar = requireNonNull(calendar, "calendar");
      this.startInclusive = requireNonNull(startInclusive, "startInclusive");
      this.endExclusive = requireNonNull(endExclusive, "endExclusive");
      checkArgument(endExclusive.isAfter(startInclusive), "the plan must end after it starts but was %s..%s",
          startInclusive, endExclusive);
    }

    /**
     * Sets the slots of a category. Peak days default to the holiday slots, every other category to
     * the working-day slots.
     *
     * @param category the category
     * @param roles one role per slot, e.g. 带班领导, 值班员, 值班员, 驾驶员
     * @return this builder
     */
    public Builder slots(DayCategory category, String... roles) {
      requireNonNull(category, "category");
      checkArgument(roles.length > 0, "a day needs at least one slot");
      for (String r : roles) {
        checkArgument(r != null && !r.isBlank(), "slot roles must not be blank");
      }
      template.put(category, List.of(roles));
      return this;
    }

    /**
     * @param category a category
     * @param weight the weight of a duty in it, {@code > 0} (defaults 1 / 1.5 / 2 / 3)
     * @return this builder
     */
    public Builder weight(DayCategory category, double weight) {
      checkArgument(weight > 0 && Double.isFinite(weight), "weight must be > 0 but was %s", weight);
      weights.put(requireNonNull(category, "category"), weight);
      return this;
    }

    /**
     * @param day a peak day, e.g. Spring Festival eve
     * @param name its name, e.g. 除夕
     * @return this builder
     */
    public Builder peakDay(LocalDate day, String name) {
      peakDays.put(requireNonNull(day, "day"), requireNonNull(name, "name"));
      return this;
    }

    /** @param time when a duty day starts and ends @return this builder */
    public Builder handover(LocalTime time) {
      this.handover = requireNonNull(time, "time");
      return this;
    }

    /**
     * @return the plan
     * @throws IllegalStateException if the working-day slots were not given
     * @throws io.oakit.core.calendar.CalendarCoverageException if the period is outside the calendar
     */
    public DutyPlan build() {
      if (!template.containsKey(DayCategory.WORKING_DAY)) {
        throw new IllegalStateException("the working-day slots are required: slots(WORKING_DAY, ...)");
      }
      calendar.day(startInclusive);
      calendar.day(endExclusive.minusDays(1));
      return new DutyPlan(this);
    }
  }
}
