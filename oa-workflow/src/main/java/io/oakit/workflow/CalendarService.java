package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.Validations;
import io.oakit.core.calendar.HolidayData;
import io.oakit.core.calendar.HolidayDataException;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The turn of the year: loading a year's published holiday notice into the office calendar (stored
 * through the SPI with its provenance, in force for every later command without a restart), and
 * re-basing the open deadlines that were decided on another calendar — provisionally, or before a notice
 * was loaded or corrected. A deadline already told to people changes only this way: each change is an
 * event on its document or item (old due, new due, why), the people handling it are told when the due
 * instant moved, and closed work is never touched.
 */
public final class CalendarService {

  /** What a re-based deadline belongs to. */
  public enum Of {
    /** An incoming document ({@link IncomingService}). */
    INCOMING,
    /** An outgoing draft ({@link OutgoingService}). */
    OUTGOING,
    /** A supervision item ({@link SupervisionService}). */
    SUPERVISION
  }

  /**
   * A document or item, by the id its service knows it by.
   *
   * @param of which service
   * @param id the document or item id
   */
  public record Ref(Of of, String id) {
    @Override
    public String toString() {
      return of.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
  }

  /**
   * What a re-base did.
   *
   * @param calendarVersion the calendar in force the deadlines were re-based on
   * @param recomputed the open documents and items whose deadline was decided on another calendar and was recomputed
   * @param moved those of them whose due instant moved
   * @param passedOver those that closed meanwhile or could not be read
   */
  public record Rebased(String calendarVersion, List<Ref> recomputed, List<Ref> moved, List<Ref> passedOver) {
    /**
     * Copies the lists.
     *
     * @param calendarVersion the calendar in force the deadlines were re-based on
     * @param recomputed the open documents and items whose deadline was decided on another calendar and was recomputed
     * @param moved those of them whose due instant moved
     * @param passedOver those that closed meanwhile or could not be read
     */
    public Rebased {
      requireNonNull(calendarVersion, "calendarVersion");
      recomputed = List.copyOf(recomputed);
      moved = List.copyOf(moved);
      passedOver = List.copyOf(passedOver);
    }
  }

  /** One aggregate's re-base within {@link #rebaseDeadlines}: authorised once, as {@code calendar.rebase-deadlines}. */
  record RebaseOne(String idempotencyKey, String actor, Optional<String> onBehalfOf, String id, String reason)
      implements Command {}

  /** The reference of a stored aggregate with a deadline. */
  private static Ref ref(Aggregate a) {
    if (a.kind() == AggregateKind.SUPERVISION_ITEM) {
      return new Ref(Of.SUPERVISION, a.id());
    }
    return a.id().startsWith("in/") ? new Ref(Of.INCOMING, a.id().substring(3)) : new Ref(Of.OUTGOING, a.id().substring(4));
  }

  private final WorkflowContext ctx;
  private final IncomingService incoming;
  private final OutgoingService outgoing;
  private final SupervisionService supervision;
  private final CommandRunner runner;

  /**
   * @param ctx the context, with a stored {@link OfficeCalendar} to load notices into
   * @param incoming the incoming documents whose deadlines are re-based
   * @param outgoing the outgoing documents whose deadlines are re-based
   * @param supervision the supervision items whose deadlines are re-based
   */
  public CalendarService(WorkflowContext ctx, IncomingService incoming, OutgoingService outgoing,
      SupervisionService supervision) {
    this.ctx = requireNonNull(ctx, "ctx");
    this.incoming = requireNonNull(incoming, "incoming");
    this.outgoing = requireNonNull(outgoing, "outgoing");
    this.supervision = requireNonNull(supervision, "supervision");
    this.runner = new CommandRunner(ctx, OfficeCalendar.CODEC, AggregateKind.CALENDAR);
  }

  /**
   * Loads a year's notice. The file is checked (format, year, a calendar that can be built with it)
   * before anything is stored; from the commit on, every command decides on the new calendar. Deadlines
   * already decided stay as they are until {@link #rebaseDeadlines}.
   *
   * @param c the command
   * @return the calendar aggregate, its state the new calendar version
   * @throws io.oakit.core.InvalidInputException if the file is malformed or covers another year; names the field
   * @throws CommandRefusedException if the context's calendar is fixed, not stored
   */
  public CommandResult load(CalendarCommands.LoadHolidays c) {
    Validations.check(c);
    if (!ctx.calendars().isStored()) {
      throw new CommandRefusedException("load holidays into", "the office calendar",
          "the context's calendar is fixed; build it with OfficeCalendar.stored to load notices");
    }
    HolidayData data;
    try {
      data = OfficeCalendar.parse(c.format(), c.content(), c.year(), "content");
    } catch (HolidayDataException e) {
      throw new io.oakit.core.InvalidInputException("LoadHolidays", List.of("content: " + e.getMessage()));
    }
    return runner.run(c, OfficeCalendar.AGGREGATE_ID, events -> {
      Checks.known(ctx, c);
      ctx.authorise("calendar.load-holidays", c, AuthorityPolicy.Facts.NONE);
      WorkCalendar next;
      try {
        next = ctx.read(u -> ctx.calendars().build(u, ctx.now().toLocalDate(), OfficeCalendar.notices(events),
            Optional.of(data)));
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new CommandRefusedException("load holidays of " + c.year() + " into", "the office calendar", e.getMessage());
      }
      CalendarEvents.HolidaysLoaded e = new CalendarEvents.HolidaysLoaded(ctx.now(), c.actor(), c.year(), c.format(),
          c.content(), c.noticeTitle(), c.noticeDate(), c.source(), next.version());
      return CommandRunner.Change.of(List.of(e), Index.NONE, next.version());
    });
  }

