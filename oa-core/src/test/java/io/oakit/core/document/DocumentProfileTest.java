package io.oakit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentProfileTest {

  private DocumentProfile.Builder valid() {
    return DocumentProfile.builder().id("d1").kind(DocumentKind.NOTICE).issuingUnit("县政府办")
        .subject("关于做好安全生产工作的通知").receivedAt(LocalDateTime.of(2026, 6, 8, 9, 0));
  }

  @Test
  void aValidProfileBuilds() {
    DocumentProfile p = valid().tags("安全").areas("安全生产").amount("12.50").build();
    assertThat(p.amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("12.5"));
    assertThat(p.urgency()).isEqualTo(Urgency.NORMAL);
  }

  @Test
  void anInvalidProfileNamesEveryFieldAtFault() {
    assertThatThrownBy(() -> DocumentProfile.builder().id(" ").amount("-1").tags("").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.split(":")[0])
            .contains("id", "kind", "issuingUnit", "subject", "receivedAt", "amount", "tags[].<iterable element>"))
        .hasMessageStartingWith("invalid DocumentProfile: ");
  }

  @Test
  void oversizedTextIsRefused() {
    assertThatThrownBy(() -> valid().subject("长".repeat(1_000_000)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("subject: size must be between 0 and 500");
  }

  @Test
  void theConstructorRefusesWhatTheBuilderRefuses() {
    assertThatThrownBy(() -> new DocumentProfile(" ", DocumentKind.NOTICE, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED,
        "县政府办", "长".repeat(501), Set.of(""), Set.of(), Optional.of(new BigDecimal("-1")),
        LocalDateTime.of(2026, 9, 1, 9, 0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.split(":")[0])
            .containsExactlyInAnyOrder("id", "subject", "amount", "tags[].<iterable element>"));
  }
}
