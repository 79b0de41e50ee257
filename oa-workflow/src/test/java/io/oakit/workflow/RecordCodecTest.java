package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.SecrecyLevel;
import io.oakit.workflow.internal.RecordCodec;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  public record Sample(String text, int n, long l, boolean b, SecrecyLevel level, LocalDateTime at, Optional<String> maybe,
      Optional<BigDecimal> amount, List<String> words, List<BigDecimal> numbers) {}

  @Test
  void everySupportedValueRoundTrips() {
    RecordCodec codec = new RecordCodec(Sample.class);
    Sample awkward = new Sample("tab\there\nnew line \\ back 𠀀 %1F \u001F unit", -3, Long.MAX_VALUE, true,
        SecrecyLevel.SECRET, LocalDateTime.of(2026, 6, 1, 9, 0, 0, 5), Optional.of(""), Optional.of(new BigDecimal("12.50")),
        List.of("", "a\tb", "%", "\u001F"), List.of(new BigDecimal("94.00"), BigDecimal.ONE));
    Sample empty = new Sample("", 0, 0, false, SecrecyLevel.UNCLASSIFIED, LocalDateTime.of(2026, 1, 1, 0, 0),
        Optional.empty(), Optional.empty(), List.of(), List.of());
    assertThat(codec.decodeAll(codec.encodeAll(List.of(awkward, empty)))).containsExactly(awkward, empty);
  }
}