  /**
   * The notices loaded, in order, with their provenance.
   *
   * @return the notices
   */
  public List<CalendarEvents.HolidaysLoaded> notices() {
    return OfficeCalendar.notices(runner.load(OfficeCalendar.AGGREGATE_ID));
  }

  /**
   * Re-bases every open deadline decided on a calendar other than the one in force: each open incoming
   * document, outgoing draft or countersign, and supervision item whose deadline names another calendar
   * version is recomputed from its start (with its extensions) in its own transaction, the change stored
   * as an event on it, the people handling it told when the due instant moved. Deadlines already on the
   * calendar in force are left alone, so running it again changes nothing. The re-base itself is recorded
   * on the calendar aggregate.
   *
   * @param c the command
   * @return what was recomputed and what moved
   */
  public Rebased rebaseDeadlines(CalendarCommands.RebaseDeadlines c) {
    Validations.check(c);
    Limits.check(c);
    Checks.known(ctx, c);
    ctx.authorise("calendar.rebase-deadlines", c, AuthorityPolicy.Facts.NONE);
    List<Ref> candidates = new ArrayList<>();
    List<Ref> passedOver = new ArrayList<>();
    String version = ctx.storage().inTransaction(u -> ctx.withCalendarOf(u, () -> {
      candidates.clear();
      passedOver.clear();
      String v = ctx.calendar().version();
      for (AggregateKind kind : List.of(AggregateKind.DOCUMENT, AggregateKind.SUPERVISION_ITEM)) {
        Page.Request page = Page.Request.first(500);
        while (true) {
          Page<Aggregate> p = u.aggregates().openOverdue(kind, FAR_FUTURE, page);
          for (Aggregate a : p.items()) {
            try {
              if (stale(a, v)) {
                candidates.add(ref(a));
              }
            } catch (UndecodableAggregateException e) {
              ctx.problem(e);
              passedOver.add(ref(a));
            }
          }
          if (p.next().isEmpty()) {
            break;
          }
          page = page.next(p);
        }
      }
      return v;
    }));
    List<Ref> recomputed = new ArrayList<>();
    List<Ref> moved = new ArrayList<>();
    for (Ref ref : candidates) {
      RebaseOne one = new RebaseOne(keyOf(c.idempotencyKey(), ref), c.actor(), c.onBehalfOf(), ref.id(), c.reason());
      boolean didMove;
      try {
        didMove = switch (ref.of()) {
          case SUPERVISION -> supervision.rebase(one);
          case INCOMING -> incoming.rebase(one);
          case OUTGOING -> outgoing.rebase(one);
        };
      } catch (io.oakit.core.IllegalTransitionException | CommandRefusedException e) {
        passedOver.add(ref); // closed meanwhile
        continue;
      }
      recomputed.add(ref);
      if (didMove) {
        moved.add(ref);
      }
    }
    runner.run(c, OfficeCalendar.AGGREGATE_ID, events -> CommandRunner.Change.of(List.of(
        new CalendarEvents.DeadlinesRebased(ctx.now(), c.actor(), version, c.reason(), recomputed.size(), moved.size())),
        Index.NONE, version));
    return new Rebased(version, recomputed, moved, passedOver);
  }

  /** Later than any deadline, and storable by every store. */
  private static final LocalDateTime FAR_FUTURE = LocalDateTime.of(9999, 12, 31, 0, 0);

  /** The idempotency key of one aggregate's part of a run: short enough for any store, whatever the run's key. */
  private static String keyOf(String runKey, Ref ref) {
    return "calendar-rebase|" + com.google.common.hash.Hashing.sha256()
        .hashString(runKey + "\n" + ref.of() + "\n" + ref.id(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Whether an open aggregate has a deadline decided on another calendar than {@code version}. */
  private boolean stale(Aggregate a, String version) {
    if (a.kind() == AggregateKind.SUPERVISION_ITEM) {
      List<Record> events = Escalations.decode(SupervisionService.CODEC, a);
      return SupervisionService.isOpen(SupervisionService.replay(events, ctx).state())
          && Deadlines.lastDecidedVersion(events).filter(v -> !v.equals(version)).isPresent();
    }
    if (a.id().startsWith("in/")) {
      return Deadlines.lastDecidedVersion(Escalations.decode(IncomingService.CODEC, a)).filter(v -> !v.equals(version))
          .isPresent();
    }
    if (a.id().startsWith("out/")) {
      return OutgoingService.staleDeadlines(Escalations.decode(OutgoingService.CODEC, a), ctx.calendar());
    }
    return false;
  }
}
