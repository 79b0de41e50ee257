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
 * category, and when a duty runs: by default 24 hours from the handover time to the next day's, or, for a
 * daytime rota ({@link Builder#daytime}), from a start to an end time of its own day — a daily inspection
 * team, say, on working days only ({@link Builder#workingDaysOnly}). The work calendar decides which days are
 * holidays and which weekends are worked (调休). Immutable and thread-safe.
 */
public final class DutyPlan {

  private final WorkCalendar calendar;
  private final LocalDate startInclusive;
  private final LocalDate endExclusive;
  private final LocalTime handover;
  private final java.util.Optional<LocalTime> dayEnd;
  private final boolean workingDaysOnly;
  private final ImmutableMap<DayCategory, ImmutableList<String>> template;
  private final ImmutableMap<DayCategory, Double> weights;
  private final ImmutableSortedMap<LocalDate, String> peakDays;
  private final ImmutableList<Slot> slots;

  private DutyPlan(Builder b) {
    this.calendar = b.calendar;
    this.startInclusive = b.startInclusive;
    this.endExclusive = b.endExclusive;
    this.handover = b.handover;
    this.dayEnd = java.util.Optional.ofNullable(b.dayEnd);
    this.workingDaysOnly = b.workingDaysOnly;
    Map<DayCategory, ImmutableList<String>> t = new EnumMap<>(DayCategory.class);
    for (DayCategory c : DayCategory.values()) {
      if (b.workingDaysOnly && c != DayCategory.WORKING_DAY) {
        t.put(c, ImmutableList.of());  // no duty on rest days, holidays and peak days
        continue;
      }
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

  /**
   * Every slot, by day then position.
   *
   * @return the slots
   */
  public ImmutableList<Slot> slots() {
    return slots;
  }

  /**
   * @param category a category
   * @return the weight of a duty in it
   */
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

  /** @return when a duty day starts (and, for a 24-hour duty, ends), e.g. 08:30 */
  public LocalTime handover() {
    return handover;
  }

  /** @return when a daytime rota's duties end, empty for 24-hour duties */
  public java.util.Optional<LocalTime> dayEnd() {
    return dayEnd;
  }

  /** @return whether there are duties on working days only */
  public boolean isWorkingDaysOnly() {
    return workingDaysOnly;
  }

  /** @return whether duties run from a start to an end time of their own day (a daytime rota), not 24 hours */
  public boolean isDaytime() {
    return dayEnd.isPresent();
  }

  /**
   * @param slot a slot of the plan
   * @return when its duty begins: the handover (or start) time of its day
   */
  public java.time.LocalDateTime dutyStart(Slot slot) {
    return slot.date().atTime(handover);
  }

  /**
   * @param slot a slot of the plan
   * @return when its duty ends: the end time of its day for a daytime rota, else the next day's handover
   */
  public java.time.LocalDateTime dutyEnd(Slot slot) {
    return dayEnd.map(e -> slot.date().atTime(e)).orElseGet(() -> slot.date().plusDays(1).atTime(handover));
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

  /**
   * @param category a category
   * @return the roles of its slots
   */
  public ImmutableList<String> roles(DayCategory category) {
    return template.get(category);
  }

  @Override
  public String toString() {
    return "DutyPlan[" + startInclusive + ".." + endExclusive.minusDays(1) + ", " + slots.size() + " slots, "
        + dayEnd.map(e -> "daytime " + handover + "–" + e).orElse("handover " + handover) + "]";
  }

  /** Builds a {@link DutyPlan}. Not thread-safe. */
  public static final class Builder {
    private final WorkCalendar calendar;
    private final LocalDate startInclusive;
    private final LocalDate endExclusive;
    private LocalTime handover = LocalTime.of(8, 30);
    private LocalTime dayEnd;
    private boolean workingDaysOnly;
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

    /**
     * @param time when a duty day starts and ends
     * @return this builder
     */
    public Builder handover(LocalTime time) {
      this.handover = requireNonNull(time, "time");
      this.dayEnd = null;
      return this;
    }

    /**
     * A daytime rota: each duty runs from {@code start} to {@code end} of its own day, not 24 hours.
     *
     * @param start when a duty begins
     * @param end when it ends, after the start on the same day
     * @return this builder
     * @throws IllegalArgumentException if the end is not after the start
     */
    public Builder daytime(LocalTime start, LocalTime end) {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      checkArgument(end.isAfter(start), "a daytime duty must end after it starts but was %s–%s", start, end);
      this.handover = start;
      this.dayEnd = end;
      return this;
    }

    /** @return the time duties begin, as set so far */
    public LocalTime handoverTime() {
      return handover;
    }

    /** @return this builder, with duties on working days only (none on rest days, holidays or peak days) */
    public Builder workingDaysOnly() {
      this.workingDaysOnly = true;
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
