package io.oakit.testkit.workflow;

import static io.oakit.testkit.workflow.SampleOffice.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.forwarding.ForwardingAggregateStore;
import io.oakit.spi.forwarding.ForwardingUnitOfWork;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import io.oakit.workflow.CommandResult;
import io.oakit.workflow.IncomingCommands;
import io.oakit.workflow.IncomingService;
import io.oakit.workflow.Notifier;
import io.oakit.workflow.Recipient;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import io.oakit.workflow.WorkflowContext;
import io.oakit.testkit.MutableClock;

/**
 * The transactional outbox under faults: the process dies between commit and send (the notifier
 * throws, or the host stops before delivering), acknowledgements fail, and the store fails at random.
 * Afterwards every notification that a committed change wrote reaches a deduplicating sender exactly
 * once, none is lost and none is sent for work that rolled back. Extended per store.
 */
public abstract class OutboxSuite {

  private static final Optional<String> SELF = Optional.empty();

  /** @return a fresh, empty store */
  protected abstract Transactor newStore();

  /** A host's sender that drops an id it has sent before, as {@link Notifier} asks of senders. */
  static final class DeduplicatingSender implements Notifier {
    final Set<String> seen = new HashSet<>();
    final List<Notification> sent = new CopyOnWriteArrayList<>();
    final AtomicInteger dropped = new AtomicInteger();

    @Override
    public synchronized void send(Notification n) {
      if (seen.add(n.id())) {
        sent.add(n);
      } else {
        dropped.incrementAndGet();
      }
    }
  }

  /** A notifier in front of the sender that "dies" (throws) before sending, at random. */
  static final class DyingNotifier implements Notifier {
    final Notifier behind;
    final Random random;
    final double rate;
    final AtomicInteger deaths = new AtomicInteger();

    DyingNotifier(Notifier behind, long seed, double rate) {
      this.behind = behind;
      this.random = new Random(seed);
      this.rate = rate;
    }

    @Override
    public void send(Notification n) {
      boolean die;
      synchronized (random) {
        die = random.nextDouble() < rate;
      }
      if (die) {
        deaths.incrementAndGet();
        throw new IllegalStateException("the process died before sending " + n.id());
      }
      behind.send(n);
    }
  }

  private static <T> T retry(Supplier<T> command) {
    while (true) {
      try {
        return command.get();
      } catch (FaultyStore.InjectedFault e) {
        // retried with the same idempotency key
      }
    }
  }

  private static final class Services {
    final WorkflowContext ctx;
    final IncomingService incoming;
    final SupervisionService supervision;

    Services(Transactor store, MutableClock clock, Notifier notifier) {
      Organization org = SampleOffice.organization();
      ctx = new WorkflowContext(store, clock, ChinaCalendars.official(), () -> org, notifier);
      supervision = new SupervisionService(ctx, ScoreCard.defaults(), () -> SampleOffice.SUPERVISED_UNITS);
      incoming = new IncomingService(ctx, DeadlinePolicy.defaults(),
          RuleSet.builder().defaultRoute(Route.to(Target.role("办公室主任"))).build().compile(),
          CirculationPlanner.defaults(), supervision);
    }
  }

