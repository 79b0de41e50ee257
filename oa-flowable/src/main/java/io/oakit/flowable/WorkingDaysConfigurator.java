package io.oakit.flowable;

import static java.util.Objects.requireNonNull;

import io.oakit.core.calendar.WorkCalendar;
import java.util.HashMap;
import java.util.Map;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.EngineConfigurator;
import org.flowable.common.engine.impl.calendar.BusinessCalendarManager;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Wires the adapter into a process engine in one line, keeping Flowable's own calendars
 * ({@code duration}, {@code dueDate}, {@code cycle}) beside it: adds the
 * {@link WorkingDayBusinessCalendar} under {@value WorkingDayBusinessCalendar#NAME} on the engine's
 * clock, and the {@link DeadlineClockListener} as the bean {@value #LISTENER_BEAN}.
 *
 * <pre>{@code
 * ProcessEngineConfiguration cfg = ...;
 * cfg.addConfigurator(new WorkingDaysConfigurator(ChinaCalendars.official()));
 * }</pre>
 * With Flowable's Spring Boot starter, add it in an {@code EngineConfigurationConfigurer}.
 */
public final class WorkingDaysConfigurator implements EngineConfigurator {

  /** The bean name processes use for the deadline listener: {@code delegateExpression="${oakitDeadline}"}. */
  public static final String LISTENER_BEAN = "oakitDeadline";

  private final WorkCalendar calendar;

  /** @param calendar the work calendar timers, due dates and deadline clocks count in */
  public WorkingDaysConfigurator(WorkCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar");
  }

  @Override
  public void beforeInit(AbstractEngineConfiguration configuration) {
    // the engine's expressions read the beans map it holds at init: it must hold the listener by then
    Map<Object, Object> beans = new HashMap<>();
    if (configuration.getBeans() != null) {
      beans.putAll(configuration.getBeans());
    }
    beans.putIfAbsent(LISTENER_BEAN, new DeadlineClockListener(calendar));
    configuration.setBeans(beans);
  }

  @Override
  public void configure(AbstractEngineConfiguration configuration) {
    if (!(configuration instanceof ProcessEngineConfigurationImpl process)) {
      return;  // another engine (CMMN, DMN) of the same host: nothing to add there
    }
    BusinessCalendarManager manager = process.getBusinessCalendarManager();
    if (!(manager instanceof MapBusinessCalendarManager calendars)) {
      throw new IllegalStateException("the engine's business calendar manager is a " + manager
          + ": add a WorkingDayBusinessCalendar named " + WorkingDayBusinessCalendar.NAME + " to it yourself");
    }
    calendars.addBusinessCalendar(WorkingDayBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(process.getClock(), calendar));
  }

  @Override
  public int getPriority() {
    return 100;
  }
}
