package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.UnknownReferenceException;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.routing.TrayOrder;
import io.oakit.core.supervision.Importance;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Page;
import io.oakit.spi.UnitOfWork;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The host's first screens as queries over the stored documents, incoming (收文) and outgoing (发文) alike: a
 * person's tray (待办) in tray order, the overdue list, the register (登记簿) of a unit by period, and a
 * document's circulation (传阅) with who has read it, with their comments, and who still owes it. Every
 * query is for a viewer and shows only what that viewer is cleared for now; ids are the documents' own
 * (the host never sees how they are stored); pages are at most 1..1000 entries.
 *
 * <p>Pages: the overdue list pages through the store in its order (a page may hold fewer entries than asked
 * when some were not for the viewer); the tray and the register are ordered here, and their cursor is
 * the position in that order, so a page boundary may shift when documents arrive between two requests.
 */
public final class DocumentQueries {

  /** Which register a document is in. */
  public enum Direction {
    /** 收文. */ INCOMING,
    /** 发文. */ OUTGOING
  }

  /**
   * A line of a screen: a document as a person may see it.
   *
   * @param direction incoming or outgoing
   * @param documentId the document
   * @param number its 收文编号 or 发文字号, once it has one
   * @param subject its subject
   * @param issuingUnit who sent it (来文单位) or issues it
   * @param urgency its urgency
   * @param secrecy its secrecy level
   * @param importance its importance (一般 for outgoing documents and documents registered without one)
   * @param stage where it is, e.g. {@code INSTRUCTED}
   * @param due when it falls due, while a deadline runs
   * @param registeredAt when it entered the register (registered, or numbered), once it did
   */
  public record Entry(Direction direction, String documentId, Optional<String> number, String subject,
      String issuingUnit, Urgency urgency, SecrecyLevel secrecy, Importance importance, String stage,
      Optional<LocalDateTime> due, Optional<LocalDateTime> registeredAt) {}

  /** Where a reader is in a circulation. */
  public enum ReadingStatus {
    /** 已阅: signed off. */ READ,
    /** 传阅中: it is their turn; the copy is with them. */ WITH_THEM,
    /** 待阅: their turn has not come yet in their copy. */ WAITING,
    /** 补阅: passed over while away, owed it on return. */ OWED
  }

  /**
   * One reader of a circulation copy.
   *
   * @param personId the reader
   * @param status where they are
   * @param readAt when they signed off, once read
   * @param comment their comment (批注), once read
   * @param backAt when an owed reader is back
   */
  public record Reading(String personId, ReadingStatus status, Optional<LocalDateTime> readAt, Optional<String> comment,
      Optional<LocalDateTime> backAt) {}

  /**
   * A circulation copy.
   *
   * @param name its name, e.g. {@code leader in charge of 财务} or {@code copy 2}
   * @param readings its readers in order
   */
  public record Copy(String name, List<Reading> readings) {
    /**
     * Copies the list.
     *
     * @param name its name, e.g. {@code leader in charge of 财务} or {@code copy 2}
     * @param readings its readers in order
     */
    public Copy {
      readings = List.copyOf(readings);
    }
  }

  /**
   * A document's circulation.
   *
   * @param documentId the document
   * @param copies its copies: those sent at once, then those of the instruction
   * @param done whether every reader has read
   */
  public record Circulation(String documentId, List<Copy> copies, boolean done) {
    /**
     * Copies the list.
     *
     * @param documentId the document
     * @param copies its copies: those sent at once, then those of the instruction
     * @param done whether every reader has read
     */
    public Circulation {
      copies = List.copyOf(copies);
    }

    /** @return who has read it */
    public List<String> readBy() {
      return copies.stream().flatMap(c -> c.readings().stream()).filter(r -> r.status() == ReadingStatus.READ)
          .map(Reading::personId).distinct().toList();
    }

    /** @return who still owes a reading: those it is with, those waiting, those passed over */
    public List<String> owedBy() {
      return copies.stream().flatMap(c -> c.readings().stream()).filter(r -> r.status() != ReadingStatus.READ)
          .map(Reading::personId).distinct().toList();
    }
  }

  private final WorkflowContext ctx;

  /** @param ctx the context the services run in */
  public DocumentQueries(WorkflowContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx");
  }

  /**
   * A person's tray (待办): the incoming and outgoing documents waiting for them, in tray order
   * ({@link TrayOrder}: urgency, the nearest due instant, importance, arrival), less anything they are no
   * longer cleared for.
   *
   * @param personId the person
   * @param page which page
   * @return the page
   */
  public Page<Entry> tray(String personId, Page.Request page) {
    requireNonNull(personId, "personId");
    requireNonNull(page, "page");
    List<Sorted> all = new ArrayList<>();
    ctx.inTransaction(u -> {
      all.clear();
      each(u, p -> u.aggregates().pendingFor(AggregateKind.DOCUMENT, personId, p), a -> entry(a)
          .filter(e -> visible(e.profile(), personId)).ifPresent(all::add));
      return null;
    });
    all.sort(Comparator.comparing(Sorted::item, TrayOrder.INSTANCE));
    return slice(all.stream().map(Sorted::entry).toList(), page);
  }

