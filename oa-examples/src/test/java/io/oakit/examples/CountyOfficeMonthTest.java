package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's demo runs from end to end on the JDBC store and reports every part. */
class CountyOfficeMonthTest {

  @Test
  void aMonthInACountyOffice() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CountyOfficeMonth.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("1. Incoming documents: 198 received",
        "发-2 (12000 yuan): signed off by 副主任2, numbered 县委办发〔2026〕2号",
        "发-4 (88000 yuan): signed off by 主任, numbered 县委办发〔2026〕4号",
        "approved by the director: 1 秘书科 105.25",
        "a 加急 request received 2026-09-29T16:00 is due 2026-10-09T17:30",
        "(除夕) with", "chain verified");
  }
}
