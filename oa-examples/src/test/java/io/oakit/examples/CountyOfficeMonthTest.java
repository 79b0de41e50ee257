package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import io.oakit.persistence.jdbc.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** The README's demo runs from end to end on the JDBC store and reports every part. */
class CountyOfficeMonthTest {

  @Test
  void aMonthInACountyOffice(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("db"));
    Path report = dir.resolve("report.html");
    CountyOfficeMonth.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), ds, Dialect.H2, Optional.of(report));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("1. Incoming documents: 198 received",
        "发-2 (12000 yuan): signed off by 副主任2, numbered 县委办发〔2026〕2号",
        "发-4 (88000 yuan): signed off by 主任、副主任1、副主任2、副主任3, numbered 县委办发〔2026〕4号",
        "approved by the director: 1 秘书科 105.25",
        "a 加急 request received 2026-09-29T16:00 is due 2026-10-09T17:30",
        "(除夕) with", "chain verified", "processing September 2026 ...");
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg id=\"ranking\"", "<table id=\"roster\"",
        "<table id=\"deadlines\"", "<svg id=\"timeline\"", "秘书科").endsWith("</html>\n");
    // a second run on the same database changes nothing: every command is idempotent
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    CountyOfficeMonth.run(new PrintStream(again, true, StandardCharsets.UTF_8), ds, Dialect.H2, Optional.empty());
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("approved by the director: 1 秘书科 105.25");
  }
}