  /**
   * The overdue list: open documents whose deadline passed before {@code at}, by due instant, that the
   * viewer is cleared for.
   *
   * @param viewerId who looks
   * @param at the instant (normally now)
   * @param page which page
   * @return the page
   * @throws UnknownReferenceException if the viewer is not of the organisation
   */
  public Page<Entry> overdue(String viewerId, LocalDateTime at, Page.Request page) {
    requireNonNull(at, "at");
    requireNonNull(page, "page");
    known(viewerId);
    return ctx.inTransaction(u -> {
      Page<Aggregate> p = u.aggregates().openOverdue(AggregateKind.DOCUMENT, at, page);
      List<Entry> out = new ArrayList<>();
      for (Aggregate a : p.items()) {
        entry(a).filter(e -> visible(e.profile(), viewerId)).ifPresent(e -> out.add(e.entry()));
      }
      return new Page<>(out, p.next());
    });
  }

  /**
   * The register (登记簿) of a unit for a period: the incoming documents it registered (by the unit of the
   * person who registered each) or the outgoing documents numbered under one of its series (by 发文代字,
   * e.g. {@code X交发}), in the order they entered it, that the viewer is cleared for.
   *
   * @param viewerId who looks
   * @param direction incoming or outgoing
   * @param unit the organisation's unit id (incoming) or the 发文代字 (outgoing)
   * @param fromInclusive the first day
   * @param toExclusive the day after the last, at most 366 days after the first
   * @param page which page
   * @return the page
   * @throws UnknownReferenceException if the viewer is not of the organisation
   * @throws io.oakit.core.InvalidInputException if the period is empty, reversed or longer than a year
   */
  public Page<Entry> register(String viewerId, Direction direction, String unit, LocalDate fromInclusive,
      LocalDate toExclusive, Page.Request page) {
    requireNonNull(direction, "direction");
    requireNonNull(unit, "unit");
    requireNonNull(page, "page");
    Checks.period("register", fromInclusive, toExclusive);
    known(viewerId);
    Map<String, Sorted> found = new LinkedHashMap<>();
    ctx.inTransaction(u -> {
      found.clear();
      for (LocalDate day = fromInclusive; day.isBefore(toExclusive); day = day.plusDays(1)) {
        LocalDate d = day;
        each(u, p -> u.aggregates().covering(AggregateKind.DOCUMENT, d, p), a -> entry(a)
            .filter(e -> e.entry().direction() == direction && unit.equals(e.unit()))
            .filter(e -> e.entry().registeredAt().map(t -> t.toLocalDate().equals(d)).orElse(false))
            .filter(e -> visible(e.profile(), viewerId)).ifPresent(e -> found.put(e.entry().documentId(), e)));
      }
      return null;
    });
    List<Entry> all = found.values().stream().map(Sorted::entry)
        .sorted(Comparator.comparing((Entry e) -> e.registeredAt().orElseThrow()).thenComparing(Entry::documentId))
        .toList();
    return slice(all, page);
  }

  /**
   * A document's circulation: each copy's readers in order, who has read it (when, with their comment),
   * whose turn it is, who waits and who is owed it. Only for a viewer cleared for the document now.
   *
   * @param documentId an incoming document
   * @param viewerId who looks
   * @return the circulation
   * @throws UnknownReferenceException if there is no such document or viewer
   * @throws ClearanceException if the viewer is not cleared for it now
   */
  public Circulation circulation(String documentId, String viewerId) {
    requireNonNull(documentId, "documentId");
    known(viewerId);
    List<Record> events = ctx.inTransaction(u -> u.aggregates().find(AggregateKind.DOCUMENT, "in/" + documentId))
        .map(a -> Escalations.decode(IncomingService.CODEC, a))
        .orElseThrow(() -> new UnknownReferenceException("document", documentId, ""));
    IncomingService.State s = IncomingService.replay(events, ctx);
    Checks.cleared(ctx, viewerId, s.profile(), "see the circulation of");
    Map<String, IncomingEvents.ReadingSigned> read = new LinkedHashMap<>();
    Map<String, LocalDateTime> back = new LinkedHashMap<>();
    List<IncomingEvents.Lane> lanes = new ArrayList<>();
    for (Record r : events) {
      if (r instanceof IncomingEvents.SentAtOnce e) {
        lanes.addAll(e.lanes());
      } else if (r instanceof IncomingEvents.LeaderInstructed e) {
        lanes.addAll(e.lanes());
      } else if (r instanceof IncomingEvents.ReadingSigned e) {
        read.putIfAbsent(e.by(), e);
      } else if (r instanceof IncomingEvents.ReaderSkipped e) {
        back.put(e.reader(), e.backAt());
      }
    }
    java.util.Set<String> turn = s.pendingReaders();
    List<Copy> copies = new ArrayList<>();
    for (IncomingEvents.Lane lane : lanes) {
      List<Reading> readings = new ArrayList<>();
      for (String p : lane.readers()) {
        IncomingEvents.ReadingSigned done = read.get(p);
        if (done != null) {
          readings.add(new Reading(p, ReadingStatus.READ, Optional.of(done.at()), Optional.of(done.comment()),
              Optional.empty()));
        } else if (s.owed().contains(p)) {
          readings.add(new Reading(p, ReadingStatus.OWED, Optional.empty(), Optional.empty(),
              Optional.ofNullable(back.get(p))));
        } else {
          readings.add(new Reading(p, turn.contains(p) ? ReadingStatus.WITH_THEM : ReadingStatus.WAITING,
              Optional.empty(), Optional.empty(), Optional.empty()));
        }
      }
      copies.add(new Copy(lane.name(), readings));
    }
    return new Circulation(documentId, copies, s.circulationDone());
  }

