package io.oakit.flowable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineStatus;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inside a real Flowable process engine on H2: a timer of three working days started on
 * 30 September 2026 fires on 10 October, the worked Saturday after National Day; a user task's
 * due date and the library's deadline clock count the same calendar.
 */
class WorkingDaysInFlowableTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final WorkCalendar CALENDAR = ChinaCalendars.official();
  private static ProcessEngine engine;
  private static StandaloneInMemProcessEngineConfiguration cfg;

  @BeforeAll
  static void start() {
    cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:flowable-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setAsyncExecutorActivate(false);  // the test moves the clock and runs the due jobs itself
    cfg.addConfigurator(new WorkingDaysConfigurator(ChinaCalendars.official()));
    engine = cfg.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("working-days.bpmn20.xml").deploy();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static void setClock(LocalDateTime at) {
    cfg.getClock().setCurrentTime(Date.from(at.atZone(BEIJING).toInstant()));
  }

  /** The end of the office day (the official calendar's office hours: 17:30 in autumn). */
  private static LocalDateTime closeOfBusiness(int year, int month, int day) {
    return CALENDAR.closeOfBusiness(java.time.LocalDate.of(year, month, day));
  }

  private static LocalDateTime local(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), BEIJING);
  }

  @Test
  void threeWorkingDaysFromTheEveOfNationalDayFireOnTheWorkedSaturdayAfterIt() {
    setClock(LocalDateTime.of(2026, 9, 30, 10, 0));
    ProcessInstance p = engine.getRuntimeService().startProcessInstanceByKey("request");
    Job timer = engine.getManagementService().createTimerJobQuery().processInstanceId(p.getId()).singleResult();
    LocalDateTime due = local(timer.getDuedate());
    assertThat(due.toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 10, 10));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(due).isEqualTo(closeOfBusiness(2026, 10, 10));

    setClock(LocalDateTime.of(2026, 10, 9, 9, 0));  // the first working day after the holiday: not yet
    assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(p.getId()).executable().count())
        .isZero();
    setClock(closeOfBusiness(2026, 10, 10).plusSeconds(1));
    Job fired = engine.getManagementService().createTimerJobQuery().processInstanceId(p.getId()).executable()
        .singleResult();
    assertThat(fired).isNotNull();
    engine.getManagementService().moveTimerToExecutableJob(fired.getId());
    engine.getManagementService().executeJob(fired.getId());

    Task reply = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).singleResult();
    assertThat(reply.getTaskDefinitionKey()).isEqualTo("reply");
    // the deadline clock started with the task: 20 working days counted from Monday 12 October: Friday 6 November
    DeadlineClock clock = DeadlineClockListener.clock(engine.getTaskService().getVariablesLocal(reply.getId()), CALENDAR);
    assertThat(clock.start()).isEqualTo(closeOfBusiness(2026, 10, 10).plusSeconds(1));
    assertThat(clock.due()).isEqualTo(closeOfBusiness(2026, 11, 6));
    assertThat(local(reply.getDueDate())).isEqualTo(clock.due());
    assertThat(clock.status(LocalDateTime.of(2026, 11, 9, 9, 0))).isEqualTo(DeadlineStatus.OVERDUE);

    setClock(LocalDateTime.of(2026, 10, 12, 9, 0));
    engine.getTaskService().complete(reply.getId());
    Task countersign = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).singleResult();
    // the task's due date P2D in working days: Monday 12 October 09:00 → Wednesday 14 October, close of business
    assertThat(local(countersign.getDueDate())).isEqualTo(closeOfBusiness(2026, 10, 14));
  }

  @Test
  void flowablesOwnCalendarsStayBesideIt() {
    setClock(LocalDateTime.of(2026, 9, 30, 10, 0));
    var plain = cfg.getBusinessCalendarManager().getBusinessCalendar("duration");
    assertThat(local(plain.resolveDuedate("P3D"))).isEqualTo(LocalDateTime.of(2026, 10, 3, 10, 0));  // mid-holiday
  }

  @Test
  void aDescriptionThatStatesNoRuleIsRefusedNamingIt() {
    WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(cfg.getClock(), CALENDAR);
    assertThatThrownBy(() -> calendar.resolveDuedate("three days")).isInstanceOf(FlowableIllegalArgumentException.class)
        .hasMessageContaining("three days");
    assertThatThrownBy(() -> calendar.resolveDuedate(" ")).isInstanceOf(FlowableIllegalArgumentException.class);
  }

  @Test
  void isoDurationsAreReadInWorkingTime() {
    setClock(LocalDateTime.of(2026, 9, 30, 16, 0));
    WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(cfg.getClock(), CALENDAR);
    assertThat(local(calendar.resolveDuedate("P3D"))).isEqualTo(closeOfBusiness(2026, 10, 10));
    // 2 working hours from 16:00 on the eve of the holiday: what is left of that day, the rest on 8 October
    assertThat(local(calendar.resolveDuedate("PT2H")).toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 10, 8));
    // 3 October lies in the holiday (1–7 October): the next working day is Thursday 8 October
    assertThat(local(calendar.resolveDuedate("by 2026-10-03 or the next working day")).toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2026, 10, 8));
  }
}
