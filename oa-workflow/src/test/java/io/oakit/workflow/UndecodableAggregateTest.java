package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * One aggregate that cannot be read (written by a newer version, edited by hand, or in the
 * pre-release positional format) is reported by kind and id and never stops a batch operation.
 */
class UndecodableAggregateTest {

  private static final Optional<String> SELF = Optional.empty();

  @Test
  void escalationsAndScoringReportTheUnreadableAggregateAndGoOnWithTheOthers() {
    Office o = new Office(LocalDateTime.of(2026, 6, 1, 9, 0));
    List<UndecodableAggregateException> problems = new CopyOnWriteArrayList<>();
    o.ctx.addProblemListener(problems::add);
    o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-1", ItemSource.LEADER_INSTRUCTION, "落实批示",
        Importance.GENERAL));
    o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-1", "交通局", List.of(), "10 working days",
        0));
    Index due = new Index(true, Optional.of(LocalDateTime.of(2026, 6, 5, 17, 30)), Optional.of("交通局"), Set.of(),
        Optional.empty(), Optional.empty());
    o.store.inTransaction(u -> {
      // written by a newer version of the library
      u.aggregates().insert(AggregateKind.SUPERVISION_ITEM, "督-newer", "{\"format\":\"oakit.aggregate\","
          + "\"formatVersion\":1,\"events\":[{\"@type\":\"supervision.opened\",\"@version\":9}]}", due);
      // an incoming document in the positional text of pre-release builds
      u.aggregates().insert(AggregateKind.DOCUMENT, "in/收-old", "{\"events\":\"DocumentReceived\\t2026-06-01\"}", due);
      return null;
    });

    o.at(LocalDateTime.of(2026, 6, 16, 9, 0));
    List<Escalations.Escalation> sent = o.escalations.due(LocalDateTime.of(2026, 6, 16, 9, 0));
    assertThat(sent).isNotEmpty().allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo("督-1"));
    assertThat(problems).extracting(UndecodableAggregateException::kind, UndecodableAggregateException::aggregateId)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AggregateKind.SUPERVISION_ITEM, "督-newer"),
            org.assertj.core.groups.Tuple.tuple(AggregateKind.DOCUMENT, "in/收-old"));
    assertThat(problems.get(0).reason()).isNotBlank();

    problems.clear();
    o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-1", "交通局"));
    o.supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key(), "zhang", SELF, "督-1", "已完成"));
    o.supervision.accept(new SupervisionCommands.Accept(key(), "li", SELF, "督-1", QualityRating.GOOD, true, ""));
    o.at(LocalDateTime.of(2026, 6, 30, 18, 0));
    CommandResult approved = o.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF,
        "2026-06", List.of("交通局")));
    assertThat(approved.assigned()).containsExactly("交通局");
    assertThat(o.supervision.approval("2026-06").orElseThrow().skipped()).containsExactly("督-newer");
    assertThat(problems).extracting(UndecodableAggregateException::aggregateId).containsExactly("督-newer");

    // reading the one aggregate says which and why
    assertThatThrownBy(() -> o.supervision.find("督-newer")).isInstanceOfSatisfying(UndecodableAggregateException.class,
        e -> {
          assertThat(e.kind()).isEqualTo(AggregateKind.SUPERVISION_ITEM);
          assertThat(e.aggregateId()).isEqualTo("督-newer");
          assertThat(e.reason()).contains("newer than this library reads");
        });
    assertThatThrownBy(() -> o.incoming.find("收-old")).isInstanceOf(UndecodableAggregateException.class)
        .hasMessageContaining("in/收-old");
  }
}
