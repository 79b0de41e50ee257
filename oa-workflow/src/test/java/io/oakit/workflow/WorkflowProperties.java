package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.OaException;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.workflow.internal.EventCodec;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Random command sequences against the document services never break the invariants: no document
 * reaches a person without clearance, versions only grow, every stored event has its audit entry,
 * and the audit chain verifies.
 */
class WorkflowProperties {

  private static final String[] PEOPLE = {"zhao", "qian", "sun", "li", "zhou", "wu"};
  private static final Optional<String> SELF = Optional.empty();

  /** The command that would move a document on, judged from its stage (incoming or outgoing at random). */
  private static int natural(Office o, SplittableRandom r, String id) {
    if (r.nextBoolean()) {
      try {
        return switch (o.incoming.find(id).stage()) {
          case RECEIVED -> 1;
          case REGISTERED -> r.nextInt(4) == 0 ? 16 : 2;
          case PROPOSED -> r.nextInt(4) == 0 ? 16 : 3;
          case INSTRUCTED -> r.nextBoolean() ? 4 : 5;
          case HANDLED -> r.nextBoolean() ? 4 : 6;
          default -> 0;
        };
      } catch (OaException e) {
        return 0;
      }
    }
    try {
      return switch (o.outgoing.find(id).stage()) {
        case DRAFT -> r.nextBoolean() ? 8 : 11;
        case COUNTERSIGNING -> r.nextInt(4) == 0 ? 10 : 9;
        case COUNTERSIGNED -> 11;
        case REVIEWED -> 12;
        case SIGNED_OFF -> r.nextBoolean() ? 17 : 13;
        case RECHECKED -> 13;
        case NUMBERED -> r.nextBoolean() ? 18 : 14;
        case ISSUED -> 14;
        default -> 7;
      };
    } catch (OaException e) {
      return 7;
    }
  }

  /** Someone who may plausibly issue the command. */
  private static String naturalActor(Office o, int command, String id, SplittableRandom r) {
    try {
      if (command == 4) {
        List<String> pending = List.copyOf(o.incoming.find(id).pendingReaders());
        return pending.isEmpty() ? "zhao" : pending.get(r.nextInt(pending.size()));
      }
      if (command == 9) {
        List<String> pending = o.outgoing.find(id).pendingSigners();
        return pending.isEmpty() ? "zhao" : pending.get(r.nextInt(pending.size()));
      }
    } catch (OaException e) {
      return "zhao";
    }
    return command == 12 ? "qian" : r.nextBoolean() ? "zhao" : "li";
  }

