package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.UnknownReferenceException;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.QualityRating;
import io.oakit.workflow.SupervisionCommands.Accept;
import io.oakit.workflow.SupervisionCommands.Assign;
import io.oakit.workflow.SupervisionCommands.Close;
import io.oakit.workflow.SupervisionCommands.Open;
import io.oakit.workflow.SupervisionCommands.RaiseProblem;
import io.oakit.workflow.SupervisionCommands.ReportCompletion;
import io.oakit.workflow.SupervisionCommands.SignFor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Feedback up (反馈): the leader whose instruction an item carries out hears its result — reported done,
 * accepted, closed — and new problems met while urging reach the leader who decides them (问题上报).
 */
class SupervisionFeedbackTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 1, 9, 0);

  private static List<String> to(Office o, String subject) {
    return o.sent.stream().filter(n -> n.subject().equals(subject)).map(n -> n.recipient().id()).toList();
  }

  @Test
  void theInstructingLeaderIsToldTheResultOfAnItemOpenedByHisInstruction() {
    Office o = new Office(MONDAY_9);
    // 赵局长 instructs on an incoming document and opens an item for it (批办 → 督办)
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-1", Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        null)));
    o.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-1"));
    o.incoming.propose(new IncomingCommands.Propose(key(), "li", SELF, "收-1"));
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "zhao", SELF, "收-1", "请交通局落实", List.of("li"), "office",
        Optional.of("督-1")));
    o.supervision.assign(new Assign(key(), "li", SELF, "督-1", "交通局", List.of(), "10 working days", 0));
    o.supervision.signFor(new SignFor(key(), "zhang", SELF, "督-1", "交通局"));
    o.sent.clear();
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, "督-1", "道路已修复"));
    // the office that opened it (to accept it) and the instructing leader
    assertThat(to(o, "报结")).containsExactly("zhao");  // zhao opened it himself: one notice
    assertThat(o.sent).filteredOn(n -> n.subject().equals("报结")).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("道路已修复"));
    o.supervision.accept(new Accept(key(), "li", SELF, "督-1", QualityRating.GOOD, true, "群众满意"));
    assertThat(o.sent).filteredOn(n -> n.subject().equals("验收")).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo("zhao");
      assertThat(n.text()).contains("良").contains("群众满意");
    });
    o.supervision.close(new Close(key(), "li", SELF, "督-1"));
    assertThat(to(o, "办结")).containsExactly("zhao");
  }

  @Test
  void anItemOpenedByTheOfficeForALeaderTellsBothAndOneWithoutALeaderTellsTheOfficeOnly() {
    Office o = new Office(MONDAY_9);
    o.supervision.open(new Open(key(), "li", SELF, "督-2", ItemSource.LEADER_INSTRUCTION, "落实县长批示",
        Importance.IMPORTANT, SecrecyLevel.UNCLASSIFIED, Optional.of("qian")));
    o.supervision.open(new Open(key(), "li", SELF, "督-3", ItemSource.MEETING_DECISION, "落实会议决定",
        Importance.GENERAL));
    for (String id : List.of("督-2", "督-3")) {
      o.supervision.assign(new Assign(key(), "li", SELF, id, "交通局", List.of(), "10 working days", 0));
      o.supervision.signFor(new SignFor(key(), "zhang", SELF, id, "交通局"));
    }
    o.sent.clear();
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, "督-2", "完成"));
    assertThat(to(o, "报结")).containsExactly("li", "qian");
    o.sent.clear();
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, "督-3", "完成"));
    o.supervision.accept(new Accept(key(), "li", SELF, "督-3", QualityRating.GOOD, true, ""));
    assertThat(to(o, "报结")).containsExactly("li");
    assertThat(to(o, "验收")).isEmpty();
    assertThatThrownBy(() -> o.supervision.open(new Open(key(), "li", SELF, "督-4", ItemSource.LEADER_INSTRUCTION, "x",
        Importance.GENERAL, SecrecyLevel.UNCLASSIFIED, Optional.of("ghost")))).isInstanceOf(UnknownReferenceException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  void aNewProblemIsRaisedToTheLeaderInChargeAndRecorded() {
    Office o = new Office(MONDAY_9);
    o.supervision.open(new Open(key(), "li", SELF, "督-5", ItemSource.LEADER_INSTRUCTION, "落实批示", Importance.IMPORTANT,
        SecrecyLevel.UNCLASSIFIED, Optional.of("zhao")));
    o.supervision.assign(new Assign(key(), "li", SELF, "督-5", "交通局", List.of(), "10 working days", 0));
    o.sent.clear();
    // to the leader in charge of 财务 (钱副局长) …
    o.supervision.raiseProblem(new RaiseProblem(key(), "li", SELF, "督-5", "资金缺口 30 万元", Optional.of("财务")));
    // … or, with no area named, to the instructing leader
    o.supervision.raiseProblem(new RaiseProblem(key(), "li", SELF, "督-5", "需协调国土部门", Optional.empty()));
    assertThat(to(o, "问题上报")).containsExactly("qian", "zhao");
    assertThat(o.events).filteredOn(SupervisionEvents.ProblemRaised.class::isInstance).extracting(
        e -> ((SupervisionEvents.ProblemRaised) e).raisedTo()).containsExactly(List.of("qian"), List.of("zhao"));
    assertThat(o.supervision.find("督-5").state()).isEqualTo(ItemState.ASSIGNED);
    // an area nobody is in charge of, or no leader to raise it to: refused, nothing stored
    assertThatThrownBy(() -> o.supervision.raiseProblem(new RaiseProblem(key(), "li", SELF, "督-5", "x",
        Optional.of("外事")))).isInstanceOf(UnknownReferenceException.class).hasMessageContaining("外事");
    o.supervision.open(new Open(key(), "li", SELF, "督-6", ItemSource.MEETING_DECISION, "会议决定", Importance.GENERAL));
    assertThatThrownBy(() -> o.supervision.raiseProblem(new RaiseProblem(key(), "li", SELF, "督-6", "x",
        Optional.empty()))).isInstanceOf(CommandRefusedException.class).hasMessageContaining("name the area");
    assertThatThrownBy(() -> o.supervision.raiseProblem(new RaiseProblem(key(), "li", SELF, "督-none", "x",
        Optional.empty()))).isInstanceOf(UnknownReferenceException.class);
    assertThat(o.events).filteredOn(SupervisionEvents.ProblemRaised.class::isInstance).hasSize(2);
  }

  @Test
  void stallingUnitsAreReportedToTheLeadersOnceADay() {
    Office o = new Office(MONDAY_9);
    o.supervision.open(new Open(key(), "li", SELF, "督-7", ItemSource.LEADER_INSTRUCTION, "修复道路", Importance.IMPORTANT,
        SecrecyLevel.UNCLASSIFIED, Optional.of("qian")));
    o.supervision.assign(new Assign(key(), "li", SELF, "督-7", "交通局", List.of("财政局"), "5 working days", 0));
    o.supervision.open(new Open(key(), "li", SELF, "督-8", ItemSource.MEETING_DECISION, "按期完成", Importance.GENERAL));
    o.supervision.assign(new Assign(key(), "li", SELF, "督-8", "教育局", List.of(), "30 working days", 0));
    for (int day = 9; day <= 11; day++) {
      o.at(LocalDateTime.of(2026, 6, day, 9, 0));
      o.supervision.urge(new SupervisionCommands.Urge(key(), "li", SELF, "督-7", "交通局",
          io.oakit.core.supervision.UrgingChannel.PHONE, "请抓紧"));
    }
    LocalDateTime at = LocalDateTime.of(2026, 6, 18, 9, 0);  // 交通局 is 8 working days overdue, urged 3 times
    o.sent.clear();
    var reported = o.supervision.reportStalling(at, 5, 2);
    assertThat(reported).singleElement().satisfies(e -> {
      assertThat(e.unit()).isEqualTo("交通局");
      assertThat(e.itemId()).isEqualTo("督-7");
      assertThat(e.why()).contains("overdue 8 working days").contains("urged 3 times");
    });
    // the instructing leader and the office that opened it
    assertThat(to(o, "督办通报")).containsExactly("qian", "li");
    // once a day, however often the host calls (another host instance too)
    assertThat(o.supervision.reportStalling(at.plusHours(2), 5, 2)).isEmpty();
    assertThat(o.secondInstance().supervision.reportStalling(at.plusHours(3), 5, 2)).isEmpty();
    assertThat(o.supervision.reportStalling(at.plusDays(1), 5, 2)).hasSize(1);
    assertThat(o.audit()).filteredOn(a -> a.action().equals("stalling.reported")).hasSize(2);
  }
}
