package io.oakit.flowable;

import static java.util.Objects.requireNonNull;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;

/**
 * Starts the library's deadline clock when a user task is created: the rule comes from the
 * listener's {@code rule} field (the library's rule text, e.g. {@code "20 working days"}, or an
 * ISO-8601 duration as {@link WorkingDayBusinessCalendar} reads it), the clock starts at the task's
 * creation time, and the task gets the clock's due date. The clock's start and rule are kept as task
 * variables, so {@link #clock(Map, WorkCalendar)} restores it later — for its status, reminders,
 * suspension or explanation — from {@code taskService.getVariablesLocal(taskId)}.
 *
 * <p>Registered as a bean of the engine ({@code cfg.setBeans(Map.of("oakitDeadline", listener))})
 * and named in the process:
 * <pre>{@code
 * <userTask id="reply" name="拟办答复">
 *   <extensionElements>
 *     <flowable:taskListener event="create" delegateExpression="${oakitDeadline}">
 *       <flowable:field name="rule" stringValue="20 working days"/>
 *     </flowable:taskListener>
 *   </extensionElements>
 * </userTask>
 * }</pre>
 */
public final class DeadlineClockListener implements TaskListener {

  /** The task variable holding the rule's text. */
  public static final String RULE = "oakitDeadlineRule";
  /** The task variable holding the clock's start, ISO local date-time in the calendar's zone. */
  public static final String START = "oakitDeadlineStart";
  /** The task variable holding the due instant, ISO local date-time in the calendar's zone. */
  public static final String DUE = "oakitDeadlineDue";

  private static final long serialVersionUID = 1L;

  private final transient WorkCalendar calendar;
  /** Injected by Flowable from the {@code rule} field of the listener in the process. */
  private transient Expression rule;

  /** @param calendar the work calendar the clocks count in */
  public DeadlineClockListener(WorkCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar");
  }

  /** @param rule the listener's {@code rule} field, set by Flowable's field injection */
  public void setRule(Expression rule) {
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    if (rule == null) {
      throw new FlowableIllegalArgumentException("the deadline listener of task " + task.getTaskDefinitionKey()
          + " needs a rule field, e.g. <flowable:field name=\"rule\" stringValue=\"20 working days\"/>");
    }
    Object text = rule.getValue(task);
    DeadlineRule parsed = WorkingDayBusinessCalendar.rule(text == null ? null : text.toString());
    Date created = task.getCreateTime() != null ? task.getCreateTime() : new Date();
    LocalDateTime start = LocalDateTime.ofInstant(created.toInstant(), calendar.zone());
    DeadlineClock clock = DeadlineClock.start(parsed, calendar, start);
    task.setVariableLocal(RULE, text.toString().trim());
    task.setVariableLocal(START, start.toString());
    task.setVariableLocal(DUE, clock.due().toString());
    task.setDueDate(Date.from(clock.due().atZone(calendar.zone()).toInstant()));
  }

  /**
   * @param variables a task's local variables, as the listener left them
   * @param calendar the work calendar the clock counts in
   * @return the task's deadline clock, as started
   * @throws IllegalArgumentException naming the variable if the task has no clock
   */
  public static DeadlineClock clock(Map<String, Object> variables, WorkCalendar calendar) {
    requireNonNull(variables, "variables");
    for (String name : new String[] {RULE, START}) {
      if (!(variables.get(name) instanceof String)) {
        throw new IllegalArgumentException("the task has no deadline clock: variable " + name + " is missing");
      }
    }
    return DeadlineClock.start(WorkingDayBusinessCalendar.rule((String) variables.get(RULE)), calendar,
        LocalDateTime.parse((String) variables.get(START)));
  }
}
