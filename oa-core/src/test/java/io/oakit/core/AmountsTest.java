package io.oakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.routing.AmountRange;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts are refused quickly and by name when they are empty, not numbers, or absurd. */
class AmountsTest {

  @Test
  void ordinaryAmountsAreRead() {
    assertThat(Amounts.parse("amount", "12000.00")).isEqualByComparingTo("12000");
    assertThat(Amounts.parse("amount", " 2E4 ")).isEqualByComparingTo("20000");
    assertThat(Amounts.parse("amount", "999999999999999.999999")).isEqualByComparingTo("999999999999999.999999");
    assertThat(Amounts.parse("amount", "0.500000000")).isEqualByComparingTo("0.5");  // trailing zeros aside
    assertThat(Amounts.parse("amount", "0E+999999999")).isEqualByComparingTo("0");
  }

  @Test
  void emptyTextIsRefusedWithAMessage() {
    assertThatThrownBy(() -> Amounts.parse("max", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be an amount in yuan, e.g. \"12000.00\", but is empty");
    assertThatThrownBy(() -> Amounts.parse("max", "  ")).hasMessageContaining("max").hasMessageContaining("empty");
    assertThatThrownBy(() -> Amounts.parse("max", null)).hasMessageContaining("missing");
    assertThatThrownBy(() -> Amounts.parse("max", "一万")).hasMessage("max is not an amount in yuan: \"一万\"");
  }

  @Test
  void absurdExponentsAreRefusedBeforeAnyDigitIsWritten() {
    // written out, 1E999999999 has a thousand million digits: refused from its precision and scale alone
    assertThatThrownBy(() -> Amounts.parse("amount", "1E999999999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount is out of range").hasMessageContaining("15 digits before");
    assertThatThrownBy(() -> Amounts.parse("amount", "1E-999999999")).hasMessageContaining("6 digits after");
    assertThatThrownBy(() -> Amounts.parse("amount", "1000000000000000")).hasMessageContaining("15 digits before");
    assertThatThrownBy(() -> Amounts.check("amount", new BigDecimal("-1E2147483647")))
        .hasMessageContaining("out of range");
  }

  @Test
  void everyEntryPointForAmountsRefusesThem() {
    assertThatThrownBy(() -> AmountRange.atMost("1E999999999")).hasMessageContaining("max is out of range");
    assertThatThrownBy(() -> AmountRange.above("")).hasMessageContaining("min must be an amount");
    assertThatThrownBy(() -> AmountRange.over("0", "9E99999")).hasMessageContaining("maxInclusive");
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("1E999999999", Route.to(Target.role("局长"))))
        .hasMessageContaining("max is out of range");
    assertThatThrownBy(() -> DocumentProfile.builder().amount("1E999999999")).hasMessageContaining("amount is out of range");
    assertThatThrownBy(() -> DocumentProfile.builder().amount(new BigDecimal("1E999999999")))
        .hasMessageContaining("amount is out of range");
  }
}
