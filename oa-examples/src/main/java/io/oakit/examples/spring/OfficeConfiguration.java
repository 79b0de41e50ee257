package io.oakit.examples.spring;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.examples.CountyOfficeConfig;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.spi.Transactor;
import io.oakit.workflow.DocumentQueries;
import io.oakit.workflow.Escalations;
import io.oakit.workflow.IncomingService;
import io.oakit.workflow.Notifier;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

/** The library's services as Spring beans; the office's rules are the county office's configuration documents. */
@Configuration(proxyBeanMethods = false)
public class OfficeConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(OfficeConfiguration.class);

  /** @return China's official work calendar */
  @Bean
  WorkCalendar workCalendar() {
    return ChinaCalendars.official();
  }

  /** @return the clock the office runs on, Beijing time */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Shanghai"));
  }

  /** @return where notifications go: here the log; a host sends them by its messaging */
  @Bean
  @ConditionalOnMissingBean
  Notifier notifier() {
    return n -> LOG.info("notify {}: {} — {} [{}]", n.recipient(), n.subject(), n.text(), n.id());
  }

  /** @return the organisation */
  @Bean
  Organization organization() {
    return CountyOfficeConfig.organization();
  }

  /**
   * The JDBC store, its schema migrated by Flyway, its units of work on the connection of Spring's
   * transaction: every unit of work a Spring transaction, or part of the caller's.
   *
   * @param dataSource Spring Boot's pool (HikariCP)
   * @param transactions Spring's transaction manager over it
   * @return the store as the workflow sees it
   */
  @Bean
  Transactor oaKitTransactor(DataSource dataSource, PlatformTransactionManager transactions) {
    JdbcStorage store = JdbcStorage.builder(new TransactionAwareDataSourceProxy(dataSource)).joinHostTransactions()
        .build();
    return new SpringTransactor(store, transactions);
  }

  /**
   * @return the workflow's context; notifications are delivered by the scheduled outbox task only, so
   *     each goes out once whatever the number of instances
   */
  @Bean
  WorkflowContext workflowContext(Transactor transactor, Clock clock, WorkCalendar calendar, Organization organization,
      Notifier notifier) {
    WorkflowContext ctx = new WorkflowContext(transactor, clock, calendar, () -> organization, notifier);
    ctx.deliverAfterCommit(false);
    return ctx;
  }

  @Bean
  SupervisionService supervisionService(WorkflowContext ctx) {
    return new SupervisionService(ctx, CountyOfficeConfig.scoreCard(), CountyOfficeConfig::supervisedUnits);
  }

  @Bean
  IncomingService incomingService(WorkflowContext ctx, Organization organization, SupervisionService supervision) {
    return new IncomingService(ctx, CountyOfficeConfig.deadlines(), CountyOfficeConfig.proposals(organization).compile(),
        CirculationPlanner.defaults(), supervision);
  }

  @Bean
  DocumentQueries documentQueries(WorkflowContext ctx) {
    return new DocumentQueries(ctx);
  }

  @Bean
  Escalations escalations(WorkflowContext ctx) {
    return new Escalations(ctx);
  }
}