  /** Every notification in the store (queued or delivered) to the people and units of these scenarios, by id. */
  private static Set<String> stored(Transactor store) {
    return store.inTransaction(u -> {
      Set<String> ids = new HashSet<>();
      for (Recipient recipient : List.of(Recipient.person("qian"), Recipient.person("li"), Recipient.person("zhou"),
          Recipient.person("zhao"), Recipient.unit("finance"), Recipient.unit("交通局"), Recipient.unit("财政局"))) {
        Page.Request page = Page.Request.first(200);
        while (true) {
          Page<Aggregate> p = u.aggregates().byUnitAndPeriod(AggregateKind.NOTIFICATION, recipient.key(),
              java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 1, 1), page);
          p.items().forEach(a -> ids.add(a.id()));
          if (p.next().isEmpty()) {
            break;
          }
          page = page.next(p);
        }
      }
      return ids;
    });
  }

  /**
   * Nothing is lost nor sent twice when the process dies between commit and send.
   */
  @Test
  public void nothingIsLostNorSentTwiceWhenTheProcessDiesBetweenCommitAndSend() {
    Transactor real = newStore();
    FaultyStore faulty = new FaultyStore(real, 7, 0.06);
    MutableClock clock = new MutableClock(LocalDateTime.of(2026, 6, 11, 9, 0));
    DeduplicatingSender sender = new DeduplicatingSender();
    DyingNotifier dying = new DyingNotifier(sender, 11, 0.3);
    Services host = new Services(faulty, clock, dying);
    int documents = 12;
    List<String> allIds = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      String id = "收-o" + i;
      String k = "o" + i + "/";
      clock.set(LocalDateTime.of(2026, 6, 11, 9, 0).plusMinutes(i * 7L));
      retry(() -> host.incoming.signFor(new IncomingCommands.SignFor(k + "sign", "wu", SELF,
          doc(id, Urgency.NORMAL, SecrecyLevel.UNCLASSIFIED, null))));
      retry(() -> host.incoming.register(new IncomingCommands.Register(k + "reg", "wu", SELF, id)));
      retry(() -> host.incoming.propose(new IncomingCommands.Propose(k + "prop", "li", SELF, id)));
      // 传阅 notices to the first readers
      retry(() -> host.incoming.instruct(new IncomingCommands.Instruct(k + "instr", "zhao", SELF, id, "请阅",
          List.of("qian", "li", "zhou"), "finance", Optional.empty())));
      retry(() -> host.incoming.urge(new IncomingCommands.Urge(k + "urge", "li", SELF, id, "请抓紧")));
      String item = "督-o" + i;
      retry(() -> host.supervision.open(new SupervisionCommands.Open(k + "open", "li", SELF, item,
          ItemSource.MEETING_DECISION, "会议决定事项", Importance.GENERAL)));
      retry(() -> host.supervision.assign(new SupervisionCommands.Assign(k + "assign", "li", SELF, item, "交通局",
          List.of("财政局"), "5 working days", 0)));
      retry(() -> host.supervision.urge(new SupervisionCommands.Urge(k + "urge-item", "li", SELF, item, "交通局",
          UrgingChannel.PHONE, "请抓紧")));
      allIds.add(id);
    }
    Set<String> written = stored(real);
    // instruct: 1 reader, urge: 1 unit, assign: lead + co-unit, urge: 1 unit
    assertThat(written).as("every committed change's notifications are in the outbox").hasSize(documents * 5);
    assertThat(dying.deaths.get()).as("the process died between commit and send").isGreaterThan(3);
    assertThat(faulty.injected.get()).isGreaterThan(3);
    assertThat(sender.sent.size()).isLessThan(written.size());

    // the host restarts: another instance delivers what is pending, on its own schedule
    Services restarted = new Services(real, clock, sender);
    List<Notifier.Notification> delivered = restarted.ctx.outbox().deliver();
    assertThat(delivered).isNotEmpty();
    assertThat(restarted.ctx.outbox().pending()).isEmpty();
    assertThat(restarted.ctx.outbox().deliver()).isEmpty();
    assertThat(sender.sent).extracting(Notifier.Notification::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(written);
    assertThat(sender.sent).allSatisfy(n -> assertThat(n.id()).isNotBlank());
    System.out.printf("%s: %d notifications, %d deaths between commit and send, %d store faults, %d delivered after"
        + " restart, %d duplicates dropped by the sender%n", getClass().getSimpleName(), written.size(),
        dying.deaths.get(), faulty.injected.get(), delivered.size(), sender.dropped.get());
  }

  /**
   * A send whose acknowledgement fails is sent again with the same id and dropped by the sender.
   */
  @Test
  public void aSendWhoseAcknowledgementFailsIsSentAgainWithTheSameIdAndDroppedByTheSender() {
    Transactor real = newStore();
    AtomicInteger ackFailures = new AtomicInteger(2);
    Transactor failingAcks = new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public AggregateStore aggregates() {
            return new ForwardingAggregateStore(delegate().aggregates()) {
              @Override
              public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
                if (kind == AggregateKind.NOTIFICATION && ackFailures.getAndDecrement() > 0) {
                  throw new IllegalStateException("connection lost while acknowledging " + id);
                }
                return super.update(kind, id, expectedVersion, payload, index);
              }
            };
          }
        }));
      }
    };
    MutableClock clock = new MutableClock(LocalDateTime.of(2026, 6, 11, 9, 0));
    DeduplicatingSender sender = new DeduplicatingSender();
    Services host = new Services(failingAcks, clock, sender);
    host.supervision.open(new SupervisionCommands.Open("a/open", "li", SELF, "督-a", ItemSource.MEETING_DECISION,
        "会议决定事项", Importance.GENERAL));
    CommandResult assigned = host.supervision.assign(new SupervisionCommands.Assign("a/assign", "li", SELF, "督-a",
        "交通局", List.of("财政局"), "5 working days", 0));
    // both were handed over right after commit, but neither acknowledgement was stored
    assertThat(sender.sent).hasSize(2);
    assertThat(host.ctx.outbox().pending()).hasSize(2);
    List<Notifier.Notification> again = host.ctx.outbox().deliver();
    assertThat(again).extracting(Notifier.Notification::id)
        .containsExactly("SUPERVISION_ITEM:督-a@" + assigned.version() + "#1",
            "SUPERVISION_ITEM:督-a@" + assigned.version() + "#2");
    assertThat(sender.dropped.get()).as("sent again with the same id, dropped by the sender").isEqualTo(2);
    assertThat(sender.sent).hasSize(2);
    assertThat(host.ctx.outbox().pending()).isEmpty();
  }

  /**
   * Work that rolled back sends nothing.
   */
  @Test
  public void workThatRolledBackSendsNothing() {
    Transactor real = newStore();
    MutableClock clock = new MutableClock(LocalDateTime.of(2026, 6, 11, 9, 0));
    DeduplicatingSender sender = new DeduplicatingSender();
    Services host = new Services(real, clock, sender);
    host.supervision.open(new SupervisionCommands.Open("r/open", "li", SELF, "督-r", ItemSource.MEETING_DECISION,
        "会议决定事项", Importance.GENERAL));
    // refused: 督-r is not assigned yet, so it cannot be urged; its notification must not exist
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> host.supervision.urge(new SupervisionCommands.Urge("r/urge",
        "li", SELF, "督-r", "交通局", UrgingChannel.PHONE, "请抓紧"))).isInstanceOf(io.oakit.core.OaException.class);
    assertThat(stored(real)).isEmpty();
    assertThat(sender.sent).isEmpty();
  }
}
