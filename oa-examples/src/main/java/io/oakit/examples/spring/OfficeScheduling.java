package io.oakit.examples.spring;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.oakit.workflow.Escalations;
import io.oakit.workflow.WorkflowContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library runs no threads: escalations ({@link Escalations#due}), notification delivery
 * ({@code Outbox.deliver()}) and the sealing of the audit log ({@code AuditSealing.sealAll}) run here
 * as one recurring db-scheduler task. db-scheduler keeps its
 * schedule in the table {@code scheduled_tasks} of the same database and lets one instance at a time
 * pick an execution, so with several application instances every turn runs once: reminders are
 * claimed once by the library's idempotency keys, and each notification is handed to the notifier
 * by one instance only.
 */
@Configuration(proxyBeanMethods = false)
public class OfficeScheduling {

  /** The task's name in {@code scheduled_tasks}. */
  public static final String TASK = "oakit-escalations-and-outbox";

  /**
   * @param dataSource the database (not the transaction-aware proxy: the scheduler runs its own transactions)
   * @param escalations the library's escalations
   * @param ctx the workflow's context, whose outbox is delivered
   * @param clock the office's clock
   * @param every how often the task runs ({@code oakit.escalations.every}, default one minute)
   * @param polling how often each instance asks whether it is due ({@code oakit.scheduler.polling}, default 10 s)
   * @return the started scheduler, stopped with the application
   */
  @Bean(destroyMethod = "stop")
  @DependsOnDatabaseInitialization  // after Spring's SQL initialisation created scheduled_tasks
  Scheduler oaKitScheduler(DataSource dataSource, Escalations escalations, WorkflowContext ctx, Clock clock,
      @Value("${oakit.escalations.every:PT1M}") Duration every, @Value("${oakit.scheduler.polling:PT10S}") Duration polling) {
    RecurringTask<Void> task = Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, execution) -> {
      escalations.due(LocalDateTime.now(clock));
      ctx.outbox().deliver();
      io.oakit.spi.AuditSealing.sealAll(ctx.storage());  // what the commands appended becomes tamper-evident
    });
    Scheduler scheduler = Scheduler.create(dataSource).startTasks(task).threads(2).pollingInterval(polling)
        .enableImmediateExecution().build();
    scheduler.start();
    return scheduler;
  }
}
