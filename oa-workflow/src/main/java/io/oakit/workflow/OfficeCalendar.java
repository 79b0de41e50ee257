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
 * loaded on one host instance is used by every instance's next command, with no restart. Thread-safe.
 */
public final class OfficeCalendar {

  /** The id of the stored calendar aggregate. */
  public static final String AGGREGATE_ID = "holidays";

  static final EventCodec CODEC = new EventCodec("calendar", List.of(CalendarEvents.HolidaysLoaded.class,
      CalendarEvents.DeadlinesRebased.class), List.of());

  private record Built(long version, WorkCalendar calendar, ImmutableList<CalendarEvents.HolidaysLoaded> notices) {}

  private final Supplier<WorkCalendarBuilder> base;
  private volatile Built current;

  private OfficeCalendar(Supplier<WorkCalendarBuilder> base, WorkCalendar initial) {
    this.base = base;
    this.current = new Built(0, initial, ImmutableList.of());
  }

  /**
   * A calendar that never changes while the host runs.
   *
   * @param calendar the calendar
   * @return the office calendar
   */
  public static OfficeCalendar fixed(WorkCalendar calendar) {
    return new OfficeCalendar(null, requireNonNull(calendar, "calendar"));
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
    return new OfficeCalendar(base, base.get().build());
  }

  /** Whether notices can be loaded into this calendar. @return true for a stored calendar */
  public boolean isStored() {
    return base != null;
  }

  /** The calendar as last read from the store (or the fixed one). @return the calendar */
  public WorkCalendar current() {
    return current.calendar();
  }

  /** The notices loaded, as last read from the store, in order. @return the notices with their provenance */
  public ImmutableList<CalendarEvents.HolidaysLoaded> notices() {
    return current.notices();
  }

  /** The calendar in force, read through the command's unit of work; rebuilt only when it changed. */
  WorkCalendar inForce(UnitOfWork u) {
    if (base == null) {
      return current.calendar();
    }
    Optional<Aggregate> stored = u.aggregates().find(AggregateKind.CALENDAR, AGGREGATE_ID);
    long version = stored.map(Aggregate::version).orElse(0L);
    Built seen = current;
    if (seen.version() == version) {
      return seen.calendar();
    }
    List<CalendarEvents.HolidaysLoaded> notices = stored.isEmpty() ? List.of() : notices(CODEC.decodeAll(stored.get().payload()));
    Built built = new Built(version, build(notices, Optional.empty()), ImmutableList.copyOf(notices));
    synchronized (this) {
      if (current.version() < version) {
        current = built;
      }
    }
    return built.calendar();
  }

  /** The calendar with these notices and, if given, one more. */
  WorkCalendar build(List<CalendarEvents.HolidaysLoaded> notices, Optional<HolidayData> more) {
    WorkCalendarBuilder b = base.get();
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
