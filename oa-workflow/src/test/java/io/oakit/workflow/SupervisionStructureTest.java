package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.InvalidInputException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionMode;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.ScoreRule;
import io.oakit.spi.AggregateKind;
import io.oakit.workflow.SupervisionCommands.Accept;
import io.oakit.workflow.SupervisionCommands.Assign;
import io.oakit.workflow.SupervisionCommands.BreakDown;
import io.oakit.workflow.SupervisionCommands.Close;
import io.oakit.workflow.SupervisionCommands.HandBack;
import io.oakit.workflow.SupervisionCommands.Open;
import io.oakit.workflow.SupervisionCommands.ReportCompletion;
import io.oakit.workflow.SupervisionCommands.SignFor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The structure of supervision work the offices describe: items broken down into child items (分解立项), units
 * handing an item back (推诿) as a fact the score card counts, the office's own item sources, 跟踪督办 and
 * 专项督办, the urging channel on incoming documents, and the importance chosen at 批办.
 */
class SupervisionStructureTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 1, 9, 0);

  private static void done(Office o, String id, String unit) {
    o.supervision.assign(new Assign(key(), "li", SELF, id, unit, List.of(), "10 working days", 0));
    o.supervision.signFor(new SignFor(key(), "zhang", SELF, id, unit));
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, id, "完成"));
    o.supervision.accept(new Accept(key(), "li", SELF, id, QualityRating.GOOD, true, ""));
  }

  @Test
  void anItemBrokenDownIntoChildrenDerivesItsProgressFromThemAndClosesAfterThem() {
    Office o = new Office(MONDAY_9);
    o.supervision.open(new Open(key(), "li", SELF, "督-P", ItemSource.OTHER, "城区道路整治", Importance.MAJOR,
        SecrecyLevel.UNCLASSIFIED, Optional.of("zhao"), Optional.of("表态事项"), SupervisionMode.SPECIAL));
    o.supervision.breakDown(new BreakDown(key(), "li", SELF, "督-P", "督-P-1", "修复人民路", Importance.IMPORTANT));
    CommandResult second = o.supervision.breakDown(new BreakDown("bd-2", "li", SELF, "督-P", "督-P-2", "整治排水",
        Importance.GENERAL));
    assertThat(second.aggregateId()).isEqualTo("督-P-2");
    // a retry changes nothing
    o.supervision.breakDown(new BreakDown("bd-2", "li", SELF, "督-P", "督-P-2", "整治排水", Importance.GENERAL));
    SupervisionEvents.ItemOpened child = (SupervisionEvents.ItemOpened) SupervisionService.CODEC.decodeAll(o.store
        .inTransaction(u -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, "督-P-1")).orElseThrow().payload()).get(0);
    assertThat(child.parent()).contains("督-P");
    assertThat(child.instructedBy()).contains("zhao");
    assertThat(child.sourceName()).contains("表态事项");
    assertThat(child.mode()).contains(SupervisionMode.SPECIAL);
    SupervisionService.Structure s = o.supervision.structure("督-P", "li");
    assertThat(s.children()).containsOnlyKeys("督-P-1", "督-P-2");
    assertThat(s.progress()).isZero();
    assertThat(s.derivedState()).isEqualTo(ItemState.REGISTERED);
    assertThat(o.supervision.structure("督-P-1", "li").parent()).contains("督-P");
    done(o, "督-P-1", "交通局");
    assertThat(o.supervision.structure("督-P", "li").progress()).isEqualTo(0.5);
    o.supervision.assign(new Assign(key(), "li", SELF, "督-P-2", "财政局", List.of(), "10 working days", 0));
    assertThat(o.supervision.structure("督-P", "li").derivedState()).isEqualTo(ItemState.ASSIGNED);
    // the parent is done too, but cannot close while a child is open
    done(o, "督-P", "城关镇");
    assertThatThrownBy(() -> o.supervision.close(new Close(key(), "li", SELF, "督-P")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("[督-P-2]");
    o.supervision.cancel(new SupervisionCommands.Cancel(key(), "li", SELF, "督-P-2", "并入督-P-1"));
    assertThat(o.supervision.structure("督-P", "li").childrenDone()).isTrue();
    o.supervision.close(new Close(key(), "li", SELF, "督-P"));
    assertThat(o.supervision.find("督-P").state()).isEqualTo(ItemState.CLOSED);
    // refusals
    assertThatThrownBy(() -> o.supervision.breakDown(new BreakDown(key(), "li", SELF, "督-P", "督-P-3", "x",
        Importance.GENERAL))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> o.supervision.breakDown(new BreakDown(key(), "li", SELF, "督-none", "督-x", "x",
        Importance.GENERAL))).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> o.supervision.breakDown(new BreakDown(key(), "li", SELF, "督-P-1", "督-P", "x",
        Importance.GENERAL))).isInstanceOf(CommandRefusedException.class).hasMessageContaining("exists already");
  }

  @Test
  void aUnitHandingAnItemBackIsRecordedToldAndScored() {
    Office o = new Office(MONDAY_9);
    o.supervision.open(new Open(key(), "li", SELF, "督-H", ItemSource.MEETING_DECISION, "清理占道经营", Importance.GENERAL));
    o.supervision.assign(new Assign(key(), "li", SELF, "督-H", "交通局", List.of("城关镇"), "10 working days", 0));
    o.sent.clear();
    o.supervision.handBack(new HandBack(key(), "zhang", SELF, "督-H", "交通局", "占道经营属城管职责"));
    assertThat(o.sent).filteredOn(n -> n.subject().equals("推诿")).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo("li");
      assertThat(n.text()).contains("交通局").contains("城管职责");
    });
    assertThatThrownBy(() -> o.supervision.handBack(new HandBack(key(), "zhang", SELF, "督-H", "教育局", "不是我们")))
        .isInstanceOf(CommandRefusedException.class);
    o.supervision.signFor(new SignFor(key(), "zhang", SELF, "督-H", "交通局"));
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, "督-H", "完成"));
    o.supervision.accept(new Accept(key(), "li", SELF, "督-H", QualityRating.GOOD, true, ""));
    o.at(LocalDateTime.of(2026, 6, 30, 18, 0));
    o.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局")));
    assertThat(o.supervision.approval("2026-06").orElseThrow().sheets().get(0).lines())
        .filteredOn(l -> l.rule() == ScoreRule.HANDED_BACK).singleElement()
        .satisfies(l -> assertThat(l.points()).isEqualByComparingTo("-1.00"));
  }

  @Test
  void theOfficeNamesItsOwnSourcesAndModes() {
    Office o = new Office(MONDAY_9);
    assertThatThrownBy(() -> o.supervision.open(new Open(key(), "li", SELF, "督-S", ItemSource.OTHER, "x",
        Importance.GENERAL, SecrecyLevel.UNCLASSIFIED, Optional.empty(), Optional.empty(), SupervisionMode.ROUTINE)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sourceName");
    o.supervision.open(new Open(key(), "li", SELF, "督-S", ItemSource.OTHER, "人大代表建议办理", Importance.GENERAL,
        SecrecyLevel.UNCLASSIFIED, Optional.empty(), Optional.of("人大建议"), SupervisionMode.TRACKING));
    assertThat(o.supervision.find("督-S").source()).isEqualTo(ItemSource.OTHER);
  }

  @Test
  void anIncomingDocumentIsUrgedByAChannelAndItsItemTakesTheImportanceChosenAtTheInstruction() {
    Office o = new Office(MONDAY_9);
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-1", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, null)));
    o.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-1"));
    o.incoming.propose(new IncomingCommands.Propose(key(), "li", SELF, "收-1"));
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "zhao", SELF, "收-1", "请督办", List.of("li"), "office",
        Optional.of("督-I"), Importance.MAJOR));
    assertThat(o.supervision.find("督-I").importance()).isEqualTo(Importance.MAJOR);
    o.incoming.urge(new IncomingCommands.Urge(key(), "li", SELF, "收-1", "请尽快办理", UrgingChannel.ON_SITE));
    assertThat(o.events).filteredOn(IncomingEvents.DocumentUrged.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((IncomingEvents.DocumentUrged) e).channel()).contains(UrgingChannel.ON_SITE));
  }

  @Test
  void anItemHandedBackIsReassignedToTheUnitWhoseMatterItIs() {
    Office o = new Office(MONDAY_9);
    o.supervision.open(new Open(key(), "li", SELF, "督-R", ItemSource.MEETING_DECISION, "校园周边整治", Importance.GENERAL));
    o.supervision.assign(new Assign(key(), "li", SELF, "督-R", "交通局", List.of("城关镇"), "10 working days", 0));
    o.supervision.handBack(new HandBack(key(), "zhang", SELF, "督-R", "交通局", "属教育局职责"));
    assertThatThrownBy(() -> o.supervision.reassign(new SupervisionCommands.Reassign(key(), "li", SELF, "督-R", "教育厅",
        "转办"))).isInstanceOf(UnknownReferenceException.class).hasMessageContaining("教育厅");
    o.sent.clear();
    o.supervision.reassign(new SupervisionCommands.Reassign(key(), "li", SELF, "督-R", "教育局", "职责在教育局"));
    assertThat(o.sent).filteredOn(n -> n.subject().equals("转办")).extracting(n -> n.recipient().id())
        .containsExactly("教育局", "交通局");
    assertThat(o.supervision.find("督-R").leadUnit()).contains("教育局");
    assertThat(o.supervision.find("督-R").formerUnits()).containsExactly("交通局");
    // the former lead may no longer act on it; the new one signs for it
    assertThatThrownBy(() -> o.supervision.signFor(new SignFor(key(), "zhang", SELF, "督-R", "交通局")))
        .isInstanceOf(CommandRefusedException.class);
    o.supervision.signFor(new SignFor(key(), "zhou", SELF, "督-R", "教育局"));
    assertThatThrownBy(() -> o.supervision.reassign(new SupervisionCommands.Reassign(key(), "li", SELF, "督-R", "财政局",
        "再转"))).isInstanceOf(IllegalTransitionException.class);
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhou", SELF, "督-R", "完成"));
    o.supervision.accept(new Accept(key(), "li", SELF, "督-R", QualityRating.GOOD, true, ""));
    o.at(LocalDateTime.of(2026, 6, 30, 18, 0));
    o.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2026-06",
        List.of("交通局", "教育局")));
    var sheets = o.supervision.approval("2026-06").orElseThrow().sheets();
    var former = sheets.stream().filter(x -> x.unit().equals("交通局")).findFirst().orElseThrow();
    assertThat(former.lines()).extracting(SupervisionEvents.ApprovedLine::rule)
        .containsExactly(ScoreRule.BASE, ScoreRule.HANDED_BACK);
    var lead = sheets.stream().filter(x -> x.unit().equals("教育局")).findFirst().orElseThrow();
    assertThat(lead.lines()).extracting(SupervisionEvents.ApprovedLine::rule).contains(ScoreRule.QUALITY_RATING)
        .doesNotContain(ScoreRule.LATE_SIGN_FOR, ScoreRule.HANDED_BACK);
  }
}
