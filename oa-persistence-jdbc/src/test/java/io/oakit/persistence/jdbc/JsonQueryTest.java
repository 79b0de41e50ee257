package io.oakit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.CountyOffice;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.workflow.DocumentFields;
import io.oakit.workflow.Notifier;
import io.oakit.workflow.OutgoingCommands;
import io.oakit.workflow.OutgoingService;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A host queries its own stored records with SQL: the payload is jsonb on PostgreSQL. */
class JsonQueryTest {

  @Test
  void aHostQueriesStoredDocumentsAndDeadlinesWithJsonOperators() throws SQLException {
    DataSource db = TestDatabases.freshPostgres();
    JdbcStorage store = TestDatabases.store(db, Dialect.POSTGRESQL, 4);
    Clock clock = Clock.fixed(LocalDateTime.of(2026, 6, 1, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
        ZoneId.of("Asia/Shanghai"));
    WorkflowContext ctx = new WorkflowContext(store, clock, ChinaCalendars.official(), CountyOffice::organization,
        Notifier.NONE);
    OutgoingService outgoing = new OutgoingService(ctx, RuleSet.builder().defaultRoute(Route.to(Target.role("局长")))
        .build().compile());
    SupervisionService supervision = new SupervisionService(ctx, ScoreCard.defaults(), () -> Set.of("交通局"));
    outgoing.draft(new OutgoingCommands.Draft("k1", "li", Optional.empty(), new DocumentFields("发-1", DocumentKind.NOTICE,
        Urgency.URGENT, SecrecyLevel.UNCLASSIFIED, "县交通局", "关于做好国庆期间值班工作的通知", List.of(), List.of(),
        Optional.empty()), "X交发"));
    supervision.open(new SupervisionCommands.Open("k2", "li", Optional.empty(), "督-1", ItemSource.LEADER_INSTRUCTION,
        "落实批示", Importance.GENERAL));
    supervision.assign(new SupervisionCommands.Assign("k3", "li", Optional.empty(), "督-1", "交通局", List.of(),
        "10 working days", 0));

    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT payload->>'subject', payload->>'stage', payload->>'urgency'"
          + " FROM oa_aggregate WHERE kind = 'DOCUMENT' AND payload->>'aggregate' = 'outgoing-document'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("关于做好国庆期间值班工作的通知");
        assertThat(rs.getString(2)).isEqualTo("DRAFT");
        assertThat(rs.getString(3)).isEqualTo("URGENT");
      }
      List<String> deadlines = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT a.id, e->>'due', e->>'calendarVersion' FROM oa_aggregate a,"
          + " jsonb_array_elements(a.payload->'events') e WHERE e->>'@type' = 'supervision.assigned'")) {
        while (rs.next()) {
          deadlines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        }
      }
      assertThat(deadlines).containsExactly("督-1 2026-06-15T17:30 " + ChinaCalendars.official().version());
    }
  }
}
