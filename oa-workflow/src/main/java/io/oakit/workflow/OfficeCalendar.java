package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.calendar.HolidayData;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.calendar.WorkCalendarBuilder;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.UnitOfWork;
import io.oakit.workflow.internal.EventCodec;
import java.io.StringReader;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The work calendar a {@link WorkflowContext} decides deadlines on. Either fixed, or <em>stored</em>: a
 * base (the bundled national data, office hours, regional days, provisional coverage) plus every holiday
 * notice loaded through {@link CalendarService}, kept in the SPI's {@code CALENDAR} aggregate with its
 * provenance. Every command reads the stored calendar in force in its own transaction, so a notice
 * loaded on one host instance is used by every instance's next command, with no restart.
 *
 * <p>An administrator's part of the base can be configuration too: {@link #officeHoursFrom} and
 * {@link #regionalHolidaysFrom} name documents kept by {@link ConfigurationService}
 * ({@code oakit.office-hours}, {@code oakit.regional-holidays}); each command decides on the versions in force
 * on its day, laid over the base, and a new version takes effect on its day with no restart. Thread-safe.
 */
public final class OfficeCalendar {

  /** The id of the stored calendar aggregate. */
  public static final String AGGREGATE_ID = "holidays";

  static final EventCodec CODEC = new EventCodec("calendar", List.of(CalendarEvents.HolidaysLoaded.class,
      CalendarEvents.DeadlinesRebased.class), List.of());

  /** A built calendar and what it was built from: the notices' aggregate version and the configuration versions. */
  private record Built(String key, WorkCalendar calendar, ImmutableList<CalendarEvents.HolidaysLoaded> notices) {}

  private final Supplier<WorkCalendarBuilder> base;
  private final Optional<String> officeHours;
  private final ImmutableList<String> regions;
  private volatile Built current;

  private OfficeCalendar(Supplier<WorkCalendarBuilder> base, WorkCalendar initial, Optional<String> officeHours,
      List<String> regions) {
    this.base = base;
    this.officeHours = officeHours;
    this.regions = ImmutableList.copyOf(regions);
    this.current = new Built("0", initial, ImmutableList.of());
  }

  /**
   * A calendar that never changes while the host runs.
   *
   * @param calendar the calendar
   * @return the office calendar
   */
  public static OfficeCalendar fixed(WorkCalendar calendar) {
    return new OfficeCalendar(null, requireNonNull(calendar, "calendar"), Optional.empty(), List.of());
  }

  /**
   * A calendar kept in the store: {@code base} with every notice loaded through {@link CalendarService}
   * on top, in the order loaded (a later file for the same year replaces the earlier days).
   *
   * @param base a new builder each call, e.g. {@code () -> ChinaCalendars.builder().provisionalThrough(Year.of(2050))}
   * @return the office calendar
   */
  public static OfficeCalendar stored(Supplier<WorkCalendarBuilder> base) {
    requireNonNull(base, "base");
    return new OfficeCalendar(base, base.get().build(), Optional.empty(), List.of());
  }

  /**
   * This stored calendar with the office hours (作息时间) of the {@code oakit.office-hours} document {@code name}
   * in force on each command's day laid over the base (its hours, seasons and zone); before the first
   * version takes effect the base's hours apply.
   *
   * @param name which office hours document of {@link ConfigurationService}
   * @return the office calendar
   * @throws io.oakit.core.InvalidInputException if this calendar is fixed
   */
  public OfficeCalendar officeHoursFrom(String name) {
    requireNonNull(name, "name");
    if (base == null) {
      throw fixedCalendar("officeHoursFrom");
    }
    return new OfficeCalendar(base, current.calendar(), Optional.of(name), regions);
  }

  /**
   * This stored calendar with the regional holidays of the {@code oakit.regional-holidays} document
   * {@code name} in force on each command's day layered on the national data (a region named later wins on a
   * day both name); before the first version takes effect there are none.
   *
   * @param name which regional holidays document of {@link ConfigurationService}
   * @return the office calendar
   * @throws io.oakit.core.InvalidInputException if this calendar is fixed
   */
  public OfficeCalendar regionalHolidaysFrom(String name) {
    requireNonNull(name, "name");
    if (base == null) {
      throw fixedCalendar("regionalHolidaysFrom");
    }
    List<String> r = new java.util.ArrayList<>(regions);
    r.add(name);
    return new OfficeCalendar(base, current.calendar(), officeHours, r);
  }

  /**
   * Whether notices can be loaded into this calendar.
   *
   * @return true for a stored calendar
   */
  public boolean isStored() {
    return base != null;
  }

  /**
   * The calendar as last read from the store (or the fixed one).
   *
   * @return the calendar
   */
  public WorkCalendar current() {
    return current.calendar();
  }

  /**
   * The notices loaded, as last read from the store, in order.
   *
   * @return the notices with their provenance
   */
  public ImmutableList<CalendarEvents.HolidaysLoaded> notices() {
    return current.notices();
  }

  private static io.oakit.core.InvalidInputException fixedCalendar(String call) {
    return new io.oakit.core.InvalidInputException("OfficeCalendar", List.of(call
        + ": a fixed calendar reads no configuration; use OfficeCalendar.stored"));
  }

  /** The configuration documents in force on a day, as read for one command. */
  private record Configured(Optional<ConfigurationService.Version> officeHours,
      List<ConfigurationService.Version> regions) {
    static final Configured NONE = new Configured(Optional.empty(), List.of());

    String key() {
      StringBuilder k = new StringBuilder();
      officeHours.ifPresent(v -> k.append('|').append(v.label()));
      regions.forEach(v -> k.append('|').append(v.label()));
      return k.toString();
    }
  }

  /** The configuration documents in force on {@code day}, read through {@code u}. */
  private Configured configured(UnitOfWork u, java.time.LocalDate day) {
    if (officeHours.isEmpty() && regions.isEmpty()) {
      return Configured.NONE;
    }
    Optional<ConfigurationService.Version> hours = officeHours.flatMap(name -> ConfigurationService.inForce(u,
        io.oakit.core.config.Configuration.OFFICE_HOURS, name, day));
    List<ConfigurationService.Version> regional = new java.util.ArrayList<>();
    for (String name : regions) {
      ConfigurationService.inForce(u, io.oakit.core.config.Configuration.REGIONAL_HOLIDAYS, name, day)
          .ifPresent(regional::add);
    }
    return new Configured(hours, List.copyOf(regional));
  }

  /**
   * The calendar in force on {@code day}, read through the command's unit of work; rebuilt only when the
   * notices or the configuration versions in force changed.
   */
  WorkCalendar inForce(UnitOfWork u, java.time.LocalDate day) {
    if (base == null) {
      return current.calendar();
    }
    Optional<Aggregate> stored = u.aggregates().find(AggregateKind.CALENDAR, AGGREGATE_ID);
    Configured configured = configured(u, day);
    String key = stored.map(Aggregate::version).orElse(0L) + configured.key();
    Built seen = current;
    if (seen.key().equals(key)) {
      return seen.calendar();
    }
    List<CalendarEvents.HolidaysLoaded> notices = stored.isEmpty() ? List.of() : notices(CODEC.decodeAll(stored.get().payload()));
    Built built = new Built(key, build(notices, Optional.empty(), configured), ImmutableList.copyOf(notices));
    current = built;  // the last one read: two instances' commands on either side of a version's day both stay right
    return built.calendar();
  }

  /** The calendar with these notices and, if given, one more, on the configuration in force now. */
  WorkCalendar build(UnitOfWork u, java.time.LocalDate day, List<CalendarEvents.HolidaysLoaded> notices,
      Optional<HolidayData> more) {
    return build(notices, more, configured(u, day));
  }

  private WorkCalendar build(List<CalendarEvents.HolidaysLoaded> notices, Optional<HolidayData> more,
      Configured configured) {
    WorkCalendarBuilder b = base.get();
    configured.officeHours().ifPresent(v -> io.oakit.core.config.Configuration.readOfficeHours(v.document()).applyTo(b));
    configured.regions().forEach(v -> b.regional(io.oakit.core.config.Configuration.readRegionalHolidays(v.document())));
    for (CalendarEvents.HolidaysLoaded n : notices) {
      b.holidays(parse(n.format(), n.content(), n.year(), "calendar notice " + n.noticeTitle()));
    }
    more.ifPresent(b::holidays);
    return b.build();
  }

  static List<CalendarEvents.HolidaysLoaded> notices(List<Record> events) {
    return events.stream().filter(CalendarEvents.HolidaysLoaded.class::isInstance)
        .map(CalendarEvents.HolidaysLoaded.class::cast).toList();
  }

  /**
   * @throws io.oakit.core.calendar.HolidayDataException if the content is malformed or covers another year
   */
  static HolidayData parse(CalendarCommands.Format format, String content, int year, String source) {
    HolidayData data = switch (format) {
      case HOLIDAY_CN_JSON -> HolidayData.parseHolidayCnJson(new StringReader(content), source);
      case CSV -> HolidayData.parseCsv(new StringReader(content), source, Year.of(year), Year.of(year));
    };
    if (data.firstYear().getValue() != year || data.lastYear().getValue() != year) {
      throw new io.oakit.core.calendar.HolidayDataException(source, 0, "the file covers " + data.firstYear()
          + (data.lastYear().equals(data.firstYear()) ? "" : ".." + data.lastYear()) + ", not " + year);
    }
    return data;
  }
}
