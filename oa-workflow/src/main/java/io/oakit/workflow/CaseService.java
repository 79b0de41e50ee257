package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.Validations;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.ItemState;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.scoring.Rate;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Page;
import io.oakit.workflow.SupervisionEvents.CaseKind;
import io.oakit.workflow.SupervisionEvents.CaseReceived;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Petition (信访) and hotline (热线, 12345) cases: each is a supervision item (source 信访件 or 热线工单) that is
 * assigned, urged, reported, accepted, called back and scored like any other, and that also records who
 * brought it, its category and place, the earlier cases it repeats, and the two steps owed to the requester —
 * the first contact (受理告知 for a petition within 15 days, 首次联系 for a hotline call within 2 working hours)
 * and the answer (答复) by the case's deadline (extensions included), each recorded with when it was due. A petition is handled within the statute's 60 days, extendable
 * once by 30 ({@link io.oakit.core.deadline.StatutoryDeadlines#petitionHandling}).
 *
 * <p>The requester's name, contact and address are personal information (个人信息保护法): kept in the stored
 * case, shown by {@link #requester} only to the people handling it (the office that received it, the leader
 * who instructed it, the people who signed for it in its units, and people with the case worker role), never
 * in notifications, reminders, audit details, events given to listeners or summaries, and erased on request
 * ({@link #mask}) without touching the audit chain.
 */
public final class CaseService {

  /** The role of the people at the 信访 and 热线 desks, who may see every case's requester. */
  public static final String CASE_WORKER_ROLE = "信访热线";

  private final WorkflowContext ctx;
  private final SupervisionService supervision;
  private final int repeatWindowDays;

  /**
   * Cases linked as repeats within 90 days.
   *
   * @param ctx the context
   * @param supervision where the cases are kept as items
   */
  public CaseService(WorkflowContext ctx, SupervisionService supervision) {
    this(ctx, supervision, 90);
  }

  /**
   * @param ctx the context
   * @param supervision where the cases are kept as items
   * @param repeatWindowDays an earlier case from the same requester, or of the same category and place, received
   *     within this many days is a repeat (重复件), {@code 0..3660}
   * @throws io.oakit.core.InvalidInputException if the window is out of range
   */
  public CaseService(WorkflowContext ctx, SupervisionService supervision, int repeatWindowDays) {
    this.ctx = requireNonNull(ctx, "ctx");
    this.supervision = requireNonNull(supervision, "supervision");
    if (repeatWindowDays < 0 || repeatWindowDays > 3660) {
      throw new io.oakit.core.InvalidInputException("CaseService", List.of("repeatWindowDays: must be in 0..3660 but was "
          + repeatWindowDays));
    }
    this.repeatWindowDays = repeatWindowDays;
  }

  /** The first contact owed: a petition within 15 days (受理告知), a hotline call within 2 working hours. */
  static DeadlineRule contactRule(CaseKind kind) {
    return kind == CaseKind.PETITION ? DeadlineRule.calendarDays(15) : DeadlineRule.workingHours(2);
  }

  /**
   * The statutory handling limit of a petition, the rule a hotline case is assigned with by default.
   *
   * @param kind petition or hotline
   * @return 60 calendar days for a petition, 5 working days for a hotline case
   */
  public static DeadlineRule handlingRule(CaseKind kind) {
    return kind == CaseKind.PETITION ? DeadlineRule.calendarDays(60) : DeadlineRule.workingDays(5);
  }

  /**
   * Receives a case: opens its item and records the requester and particulars, with the earlier cases it
   * repeats and the due instant of the first contact. Two steps, each idempotent: a retried command with the
   * same key completes what a failure interrupted.
   *
   * @param c the command
   * @return the case, {@code REGISTERED}
   */
  public CommandResult receive(CaseCommands.Receive c) {
    Validations.check(c);
    ItemSource source = c.kind() == CaseKind.PETITION ? ItemSource.PETITION : ItemSource.HOTLINE_CASE;
    supervision.open(new SupervisionCommands.Open(c.idempotencyKey() + "/open", c.actor(), c.onBehalfOf(), c.itemId(),
        source, c.matter(), c.importance(), SecrecyLevel.UNCLASSIFIED, Optional.empty()));
    String fingerprint = fingerprint(c.requester().name(), c.requester().contact());
    LocalDateTime now = ctx.now();
    List<String> repeats = repeatsOf(c.itemId(), fingerprint, c.category(), c.place(), now.toLocalDate());
    return supervision.caseStep(c, c.itemId(), before -> {
      if (supervision.eventsOf(c.itemId()).stream().anyMatch(CaseReceived.class::isInstance)) {
        throw new CommandRefusedException("receive", c.itemId(), "the case was already received");
      }
      DeadlineClock contact = DeadlineClock.start(contactRule(c.kind()), ctx.calendar(), now);
      return new CaseReceived(now, c.actor(), c.kind(), new SupervisionEvents.Requester(c.requester().name().trim(),
          c.requester().contact().trim(), c.requester().address().trim()), fingerprint, c.category(), c.place(),
          repeats, contact.due());
    }, List.of());
  }

  /**
   * Assigns a case to its units, like any supervision item; a petition is extendable once by 30 days under
   * the statute unless the office's extension policy in force says otherwise.
   *
   * @param c the assignment, with the rule to use (see {@link #handlingRule} for the defaults)
   * @return the item and its state
   */
  public CommandResult assign(SupervisionCommands.Assign c) {
    return supervision.assign(c);
  }

  /**
   * Records the first contact with the requester (受理告知, 首次联系).
   *
   * @param c the command
   * @return the case and its state
   * @throws CommandRefusedException if the item is not a case or was contacted already
   */
  public CommandResult contact(CaseCommands.Contact c) {
    Validations.check(c);
    return supervision.caseStep(c, c.itemId(), before -> {
      List<Record> events = existingCase(c.itemId());
      if (events.stream().anyMatch(SupervisionEvents.RequesterContacted.class::isInstance)) {
        throw new CommandRefusedException("contact the requester of", c.itemId(), "they were contacted already");
      }
      return new SupervisionEvents.RequesterContacted(ctx.now(), c.actor(), c.note());
    }, List.of());
  }

  /**
   * Records the answer told to the requester (答复), once the handling was reported done.
   *
   * @param c the command
   * @return the case and its state
   * @throws io.oakit.core.IllegalTransitionException before the handling is reported done
   */
  public CommandResult reply(CaseCommands.Reply c) {
    Validations.check(c);
    return supervision.caseStep(c, c.itemId(), before -> {
      existingCase(c.itemId());
      ItemState st = before.state();
      if (st != ItemState.COMPLETION_REPORTED && st != ItemState.ACCEPTED && st != ItemState.CLOSED) {
        throw new io.oakit.core.IllegalTransitionException(st.name(), "answer the requester of",
            "case " + c.itemId() + " is not reported done yet");
      }
      // due by the case's deadline as it stands (a petition's extension moves it too)
      return new SupervisionEvents.RequesterReplied(ctx.now(), c.actor(), c.reply(),
          before.deadline().map(DeadlineClock::due));
    }, List.of());
  }

  /**
   * Erases the requester's name, contact and address from the stored case (and its fingerprint, so it links no
   * more repeats); the case, its repeats already linked, its audit trail and its counts stay.
   *
   * @param c the command
   * @return the case and its state
   */
  public CommandResult mask(CaseCommands.MaskRequester c) {
    Validations.check(c);
    return supervision.caseStep(c, c.itemId(), before -> {
      existingCase(c.itemId());
      return new SupervisionEvents.RequesterMasked(ctx.now(), c.actor(), c.reason());
    }, List.of());
  }

  /**
   * A case's requester, for a person handling it: the office that received it, the instructing leader, the
   * people who signed for it in its units, or a case worker ({@link #CASE_WORKER_ROLE}).
   *
   * @param itemId the case
   * @param readerId who asks
   * @return the requester ({@link SupervisionEvents.Requester#MASKED} once masked)
   * @throws NotAuthorizedException if the reader does not handle the case
   * @throws UnknownReferenceException if there is no such case
   */
  public SupervisionEvents.Requester requester(String itemId, String readerId) {
    requireNonNull(readerId, "readerId");
    List<Record> events = existingCase(itemId);
    SupervisionItem item = SupervisionService.replay(events, ctx);
    Set<String> handling = new LinkedHashSet<>();
    handling.add(SupervisionService.openedBy(events));
    SupervisionService.instructedBy(events).ifPresent(handling::add);
    handling.addAll(item.handlers().values());
    boolean worker = ctx.organization().hasPerson(readerId)
        && ctx.organization().person(readerId).roles().contains(CASE_WORKER_ROLE);
    if (!handling.contains(readerId) && !worker) {
      throw new NotAuthorizedException(readerId, "see the requester of case " + itemId, "the people handling it"
          + " (the office that received it, the instructing leader, those who signed for it) and "
          + CASE_WORKER_ROLE);
    }
    return received(events).requester();
  }

  /**
   * The case record of an item.
   *
   * @param itemId the case
   * @return what was received, without the requester's personal information
   * @throws UnknownReferenceException if there is no such case
   */
  public CaseReceived find(String itemId) {
    return (CaseReceived) received(existingCase(itemId)).withoutPersonalInformation();
  }

  /**
   * The rates and counts of a kind of case received in a period, by category and place — the material of a
   * 《热线专报》: counts only, never a requester.
   *
   * @param kind petition or hotline
   * @param fromInclusive the first day received
   * @param toExclusive the day after the last
   * @param asOf the instant the rates are taken at (normally now)
   * @return the summary
   * @throws io.oakit.core.InvalidInputException if the period is empty, reversed or longer than a year
   */
  public Summary summary(CaseKind kind, LocalDate fromInclusive, LocalDate toExclusive, LocalDateTime asOf) {
    requireNonNull(kind, "kind");
    requireNonNull(asOf, "asOf");
    Checks.period("summary", fromInclusive, toExclusive);
    Map<String, Integer> byCategory = new TreeMap<>();
    Map<String, Integer> byPlace = new TreeMap<>();
    int cases = 0;
    int repeats = 0;
    int contactedInTime = 0;
    int contacted = 0;
    int answered = 0;
    int answeredInTime = 0;
    int done = 0;
    int calls = 0;
    int satisfied = 0;
    for (List<Record> events : casesReceived(fromInclusive, toExclusive)) {
      CaseReceived r = received(events);
      if (r.kind() != kind) {
        continue;
      }
      cases++;
      byCategory.merge(r.category(), 1, Integer::sum);
      byPlace.merge(r.place(), 1, Integer::sum);
      repeats += r.repeatOf().isEmpty() ? 0 : 1;
      Optional<SupervisionEvents.RequesterContacted> contact = events.stream()
          .filter(SupervisionEvents.RequesterContacted.class::isInstance).map(SupervisionEvents.RequesterContacted.class::cast)
          .findFirst();
      if (contact.isPresent() && !contact.get().at().isAfter(asOf)) {
        contacted++;
        contactedInTime += contact.get().at().isAfter(r.contactDue()) ? 0 : 1;
      }
      Optional<SupervisionEvents.RequesterReplied> answer = events.stream()
          .filter(SupervisionEvents.RequesterReplied.class::isInstance).map(SupervisionEvents.RequesterReplied.class::cast)
          .filter(x -> !x.at().isAfter(asOf)).findFirst();
      if (answer.isPresent()) {
        answered++;
        answeredInTime += answer.get().inTime() ? 1 : 0;
      }
      SupervisionItem item = SupervisionService.replay(events, ctx);
      ItemState st = item.state();
      done += st == ItemState.ACCEPTED || st == ItemState.CLOSED || st == ItemState.ARCHIVED ? 1 : 0;
      for (io.oakit.core.supervision.SupervisionEvent e : item.history()) {
        if (e instanceof io.oakit.core.supervision.SupervisionEvent.CalledBack cb && !cb.at().isAfter(asOf)) {
          calls++;
          satisfied += cb.satisfied() ? 1 : 0;
        }
      }
    }
    return new Summary(kind, fromInclusive, toExclusive, cases, repeats, byCategory, byPlace,
        rate(contactedInTime, cases), rate(done, cases), rate(satisfied, calls), contacted, rate(answeredInTime, answered));
  }

  /**
   * A period's cases in numbers.
   *
   * @param kind petition or hotline
   * @param fromInclusive the first day
   * @param toExclusive the day after the last
   * @param cases how many were received
   * @param repeats how many repeated an earlier one (重复件)
   * @param byCategory cases per category
   * @param byPlace cases per place
   * @param contactedInTime 按时联系率: contacted by the due instant, of all received (empty when none)
   * @param completion 办结率: accepted or closed, of all received
   * @param satisfaction 满意率: call-backs answered 满意 or 基本满意, of all call-backs (empty when none)
   * @param contacted how many were contacted at all
   * @param answeredInTime 按时答复率: answers given by their due instant, of all answers given (empty when none)
   */
  public record Summary(CaseKind kind, LocalDate fromInclusive, LocalDate toExclusive, int cases, int repeats,
      Map<String, Integer> byCategory, Map<String, Integer> byPlace, Optional<Rate> contactedInTime,
      Optional<Rate> completion, Optional<Rate> satisfaction, int contacted, Optional<Rate> answeredInTime) {
    /**
     * Copies the maps.
     *
     * @param kind petition or hotline
     * @param fromInclusive the first day received
     * @param toExclusive the day after the last
     * @param cases how many were received
     * @param repeats how many repeated an earlier one (重复件)
     * @param byCategory cases per category
     * @param byPlace cases per place
     * @param contactedInTime 按时联系率: contacted by the due instant, of all received (empty when none)
     * @param completion 办结率: accepted or closed, of all received
     * @param satisfaction 满意率: call-backs answered 满意 or 基本满意, of all call-backs (empty when none)
     * @param contacted how many were contacted at all
     * @param answeredInTime 按时答复率: answers given by their due instant, of all answers given (empty when none)
     */
    public Summary {
      byCategory = Map.copyOf(byCategory);
      byPlace = Map.copyOf(byPlace);
    }
  }

  private static Optional<Rate> rate(int numerator, int denominator) {
    return denominator == 0 ? Optional.empty() : Optional.of(new Rate(numerator, denominator));
  }

  /** A digest of a requester that links their cases without holding their name: empty without a contact. */
  static String fingerprint(String name, String contact) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    String k = contact.replaceAll("[\\s-]", "");
    return Hashing.sha256().hashString(n + "\u0000" + k, StandardCharsets.UTF_8).toString();
  }

  /** The earlier cases within the window from the same requester or of the same category and place. */
  private List<String> repeatsOf(String itemId, String fingerprint, String category, String place, LocalDate today) {
    List<String> out = new ArrayList<>();
    for (List<Record> events : casesReceived(today.minusDays(repeatWindowDays), today.plusDays(1))) {
      CaseReceived r = received(events);
      String id = ((SupervisionEvents.ItemOpened) events.get(0)).itemId();
      if (id.equals(itemId)) {
        continue;
      }
      boolean sameRequester = !r.fingerprint().isEmpty() && r.fingerprint().equals(fingerprint);
      boolean sameMatter = r.category().equals(category) && r.place().equals(place);
      if ((sameRequester || sameMatter) && !out.contains(id)) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }

  /** The stored cases received on the days of a period, each as its events. */
  private List<List<Record>> casesReceived(LocalDate fromInclusive, LocalDate toExclusive) {
    List<List<Record>> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    ctx.read(u -> {
      for (LocalDate d = fromInclusive; d.isBefore(toExclusive); d = d.plusDays(1)) {
        Page.Request page = Page.Request.first(500);
        while (true) {
          Page<Aggregate> p = u.aggregates().covering(AggregateKind.SUPERVISION_ITEM, d, page);
          for (Aggregate a : p.items()) {
            if (seen.add(a.id())) {
              try {
                List<Record> events = Escalations.decode(SupervisionService.CODEC, a);
                if (events.stream().anyMatch(CaseReceived.class::isInstance)) {
                  out.add(events);
                }
              } catch (UndecodableAggregateException e) {
                ctx.problem(e);
              }
            }
          }
          if (p.next().isEmpty()) {
            break;
          }
          page = page.next(p);
        }
      }
      return null;
    });
    return out;
  }

  private List<Record> existingCase(String itemId) {
    requireNonNull(itemId, "itemId");
    List<Record> events = supervision.eventsOf(itemId);
    if (events.stream().noneMatch(CaseReceived.class::isInstance)) {
      throw new UnknownReferenceException("case", itemId, "no petition or hotline case was received as " + itemId);
    }
    return events;
  }

  private static CaseReceived received(List<Record> events) {
    return events.stream().filter(CaseReceived.class::isInstance).map(CaseReceived.class::cast).findFirst()
        .orElseThrow();
  }
}
