package io.oakit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oakit.testkit.MutableClock;
import io.oakit.workflow.Notifier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot host end to end: two application instances on one real PostgreSQL (embedded), each
 * with its own pool, REST endpoints and db-scheduler. A document is signed for on one instance and
 * registered on the other; a supervision item goes through its lifecycle across both; then the
 * office's clock runs over two weeks of deadlines while both schedulers poll, and every reminder the
 * library claimed is delivered exactly once — none lost, none twice.
 */
class TwoInstancesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EmbeddedPostgres postgres;
  private static String database;
  /** The office's clock, shared by both instances and moved by the test. */
  private static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2026, 9, 1, 9, 0));
  /** What both instances handed to their notifier: instance name and notification id. */
  private static final List<String[]> DELIVERED = Collections.synchronizedList(new ArrayList<>());
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  private static ConfigurableApplicationContext instance(String name) {
    Notifier notifier = n -> DELIVERED.add(new String[] {name, n.id(), n.subject()});
    return new SpringApplicationBuilder(OfficeApplication.class)
        .initializers(ctx -> {
          ctx.getBeanFactory().registerSingleton("clock", CLOCK);
          ctx.getBeanFactory().registerSingleton("notifier", notifier);
        })
        .run("--server.port=0", "--spring.main.banner-mode=off",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
            "--spring.datasource.username=postgres",
            "--spring.datasource.hikari.pool-name=" + name,
            "--oakit.escalations.every=PT0.2S", "--oakit.scheduler.polling=PT0.1S");
  }

  @BeforeAll
  static void start() throws IOException {
    postgres = SharedPostgres.server();
    database = SharedPostgres.freshDatabase();
    first = instance("first");
    second = instance("second");  // started after the first: the schema and the scheduler's table exist
  }

  @AfterAll
  static void stop() {
    second.close();
    first.close();
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private record Reply(int status, JsonNode body) {}

  private static Reply call(ConfigurableApplicationContext app, String method, String path, String person, String key,
      String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port(app) + "/api" + path))
        .header("X-Person", person).header("Content-Type", "application/json");
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
  }

  @Test
  void aDocumentAndASupervisionItemGoThroughBothInstances() throws Exception {
    CLOCK.set(LocalDateTime.of(2026, 9, 1, 9, 0));
    String doc = "{\"documentId\":\"收-2026-001\",\"kind\":\"NOTICE\",\"urgency\":\"NORMAL\",\"secrecy\":\"UNCLASSIFIED\","
        + "\"issuingUnit\":\"县政府办\",\"subject\":\"关于做好国庆期间值班工作的通知\"}";
    Reply signed = call(first, "POST", "/incoming", "p28", "sign-001", doc);
    assertThat(signed.status()).isEqualTo(201);
    assertThat(call(second, "POST", "/incoming", "p28", "sign-001", doc).body()).isEqualTo(signed.body());  // once

    Reply registered = call(second, "POST", "/incoming/收-2026-001/registration", "p28", "reg-001", null);
    assertThat(registered.status()).isEqualTo(200);
    assertThat(registered.body().get("state").asText()).isEqualTo("REGISTERED");
    assertThat(registered.body().get("number").asText()).isNotBlank();  // 收文编号, allocated in the database

    // 拟办 by the office, 批办 by the director: two leaders read it, 综合科 handles it
    assertThat(call(first, "POST", "/incoming/收-2026-001/proposal", "p4", "prop-001", null).status()).isEqualTo(200);
    Reply instructed = call(second, "POST", "/incoming/收-2026-001/instruction", "p0", "ins-001",
        "{\"instruction\":\"请阅办\",\"readers\":[\"p1\",\"p2\"],\"handlingDepartment\":\"d1\"}");
    assertThat(instructed.status()).as(instructed.body().toString()).isEqualTo(200);
    Reply tray = call(first, "GET", "/tray?size=10", "p1", null, null);
    assertThat(tray.status()).isEqualTo(200);
    assertThat(tray.body().get("entries").findValuesAsText("documentId")).contains("收-2026-001");
    // someone who has nothing to do with it does not see it in their tray
    assertThat(call(second, "GET", "/tray", "p13", null, null).body().get("entries").findValuesAsText("documentId"))
        .doesNotContain("收-2026-001");
    // someone outside the organisation is refused, and nothing is signed for
    Reply refused = call(first, "POST", "/incoming", "x99", "sign-002", doc.replace("收-2026-001", "收-2026-002"));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body().get("message").asText()).contains("unknown person 'x99'");
    // only a leader gives a 批办: a 科员 is refused by the library's authority policy
    String second2 = doc.replace("收-2026-001", "收-2026-003");
    assertThat(call(first, "POST", "/incoming", "p28", "sign-003", second2).status()).isEqualTo(201);
    assertThat(call(first, "POST", "/incoming/收-2026-003/registration", "p28", "reg-3", null).status()).isEqualTo(200);
    assertThat(call(first, "POST", "/incoming/收-2026-003/proposal", "p4", "prop-3", null).status()).isEqualTo(200);
    Reply notALeader = call(second, "POST", "/incoming/收-2026-003/instruction", "p13", "ins-3",
        "{\"instruction\":\"请阅\",\"readers\":[\"p1\"],\"handlingDepartment\":\"d1\"}");
    assertThat(notALeader.status()).as(notALeader.body().toString()).isEqualTo(403);
    // registering again (a new key) is a conflict with the document's state
    assertThat(call(second, "POST", "/incoming/收-2026-001/registration", "p28", "reg-003", null).status())
        .isEqualTo(409);

    String item = "{\"itemId\":\"督-2026-01\",\"source\":\"LEADER_INSTRUCTION\",\"content\":\"落实县委书记批示\","
        + "\"importance\":\"IMPORTANT\"}";
    assertThat(call(first, "POST", "/supervision", "p16", "open-01", item).status()).isEqualTo(201);
    assertThat(call(second, "POST", "/supervision/督-2026-01/assignment", "p16", "assign-01",
        "{\"leadUnit\":\"秘书科\",\"coUnits\":[],\"deadlineRule\":\"10 working days\"}").status()).isEqualTo(200);
    CLOCK.set(LocalDateTime.of(2026, 9, 1, 15, 0));
    assertThat(call(first, "POST", "/supervision/督-2026-01/sign-for", "p4", "signfor-01", "{\"unit\":\"秘书科\"}")
        .status()).isEqualTo(200);
    CLOCK.set(LocalDateTime.of(2026, 9, 8, 10, 0));
    assertThat(call(second, "POST", "/supervision/督-2026-01/completion", "p4", "done-01", "{\"summary\":\"已完成\"}")
        .status()).isEqualTo(200);
    Reply accepted = call(first, "POST", "/supervision/督-2026-01/acceptance", "p16", "ok-01",
        "{\"rating\":\"EXCELLENT\",\"effective\":true,\"comment\":\"\"}");
    assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
    Reply closed = call(second, "POST", "/supervision/督-2026-01/closing", "p16", "close-01", null);
    assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
    assertThat(call(first, "GET", "/supervision/督-2026-01", "p16", null, null).body().get("state").asText())
        .isEqualTo("CLOSED");
    assertThat(call(first, "GET", "/supervision/督-不存在", "p16", null, null).status()).isEqualTo(404);
  }

  @Test
  void everyReminderIsDeliveredOnceWhileBothInstancesRunTheScheduler() throws Exception {
    CLOCK.set(LocalDateTime.of(2026, 9, 14, 9, 0));
    int items = 8;
    for (int i = 0; i < items; i++) {
      String id = "督-提醒-" + i;
      assertThat(call(i % 2 == 0 ? first : second, "POST", "/supervision", "p16", "r-open-" + i,
          "{\"itemId\":\"" + id + "\",\"source\":\"MEETING_DECISION\",\"content\":\"会议议定事项" + i + "\","
              + "\"importance\":\"GENERAL\"}").status()).isEqualTo(201);
      assertThat(call(i % 2 == 0 ? second : first, "POST", "/supervision/" + id + "/assignment", "p16", "r-assign-" + i,
          "{\"leadUnit\":\"综合科\",\"coUnits\":[],\"deadlineRule\":\"" + (1 + i % 3) + " working days\"}")
          .status()).isEqualTo(200);
    }
    // the office's clock walks over two weeks, twice a working day; at each step both schedulers poll
    // until one of them has run the task after the step and nothing is left in the outbox
    for (LocalDate day = LocalDate.of(2026, 9, 14); day.isBefore(LocalDate.of(2026, 9, 29)); day = day.plusDays(1)) {
      for (int hour : new int[] {9, 17}) {
        CLOCK.set(day.atTime(hour, 30));
        awaitATurnAndAnEmptyOutbox();
      }
    }

    List<String> ids = new ArrayList<>();
    Set<String> instances = new HashSet<>();
    synchronized (DELIVERED) {
      for (String[] d : DELIVERED) {
        if (d[1].startsWith("escalation|")) {
          ids.add(d[1]);
          instances.add(d[0]);
        }
      }
    }
    // no duplicates: every reminder notification was handed to a notifier once
    assertThat(ids).doesNotHaveDuplicates();
    // none lost: every reminder notification the library queued was delivered
    assertThat(ids).containsExactlyInAnyOrderElementsOf(queuedReminderNotifications());
    // every item fell overdue, so every item was reminded at least once
    for (int i = 0; i < items; i++) {
      String id = "督-提醒-" + i;
      assertThat(ids).as(id).anyMatch(n -> n.contains(id));
    }
    assertThat(instances).isNotEmpty();
  }

  /** Waits until a turn of the scheduled task began after now and ended, and the outbox is empty. */
  private static void awaitATurnAndAnEmptyOutbox() throws SQLException, InterruptedException {
    Instant asked = Instant.now();
    for (int i = 0; i < 600; i++) {
      Thread.sleep(50);
      try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
        boolean turned;
        try (ResultSet rs = s.executeQuery("SELECT last_success FROM scheduled_tasks WHERE task_name = '"
            + OfficeScheduling.TASK + "'")) {
          turned = rs.next() && rs.getTimestamp(1) != null && rs.getTimestamp(1).toInstant().isAfter(asked.plusMillis(1));
        }
        if (!turned) {
          continue;
        }
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM oa_aggregate WHERE kind = 'NOTIFICATION' AND is_open")) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return;
          }
        }
      }
    }
    StringBuilder rows = new StringBuilder();
    try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT task_name, execution_time, picked, picked_by, last_success, last_failure"
             + " FROM scheduled_tasks")) {
      while (rs.next()) {
        for (int k = 1; k <= 6; k++) {
          rows.append(rs.getString(k)).append(k == 6 ? "\n" : " | ");
        }
      }
    }
    throw new AssertionError("the scheduled task did not run within 30 s of " + asked + ": " + rows);
  }

  private static List<String> queuedReminderNotifications() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id FROM oa_aggregate WHERE kind = 'NOTIFICATION' AND id LIKE 'escalation|%'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
