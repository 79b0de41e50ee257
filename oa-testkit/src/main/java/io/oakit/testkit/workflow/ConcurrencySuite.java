package io.oakit.testkit.workflow;

import static io.oakit.testkit.workflow.SampleOffice.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.deadline.Reminder;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.SupervisionEvent;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.spi.AuditEntry;
import io.oakit.spi.Transactor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.oakit.workflow.CommandResult;
import io.oakit.workflow.Escalations;
import io.oakit.workflow.OutgoingCommands;
import io.oakit.workflow.OutgoingService;
import io.oakit.workflow.Recipient;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.testkit.MutableClock;

/**
 * Several host instances run the workflow on one database at the same time, each with its own
 * services (and, for a database store, its own connection pool): document numbers stay unique and
 * gap-free, concurrent commands on one aggregate lose nothing, a command sent by every instance at
 * once with one idempotency key takes effect once, every instance's countersignature is kept, and
 * each deadline reminder is sent once however many instances run the escalations. Afterwards the
 * audit log holds exactly one entry per event and its chain verifies. Extended per store.
 */
public abstract class ConcurrencySuite {

  private static final Optional<String> SELF = Optional.empty();
  private static final int INSTANCES = 4;
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 6, 1, 9, 0);

  /**
   * @param instances how many host instances
   * @return one store per host instance, all over one fresh, empty database (for an in-memory
   *     store: the same store each time)
   */
  protected abstract List<Transactor> hostInstances(int instances);

  private final MutableClock clock = new MutableClock(T0);
  private List<SampleOffice> hosts;
  private ExecutorService pool;
  private int keys;

  @BeforeEach
  void startHosts() {
    hosts = new ArrayList<>();
    for (Transactor store : hostInstances(INSTANCES)) {
      hosts.add(new SampleOffice(store, clock));
    }
    pool = Executors.newFixedThreadPool(INSTANCES);
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private String key() {
    return "c" + ++keys;
  }

  /** Runs one task per host instance, all released at once; returns their results in instance order. */
  private <T> List<T> atOnce(IntFunction<Callable<T>> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(INSTANCES);
    List<Future<T>> futures = new ArrayList<>();
    for (int h = 0; h < INSTANCES; h++) {
      Callable<T> work = task.apply(h);
      futures.add(pool.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        return work.call();
      }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(120, TimeUnit.SECONDS));
    }
    return results;
  }

  private List<AuditEntry> audit() {
    io.oakit.spi.AuditSealing.sealAll(hosts.get(0).store());
    return hosts.get(0).store().inTransaction(u -> u.audit().read(1, Integer.MAX_VALUE));
  }

  private long auditEntriesFor(String aggregate) {
    return audit().stream().filter(e -> e.subject().endsWith(":" + aggregate)).count();
  }

  private void auditVerifies() {
    io.oakit.spi.AuditSealing.sealAll(hosts.get(0).store());
    Optional<Long> broken = hosts.get(0).store().inTransaction(u -> u.audit().verify());
    assertThat(broken).as("first broken audit entry").isEmpty();
  }

  private void openAndAssign(SampleOffice o, String item, List<String> coUnits) {
    o.supervision().open(new SupervisionCommands.Open(key(), "li", SELF, item, ItemSource.MEETING_DECISION, "会议决定事项",
        Importance.GENERAL));
    o.supervision().assign(new SupervisionCommands.Assign(key(), "li", SELF, item, "交通局", coUnits, "10 working days",
        0));
  }

  /**
   * Document numbers stay unique and gap free when every instance numbers at once.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void documentNumbersStayUniqueAndGapFreeWhenEveryInstanceNumbersAtOnce() throws Exception {
    int perHost = 10;
    SampleOffice first = hosts.get(0);
    for (int i = 0; i < INSTANCES * perHost; i++) {
      String id = "发-n" + i;
      first.outgoing().draft(new OutgoingCommands.Draft(key(), "li", SELF,
          doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交发"));
      first.outgoing().review(new OutgoingCommands.Review(key(), "li", SELF, id));
      first.outgoing().signOff(new OutgoingCommands.SignOff(key(), "zhao", SELF, id));
    }
    List<String> numberKeys = new ArrayList<>();
    for (int i = 0; i < INSTANCES * perHost; i++) {
      numberKeys.add(key());
    }
    atOnce(h -> () -> {
      for (int i = h; i < INSTANCES * perHost; i += INSTANCES) {
        hosts.get(h).outgoing().number(new OutgoingCommands.Number(numberKeys.get(i), "wu", SELF, "发-n" + i));
      }
      return null;
    });
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < INSTANCES * perHost; i++) {
      OutgoingService.State s = first.outgoing().find("发-n" + i);
      assertThat(s.stage()).isEqualTo(OutgoingService.Stage.NUMBERED);
      numbers.add(s.number().orElseThrow());
    }
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= INSTANCES * perHost; n++) {
      expected.add("X交发〔2026〕" + n + "号");
    }
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    // per document: drafted, its deadline set, reviewed, signed off, numbered — one entry each
    assertThat(audit()).hasSize(INSTANCES * perHost * 5);
    auditVerifies();
  }

  /**
   * Concurrent commands on one item lose nothing.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void concurrentCommandsOnOneItemLoseNothing() throws Exception {
    int perHost = 8;
    openAndAssign(hosts.get(0), "督-c", List.of("财政局"));
    hosts.get(0).supervision().signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-c", "交通局"));
    List<List<String>> urgeKeys = new ArrayList<>();
    for (int h = 0; h < INSTANCES; h++) {
      List<String> k = new ArrayList<>();
      for (int i = 0; i < perHost; i++) {
        k.add(key());
      }
      urgeKeys.add(k);
    }
    atOnce(h -> () -> {
      for (int i = 0; i < perHost; i++) {
        String unit = i % 2 == 0 ? "交通局" : "财政局";
        hosts.get(h).supervision().urge(new SupervisionCommands.Urge(urgeKeys.get(h).get(i), "li", SELF, "督-c", unit,
            UrgingChannel.PHONE, "host " + h + " urging " + i));
      }
      return null;
    });
    SupervisionItem item = hosts.get(INSTANCES - 1).supervision().find("督-c");
    List<String> notes = item.history().stream().filter(e -> e instanceof SupervisionEvent.Urged)
        .map(e -> ((SupervisionEvent.Urged) e).note()).toList();
    assertThat(notes).hasSize(INSTANCES * perHost).doesNotHaveDuplicates();
    // open, assign, sign for, and one entry per urging
    assertThat(auditEntriesFor("督-c")).isEqualTo(3 + INSTANCES * perHost);
    auditVerifies();
  }

  /**
   * A command sent by every instance at once with one key takes effect once.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void aCommandSentByEveryInstanceAtOnceWithOneKeyTakesEffectOnce() throws Exception {
    int rounds = 10;
    for (int r = 0; r < rounds; r++) {
      String item = "督-k" + r;
      String openKey = key();
      List<CommandResult> opened = atOnce(h -> () -> hosts.get(h).supervision().open(new SupervisionCommands.Open(openKey, "li",
          SELF, item, ItemSource.MEETING_DECISION, "会议决定事项", Importance.GENERAL)));
      assertThat(new HashSet<>(opened)).as("every instance gets the one result").hasSize(1);
      String assignKey = key();
      List<CommandResult> assigned = atOnce(h -> () -> hosts.get(h).supervision().assign(new SupervisionCommands.Assign(
          assignKey, "li", SELF, item, "交通局", List.of(), "10 working days", 0)));
      assertThat(new HashSet<>(assigned)).hasSize(1);
      String urgeKey = key();
      atOnce(h -> () -> hosts.get(h).supervision().urge(new SupervisionCommands.Urge(urgeKey, "li", SELF, item, "交通局",
          UrgingChannel.PHONE, "请抓紧")));
      assertThat(hosts.get(0).supervision().find(item).history()).hasSize(3);
      assertThat(auditEntriesFor(item)).isEqualTo(3);
    }
    auditVerifies();
  }

  /**
   * Every instances countersignature is kept.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void everyInstancesCountersignatureIsKept() throws Exception {
    int documents = 10;
    List<String> signers = List.of("qian", "zhou", "li", "zhao");
    SampleOffice first = hosts.get(0);
    for (int i = 0; i < documents; i++) {
      String id = "发-s" + i;
      first.outgoing().draft(new OutgoingCommands.Draft(key(), "li", SELF,
          doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null), "X交发"));
      first.outgoing().startCountersign(new OutgoingCommands.StartCountersign(key(), "li", SELF, id, Mode.PARALLEL,
          signers, 0));
      List<String> signKeys = new ArrayList<>();
      signers.forEach(s -> signKeys.add(key()));
      atOnce(h -> () -> hosts.get(h).outgoing().countersign(new OutgoingCommands.Countersign(signKeys.get(h),
          signers.get(h), SELF, id, "同意")));
      OutgoingService.State s = hosts.get(i % INSTANCES).outgoing().find(id);
      assertThat(s.signed()).containsExactlyInAnyOrderElementsOf(signers);
      assertThat(s.stage()).isEqualTo(OutgoingService.Stage.COUNTERSIGNED);
    }
    auditVerifies();
  }

  /**
   * Each reminder is sent once however many instances run the escalations.
   *
   * @throws Exception if the test itself fails to run
   */
  @Test
  public void eachReminderIsSentOnceHoweverManyInstancesRunTheEscalations() throws Exception {
    int items = 6;
    for (int i = 0; i < items; i++) {
      clock.set(T0.plusHours(i));
      openAndAssign(hosts.get(0), "督-r" + i, List.of());
      hosts.get(0).supervision().signFor(new SupervisionCommands.SignFor(key(), "zhang", SELF, "督-r" + i, "交通局"));
    }
    // assigned Jun 1, due 10 working days later (Jun 15); reminders at 50 %, 80 %, a day before, at due, overdue
    List<LocalDateTime> runs = List.of(LocalDateTime.of(2026, 6, 8, 9, 0), LocalDateTime.of(2026, 6, 12, 9, 0),
        LocalDateTime.of(2026, 6, 12, 9, 0), LocalDateTime.of(2026, 6, 16, 18, 0), LocalDateTime.of(2026, 6, 18, 18, 0));
    List<Escalations.Escalation> sent = new ArrayList<>();
    for (LocalDateTime t : runs) {
      clock.set(t);
      atOnce(h -> () -> hosts.get(h).escalations().due(t)).forEach(sent::addAll);
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      SupervisionItem item = hosts.get(0).supervision().find("督-r" + i);
      for (Reminder r : item.deadline().orElseThrow().reminders()) {
        if (!r.at().isAfter(runs.get(runs.size() - 1))) {
          expected.add(item.id() + " " + r.kind() + " " + r.at());
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(items * 4);
    assertThat(sent).extracting(e -> e.aggregateId() + " " + e.reminder().kind() + " " + e.reminder().at())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(sent).allSatisfy(e -> assertThat(e.recipients()).containsExactly(Recipient.person("zhang")));
    auditVerifies();
  }
}