  @Property(tries = 60)
  void randomCommandSequencesKeepTheInvariants(@ForAll long seed, @ForAll @IntRange(min = 10, max = 80) int steps) {
    SplittableRandom r = new SplittableRandom(seed);
    Office o = new Office(LocalDateTime.of(2026, 6, 5, 9, 0));
    Organization org = Office.organization();
    Map<String, Long> versions = new HashMap<>();
    Map<String, LocalDateTime> dues = new HashMap<>();
    long lastEvents = 0;
    for (int i = 0; i < steps; i++) {
      o.at(LocalDateTime.of(2026, 6, 5, 9, 0).plusHours(i * 3L));
      String actor = PEOPLE[r.nextInt(PEOPLE.length)];
      String id = "d" + r.nextInt(3);
      SecrecyLevel secrecy = SecrecyLevel.values()[Math.abs(id.hashCode()) % 3];
      List<String> someone = List.of(PEOPLE[r.nextInt(PEOPLE.length)], PEOPLE[r.nextInt(PEOPLE.length)]);
      try {
        int choice = r.nextInt(4) > 0 ? natural(o, r, id) : r.nextInt(19);
        String who = r.nextInt(4) > 0 ? naturalActor(o, choice, id, r) : actor;
        switch (choice) {
          case 0 -> o.incoming.signFor(new IncomingCommands.SignFor(key(), who, SELF, doc(id, Urgency.values()[r.nextInt(3)], secrecy, null, "财务")));
          case 1 -> o.incoming.register(new IncomingCommands.Register(key(), who, SELF, id));
          case 2 -> o.incoming.propose(new IncomingCommands.Propose(key(), who, SELF, id));
          case 3 -> o.incoming.instruct(new IncomingCommands.Instruct(key(), who, SELF, id, "阅", someone.stream().distinct().toList(), "finance", Optional.empty()));
          case 4 -> o.incoming.read(new IncomingCommands.Read(key(), who, SELF, id, ""));
          case 5 -> o.incoming.handle(new IncomingCommands.Handle(key(), who, SELF, id, "办"));
          case 6 -> o.incoming.close(new IncomingCommands.Close(key(), who, SELF, id));
          case 7 -> o.outgoing.draft(new OutgoingCommands.Draft(key(), who, SELF, doc(id, Urgency.NORMAL, secrecy, "12000", "财务"), "X交发"));
          case 8 -> o.outgoing.startCountersign(new OutgoingCommands.StartCountersign(key(), who, SELF, id,
              r.nextBoolean() ? Mode.SEQUENCE : Mode.PARALLEL, someone.stream().distinct().toList(), r.nextInt(2)));
          case 9 -> o.outgoing.countersign(new OutgoingCommands.Countersign(key(), who, SELF, id, ""));
          case 10 -> o.outgoing.returnDraft(new OutgoingCommands.Return(key(), who, SELF, id,
              r.nextBoolean() ? OutgoingService.Stage.DRAFT : OutgoingService.Stage.COUNTERSIGNING, "退回"));
          case 11 -> o.outgoing.review(new OutgoingCommands.Review(key(), who, SELF, id));
          case 12 -> o.outgoing.signOff(new OutgoingCommands.SignOff(key(), who, SELF, id));
          case 13 -> o.outgoing.number(new OutgoingCommands.Number(key(), who, SELF, id));
          case 14 -> o.outgoing.distribute(new OutgoingCommands.Distribute(key(), who, SELF, id, someone));
          case 17 -> o.outgoing.recheck(new OutgoingCommands.Recheck(key(), who, SELF, id, ""));
          case 18 -> o.outgoing.issue(new OutgoingCommands.Issue(key(), who, SELF, id, 1 + r.nextInt(50)));
          case 16 -> o.incoming.extendDeadline(new IncomingCommands.ExtendDeadline(key(), who, SELF, id,
              (1 + r.nextInt(5)) + " working days", "延期"));
          default -> o.outgoing.addSigner(new OutgoingCommands.AddSigner(key(), who, SELF, id, someone.get(0), r.nextInt(3)));
        }
      } catch (OaException | IllegalArgumentException refused) {
        // refused commands are part of the test: they must leave the invariants intact
      }
      // versions only grow
      List<Aggregate> stored = o.store.inTransaction(u -> {
        List<Aggregate> all = new java.util.ArrayList<>();
        for (String prefix : List.of("in/", "out/")) {
          for (int d = 0; d < 3; d++) {
            u.aggregates().find(AggregateKind.DOCUMENT, prefix + "d" + d).ifPresent(all::add);
          }
        }
        return all;
      });
      long events = 0;
      for (Aggregate a : stored) {
        Long before = versions.put(a.id(), a.version());
        assertThat(a.version()).isGreaterThanOrEqualTo(before == null ? 1 : before);
        EventCodec codec = a.id().startsWith("in/") ? IncomingService.CODEC : OutgoingService.CODEC;
        events += codec.decodeAll(a.payload()).size();
        // nobody without clearance was given the document
        if (a.id().startsWith("in/")) {
          IncomingService.State s = IncomingService.replay(codec.decodeAll(a.payload()), o.ctx);
          // a decided due instant only moves later (extensions), never back
          s.deadline().ifPresent(d -> {
            LocalDateTime was = dues.put(a.id(), d.due());
            assertThat(d.due()).isAfterOrEqualTo(was == null ? d.due() : was);
          });
          s.lanes().forEach(lane -> lane.forEach(p -> assertThat(org.person(p).clearance().covers(s.profile().secrecy())).isTrue()));
        } else {
          OutgoingService.State s = OutgoingService.replay(codec.decodeAll(a.payload()), o.ctx.calendar());
          s.signers().forEach(p -> assertThat(org.person(p).clearance().covers(s.profile().secrecy())).isTrue());
        }
      }
      // every stored event has its audit entry, and the chain holds
      assertThat(o.audit()).hasSize((int) events);
      assertThat(o.verifyAudit()).isEmpty();
      lastEvents = events;
    }
    Statistics.collect(lastEvents >= 10 ? "10 or more events stored" : "fewer than 10 events stored");
    Statistics.coverage(c -> c.check("10 or more events stored").percentage(p -> p > 25));
  }
}
