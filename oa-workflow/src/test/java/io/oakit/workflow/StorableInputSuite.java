package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.spi.Transactor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Limits stated once ({@link io.oakit.spi.StorageLimits}) and enforced at the boundary: values at
 * the limits are accepted and read back exactly on every store, values beyond them are refused before
 * anything is written, with the field named. Extended per store, so that a command accepted on one
 * store is accepted on every store.
 */
public abstract class StorableInputSuite {

  private static final Optional<String> SELF = Optional.empty();
  private static final String CONTROLS;

  static {
    StringBuilder s = new StringBuilder();
    for (char c = 1; c < 0x20; c++) {
      s.append(c);
    }
    CONTROLS = s.toString();
  }

  /** @return a fresh, empty store */
  protected abstract Transactor newStore();

  private static OutgoingService outgoing(Transactor store) {
    Organization org = Office.organization();
    WorkflowContext ctx = new WorkflowContext(store, new Office.TestClock(LocalDateTime.of(2026, 6, 11, 9, 0)),
        ChinaCalendars.official(), () -> org, Notifier.NONE);
    return new OutgoingService(ctx, Office.AUTHORITY.compile());
  }

  private static DocumentFields fields(String id, String subject) {
    return new DocumentFields(id, DocumentKind.NOTICE, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, "县交通局", subject,
        List.of(), List.of(), Optional.empty());
  }

  @Test
  public void valuesAtTheLimitsAreAcceptedAndReadBackExactly() {
    OutgoingService out = outgoing(newStore());
    String id = "发-" + "长".repeat(98);
    String subject = "关于𠀀𪚥🏛️的通知" + CONTROLS + "\u0085\u2028\u2029\r\n\u007f\u009f\ufeff";
    String unitCode = "X".repeat(Limits.MAX_ID - 1) + "发";
    String key = "k".repeat(Limits.MAX_KEY);
    CommandResult drafted = out.draft(new OutgoingCommands.Draft(key, "li", SELF, fields(id, subject), unitCode));
    assertThat(drafted.aggregateId()).isEqualTo(id);
    assertThat(out.find(id).profile().subject()).isEqualTo(subject);
    out.review(new OutgoingCommands.Review("r" + key.substring(1), "li", SELF, id));
    out.signOff(new OutgoingCommands.SignOff("s" + key.substring(1), "zhao", SELF, id));
    CommandResult numbered = out.number(new OutgoingCommands.Number("n" + key.substring(1), "wu", SELF, id));
    assertThat(numbered.number()).contains(unitCode + "〔2026〕1号");
    // the same key again: the first result, read back from the store
    assertThat(out.draft(new OutgoingCommands.Draft(key, "li", SELF, fields(id, subject), unitCode))).isEqualTo(drafted);
  }

  @Test
  public void valuesBeyondTheLimitsAreRefusedByFieldBeforeAnythingIsWritten() {
    Transactor store = newStore();
    OutgoingService out = outgoing(store);
    assertThatThrownBy(() -> out.draft(new OutgoingCommands.Draft("k1", "li", SELF, fields("发-1", "通知\u0000附件"),
        "X交发"))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).singleElement().asString().startsWith("document.subject: contains U+0000"));
    assertThatThrownBy(() -> out.draft(new OutgoingCommands.Draft("k2", "li", SELF, fields("发-1", "通知\ud800"),
        "X交发"))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).singleElement().asString().startsWith("document.subject: contains a lone"));
    assertThatThrownBy(() -> out.draft(new OutgoingCommands.Draft("k".repeat(600), "li", SELF, fields("发-1", "通知"),
        "X交发"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("idempotencyKey: is 600 characters");
    assertThatThrownBy(() -> out.draft(new OutgoingCommands.Draft("k3", "li", SELF, fields("发-1", "通知"),
        "X".repeat(250)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("unitCode: is 250 characters");
    assertThatThrownBy(() -> out.draft(new OutgoingCommands.Draft("k4", "li", SELF, fields("发-1", "通知"), "X交发\udc00")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unitCode: contains a lone surrogate");
    assertThatThrownBy(() -> out.find("发-1")).isInstanceOf(io.oakit.core.UnknownReferenceException.class);
    io.oakit.spi.AuditSealing.sealAll(store);
    List<io.oakit.spi.AuditEntry> audit = store.inTransaction(u -> u.audit().read(1, 10));
    assertThat(audit).isEmpty();
    Optional<String> key = store.inTransaction(u -> u.idempotency().find("k1"));
    assertThat(key).isEmpty();
  }
}
