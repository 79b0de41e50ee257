package io.oakit.core.routing;

import static io.oakit.core.routing.CountyOffice.MONDAY_9;
import static io.oakit.core.routing.CountyOffice.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.UnknownReferenceException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CirculationPlannerTest {

  private final Organization org = CountyOffice.organization();
  private final WorkCalendar cal = ChinaCalendars.official();
  private final CirculationPlanner planner = CirculationPlanner.defaults();

  private static List<String> order(CirculationPlan.Lane lane) {
    return lane.readings().stream().map(CirculationPlan.Reading::personId).toList();
  }

  @Test
  void anAbsentReaderIsMovedBehindThosePresent() {
    // protocol order 钱(2) 孙(3, away until Wed 18:00) 李(4) 周(5): everyone waits for 孙 and finishes Thursday 10:00
    CirculationPlan plan = planner.plan(document("n").build(), List.of("zhou", "li", "sun", "qian"), org, cal, MONDAY_9);
    assertThat(plan.lanes()).hasSize(1);
    assertThat(order(plan.lanes().get(0))).containsExactly("qian", "li", "zhou", "sun");
    assertThat(plan.lanes().get(0).readings().get(2).expectedFinish()).isEqualTo(LocalDateTime.of(2026, 6, 8, 10, 30));
    assertThat(plan.expectedCompletion()).isEqualTo(LocalDateTime.of(2026, 6, 11, 9, 0));
    assertThat(plan.protocolOrderCompletion()).isEqualTo(LocalDateTime.of(2026, 6, 11, 10, 0));
    assertThat(plan.explanation()).contains(
        "rule 3: 孙副局长 is away (出差) until 2026-06-10T18:00 — placed behind the readers who are present",
        "rule 5: expected completion 2026-06-11T09:00; protocol order would finish 2026-06-11T10:00 (60 working minutes later)");
  }

  @Test
  void urgentDocumentsGoAtOnceToTheLeaderInChargeAndTheHandlingDepartment() {
    DocumentProfile urgent = document("u").urgency(Urgency.URGENT).areas("财务").build();
    CirculationPlan plan = planner.plan(urgent, List.of("zhao", "li"), org, cal, MONDAY_9);
    // the others of a 加急 document are split too (多头分送 is not only for 特急)
    assertThat(plan.lanes()).extracting(CirculationPlan.Lane::name)
        .containsExactly("leader in charge of 财务", "handling department 财务科", "copy 1", "copy 2");
    assertThat(plan.lanes().get(0).readings().get(0).expectedStart()).isEqualTo(MONDAY_9);
    assertThat(plan.lanes().get(1).readings().get(0).expectedStart()).isEqualTo(MONDAY_9);
    assertThat(order(plan.lanes().get(2))).containsExactly("zhao");
    assertThat(order(plan.lanes().get(3))).containsExactly("li");
    assertThat(plan.explanation()).contains("rule 1 (急件急办): 加急 — 钱副局长, 周科长 receive it at once, in parallel",
        "rule 4 (多头分送): 加急 — 2 readers split into 2 copies read at once");
  }

  @Test
  void theParallelCopyGoesToTheNamedHandlingDepartmentOnly() {
    // about 财务 and 安全生产, handled by 财务科: the leaders in charge of both, the head of 财务科 only (not 安全科's)
    DocumentProfile urgent = document("u2").urgency(Urgency.EXTRA_URGENT).areas("财务", "安全生产").build();
    assertThat(planner.urgentCopies(urgent, org, Optional.of("finance"))).containsExactly(
        new CirculationPlanner.Copy("leader in charge of 安全生产", "sun"),
        new CirculationPlanner.Copy("leader in charge of 财务", "qian"),
        new CirculationPlanner.Copy("handling department 财务科", "zhou"));
    // with no department named: the departments of its areas
    assertThat(planner.urgentCopies(urgent, org, Optional.empty())).extracting(CirculationPlanner.Copy::personId)
        .containsExactly("sun", "qian", "wu", "zhou");
    CirculationPlan plan = planner.plan(urgent, List.of("zhao", "li"), org, cal, MONDAY_9, Optional.of("finance"),
        Optional.empty());
    assertThat(plan.lanes()).extracting(CirculationPlan.Lane::name).containsExactly("leader in charge of 安全生产",
        "leader in charge of 财务", "handling department 财务科", "copy 1", "copy 2");
    // a normal document goes out at once to nobody; an unknown department is named
    assertThat(planner.urgentCopies(document("n").areas("财务").build(), org, Optional.of("finance"))).isEmpty();
    assertThatThrownBy(() -> planner.urgentCopies(urgent, org, Optional.of("nowhere")))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("nowhere");
  }

  @Test
  void aDocumentCloseToItsDeadlineIsSplitWhateverItsUrgency() {
    DocumentProfile normal = document("n2").build();
    List<String> readers = List.of("zhao", "qian", "li", "zhou");
    // due the next working day (Tuesday): split into 3 copies
    CirculationPlan soon = planner.plan(normal, readers, org, cal, MONDAY_9, Optional.empty(),
        Optional.of(MONDAY_9.plusDays(1)));
    assertThat(soon.lanes()).hasSize(3);
    assertThat(soon.explanation()).anyMatch(l -> l.startsWith("rule 4 (多头分送): due 2026-06-09T09:00, within 1 working day"));
    // due in a week: one copy; unless the office splits what is due within 5 working days
    Optional<LocalDateTime> nextWeek = Optional.of(MONDAY_9.plusDays(7));
    assertThat(planner.plan(normal, readers, org, cal, MONDAY_9, Optional.empty(), nextWeek).lanes()).hasSize(1);
    assertThat(planner.withSplitWhenDueWithin(5).plan(normal, readers, org, cal, MONDAY_9, Optional.empty(), nextWeek)
        .lanes()).hasSize(3);
    // already overdue: split
    assertThat(planner.plan(normal, readers, org, cal, MONDAY_9, Optional.empty(), Optional.of(MONDAY_9.minusDays(3)))
        .lanes()).hasSize(3);
    assertThatThrownBy(() -> planner.withSplitWhenDueWithin(-1)).hasMessageContaining("workingDays");
  }

  @Test
  void extraUrgentDocumentsAreSplitIntoParallelCopies() {
    DocumentProfile critical = document("x").urgency(Urgency.EXTRA_URGENT).build();
    CirculationPlan plan = planner.plan(critical, List.of("zhao", "qian", "li", "zhou", "wu"), org, cal, MONDAY_9);
    assertThat(plan.lanes()).hasSize(3);
    assertThat(order(plan.lanes().get(0))).containsExactly("zhao", "zhou");
    assertThat(order(plan.lanes().get(1))).containsExactly("qian", "wu");
    assertThat(order(plan.lanes().get(2))).containsExactly("li");
    assertThat(plan.expectedCompletion()).isEqualTo(MONDAY_9.plusHours(1));
    assertThat(plan.protocolOrderCompletion()).isEqualTo(MONDAY_9.plusMinutes(150));
  }

  @Test
  void readersWithoutClearanceAreLeftOut() {
    DocumentProfile secret = document("s").secrecy(SecrecyLevel.SECRET).build();
    CirculationPlan plan = planner.plan(secret, List.of("wu", "sun", "li"), org, cal, MONDAY_9);
    assertThat(plan.excluded()).containsExactly("wu", "sun");
    assertThat(order(plan.lanes().get(0))).containsExactly("li");
    assertThatThrownBy(() -> planner.plan(secret, List.of("wu"), org, cal, MONDAY_9))
        .hasMessageContaining("no reader of s has the clearance");
    assertThatThrownBy(() -> planner.plan(secret, List.of("nobody"), org, cal, MONDAY_9))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("unknown person 'nobody'");
  }

  @Test
  void trayOrderPutsTheMostPressingOnTop() {
    LocalDateTime t = MONDAY_9;
    TrayOrder.Item normalSoon = new TrayOrder.Item(document("a").build(), Optional.of(t.plusDays(1)));
    TrayOrder.Item normalLater = new TrayOrder.Item(document("b").build(), Optional.of(t.plusDays(5)));
    TrayOrder.Item normalNoDeadline = new TrayOrder.Item(document("c").build(), Optional.empty());
    TrayOrder.Item importantLater = new TrayOrder.Item(document("d").build(), Optional.of(t.plusDays(5)),
        io.oakit.core.supervision.Importance.IMPORTANT);
    // secrecy plays no part: a 机密 document of ordinary importance is ordered like any other
    TrayOrder.Item secretLater = new TrayOrder.Item(document("g").secrecy(SecrecyLevel.SECRET).build(), Optional.of(t.plusDays(5)));
    TrayOrder.Item urgent = new TrayOrder.Item(document("e").urgency(Urgency.URGENT).build(), Optional.of(t.plusDays(9)));
    TrayOrder.Item extra = new TrayOrder.Item(document("f").urgency(Urgency.EXTRA_URGENT).build(), Optional.empty());
    List<TrayOrder.Item> tray = new ArrayList<>(List.of(normalNoDeadline, secretLater, normalLater, importantLater,
        normalSoon, urgent, extra));
    tray.sort(TrayOrder.INSTANCE);
    assertThat(tray).extracting(i -> i.profile().id()).containsExactly("f", "e", "a", "d", "b", "g", "c");
  }
}
