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
    assertThat(plan.lanes()).extracting(CirculationPlan.Lane::name)
        .containsExactly("leader in charge of 财务", "handling department 财务科", "circulation");
    assertThat(plan.lanes().get(0).readings().get(0).expectedStart()).isEqualTo(MONDAY_9);
    assertThat(plan.lanes().get(1).readings().get(0).expectedStart()).isEqualTo(MONDAY_9);
    assertThat(order(plan.lanes().get(2))).containsExactly("zhao", "li");
    assertThat(plan.explanation()).contains("rule 1 (急件急办): 加急 — 钱副局长, 周科长 receive it at once, in parallel");
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
    TrayOrder.Item secretLater = new TrayOrder.Item(document("d").secrecy(SecrecyLevel.SECRET).build(), Optional.of(t.plusDays(5)));
    TrayOrder.Item urgent = new TrayOrder.Item(document("e").urgency(Urgency.URGENT).build(), Optional.of(t.plusDays(9)));
    TrayOrder.Item extra = new TrayOrder.Item(document("f").urgency(Urgency.EXTRA_URGENT).build(), Optional.empty());
    List<TrayOrder.Item> tray = new ArrayList<>(List.of(normalNoDeadline, normalLater, secretLater, normalSoon, urgent, extra));
    tray.sort(TrayOrder.INSTANCE);
    assertThat(tray).extracting(i -> i.profile().id()).containsExactly("f", "e", "a", "d", "b", "c");
  }
}
