package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.persistence.jdbc.Dialect;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/integration.md: its JDBC snippet runs here; every Java and XML snippet of the page is found,
 * word for word (spaces aside), in the sources the tests run — this class, the Spring Boot example
 * (run by {@code TwoInstancesTest}) and the Flowable adapter's test — so the page cannot drift from
 * the code.
 */
class IntegrationGuideTest {

  @Test
  void theJdbcStoreOverAPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:office;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(10);
    config.setConnectionTimeout(5_000);            // the longest wait for a connection
    HikariDataSource pool = new HikariDataSource(config);
    JdbcStorage store = JdbcStorage.builder(pool)
        .lockTimeout(Duration.ofSeconds(5))        // the longest wait for a row lock
        .statementTimeout(Duration.ofSeconds(30))  // the longest a statement may run
        .build();                                  // dialect read from the database, schema migrated by Flyway

    assertThat(store.dialect()).isEqualTo(Dialect.H2);
    WorkflowContext ctx = new WorkflowContext(store, Clock.systemDefaultZone(), ChinaCalendars.official(),
        CountyOfficeConfig::organization, n -> { });
    SupervisionService supervision = new SupervisionService(ctx, ScoreCard.defaults());
    supervision.open(new SupervisionCommands.Open("k-1", "p16", Optional.empty(), "督-1", ItemSource.LEADER_INSTRUCTION,
        "落实批示", Importance.GENERAL));
    assertThat(supervision.find("督-1").state()).isEqualTo(ItemState.REGISTERED);
    pool.close();
  }

  @Test
  void everySnippetOfThePageIsInTheTestedSources() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    String page = Files.readString(root.resolve("docs/integration.md"), StandardCharsets.UTF_8);
    List<String> sources = new ArrayList<>();
    for (String module : List.of("oa-examples", "oa-flowable", "oa-persistence-jdbc")) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src"))) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(java|xml|properties)$"))
            .toList()) {
          sources.add(squeeze(Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    }
    Matcher blocks = Pattern.compile("```(java|xml)\\n(.*?)```", Pattern.DOTALL).matcher(page);
    int checked = 0;
    while (blocks.find()) {
      String snippet = squeeze(blocks.group(2));
      assertThat(sources).as("a snippet of docs/integration.md is in no tested source:%n%s", blocks.group(2))
          .anyMatch(source -> source.contains(snippet));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }

  /** The text with every run of white space made one space. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