  /** An entry with what it is sorted and filtered by. */
  private record Sorted(Entry entry, DocumentProfile profile, TrayOrder.Item item, String unit) {}

  private void known(String viewerId) {
    requireNonNull(viewerId, "viewerId");
    if (!ctx.organization().hasPerson(viewerId)) {
      throw new UnknownReferenceException("person", viewerId, "not of the organisation");
    }
  }

  private boolean visible(DocumentProfile p, String personId) {
    return !Checks.clearedNow(ctx, p, List.of(personId)).isEmpty();
  }

  /** Every page of a store query. */
  private static void each(UnitOfWork u, java.util.function.Function<Page.Request, Page<Aggregate>> query,
      java.util.function.Consumer<Aggregate> each) {
    Page.Request p = Page.Request.first(500);
    while (true) {
      Page<Aggregate> page = query.apply(p);
      page.items().forEach(each);
      if (page.next().isEmpty()) {
        return;
      }
      p = p.next(page);
    }
  }

  /** A stored document as an entry; an unreadable one is reported to the problem listeners and left out. */
  private Optional<Sorted> entry(Aggregate a) {
    try {
      if (a.id().startsWith("in/")) {
        IncomingService.State s = IncomingService.replay(Escalations.decode(IncomingService.CODEC, a), ctx);
        Optional<LocalDateTime> due = s.deadline().filter(d -> d.completedAt().isEmpty()).map(DeadlineClock::due);
        Entry e = new Entry(Direction.INCOMING, s.profile().id(), s.number(), s.profile().subject(),
            s.profile().issuingUnit(), s.profile().urgency(), s.profile().secrecy(), s.importance(), s.stage().name(),
            due, s.deadline().map(DeadlineClock::start));
        return Optional.of(new Sorted(e, s.profile(), new TrayOrder.Item(s.profile(), due, s.importance()),
            s.registration().map(IncomingEvents.Registration::unit).orElse("")));
      }
      if (a.id().startsWith("out/")) {
        OutgoingService.State s = OutgoingService.replay(Escalations.decode(OutgoingService.CODEC, a), ctx.calendar());
        Optional<LocalDateTime> due = s.runningDeadline().map(DeadlineClock::due);
        Entry e = new Entry(Direction.OUTGOING, s.profile().id(), s.number(), s.profile().subject(),
            s.profile().issuingUnit(), s.profile().urgency(), s.profile().secrecy(), Importance.GENERAL,
            s.stage().name(), due, s.numberedAt());
        return Optional.of(new Sorted(e, s.profile(), new TrayOrder.Item(s.profile(), due), s.unitCode()));
      }
    } catch (UndecodableAggregateException e) {
      ctx.problem(e);
    } catch (RuntimeException e) {
      ctx.problem(new UndecodableAggregateException(a.kind(), a.id(), "its events do not replay: " + e.getMessage(), e));
    }
    return Optional.empty();
  }

  /** A page of a list ordered here: the cursor is the position of the next entry. */
  private static Page<Entry> slice(List<Entry> all, Page.Request page) {
    int from;
    try {
      from = page.after().map(Integer::parseInt).orElse(0);
    } catch (NumberFormatException e) {
      throw new io.oakit.core.InvalidInputException("Page.Request", List.of("after: '" + page.after().get()
          + "' is not a cursor of this query"));
    }
    if (from < 0) {
      throw new io.oakit.core.InvalidInputException("Page.Request", List.of("after: " + from + " is not a cursor of this query"));
    }
    int to = Math.min(all.size(), from + page.size());
    List<Entry> items = from >= all.size() ? List.of() : all.subList(from, to);
    return new Page<>(items, to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }
}
