package io.oakit.examples;

import io.oakit.core.calendar.CalendarCoverageException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.deadline.StatutoryDeadlines;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.Urgency;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The README's demo: a tour of the engines — deadlines across the 2026 holidays, routing by an
 * approval ladder, circulation around an absent leader, supervision scoring, and the 2026 Spring
 * Festival duty roster with a swap. It grows into "a month in a county office" with the workflow.
 */
public final class Demo {

  private Demo() {}

  /**
   * Runs the demo — a month in a county office — printing a summary and writing an HTML report;
   * {@code --tour} runs the tour of the engines instead. Options: {@code --data-dir DIR} (an H2
   * database and the report there), {@code --jdbc-url URL} (PostgreSQL instead of H2, e.g.
   * {@code jdbc:postgresql://localhost/oakit?user=oakit&password=…}), {@code --report FILE}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    // Hibernate Validator announces itself through JBoss Logging; route it to SLF4J and keep it quiet
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    java.util.Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--tour")) {
        run(System.out);
        return;
      }
      if (i + 1 < args.length && args[i].startsWith("--")) {
        options.put(args[i], args[++i]);
      } else {
        System.err.println("usage: [--tour] [--data-dir DIR] [--jdbc-url jdbc:postgresql://…] [--report FILE]");
        System.exit(2);
      }
    }
    javax.sql.DataSource ds;
    io.oakit.persistence.jdbc.Dialect dialect;
    java.nio.file.Path dir = java.nio.file.Path.of(options.getOrDefault("--data-dir", "."));
    if (options.containsKey("--jdbc-url")) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(options.get("--jdbc-url"));
      ds = pg;
      dialect = io.oakit.persistence.jdbc.Dialect.POSTGRESQL;
    } else {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(options.containsKey("--data-dir")
          ? "jdbc:h2:file:" + dir.toAbsolutePath().resolve("oakit-demo")
          : "jdbc:h2:mem:oakit-demo;DB_CLOSE_DELAY=-1");
      ds = h2;
      dialect = io.oakit.persistence.jdbc.Dialect.H2;
    }
    java.nio.file.Path report = java.nio.file.Path.of(options.getOrDefault("--report",
        dir.resolve("oakit-demo-report.html").toString()));
    CountyOfficeMonth.run(System.out, ds, dialect, java.util.Optional.of(report));
  }

  static void run(PrintStream out) {
    WorkCalendar cal = ChinaCalendars.official();
    out.println("OA Kit demo — work calendar " + cal);
    out.println();

    LocalDate received = LocalDate.of(2026, 9, 25);
    out.println("1. A 平件 request (请示) received on " + received + " (" + received.getDayOfWeek() + ")");
    DeadlineRule normal = DeadlinePolicy.defaults().ruleFor(Urgency.NORMAL, DocumentKind.REQUEST);
    DeadlineClock clock = DeadlineClock.start(normal, cal, received.atTime(10, 0));
    clock.explain().forEach(line -> out.println("   " + line));
    out.println();

    LocalDateTime urgentAt = LocalDateTime.of(2026, 9, 30, 16, 0);
    out.println("2. A 特急 notice received at " + urgentAt + ", the afternoon before the holiday: 4 hours on the"
        + " clock (a table may count working hours instead)");
    DeadlineClock urgent = DeadlineClock.start(
        DeadlinePolicy.defaults().ruleFor(Urgency.EXTRA_URGENT, DocumentKind.NOTICE), cal, urgentAt);
    urgent.explain().forEach(line -> out.println("   " + line));
    DeadlineClock inOfficeHours = DeadlineClock.start(DeadlineRule.workingHours(4), cal, urgentAt);
    out.println("   in working hours it would be due " + inOfficeHours.due());
    out.println();

    out.println("3. An information disclosure request (依申请公开) received 2026-09-15, with a third-party"
        + " consultation 2026-09-21 09:00 to 2026-09-25 17:30 and one approved extension");
    DeadlineClock disclosure = StatutoryDeadlines.informationDisclosureReply()
        .start(cal, LocalDateTime.of(2026, 9, 15, 9, 0))
        .suspend(LocalDateTime.of(2026, 9, 21, 9, 0), "征求第三方意见")
        .resume(LocalDateTime.of(2026, 9, 25, 17, 30));
    LocalDateTime asked = LocalDateTime.of(2026, 10, 20, 10, 0);
    out.println("   due " + disclosure.due() + "; on " + asked + " status " + disclosure.status(asked)
        + ", " + Math.round(disclosure.fractionUsed(asked) * 100) + "% used, remaining "
        + hours(disclosure.remaining(asked)));
    DeadlineClock extended = disclosure.extend(asked, DeadlineRule.workingDays(20), "局长", "涉及多个部门");
    extended.explain().forEach(line -> out.println("   " + line));
    out.println("   reminders:");
    extended.reminders().forEach(r -> out.println("     " + r.at() + "  " + r.description()));
    out.println();

    out.println("4. A petition (信访) accepted 2026-12-01: 60 calendar days reach into 2027");
    try {
      StatutoryDeadlines.petitionHandling().start(cal, LocalDateTime.of(2026, 12, 1, 9, 0));
    } catch (CalendarCoverageException e) {
      out.println("   refused: " + e.getMessage());
    }
    DeadlineClock petition = StatutoryDeadlines.petitionHandling()
        .start(ChinaCalendars.provisional(), LocalDateTime.of(2026, 12, 1, 9, 0));
    out.println("   with provisional coverage (opt-in): due " + petition.due()
        + (petition.isProvisional() ? ", provisional" : ""));
    petition.explain().stream().filter(l -> l.contains("not yet published")).forEach(l -> out.println("   " + l));
    out.println();
    EngineTour.run(out, cal);
  }

  private static String hours(Duration d) {
    return d.toHours() + "h" + String.format("%02d", d.toMinutesPart()) + "m of working time";
  }
}
