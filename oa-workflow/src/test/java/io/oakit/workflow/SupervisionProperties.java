package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.OaException;
import io.oakit.core.supervision.CallBackAnswer;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of supervision commands — the new ones (hand back, reassign, break down, raise a problem,
 * call back, commend) among the old — keep the invariants: versions only grow, every event has its audit
 * entry and the chain holds, a stored item replays, a unit is never both a unit and a former unit of an item,
 * a child names an existing parent, and the scores approved for a period are the scores the card gives the
 * stored items, line by line.
 */
class SupervisionProperties {

  private static final Optional<String> SELF = Optional.empty();
  private static final List<String> UNITS = List.of("交通局", "财政局", "教育局", "城关镇");

  /** A command the state allows: 0 open … 14 cancel, as in the switch below. */
  private static int natural(io.oakit.core.supervision.ItemState state, SplittableRandom r) {
    int[] next = switch (state) {
      case REGISTERED -> new int[] {1, 1, 12};
      case ASSIGNED -> new int[] {2, 2, 3, 4, 5};
      case IN_PROGRESS -> new int[] {6, 6, 3, 11};
      case COMPLETION_REPORTED -> new int[] {7, 7, 8};
      case ACCEPTED -> new int[] {9, 10, 13};
      default -> new int[] {9, 14};
    };
    return next[r.nextInt(next.length)];
  }

