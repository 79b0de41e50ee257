package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record keeps what it was given: the caller changing its list afterwards changes nothing in the
 * record, and the record's lists cannot be changed through its accessors (the rule for every public
 * record is checked on the sources by oa-examples' ArchitectureTest).
 */
class RecordCopiesTest {

  @Test
  void aCommandKeepsTheUnitsItWasGiven() {
    List<String> coUnits = new ArrayList<>(List.of("综合科"));
    SupervisionCommands.Assign assign = new SupervisionCommands.Assign("k", "p16", Optional.empty(), "督-1", "秘书科",
        coUnits, "10 working days", 0);
    coUnits.add("财务科");
    assertThat(assign.coUnits()).containsExactly("综合科");
    assertThatThrownBy(() -> assign.coUnits().add("信息科")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void documentFieldsAndEventsKeepTheirListsToo() {
    List<String> areas = new ArrayList<>(List.of("财务"));
    DocumentFields fields = new DocumentFields("d-1", DocumentKind.NOTICE, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        "县政府办", "关于…的通知", List.of(), areas, Optional.empty());
    areas.clear();
    assertThat(fields.areas()).containsExactly("财务");

    List<String> copyTo = new ArrayList<>(List.of("县财政局"));
    OutgoingEvents.Distributed event = new OutgoingEvents.Distributed(java.time.LocalDateTime.of(2026, 9, 1, 9, 0), "li",
        List.of("县交通局"), List.of("县交通局"), copyTo);
    copyTo.add("县审计局");
    assertThat(event.copyTo()).containsExactly("县财政局");
  }

  @Test
  void aMissingListIsStillRefusedByNameNotByANullPointer() {
    SupervisionCommands.Assign noUnits = new SupervisionCommands.Assign("k", "p16", Optional.empty(), "督-1", "秘书科",
        null, "10 working days", 0);
    assertThat(noUnits.coUnits()).isNull();  // kept for validation, which names coUnits
  }
}
