package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.deadline.Reminder;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * After downtime a person gets the most severe pending reminder per document, not the whole backlog;
 * the full backlog stays available as an option.
 */
class EscalationBacklogTest {

  private static final Optional<String> SELF = Optional.empty();

  private static Office officeWithAnItemDueJune15() {
    Office o = new Office(LocalDateTime.of(2026, 6, 1, 9, 0));
    o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-1", ItemSource.LEADER_INSTRUCTION, "落实批示",
        Importance.GENERAL));
    o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-1", "交通局", List.of(), "10 working days",
        0));
    o.supervision.signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-1", "交通局"));
    return o;
  }

  @Test
  void afterDowntimeOnlyTheMostSevereReminderIsSentAndTheRestIsNeverSent() {
    Office o = officeWithAnItemDueJune15();
    Escalations escalations = new Escalations(o.ctx);  // the default
    int before = o.sent.size();
    // the host was down from Jun 1 until Jun 17 18:00: 50 %, 80 %, a day before, at due and overdue fell due
    List<Escalations.Escalation> sent = escalations.due(LocalDateTime.of(2026, 6, 17, 18, 0));
    assertThat(sent).singleElement().satisfies(e -> {
      assertThat(e.reminder().kind()).isEqualTo(Reminder.Kind.OVERDUE);
      assertThat(e.reminder().at()).isEqualTo(LocalDateTime.of(2026, 6, 17, 17, 30));
    });
    assertThat(o.sent.size() - before).as("one notice, not the backlog").isEqualTo(1);
    assertThat(escalations.due(LocalDateTime.of(2026, 6, 17, 18, 0))).isEmpty();
    // the passed-over reminders are not sent later either, by any mode
    assertThat(new Escalations(o.ctx, Escalations.Backlog.FULL).due(LocalDateTime.of(2026, 6, 17, 18, 0))).isEmpty();
  }

  @Test
  void theFullBacklogIsAnOption() {
    Office o = officeWithAnItemDueJune15();
    List<Escalations.Escalation> sent = new Escalations(o.ctx, Escalations.Backlog.FULL)
        .due(LocalDateTime.of(2026, 6, 17, 18, 0));
    assertThat(sent).extracting(e -> e.reminder().kind()).containsExactly(Reminder.Kind.FRACTION_USED,
        Reminder.Kind.FRACTION_USED, Reminder.Kind.BEFORE_DUE, Reminder.Kind.AT_DUE, Reminder.Kind.OVERDUE,
        Reminder.Kind.OVERDUE);
  }

  /** An office on 2026-06-01 with {@code items} open items led by 交通局, each due in 10 working days. */
  private static Office officeWithOpenItems(int items) {
    Office o = new Office(LocalDateTime.of(2026, 6, 1, 9, 0));
    for (int i = 1; i <= items; i++) {
      o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-" + i, ItemSource.LEADER_INSTRUCTION,
          "落实批示", Importance.GENERAL));
      o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-" + i, "交通局", List.of(),
          "10 working days", 0));
    }
    return o;
  }

  @Test
  void openItemsBeyondOnePageAreAllRemindedOnce() {
    // more open items than the 500 the escalations read per unit of work: every one is reached once
    int items = 1_234;
    Office o = officeWithOpenItems(items);
    Escalations escalations = new Escalations(o.ctx);
    List<Escalations.Escalation> sent = escalations.due(LocalDateTime.of(2026, 6, 17, 18, 0));
    assertThat(sent).hasSize(items);
    assertThat(sent).extracting(Escalations.Escalation::aggregateId).doesNotHaveDuplicates();
    assertThat(escalations.due(LocalDateTime.of(2026, 6, 17, 18, 0))).isEmpty();
  }

  @Test
  void ratesCountEveryItemOfThePeriodBeyondOnePage() {
    // more items due in the month than the 500 read per page: each is counted, none kept
    int items = 612;
    Office o = officeWithOpenItems(items);
    io.oakit.core.supervision.scoring.SupervisionRates rates = o.supervision.rates("交通局", "2026-06");
    assertThat(rates.completion()).contains(new io.oakit.core.supervision.scoring.Rate(0, items));
    assertThat(rates.onTime()).contains(new io.oakit.core.supervision.scoring.Rate(0, items));
    assertThat(rates.effective()).isEmpty();
    assertThat(o.supervision.rates("教育局", "2026-06").completion()).isEmpty();
  }
}