  @Property(tries = 40)
  void randomSupervisionWorkKeepsTheInvariants(@ForAll long seed, @ForAll @IntRange(min = 10, max = 60) int steps) {
    SplittableRandom r = new SplittableRandom(seed);
    Office o = new Office(LocalDateTime.of(2026, 6, 1, 9, 0));
    Map<String, Long> versions = new HashMap<>();
    List<String> ids = new ArrayList<>(List.of("督-0", "督-1", "督-2"));
    long lastEvents = 0;
    CaseService cases = new CaseService(o.ctx, o.supervision, 30);
    int received = 0;
    for (int i = 0; i < steps; i++) {
      o.at(LocalDateTime.of(2026, 6, 1, 9, 0).plusHours(i * 5L));
      String id = ids.get(r.nextInt(ids.size()));
      String unit = UNITS.get(r.nextInt(UNITS.size()));
      String other = UNITS.get(r.nextInt(UNITS.size()));
      int choice = r.nextInt(19);
      try {
        // three times in four a command the item's state allows, to its lead unit
        SupervisionItem now = o.supervision.find(id);
        if (r.nextInt(4) > 0) {
          choice = natural(now.state(), r);
          if (now.leadUnit().isPresent() && choice != 5) {
            unit = now.leadUnit().get();
          }
        }
      } catch (OaException notYet) {
        choice = r.nextInt(4) > 0 ? 0 : choice;
      }
      try {
        switch (choice) {
          case 0 -> o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, id, ItemSource.LEADER_INSTRUCTION,
              "落实", Importance.values()[r.nextInt(3)], io.oakit.core.document.SecrecyLevel.UNCLASSIFIED,
              Optional.of("zhao")));
          case 1 -> o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, id, unit,
              unit.equals(other) ? List.of() : List.of(other), (3 + r.nextInt(8)) + " working days", 0));
          case 2 -> o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, id, unit));
          case 3 -> o.supervision.urge(new SupervisionCommands.Urge(key(), "li", SELF, id, unit,
              UrgingChannel.values()[r.nextInt(3)], "请抓紧"));
          case 4 -> o.supervision.handBack(new SupervisionCommands.HandBack(key(), "zhang", SELF, id, unit, "不属我单位"));
          case 5 -> o.supervision.reassign(new SupervisionCommands.Reassign(key(), "li", SELF, id, unit, "转办"));
          case 6 -> o.supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key(), "zhang", SELF, id, "完成"));
          case 7 -> o.supervision.accept(new SupervisionCommands.Accept(key(), "li", SELF, id,
              QualityRating.values()[r.nextInt(4)], r.nextBoolean(), ""));
          case 8 -> o.supervision.returnForRework(new SupervisionCommands.ReturnForRework(key(), "li", SELF, id, "重办"));
          case 9 -> o.supervision.callBack(new SupervisionCommands.CallBack(key(), "wu", SELF, id,
              CallBackAnswer.values()[r.nextInt(3)], ""));
          case 10 -> o.supervision.commend(new SupervisionCommands.Commend(key(), "zhao", SELF, id, unit, "表扬"));
          case 11 -> o.supervision.raiseProblem(new SupervisionCommands.RaiseProblem(key(), "li", SELF, id, "缺资金",
              Optional.empty()));
          case 12 -> {
            String child = id + "-" + r.nextInt(3);
            o.supervision.breakDown(new SupervisionCommands.BreakDown(key(), "li", SELF, id, child, "分解",
                Importance.GENERAL));
            if (!ids.contains(child)) {
              ids.add(child);
            }
          }
          case 13 -> o.supervision.close(new SupervisionCommands.Close(key(), "li", SELF, id));
          case 15 -> {
            String c = "信-" + (received++);
            ids.add(c);
            cases.receive(new CaseCommands.Receive(key(), "wu", SELF, c, SupervisionEvents.CaseKind.values()[r.nextInt(2)],
                new CaseCommands.Requester("来访人" + r.nextInt(3), "1390000" + r.nextInt(3), "某村"), "反映问题",
                List.of("城乡建设", "教育").get(r.nextInt(2)), unit, Importance.GENERAL));
          }
          case 16 -> cases.contact(new CaseCommands.Contact(key(), "wu", SELF, id, "已联系"));
          case 17 -> cases.reply(new CaseCommands.Reply(key(), "wu", SELF, id, "已答复"));
          case 18 -> cases.mask(new CaseCommands.MaskRequester(key(), "li", SELF, id, "保存期满"));
          default -> o.supervision.cancel(new SupervisionCommands.Cancel(key(), "li", SELF, id, "撤销"));
        }
      } catch (OaException | IllegalArgumentException refused) {
        // refused commands are part of the test: they must leave the invariants intact
      }
      List<Aggregate> stored = o.store.inTransaction(u -> {
        List<Aggregate> all = new ArrayList<>();
        ids.forEach(x -> u.aggregates().find(AggregateKind.SUPERVISION_ITEM, x).ifPresent(all::add));
        return all;
      });
      long events = 0;
      for (Aggregate a : stored) {
        Long before = versions.put(a.id(), a.version());
        assertThat(a.version()).isGreaterThanOrEqualTo(before == null ? 1 : before);
        List<Record> decoded = SupervisionService.CODEC.decodeAll(a.payload());
        events += decoded.size();
        SupervisionItem item = SupervisionService.replay(decoded, o.ctx);
        item.units().forEach(u -> assertThat(item.formerUnits()).doesNotContain(u));
        ((SupervisionEvents.ItemOpened) decoded.get(0)).parent()
            .ifPresent(p -> assertThat(stored.stream().map(Aggregate::id)).contains(p));
      }
      assertThat(o.audit()).hasSize((int) events);
      assertThat(o.verifyAudit()).isEmpty();
      // a requester is named nowhere but in the stored case
      assertThat(o.audit()).allSatisfy(a -> assertThat(a.detail()).doesNotContain("来访人").doesNotContain("1390000"));
      assertThat(o.sent).allSatisfy(n -> assertThat(n.text()).doesNotContain("来访人").doesNotContain("1390000"));
      assertThat(o.events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("来访人"));
      lastEvents = events;
    }
    net.jqwik.api.statistics.Statistics.collect(lastEvents >= 10 ? "10 or more events stored" : "fewer");
    net.jqwik.api.statistics.Statistics.coverage(c -> c.check("10 or more events stored").percentage(p -> p > 40));
    // the approved scores are the card's scores of the stored items, line by line
    o.at(LocalDateTime.of(2026, 12, 31, 18, 0));
    o.supervision.approveScores(new SupervisionCommands.ApproveScores(key(), "zhao", SELF, "2026", UNITS));
    List<SupervisionItem> items = new ArrayList<>();
    ids.forEach(x -> {
      try {
        items.add(o.supervision.find(x));
      } catch (OaException absent) {
        // never opened
      }
    });
    Map<String, ScoreSheet> expected = Scoring.sheets(ScoreCard.defaults(), AssessmentPeriod.year(2026), items,
        LocalDateTime.of(2026, 12, 31, 18, 0));
    for (SupervisionEvents.ApprovedSheet sheet : o.supervision.approval("2026").orElseThrow().sheets()) {
      BigDecimal want = expected.containsKey(sheet.unit()) ? expected.get(sheet.unit()).total() : new BigDecimal("100");
      assertThat(sheet.total()).as(sheet.unit()).isEqualByComparingTo(want);
      assertThat(sheet.lines().stream().map(SupervisionEvents.ApprovedLine::points).reduce(BigDecimal.ZERO,
          BigDecimal::add)).as(sheet.unit()).isEqualByComparingTo(sheet.total());
    }
  }
}
