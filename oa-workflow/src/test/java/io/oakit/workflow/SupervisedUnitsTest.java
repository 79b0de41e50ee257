package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.UnknownReferenceException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.org.Organization;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.memory.InMemoryStorage;
import io.oakit.workflow.SupervisionCommands.ApproveScores;
import io.oakit.workflow.SupervisionCommands.Assign;
import io.oakit.workflow.SupervisionCommands.Open;
import io.oakit.workflow.SupervisionCommands.SignFor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.Test;

/** Items go only to supervised units (承办单位): the host's list, or else the organisation's own units. */
class SupervisedUnitsTest {

  private static final Optional<String> SELF = Optional.empty();
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 6, 1, 9, 0);

  private static SupervisionService service(InMemoryStorage store, java.util.function.Supplier<Set<String>> units) {
    Organization org = Office.organization();
    WorkflowContext ctx = new WorkflowContext(store, new Office.TestClock(T0), ChinaCalendars.official(), () -> org,
        n -> { });
    return units == null ? new SupervisionService(ctx, ScoreCard.defaults())
        : new SupervisionService(ctx, ScoreCard.defaults(), units);
  }

  private static void open(SupervisionService s, String item) {
    s.open(new Open(key(), "li", SELF, item, ItemSource.MEETING_DECISION, "会议决定事项", Importance.GENERAL));
  }

  @Test
  void byDefaultTheOrganisationsUnitsAndDepartmentsAreSupervisedById() {
    SupervisionService s = service(new InMemoryStorage(), null);
    // CountyOffice: unit xj (某县交通运输局) with departments leaders, office, finance, safety
    assertThat(s.supervisedUnits()).containsExactlyInAnyOrder("xj", "leaders", "office", "finance", "safety");
    open(s, "督-1");
    s.assign(new Assign(key(), "li", SELF, "督-1", "finance", List.of("safety"), "5 working days", 0));
    assertThat(s.find("督-1").units()).containsExactly("finance", "safety");
    open(s, "督-2");
    assertThatThrownBy(() -> s.assign(new Assign(key(), "li", SELF, "督-2", "财务科", List.of(), "5 working days", 0)))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("unknown supervised unit '财务科' in leadUnit of item 督-2 (5 supervised units known)");
    assertThat(s.find("督-2").state()).isEqualTo(ItemState.REGISTERED);
  }

  @Test
  void theHostsListIsReadAtEachCommand() {
    Set<String> units = new CopyOnWriteArraySet<>(Set.of("交通局"));
    InMemoryStorage store = new InMemoryStorage();
    SupervisionService s = service(store, () -> units);
    open(s, "督-1");
    open(s, "督-2");
    assertThatThrownBy(() -> s.assign(new Assign(key(), "li", SELF, "督-1", "交通局", List.of("城关镇"),
        "5 working days", 0))).hasMessageContaining("'城关镇' in coUnits of item 督-1");
    units.add("城关镇"); // a town joins the supervised units
    s.assign(new Assign(key(), "li", SELF, "督-1", "交通局", List.of("城关镇"), "5 working days", 0));
    units.remove("城关镇"); // and leaves again: its assigned item goes on
    s.signFor(new SignFor(key(), "zhang", SELF, "督-1", "城关镇"));
    assertThat(s.find("督-1").handlers()).containsEntry("城关镇", "zhang");
    assertThatThrownBy(() -> s.assign(new Assign(key(), "li", SELF, "督-2", "城关镇", List.of(), "5 working days", 0)))
        .isInstanceOf(UnknownReferenceException.class);
    // a unit with items in the month can still be scored after it left the list; an unknown one cannot
    s.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局", "城关镇")));
    SupervisionService again = service(store, () -> units);
    assertThatThrownBy(() -> again.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-07",
        List.of("交通局", "城关")))).hasMessageContaining("'城关' in units of the scores of 2026-07");
  }

  @Test
  void officeCommandsComeFromThePeopleOfTheOrganisationAndUnitReportsFromTheUnitsLiaison() {
    SupervisionService s = service(new InMemoryStorage(), () -> Set.of("交通局"));
    assertThatThrownBy(() -> s.open(new Open(key(), "stranger", SELF, "督-1", ItemSource.MEETING_DECISION, "事项",
        Importance.GENERAL))).isInstanceOf(UnknownReferenceException.class).hasMessageContaining("'stranger'");
    open(s, "督-1");
    s.assign(new Assign(key(), "li", Optional.of("zhao"), "督-1", "交通局", List.of(), "5 working days", 0));
    // 张 works at the bureau, not in the office's organisation, and signs for his unit
    s.signFor(new SignFor(key(), "zhang", SELF, "督-1", "交通局"));
    assertThat(s.find("督-1").state()).isEqualTo(ItemState.IN_PROGRESS);
  }
}
