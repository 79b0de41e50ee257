package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.document.Urgency;
import io.oakit.workflow.internal.EventCodec;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The upcaster chain: an event stored in a deliberately older shape (version 1, then 2) is brought
 * up to the current version 3 step by step — a renamed field, a renamed enum constant, a field split
 * in two, a type name changed — and a chain with a missing step refuses to guess.
 */
class UpcasterTest {

  /** Version 3, the current shape; it was {@code test.filed} in version 1. */
  @EventType(name = "test.registered", version = 3)
  record Registered(LocalDateTime at, String by, String rule, Urgency urgency, Optional<String> note)
      implements WorkflowEvent {}

  private static final List<EventCodec.Upcaster> CHAIN = List.of(
      // v1 → v2: the type was renamed, "deadline" became "rule", "urgent" was a boolean
      new EventCodec.Upcaster("test.filed", 1, n -> {
        n.put(EventCodec.TYPE, "test.registered");
        n.put(EventCodec.VERSION, 2);
        n.set("rule", n.remove("deadline"));
        n.put("urgency", n.remove("urgent").asBoolean() ? "URGENT_OLD_NAME" : "NORMAL");
        return n;
      }),
      // v2 → v3: the enum constant URGENT_OLD_NAME was renamed URGENT; the note moved out of the rule
      new EventCodec.Upcaster("test.registered", 2, n -> {
        n.put(EventCodec.VERSION, 3);
        if (n.path("urgency").asText().equals("URGENT_OLD_NAME")) {
          n.put("urgency", "URGENT");
        }
        String rule = n.path("rule").asText();
        int hash = rule.indexOf(" # ");
        if (hash >= 0) {
          n.put("rule", rule.substring(0, hash));
          n.put("note", rule.substring(hash + 3));
        }
        return n;
      }));

  private static final EventCodec CODEC = new EventCodec("test", List.of(Registered.class), CHAIN);

  private static String stored(String event) {
    return "{\"format\":\"oakit.aggregate\",\"formatVersion\":1,\"aggregate\":\"test\",\"events\":[" + event + "]}";
  }

  @Test
  void anEventOfTheOldestShapeIsBroughtUpToTheCurrentOne() {
    String v1 = "{\"@type\":\"test.filed\",\"@version\":1,\"at\":\"2026-06-01T09:00\",\"by\":\"wu\","
        + "\"deadline\":\"7 working days # 县长批示\",\"urgent\":true}";
    assertThat(CODEC.decodeAll(stored(v1))).containsExactly(new Registered(LocalDateTime.of(2026, 6, 1, 9, 0), "wu",
        "7 working days", Urgency.URGENT, Optional.of("县长批示")));
  }

  @Test
  void anEventOfAMiddleShapeTakesOnlyTheRemainingSteps() {
    String v2 = "{\"@type\":\"test.registered\",\"@version\":2,\"at\":\"2026-06-01T09:00\",\"by\":\"wu\","
        + "\"rule\":\"20 working days\",\"urgency\":\"NORMAL\"}";
    assertThat(CODEC.decodeAll(stored(v2))).containsExactly(new Registered(LocalDateTime.of(2026, 6, 1, 9, 0), "wu",
        "20 working days", Urgency.NORMAL, Optional.empty()));
  }

  @Test
  void theCurrentShapeIsWrittenAndReadBackUnchanged() {
    Registered r = new Registered(LocalDateTime.of(2026, 6, 1, 9, 0), "wu", "3 working days", Urgency.EXTRA_URGENT,
        Optional.of("特急"));
    String payload = CODEC.encodeAll(List.of(r), Map.of());
    assertThat(payload).contains("\"@type\":\"test.registered\"", "\"@version\":3");
    assertThat(CODEC.decodeAll(payload)).containsExactly(r);
  }

  @Test
  void aMissingStepOrAnUnknownFormatIsRefusedNotGuessed() {
    EventCodec withoutSecondStep = new EventCodec("test", List.of(Registered.class), CHAIN.subList(0, 1));
    String v1 = "{\"@type\":\"test.filed\",\"@version\":1,\"at\":\"2026-06-01T09:00\",\"by\":\"wu\","
        + "\"deadline\":\"7 working days\",\"urgent\":false}";
    assertThatThrownBy(() -> withoutSecondStep.decodeAll(stored(v1)))
        .isInstanceOf(EventCodec.FormatException.class)
        .hasMessageContaining("events[0]: unknown event type test.registered version 2");
    assertThatThrownBy(() -> CODEC.decodeAll("{\"format\":\"oakit.aggregate\",\"formatVersion\":2,\"events\":[]}"))
        .hasMessageContaining("written by a newer version");
    assertThatThrownBy(() -> CODEC.decodeAll("Registered\t2026-06-01T09:00\twu"))
        .hasMessageContaining("payload is not JSON");
  }

  @Test
  void anUpcasterSeesAndReturnsTheStoredObject() {
    ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    n.put(EventCodec.TYPE, "test.registered").put(EventCodec.VERSION, 2).put("rule", "1 working day # x")
        .put("urgency", "NORMAL").put("at", "2026-06-01T09:00").put("by", "wu");
    assertThat(((Registered) CODEC.fromJson(n, "n")).note()).contains("x");
    assertThat(n.path(EventCodec.VERSION).asInt()).as("the stored object is not changed").isEqualTo(2);
  }

  /** Version 1 of outbox.queued wrote a person bare and a unit as unit:<id> in one text field. */
  @Test
  void version1RecipientsBecomeTypedRecipients() {
    org.assertj.core.api.Assertions.assertThat(Recipient.fromVersion1("qian")).isEqualTo(Recipient.person("qian"));
    org.assertj.core.api.Assertions.assertThat(Recipient.fromVersion1("unit:交通局")).isEqualTo(Recipient.unit("交通局"));
    org.assertj.core.api.Assertions.assertThat(Recipient.fromVersion1("unit-less")).isEqualTo(Recipient.person("unit-less"));
  }
}
