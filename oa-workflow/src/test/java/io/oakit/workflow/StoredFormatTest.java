package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.RosterChange;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.ScoreRule;
import io.oakit.workflow.internal.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compatibility that can fail: every event type of every released format has a stored example (a
 * golden file under {@code src/test/resources/io/oakit/workflow/golden/<release>/}), and the current
 * code must read each of them, field by field, into the expected event. Renaming or retyping a field,
 * renaming an enum constant or a type name, or adding a required field breaks this test; adding an
 * optional field (an {@code Optional}, list or map, which old data lacks) does not. A new event type
 * needs its golden file, and so does a new version of a type ({@code <type>.v<N>.json}, beside the
 * older shapes, which go on being read through the upcasters): run {@link #main} once to write the
 * missing ones, never to rewrite old ones.
 */
class StoredFormatTest {

  /** The releases whose stored format this version must read, oldest first. */
  static final List<String> RELEASES = List.of("0.1.0");

  /** Every codec the workflow stores aggregates with. */
  static final List<EventCodec> CODECS = List.of(IncomingService.CODEC, OutgoingService.CODEC, SupervisionService.CODEC,
      SupervisionService.ASSESSMENT_CODEC, DutyService.CODEC, Outbox.CODEC, OfficeCalendar.CODEC,
      ConfigurationService.CODEC);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDateTime AT = LocalDateTime.of(2026, 9, 30, 16, 45, 12, 123_000_000);
  private static final String TEXT = "关于“急件急办”的通知 𠀀𪚥\t第二行\r\n\u0085\u2028\u001f\"\\";

  /** One example of every event type, as the current code builds it. */
  static Map<String, Record> samples() {
    Map<String, Record> m = new LinkedHashMap<>();
    List<Record> all = List.of(
        new IncomingEvents.DocumentReceived(AT, "wu", new DocumentFields("收-1", DocumentKind.REQUEST, Urgency.URGENT,
            SecrecyLevel.CONFIDENTIAL, "县财政局", TEXT, List.of("经费", "预算"), List.of("财务"),
            Optional.of(new BigDecimal("12000.50")))),
        new IncomingEvents.DocumentRegistered(AT, "wu", "7 working days", AT.plusDays(9), AT.plusDays(9).minusHours(1),
            "sha256:8243455b75f58216", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        new IncomingEvents.SentAtOnce(AT, "wu", List.of(new IncomingEvents.Lane("leader in charge of 财务", List.of("qian")),
            new IncomingEvents.Lane("handling department 财务科", List.of("zhou"))), List.of(TEXT)),
        new IncomingEvents.DeadlineExtended(AT, "zhao", "5 working days", "情况复杂", AT.plusDays(16), AT.plusDays(16),
            "sha256:8243455b75f58216", List.of()),
        new IncomingEvents.HandlingProposed(AT, "li", List.of("qian"), List.of("sun"), List.of("rule finance matched",
            TEXT), Optional.empty()),
        new IncomingEvents.LeaderInstructed(AT, "zhao", TEXT, "finance", List.of(new IncomingEvents.Lane("circulation",
            List.of("qian", "li")), new IncomingEvents.Lane("copy", List.of("zhou"))), Optional.of("督-1")),
        new IncomingEvents.ReadingSigned(AT, "qian", "已阅"),
        new IncomingEvents.ReaderSkipped(AT, "li", "sun", AT.plusDays(2)),
        new IncomingEvents.DocumentHandled(AT, "zhou", TEXT),
        new IncomingEvents.DocumentUrged(AT, "li", "请抓紧", Optional.empty()),
        new IncomingEvents.DocumentClosed(AT, "li"),
        new IncomingEvents.DocumentArchived(AT, "wu"),
        new IncomingEvents.DeadlineRebased(AT, "li", AT.plusDays(9), AT.plusDays(10), AT.plusDays(10), "sha256:0000",
            "更正通知", List.of()),
        new OutgoingEvents.Drafted(AT, "li", new DocumentFields("发-1", DocumentKind.NOTICE, Urgency.NORMAL,
            SecrecyLevel.UNCLASSIFIED, "县交通局", TEXT, List.of(), List.of("综合"), Optional.empty()), "X交发"),
        new OutgoingEvents.DeadlineSet(AT, "li", OutgoingEvents.Purpose.DRAFT, "7 working days", AT.plusDays(9),
            AT.plusDays(9), "sha256:1f0c7a3e5b9d2c41", List.of(2027), Optional.empty()),
        new OutgoingEvents.DeadlineRebased(AT, "li", OutgoingEvents.Purpose.COUNTERSIGN, AT.plusDays(3), AT.plusDays(4),
            AT.plusDays(4), "sha256:8243455b75f58216", "2027年节假日安排通知已发布", List.of()),
        new OutgoingEvents.CountersignStarted(AT, "li", Mode.PARALLEL, List.of("qian", "zhou"), 1),
        new OutgoingEvents.Countersigned(AT, "qian", "同意"),
        new OutgoingEvents.SignerAdded(AT, "li", "sun", 1),
        new OutgoingEvents.SignerRemoved(AT, "li", "sun"),
        new OutgoingEvents.Returned(AT, "zhao", OutgoingService.Stage.DRAFT, "请修改"),
        new OutgoingEvents.Reviewed(AT, "li", List.of(new OutgoingEvents.SignOffStage(Mode.SEQUENCE, List.of("zhou"), 1,
            "expenses"), new OutgoingEvents.SignOffStage(Mode.COUNTERSIGN, List.of("zhao", "qian", "sun"), 2, "meeting")),
            List.of("amount 60000 falls in tier above 50000 → 局长办公会"), Optional.empty()),
        new OutgoingEvents.SignOffSigned(AT, "qian", 1, "sun", "同意，请办公会研究"),
        new OutgoingEvents.SignedOff(AT, "zhao", List.of("zhou", "qian", "zhao"), List.of("SEQUENCE [zhou]"),
            Optional.of(1), Optional.of("zhao"), Optional.of("同意")),
        new OutgoingEvents.Numbered(AT, "wu", "X交发〔2026〕12号"),
        new OutgoingEvents.Distributed(AT, "wu", List.of("zhao", "zhou"), List.of(), List.of()),
        new OutgoingEvents.Rechecked(AT, "li", TEXT),
        new OutgoingEvents.Issued(AT, "wu", 30),
        new OutgoingEvents.ReplyLinked(AT, "wu", "收-批复-1"),
        new OutgoingEvents.OutgoingArchived(AT, "wu"),
        new SupervisionEvents.ItemOpened(AT, "li", "督-1", ItemSource.LEADER_INSTRUCTION, TEXT, Importance.MAJOR,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        new SupervisionEvents.ProblemRaised(AT, "li", TEXT, List.of("qian")),
        new SupervisionEvents.ItemCalledBack(AT, "wu", io.oakit.core.supervision.CallBackAnswer.BASICALLY_SATISFIED, TEXT),
        new SupervisionEvents.UnitCommended(AT, "zhao", "交通局", TEXT),
        new SupervisionEvents.ItemHandedBack(AT, "zhang", "交通局", TEXT),
        new SupervisionEvents.ItemBrokenDown(AT, "li", "督-1-1", TEXT),
        new SupervisionEvents.ItemReassigned(AT, "li", "交通局", "住建局", TEXT),
        new SupervisionEvents.CaseReceived(AT, "wu", SupervisionEvents.CaseKind.PETITION,
            new SupervisionEvents.Requester("张某", "138-0000-0000", "城关镇某路1号"), "sha256-digest", "城乡建设", "城关镇",
            List.of("督-0"), AT.plusDays(15)),
        new SupervisionEvents.RequesterContacted(AT, "wu", TEXT),
        new SupervisionEvents.RequesterReplied(AT, "wu", TEXT, Optional.empty()),
        new SupervisionEvents.RequesterMasked(AT, "li", "保存期满"),
        new SupervisionEvents.ItemAssigned(AT, "li", "交通局", List.of("财政局"), "10 working days", 5, AT.plusDays(14),
            AT.plusDays(14), "sha256:8243455b75f58216", List.of(), Optional.empty(), Optional.empty()),
        new SupervisionEvents.ItemSignedFor(AT, "zhang", "交通局"),
        new SupervisionEvents.ItemProgressReported(AT, "zhang", "交通局", TEXT),
        new SupervisionEvents.ItemUrged(AT, "li", "交通局", UrgingChannel.ON_SITE, "现场督办"),
        new SupervisionEvents.ItemCompletionReported(AT, "zhang", "已完成"),
        new SupervisionEvents.ItemAccepted(AT, "li", QualityRating.GOOD, true, "办结"),
        new SupervisionEvents.ItemReturned(AT, "li", "重办"),
        new SupervisionEvents.ItemDeadlineExtended(AT, "zhao", "5 working days", "情况复杂", AT.plusDays(21),
            AT.plusDays(21), "sha256:8243455b75f58216", List.of()),
        new SupervisionEvents.ItemDeadlineRebased(AT, "li", AT.plusDays(21), AT.plusDays(22), AT.plusDays(22),
            "sha256:0000", "更正通知", List.of()),
        new SupervisionEvents.ProgressDutySet(AT, "li", "at least 1 time every month"),
        new SupervisionEvents.ItemClosed(AT, "li"),
        new SupervisionEvents.ItemArchived(AT, "wu"),
        new SupervisionEvents.ItemCancelled(AT, "li", "撤销"),
        new SupervisionEvents.ScoresApproved(AT, "zhao", "2026-09", List.of(new SupervisionEvents.ApprovedSheet(1, false,
            "交通局", new BigDecimal("94.00"), List.of(new SupervisionEvents.ApprovedLine("", ScoreRule.BASE, 1,
                new BigDecimal("100.00"), BigDecimal.ONE, "", new BigDecimal("100.00"), "+100.00  base score"),
            new SupervisionEvents.ApprovedLine("督-1", ScoreRule.OVERDUE, 4, new BigDecimal("-1.5"), BigDecimal.ONE,
                "lead ×1", new BigDecimal("-6.00"), "-6.00  overdue  item 督-1: 4 × -1.5 (lead ×1)")))),
            List.of("督-bad"), Optional.empty()),
        new DutyEvents.RosterPublished(AT, "li", 2026L, List.of(new DutyEvents.Assignment(LocalDate.of(2026, 2, 16), 0,
            "带班领导", DayCategory.PEAK, "leader1", "lowest weighted load")), "sha256:8243455b75f58216", List.of(),
            Optional.empty()),
        new DutyEvents.SwapRequested(AT, "officer1", "r1", LocalDate.of(2026, 2, 16), 1, LocalDate.of(2026, 2, 18), 1,
            "家中有事"),
        new DutyEvents.OverrideRequested(AT, "driver1", "r2", LocalDate.of(2026, 2, 16), 2, "driver4", "临时出差"),
        new DutyEvents.RequestApproved(AT, "li", "r2", 2, RosterChange.Kind.OVERRIDE, "driver1 → driver4",
            List.of(new DutyEvents.Assignment(LocalDate.of(2026, 2, 16), 2, "驾驶员", DayCategory.PEAK, "driver4",
                "OVERRIDE v2"))),
        new DutyEvents.DutyLogged(AT, "driver4", TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()),
        new DutyEvents.ReportedUpward(AT, "li", "县委办公室值班室", "系统报送"),
        new DutyEvents.HandedOver(AT, "driver4", "driver2", "车辆已加油"),
        new DutyEvents.RosterReplanned(AT, "li", LocalDate.of(2026, 2, 17), 2026L, "officer3 病假", 3,
            "re-planned from 2026-02-17: 1 slot(s) changed", List.of(new DutyEvents.Assignment(LocalDate.of(2026, 2, 18), 1,
                "值班员", DayCategory.HOLIDAY, "officer5", "officer5: REPLAN v3"))),
        new Outbox.NotificationQueued(AT, "outbox", "SUPERVISION_ITEM:督-1@2#1", Recipient.unit("交通局"), "交办", TEXT,
            Optional.empty()),
        new Outbox.NotificationDelivered(AT, "outbox"),
        new CalendarEvents.HolidaysLoaded(AT, "wu", 2027, CalendarCommands.Format.HOLIDAY_CN_JSON,
            "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}",
            "国务院办公厅关于2027年部分节假日安排的通知", LocalDate.of(2026, 11, 20), "https://www.gov.cn/", "sha256:1f0c7a3e5b9d2c41"),
        new ConfigurationEvents.VersionSaved(AT, "li", "oakit.score-card", "office", 2, LocalDate.of(2027, 1, 1),
            "{\"format\":\"oakit.score-card\",\"formatVersion\":1,\"base\":\"95\"}", "2027年考核办法"),
        new CalendarEvents.DeadlinesRebased(AT, "wu", "sha256:1f0c7a3e5b9d2c41", "2027年节假日安排通知已发布", 12, 3),
        new Outbox.NotificationWithheld(AT, "outbox", "zhou is no longer cleared for 秘密"));
    for (Record r : all) {
      m.put(codecOf(r).typeName(r), r);
    }
    return m;
  }

  static EventCodec codecOf(Record r) {
    return CODECS.stream().filter(c -> c.types().containsValue(r.getClass())).findFirst().orElseThrow();
  }

  /** The golden file name of a type at a schema version: {@code <type>.json} for 1, {@code <type>.v<N>.json} after. */
  static String fileName(String type, int version) {
    return version == 1 ? type + ".json" : type + ".v" + version + ".json";
  }

  private static int currentVersion(Record r) {
    return r.getClass().getAnnotation(EventType.class).version();
  }

  private static String golden(String release, String type) {
    return goldenFile(release, type + ".json");
  }

  private static String goldenFile(String release, String file) {
    String path = "golden/" + release + "/" + file;
    try (InputStream in = StoredFormatTest.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyEventTypeHasASampleAndAGoldenFileOfTheCurrentRelease() {
    TreeSet<String> registered = new TreeSet<>();
    CODECS.forEach(c -> registered.addAll(c.types().keySet()));
    assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(registered);
    String current = RELEASES.get(RELEASES.size() - 1);
    for (Map.Entry<String, Record> e : samples().entrySet()) {
      String file = fileName(e.getKey(), currentVersion(e.getValue()));
      assertThat(goldenFile(current, file)).as("golden file " + file + " in " + current
          + " (run StoredFormatTest.main to write missing ones)").isNotNull();
    }
  }

  @Test
  void theCurrentCodeReadsEveryStoredExampleOfEveryReleaseFieldByField() throws IOException {
    int read = 0;
    for (String release : RELEASES) {
      for (Map.Entry<String, Record> e : samples().entrySet()) {
        // every stored shape of the type, the older ones brought up to date by the upcasters
        for (int version = 1; version <= currentVersion(e.getValue()); version++) {
          String file = fileName(e.getKey(), version);
          String text = goldenFile(release, file);
          if (text == null) {
            continue;  // a type or version that release did not have
          }
          Record decoded = codecOf(e.getValue()).fromJson(JSON.readTree(text), release + "/" + file);
          assertThat(decoded).as(release + " " + file).usingRecursiveComparison()
              .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(e.getValue());
          read++;
        }
      }
    }
    assertThat(read).isGreaterThanOrEqualTo(samples().size());
  }

  @Test
  void aWholeStoredAggregateOfEveryTypeIsReadWithItsEnvelope() {
    for (EventCodec codec : CODECS) {
      List<Record> events = new ArrayList<>();
      samples().values().stream().filter(r -> codecOf(r) == codec).forEach(events::add);
      String payload = codec.encodeAll(events, Map.of("id", "x", "subject", TEXT));
      assertThat(codec.decodeAll(payload)).containsExactlyElementsOf(events);
    }
  }

  @Test
  void anEventWithAnExtraFieldOrWithoutAnOptionalOneIsStillRead() throws IOException {
    JsonNode received = JSON.readTree(golden("0.1.0", "incoming.received"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) received).put("addedByALaterVersion", "ignored");
    ((com.fasterxml.jackson.databind.node.ObjectNode) received).remove("amount");
    ((com.fasterxml.jackson.databind.node.ObjectNode) received).remove("tags");
    IncomingEvents.DocumentReceived r = (IncomingEvents.DocumentReceived) IncomingService.CODEC.fromJson(received, "x");
    assertThat(r.document().amount()).isEmpty();
    assertThat(r.document().tags()).isEmpty();
    assertThat(r.document().subject()).isEqualTo(TEXT);
  }

  @Test
  void changesThatBreakOldDataAreCaught() throws IOException {
    // what the golden test catches, each on a copy of a stored example: a renamed field (the old name
    // is not read), a renamed enum constant, an unknown type name, and a version newer than the code
    JsonNode registered = JSON.readTree(golden("0.1.0", "incoming.registered"));
    com.fasterxml.jackson.databind.node.ObjectNode renamed = ((com.fasterxml.jackson.databind.node.ObjectNode) registered)
        .deepCopy();
    renamed.set("dueAt", renamed.remove("due"));
    assertThatThrownBy(() -> IncomingService.CODEC.fromJson(renamed, "events[1]"))
        .hasMessageContaining("events[1].due: missing");
    com.fasterxml.jackson.databind.node.ObjectNode enumRenamed = ((com.fasterxml.jackson.databind.node.ObjectNode)
        JSON.readTree(golden("0.1.0", "incoming.received"))).put("urgency", "VERY_URGENT");
    assertThatThrownBy(() -> IncomingService.CODEC.fromJson(enumRenamed, "events[0]"))
        .hasMessageContaining("events[0].document.urgency");
    com.fasterxml.jackson.databind.node.ObjectNode unknown = renamed.deepCopy().put("@type", "incoming.renamed");
    assertThatThrownBy(() -> IncomingService.CODEC.fromJson(unknown, "events[2]"))
        .hasMessageContaining("unknown event type incoming.renamed version 1");
    com.fasterxml.jackson.databind.node.ObjectNode newer = ((com.fasterxml.jackson.databind.node.ObjectNode) registered)
        .deepCopy().put("@version", 2);
    assertThatThrownBy(() -> IncomingService.CODEC.fromJson(newer, "events[3]"))
        .hasMessageContaining("newer than this library reads");
  }

  /**
   * Writes the golden files of the current release that are missing (never rewrites an existing one).
   *
   * @param args the module directory, default {@code oa-workflow}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "oa-workflow", "src/test/resources/io/oakit/workflow/golden",
        RELEASES.get(RELEASES.size() - 1));
    Files.createDirectories(dir);
    for (Map.Entry<String, Record> e : samples().entrySet()) {
      Path file = dir.resolve(fileName(e.getKey(), currentVersion(e.getValue())));
      if (!Files.exists(file)) {
        JsonNode n = codecOf(e.getValue()).toJson(e.getValue());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
        System.out.println("wrote " + file);
      }
    }
  }
}
