package io.oakit.flowable;

import static java.util.Objects.requireNonNull;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.runtime.ClockReader;

/**
 * A Flowable business calendar that counts China's working days and 调休 from a
 * {@link WorkCalendar}, for BPMN timers and task due dates ({@code flowable:businessCalendarName}).
 * Flowable's own calendars count plain calendar time: {@code P3D} from 30 September 2026 is
 * 3 October, in the middle of National Day; here it is 10 October, the worked Saturday after it.
 *
 * <p>What a timer or due date may say:
 * <ul>
 *   <li>the library's rule text ({@link DeadlineRule#parse}): {@code "3 working days"},
 *       {@code "4 working hours"}, {@code "90 working minutes"}, {@code "1 calendar day"},
 *       {@code "by 2027-07-31"}, {@code "by 2027-07-31 or the next working day"};</li>
 *   <li>an ISO-8601 duration of one unit, read in working time: {@code P3D} (3 working days),
 *       {@code PT4H} (4 working hours), {@code PT90M} (90 working minutes).</li>
 * </ul>
 * Day rules fall due at the close of business of their last day, working-time rules at the exact
 * working instant, as {@link DeadlineRule#dueInstant} says. The engine's clock is read in the
 * calendar's zone.
 *
 * <pre>{@code
 * cfg.setBusinessCalendarManager(new MapBusinessCalendarManager()
 *     .addBusinessCalendar(WorkingDayBusinessCalendar.NAME,
 *         new WorkingDayBusinessCalendar(cfg.getClock(), ChinaCalendars.official())));
 * }</pre>
 */
public final class WorkingDayBusinessCalendar extends BusinessCalendarImpl {

  /** The name processes use: {@code flowable:businessCalendarName="workingDays"}. */
  public static final String NAME = "workingDays";

  private static final Pattern ISO = Pattern.compile("P(?:(\\d+)D|T(\\d+)([HM]))");

  private final WorkCalendar calendar;
  private final ZoneId zone;

  /**
   * @param clock the engine's clock (its {@code getClock()})
   * @param calendar the work calendar to count in
   */
  public WorkingDayBusinessCalendar(ClockReader clock, WorkCalendar calendar) {
    super(requireNonNull(clock, "clock"));
    this.calendar = requireNonNull(calendar, "calendar");
    this.zone = calendar.zone();
  }

  /**
   * @param description the rule text or ISO-8601 duration
   * @return the rule it states
   * @throws FlowableIllegalArgumentException naming the description if it states none
   */
  public static DeadlineRule rule(String description) {
    if (description == null || description.isBlank()) {
      throw new FlowableIllegalArgumentException("a working-day due date needs a description, was empty");
    }
    String text = description.trim();
    Matcher iso = ISO.matcher(text.toUpperCase(Locale.ROOT));
    if (iso.matches()) {
      if (iso.group(1) != null) {
        return DeadlineRule.workingDays(Integer.parseInt(iso.group(1)));
      }
      int amount = Integer.parseInt(iso.group(2));
      return iso.group(3).equals("H") ? DeadlineRule.workingHours(amount) : DeadlineRule.workingMinutes(amount);
    }
    try {
      return DeadlineRule.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FlowableIllegalArgumentException("not a working-day due date: \"" + description + "\" (write \"3"
          + " working days\", \"4 working hours\", \"by 2027-07-31\", P3D, PT4H or PT90M)", e);
    }
  }

  @Override
  public Date resolveDuedate(String description, int maxIterations) {
    LocalDateTime now = LocalDateTime.ofInstant(clockReader.getCurrentTime().toInstant(), zone);
    return due(rule(description), now);
  }

  /**
   * @param rule a deadline rule
   * @param start when the period starts, in the calendar's zone
   * @return when it falls due, as the engine's date
   */
  Date due(DeadlineRule rule, LocalDateTime start) {
    return Date.from(rule.dueInstant(calendar, start).atZone(zone).toInstant());
  }

  /** @return the work calendar this business calendar counts in */
  public WorkCalendar calendar() {
    return calendar;
  }
}
