package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.OaException;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import io.oakit.core.routing.CountyOffice;
import io.oakit.core.routing.Stage.Mode;
import io.oakit.spi.AuditEntry;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random command sequences by random actors over documents of every secrecy level, while people's
 * clearances change at random moments: (a) no person without the clearance at that moment receives
 * a notification, tray entry, audit detail, read result or message revealing a classified document's
 * subject; (b) every accepted command is authorised by a plain reference implementation of the
 * default policy written here, so every command the reference refuses is refused; (c) a refused
 * command writes nothing; (d) no collective stage of a sign-off completes with fewer signatures than
 * it requires.
 */
class AccessControlProperties {

  private static final String[] PEOPLE = {"zhao", "qian", "sun", "li", "zhou", "wu"};
  private static final SecrecyLevel[] LEVELS = SecrecyLevel.values();

  /** The subject every document gets: classified ones must never reach an uncleared person. */
  private static String subject(String id) {
    return "关于" + id + "的请示";
  }

  // ------------------------------------------------------------------ the reference policy

  /** A leader: the most senior person, or a leader in charge of an area — read plainly off the org. */
  private static boolean leader(Organization org, String p) {
    if (!org.hasPerson(p)) {
      return false;
    }
    int top = Integer.MAX_VALUE;
    for (Person x : org.people()) {
      top = Math.min(top, x.rank());
    }
    if (org.person(p).rank() == top) {
      return true;
    }
    for (String area : org.areas()) {
      if (org.inCharge(area).isPresent() && org.inCharge(area).get().id().equals(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cleared(Organization org, String p, SecrecyLevel level) {
    return org.hasPerson(p) && org.person(p).clearance().ordinal() >= level.ordinal();
  }

  /** Whether the reference allows the actor the command on the document as it is before it. */
  private static boolean referenceAllows(Office o, Organization org, int command, String actor, String id,
      SecrecyLevel level) {
    if (!cleared(org, actor, level)) {
      return false;
    }
    try {
      return switch (command) {
        case 3 -> leader(org, actor);
        case 4 -> {
          IncomingService.State s = o.incoming.find(id);
          Set<String> readers = new LinkedHashSet<>(s.owed());
          s.lanes().forEach(l -> l.stream().filter(x -> !s.read().contains(x)).forEach(readers::add));
          yield readers.contains(actor);
        }
        case 5 -> {
          IncomingService.State s = o.incoming.find(id);
          String dept = s.handlingDepartment().orElse("");
          yield org.person(actor).departmentId().equals(dept) || org.leaderInChargeOfDepartment(dept)
              .map(x -> x.id().equals(actor)).orElse(false) || s.profile().areas().stream()
              .anyMatch(a -> org.inCharge(a).map(x -> x.id().equals(actor)).orElse(false));
        }
        case 9 -> o.outgoing.find(id).pendingSigners().contains(actor);
        case 12 -> {
          OutgoingService.State s = o.outgoing.find(id);
          yield s.pendingSignOff().contains(actor) && !(s.profile().amount().isPresent() && s.drafter().equals(actor));
        }
        default -> true;  // the office's steps: anyone in the organisation (cleared, as checked above)
      };
    } catch (OaException e) {
      return true;  // no such document yet: the service refuses on its own grounds
    }
  }

  // ------------------------------------------------------------------ the property

  @Property(tries = 40)
  void noLeakNoUnauthorisedCommandNothingWrittenByARefusalNoShortCollectiveDecision(@ForAll long seed,
      @ForAll @IntRange(min = 20, max = 70) int steps) {
    SplittableRandom r = new SplittableRandom(seed);
    Office o = new Office(LocalDateTime.of(2026, 6, 11, 9, 0));
    Map<String, SecrecyLevel> clearances = new HashMap<>();
    Map<String, SecrecyLevel> levels = new HashMap<>();
    Map<String, Set<String>> meeting = new HashMap<>();
    int accepted = 0;
    int refusedByReference = 0;
    for (int i = 0; i < steps; i++) {
      o.at(LocalDateTime.of(2026, 6, 11, 9, 0).plusHours(i * 2L));
      if (r.nextInt(8) == 0) {
        // a clearance changes at a random moment
        clearances.put(PEOPLE[r.nextInt(PEOPLE.length)], LEVELS[r.nextInt(LEVELS.length)]);
        o.organization.set(CountyOffice.builder(clearances).build());
      }
      Organization org = o.organization.get();
      boolean incoming = r.nextBoolean();
      String id = (incoming ? "i" : "o") + r.nextInt(3);
      SecrecyLevel level = levels.computeIfAbsent(id, k -> LEVELS[r.nextInt(3)]);
      // mostly the step that moves the document on, by someone who plausibly issues it; sometimes anything
      boolean natural = r.nextInt(8) > 0;
      int command = natural ? natural(o, incoming, id, r) : incoming ? r.nextInt(7) : 7 + r.nextInt(8);
      String actor = natural ? naturalActor(o, command, id, r) : PEOPLE[r.nextInt(PEOPLE.length)];
      List<String> someone = List.of(PEOPLE[r.nextInt(PEOPLE.length)], PEOPLE[r.nextInt(PEOPLE.length)]).stream()
          .distinct().toList();
      int audit = o.audit().size();
      int sent = o.sent.size();
      String snapshot = snapshot(o);
      boolean reference = referenceAllows(o, org, command, actor, id, level);
      try {
        switch (command) {
          case 0 -> o.incoming.signFor(new IncomingCommands.SignFor(key(), actor, Optional.empty(),
              doc(id, Urgency.values()[r.nextInt(3)], level, null, "财务")));
          case 1 -> o.incoming.register(new IncomingCommands.Register(key(), actor, Optional.empty(), id));
          case 2 -> o.incoming.propose(new IncomingCommands.Propose(key(), actor, Optional.empty(), id));
          case 3 -> o.incoming.instruct(new IncomingCommands.Instruct(key(), actor, Optional.empty(), id, "阅", someone,
              r.nextBoolean() ? "finance" : "office", Optional.empty()));
          case 4 -> o.incoming.read(new IncomingCommands.Read(key(), actor, Optional.empty(), id, ""));
          case 5 -> o.incoming.handle(new IncomingCommands.Handle(key(), actor, Optional.empty(), id, "办"));
          case 6 -> o.incoming.urge(new IncomingCommands.Urge(key(), actor, Optional.empty(), id, "请抓紧"));
          case 7 -> o.outgoing.draft(new OutgoingCommands.Draft(key(), actor, Optional.empty(),
              doc(id, Urgency.NORMAL, level, r.nextBoolean() ? "60000" : "12000", "财务"), "X交发"));
          case 8 -> o.outgoing.startCountersign(new OutgoingCommands.StartCountersign(key(), actor, Optional.empty(), id,
              r.nextBoolean() ? Mode.SEQUENCE : Mode.PARALLEL, someone, 0));
          case 9 -> o.outgoing.countersign(new OutgoingCommands.Countersign(key(), actor, Optional.empty(), id, ""));
          case 10 -> o.outgoing.review(new OutgoingCommands.Review(key(), actor, Optional.empty(), id));
          case 11 -> o.outgoing.returnDraft(new OutgoingCommands.Return(key(), actor, Optional.empty(), id,
              OutgoingService.Stage.DRAFT, "退回"));
          case 12 -> o.outgoing.signOff(new OutgoingCommands.SignOff(key(), actor, Optional.empty(), id, "同意"));
          case 13 -> o.outgoing.number(new OutgoingCommands.Number(key(), actor, Optional.empty(), id));
          default -> o.outgoing.distribute(new OutgoingCommands.Distribute(key(), actor, Optional.empty(), id, someone));
        }
        accepted++;
        if (command == 10) {
          // the meeting members who may see the document when its route is decided must all sign
          Set<String> members = new LinkedHashSet<>();
          org.withRole("局长办公会").stream().filter(x -> cleared(org, x.id(), level)).forEach(x -> members.add(x.id()));
          meeting.put(id, members);
        }
        // (b) every accepted command is one the reference allows
        assertThat(reference).as("command %s by %s on %s (%s) was accepted; the reference refuses it", command, actor,
            id, level).isTrue();
      } catch (OaException refused) {
        // (c) a refusal writes nothing
        assertThat(o.audit()).hasSize(audit);
        assertThat(o.sent).hasSize(sent);
        assertThat(snapshot(o)).isEqualTo(snapshot);
        // (a) its message reveals no classified subject
        assertThat(refused.getMessage()).doesNotContain("关于i", "关于o");
        if (!reference) {
          refusedByReference++;
        }
      }
      checkNoLeak(o, o.organization.get(), sent);
      checkCollectiveStages(o, meeting);
    }
    Statistics.collect(accepted > 5 ? "more than 5 commands accepted" : "5 or fewer accepted",
        refusedByReference > 0 ? "the reference refused some" : "the reference refused none");
    boolean signedOff = false;
    for (int d = 0; d < 3; d++) {
      try {
        signedOff |= o.outgoing.find("o" + d).stage().ordinal() >= OutgoingService.Stage.SIGNED_OFF.ordinal();
      } catch (OaException e) {
        // not drafted
      }
    }
    Statistics.label("signed off").collect(signedOff ? "a document was signed off" : "none signed off");
    Statistics.coverage(c -> c.check("more than 5 commands accepted", "the reference refused some")
        .percentage(p -> p > 80));
    Statistics.label("signed off").coverage(c -> c.check("a document was signed off").percentage(p -> p > 10));
  }

  private static String snapshot(Office o) {
    return o.store.inTransaction(u -> {
      StringBuilder s = new StringBuilder();
      for (int d = 0; d < 3; d++) {
        for (String id : List.of("in/i" + d, "out/o" + d)) {
          u.aggregates().find(io.oakit.spi.AggregateKind.DOCUMENT, id)
              .ifPresent(a -> s.append(a.id()).append('@').append(a.version()).append(';'));
        }
      }
      return s.toString();
    });
  }

  /** The command that would move a document on, judged from its stage. */
  private static int natural(Office o, boolean incoming, String id, SplittableRandom r) {
    try {
      if (incoming) {
        return switch (o.incoming.find(id).stage()) {
          case RECEIVED -> 1;
          case REGISTERED -> 2;
          case PROPOSED -> 3;
          case INSTRUCTED -> r.nextBoolean() ? 4 : 5;
          case HANDLED -> r.nextBoolean() ? 4 : 6;
          default -> 6;
        };
      }
      return switch (o.outgoing.find(id).stage()) {
        case DRAFT -> r.nextBoolean() ? 8 : 10;
        case COUNTERSIGNING -> r.nextInt(5) == 0 ? 11 : 9;
        case COUNTERSIGNED -> 10;
        case REVIEWED -> 12;
        case SIGNED_OFF -> 13;
        default -> 14;
      };
    } catch (OaException e) {
      return incoming ? 0 : 7;
    }
  }

  /** Someone who plausibly issues the command (the reference decides whether they may). */
  private static String naturalActor(Office o, int command, String id, SplittableRandom r) {
    try {
      List<String> pending = switch (command) {
        case 3 -> List.of("zhao", "qian", "sun");
        case 4 -> List.copyOf(o.incoming.find(id).pendingReaders());
        case 5 -> List.of("zhou", "li", "qian");
        case 9 -> o.outgoing.find(id).pendingSigners();
        case 12 -> o.outgoing.find(id).pendingSignOff();
        default -> List.of("li", "zhao", "wu");
      };
      return pending.isEmpty() ? PEOPLE[r.nextInt(PEOPLE.length)] : pending.get(r.nextInt(pending.size()));
    } catch (OaException e) {
      return "li";
    }
  }

  /** (a) notifications since {@code from}, trays, reads and the audit log reveal no subject to the uncleared. */
  private static void checkNoLeak(Office o, Organization org, int from) {
    Map<String, DocumentProfile> docs = new HashMap<>();
    for (int d = 0; d < 3; d++) {
      try {
        docs.put("in/i" + d, o.incoming.find("i" + d).profile());
      } catch (OaException e) {
        // not signed for yet
      }
      try {
        docs.put("out/o" + d, o.outgoing.find("o" + d).profile());
      } catch (OaException e) {
        // not drafted yet
      }
    }
    for (Notifier.Notification n : o.sent.subList(from, o.sent.size())) {
      for (DocumentProfile p : docs.values()) {
        if (p.secrecy() != SecrecyLevel.UNCLASSIFIED && n.text().contains(p.subject())) {
          assertThat(cleared(org, n.personId(), p.secrecy())).as("%s got %s of %s (%s)", n.personId(), n.text(), p.id(),
              p.secrecy()).isTrue();
        }
      }
    }
    for (String person : PEOPLE) {
      for (IncomingService.State s : o.incoming.tray(person)) {
        assertThat(cleared(org, person, s.profile().secrecy())).as("%s's tray holds %s", person, s.profile().id())
            .isTrue();
      }
      for (Map.Entry<String, DocumentProfile> e : docs.entrySet()) {
        if (e.getKey().startsWith("in/") && !cleared(org, person, e.getValue().secrecy())) {
          assertThatThrownBy(() -> o.incoming.find(e.getValue().id(), person))
              .isInstanceOf(ClearanceException.class);
        }
      }
    }
    for (AuditEntry a : o.audit()) {
      for (DocumentProfile p : docs.values()) {
        if (p.secrecy() != SecrecyLevel.UNCLASSIFIED) {
          assertThat(a.detail()).doesNotContain(p.subject());
        }
      }
    }
  }

  /** (d) a document past sign-off has the required signatures in every stage of its route. */
  private static void checkCollectiveStages(Office o, Map<String, Set<String>> meeting) {
    for (int d = 0; d < 3; d++) {
      OutgoingService.State s;
      try {
        s = o.outgoing.find("o" + d);
      } catch (OaException e) {
        continue;
      }
      if (s.stage().ordinal() >= OutgoingService.Stage.SIGNED_OFF.ordinal()
          && s.profile().amount().map(a -> a.compareTo(new java.math.BigDecimal("50000")) > 0).orElse(false)) {
        // 5万元以上的须经局长办公会议研究同意: every member of the meeting cleared for it at review signed
        assertThat(s.signatures()).extracting(OutgoingEvents.SignOffSigned::signedFor)
            .as("signatures of %s", s.profile().id()).containsAll(meeting.get(s.profile().id()));
      }
      if (s.stage().ordinal() >= OutgoingService.Stage.SIGNED_OFF.ordinal()) {
        for (int stage = 0; stage < s.route().size(); stage++) {
          int st = stage;
          long distinct = s.signatures().stream().filter(x -> x.stage() == st).map(OutgoingEvents.SignOffSigned::signedFor)
              .distinct().count();
          assertThat(distinct).as("stage %s of %s", stage, s.profile().id()).isGreaterThanOrEqualTo(
              s.route().get(stage).required());
        }
      }
    }
  }
}
