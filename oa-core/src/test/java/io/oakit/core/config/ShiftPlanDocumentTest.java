package io.oakit.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.oakit.core.InvalidInputException;
import io.oakit.core.shift.CurtoisQuReader;
import io.oakit.core.shift.ShiftProblem;
import io.oakit.core.shift.ShiftSchedule;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A 12345 hotline's shift plan as a document, its rotations kept as patterns, by hand; and a benchmark instance. */
class ShiftPlanDocumentTest {

  static Configuration.ShiftPlanDocument hotline() {
    ShiftProblem.ShiftType day = ShiftProblem.ShiftType.timed("白", LocalTime.of(8, 0), 480, Set.of());
    ShiftProblem.ShiftType night = ShiftProblem.ShiftType.timed("夜", LocalTime.of(20, 0), 720, Set.of("白"));
    ShiftProblem base = new ShiftProblem(14, List.of(day, night),
        List.of(new ShiftProblem.Staff("A", Map.of("夜", 6), 8_000, 2_000, 5, 1, 1, 2, Set.of(3)),
            new ShiftProblem.Staff("B", Map.of(), 8_000, 0, 5, 1, 1, 2, Set.of())),
        List.of(new ShiftProblem.Request("B", 2, "白", 3)), List.of(new ShiftProblem.Request("A", 5, "夜", 2)),
        List.of(ShiftProblem.Cover.exactly(0, "夜", 1), new ShiftProblem.Cover(0, "白", 1, 100, 1)),
        List.of(new ShiftProblem.Fixed("B", 13, Optional.empty())), Optional.of(LocalDate.of(2026, 12, 7)), 660,
        List.of(new ShiftProblem.Target("B", Optional.of("夜"), 4, 10)));
    return new Configuration.ShiftPlanDocument(base,
        List.of(new ShiftProblem.Rotation("A", List.of("白", "白", "夜", "夜", "-", "-"), 2, 5)));
  }

  @Test
  void aPlanWithItsRotationsReadsBackTheSame() throws Exception {
    String json = Configuration.write(hotline());
    assertThat(json).contains("\"format\" : \"oakit.shift-plan\"", "\"start\" : \"20:00\"", "\"exactly\" : 1",
        "\"pattern\" : [ \"白\", \"白\", \"夜\", \"夜\", \"-\", \"-\" ]", "\"firstDay\" : \"2026-12-07\"");
    Configuration.ShiftPlanDocument read = Configuration.readShiftPlan(json);
    assertThat(read).isEqualTo(hotline());
    assertThat(Configuration.write(read)).isEqualTo(json);
    // the rotation is kept as a pattern, and applied when the problem is asked for
    assertThat(read.base().onRequests()).hasSize(1);
    assertThat(read.problem().onRequests()).hasSizeGreaterThan(1);
    try (InputStream in = Configuration.class.getResourceAsStream("schemas/oakit.shift-plan.schema.json")) {
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8)).validate(json, InputFormat.JSON)).isEmpty();
    }
  }

  @Test
  void aBenchmarkInstanceIsADocumentToo() throws Exception {
    ShiftProblem p;
    try (Reader r = new InputStreamReader(ShiftSchedule.class.getResourceAsStream("Instance2.txt"), StandardCharsets.UTF_8)) {
      p = CurtoisQuReader.read(r);
    }
    Configuration.ShiftPlanDocument doc = new Configuration.ShiftPlanDocument(p, List.of());
    assertThat(Configuration.readShiftPlan(Configuration.write(doc))).isEqualTo(doc);
  }

  @Test
  void refusalsNameTheirPointer() {
    String json = Configuration.write(hotline());
    assertThatThrownBy(() -> Configuration.readShiftPlan(json.replace("\"minutes\" : 720", "\"minutes\" : 2000")
        .replace("\"exactly\" : 1", "\"exactly\" : 1, \"underWeight\" : 3").replace("\"offset\" : 2", "\"offset\" : -1")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
            "/shifts/1/minutes: expected a whole number in 1..1440 but was 2000",
            "/cover/0: hard cover (exactly) takes no requirement or weights",
            "/rotations/0/offset: expected a whole number in 0..366 but was -1"));
    // what only the whole plan can tell: a rotation naming a shift there is not
    assertThatThrownBy(() -> Configuration.readShiftPlan(json.replace("\"夜\", \"夜\", \"-\"", "\"夜\", \"中\", \"-\"")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .containsExactly("/: rotation of A names an unknown shift 中"));
    assertThatThrownBy(() -> Configuration.readShiftPlan(json.replace("oakit.shift-plan", "oakit.duty-plan")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("/format");
  }
}
