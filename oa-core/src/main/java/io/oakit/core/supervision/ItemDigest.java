package io.oakit.core.supervision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.supervision.SupervisionEvent.Assigned;
import io.oakit.core.supervision.SupervisionEvent.Commended;
import io.oakit.core.supervision.SupervisionEvent.CompletionReported;
import io.oakit.core.supervision.SupervisionEvent.ProgressReported;
import io.oakit.core.supervision.SupervisionEvent.Reviewed;
import io.oakit.core.supervision.SupervisionEvent.SignedFor;
import io.oakit.core.supervision.SupervisionEvent.Urged;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What a {@link SupervisionItem}'s history says, for {@link SupervisionItem#facts}: derived from the
 * aggregate's own fields when the item is made, never stored and never shared between items.
 *
 * <p>The digest of the whole history serves every instant after the last event; once the work is
 * completed (settled), every figure but the working days since the assignment is fixed and kept as a
 * field of its own, so scoring a million items reads no further object per item. Instants are kept as
 * epoch seconds and days of the wall-clock time ({@link #second}, {@link #day}). Immutable.
 */
final class ItemDigest {

  /** Rows of {@link Summary#perUnit}: working days to sign for, urgings after due, commendations, hand-backs. */
  private static final int SIGN_DAYS = 0;
  private static final int URGED_LATE = 1;
  private static final int COMMENDED = 2;
  private static final int HANDED_BACK = 3;

  private final ImmutableList<SupervisionEvent> history;
  private final ImmutableList<String> scoredUnits;
  private final String lead;
  private final int progressEveryWorkingDays;
  private final WorkCalendar calendar;
  private final long lastEventSecond;
  /** The due instant, as an instant and as seconds and day (when assigned). */
  private final LocalDateTime due;
  private final Optional<LocalDateTime> dueAt;
  private final long dueSecond;
  private final int dueDay;
  /** What the whole history says, while the work is not settled (after, the settled fields say it). */
  private final Summary whole;
  private final boolean settled;
  private final Timeliness settledTimeliness;
  private final int settledLate;
  private final int settledEarly;
  private final int settledMissed;
  private final Optional<LocalDateTime> settledCompleted;
  private final Optional<QualityRating> settledRating;
  private final int settledUrgings;
  private final int settledUrgingsAfterDue;
  private final int settledReworks;
  private final boolean settledEffective;
  private final int settledDissatisfied;
  private final int assignedDay;
  private final int[] settledPerUnit;

  ItemDigest(ImmutableList<SupervisionEvent> history, Optional<DeadlineClock> deadline, int progressEveryWorkingDays,
      ImmutableList<String> scoredUnits, String lead) {
    this.history = history;
    this.scoredUnits = scoredUnits;
    this.lead = lead;
    this.progressEveryWorkingDays = progressEveryWorkingDays;
    this.calendar = deadline.map(DeadlineClock::calendar).orElse(null);
    this.lastEventSecond = second(history.get(history.size() - 1).at());
    this.due = deadline.map(DeadlineClock::due).orElse(null);
    this.dueAt = Optional.ofNullable(due);
    this.dueSecond = due == null ? 0 : second(due);
    this.dueDay = due == null ? 0 : day(due);
    Summary all = summary(null);
    this.settled = all.assigned() && due != null && all.completed() != null;
    this.whole = settled ? null : all;
    Spans sp = settled ? spans(all, 0, 0) : null;
    this.settledTimeliness = settled ? sp.timeliness() : null;
    this.settledLate = settled ? sp.late() : 0;
    this.settledEarly = settled ? sp.early() : 0;
    this.settledMissed = settled ? sp.missed() : 0;
    this.settledCompleted = all.completedAt();
    this.settledRating = all.rating();
    this.settledUrgings = all.urgings();
    this.settledUrgingsAfterDue = all.urgingsAfterDue();
    this.settledReworks = all.reworks();
    this.settledEffective = all.effective();
    this.settledDissatisfied = all.dissatisfied();
    this.assignedDay = all.assignedDay();
    this.settledPerUnit = all.perUnit();
  }

  /** Seconds of a wall-clock time, for comparing instants of one zone. */
  static long second(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /** The epoch day of a wall-clock time. */
  static int day(LocalDateTime t) {
    return (int) t.toLocalDate().toEpochDay();
  }

  /**
   * What the history says up to an instant (all of it when {@code upTo} is null), before any
   * arithmetic that depends on the instant asked about. {@code perUnit} holds one row per figure
   * ({@link #SIGN_DAYS}, {@link #URGED_LATE}, {@link #COMMENDED}, {@link #HANDED_BACK}), each aligned
   * with the scored units (absent: {@link UnitValues#ABSENT}).
   */
  private record Summary(boolean assigned, int assignedDay, LocalDateTime completed,
      Optional<LocalDateTime> completedAt, long completedSecond, int completedDay, boolean hasLastCompletion,
      long lastCompletionSecond, int lastCompletionDay, boolean cancelled, int urgings, int urgingsAfterDue,
      int reworks, int leadReports, Optional<QualityRating> rating, boolean effective, int[] perUnit,
      int dissatisfied) {}

  private UnitValues perUnit(Summary d, int row) {
    return new UnitValues(scoredUnits, d.perUnit(), row * scoredUnits.size());
  }

  private Summary summary(LocalDateTime upTo) {
    Assigned assigned = null;
    LocalDateTime lastCompletion = null;
    LocalDateTime completed = null;
    boolean cancelled = false;
    int urgings = 0;
    int urgingsAfterDue = 0;
    int reworks = 0;
    int dissatisfied = 0;
    int leadReports = 0;
    Optional<QualityRating> rating = Optional.empty();
    boolean effective = false;
    int n = scoredUnits.size();
    int[] perUnit = UnitValues.absent(4, n);
    String leading = null;
    LocalDateTime leadingSince = null;
    for (int i = 0, events = history.size(); i < events; i++) {
      SupervisionEvent e = history.get(i);
      if (upTo != null && e.at().isAfter(upTo)) {
        break;
      }
      if (e instanceof Assigned a) {
        assigned = a;
        leading = a.leadUnit();
        leadingSince = a.at();
      } else if (e instanceof SupervisionEvent.Reassigned r) {
        // the new lead unit's time to sign for it runs from the reassignment
        leading = r.toUnit();
        leadingSince = r.at();
      } else if (e instanceof SignedFor s) {
        // a unit signs once, and only after the assignment (the lead unit: after it became the lead)
        LocalDateTime from = s.unit().equals(leading) ? leadingSince : assigned.at();
        perUnit[SIGN_DAYS * n + scoredUnits.indexOf(s.unit())] =
            Math.max(0, calendar.workingDaysBetween(from.toLocalDate(), s.at().toLocalDate()));
      } else if (e instanceof Urged u) {
        urgings++;
        if (due != null && u.at().isAfter(due)) {
          urgingsAfterDue++;
          count(perUnit, URGED_LATE * n + scoredUnits.indexOf(u.unit()));
        }
      } else if (e instanceof Commended c) {
        count(perUnit, COMMENDED * n + scoredUnits.indexOf(c.unit()));
      } else if (e instanceof SupervisionEvent.HandedBack h) {
        count(perUnit, HANDED_BACK * n + scoredUnits.indexOf(h.unit()));
      } else if (e instanceof SupervisionEvent.CalledBack c) {
        dissatisfied += c.satisfied() ? 0 : 1;
      } else if (e instanceof ProgressReported p) {
        if (assigned != null && p.unit().equals(lead)) {
          leadReports++;
        }
      } else if (e instanceof CompletionReported c) {
        lastCompletion = c.at();
      } else if (e instanceof Reviewed r) {
        if (r.accepted()) {
          completed = lastCompletion;
          rating = r.rating();
          effective = r.effective();
        } else {
          reworks++;
        }
      } else if (e instanceof SupervisionEvent.Cancelled) {
        cancelled = true;
      }
    }
    return new Summary(assigned != null, assigned == null ? 0 : day(assigned.at()), completed,
        Optional.ofNullable(completed), completed == null ? 0 : second(completed), completed == null ? 0 : day(completed),
        lastCompletion != null, lastCompletion == null ? 0 : second(lastCompletion),
        lastCompletion == null ? 0 : day(lastCompletion), cancelled, urgings, urgingsAfterDue, reworks, leadReports,
        rating, effective, perUnit, dissatisfied);
  }

  private static void count(int[] counts, int i) {
    counts[i] = counts[i] == UnitValues.ABSENT ? 1 : counts[i] + 1;
  }

  /** What the instant asked about makes of a summary: timeliness and the working-day spans. */
  private record Spans(Timeliness timeliness, int late, int early, int missed) {}

  private Spans spans(Summary d, long atSecond, int atDay) {
    boolean completed = d.completed() != null;
    long referenceSecond = completed ? d.completedSecond() : atSecond;
    int referenceDay = completed ? d.completedDay() : atDay;
    int late = referenceSecond > dueSecond ? Math.max(1, between(dueDay, referenceDay)) : 0;
    int early = completed && d.completedSecond() <= dueSecond ? Math.max(0, between(d.completedDay(), dueDay)) : 0;
    int missed = 0;
    if (progressEveryWorkingDays > 0) {
      int until = completed ? d.completedDay()
          : d.hasLastCompletion() && d.lastCompletionSecond() < atSecond ? d.lastCompletionDay() : atDay;
      int elapsed = Math.max(0, between(d.assignedDay(), until));
      missed = Math.max(0, elapsed / progressEveryWorkingDays - d.leadReports());
    }
    Timeliness t;
    if (d.cancelled()) {
      t = Timeliness.CANCELLED;
      late = 0;
    } else if (completed) {
      t = d.completedSecond() > dueSecond ? Timeliness.LATE : Timeliness.ON_TIME;
    } else {
      t = atSecond > dueSecond ? Timeliness.OPEN_OVERDUE : Timeliness.OPEN;
    }
    return new Spans(t, late, early, missed);
  }

  /**
   * The facts at an instant; only events at or before it count.
   *
   * @param at the instant
   * @return the facts
   */
  ItemFacts facts(LocalDateTime at) {
    long atSecond = second(at);
    int atDay = day(at);
    if (atSecond < lastEventSecond) {
      return facts(summary(at), atSecond, atDay);
    }
    if (!settled) {
      return facts(whole, atSecond, atDay);
    }
    int n = scoredUnits.size();
    int[] perUnit = settledPerUnit;
    return new ItemFacts(settledTimeliness, dueAt, settledCompleted, settledLate, settledEarly, settledUrgings,
        settledUrgingsAfterDue, settledReworks, new UnitValues(scoredUnits, perUnit, SIGN_DAYS * n), settledMissed,
        settledRating, settledEffective, new UnitValues(scoredUnits, perUnit, URGED_LATE * n),
        new UnitValues(scoredUnits, perUnit, COMMENDED * n), sinceAssignment(assignedDay, atDay),
        settledDissatisfied, new UnitValues(scoredUnits, perUnit, HANDED_BACK * n));
  }

  private int sinceAssignment(int fromDay, int atDay) {
    return Math.max(0, between(fromDay, atDay));
  }

  private ItemFacts facts(Summary d, long atSecond, int atDay) {
    if (!d.assigned() || due == null) {
      return new ItemFacts(d.cancelled() ? Timeliness.CANCELLED : Timeliness.NOT_ASSIGNED, Optional.empty(),
          Optional.empty(), 0, 0, d.urgings(), 0, d.reworks(), ImmutableMap.of(), 0, d.rating(), d.effective(),
          ImmutableMap.of(), perUnit(d, COMMENDED), 0, d.dissatisfied(), perUnit(d, HANDED_BACK));
    }
    Spans sp = spans(d, atSecond, atDay);
    return new ItemFacts(sp.timeliness(), dueAt, d.completedAt(), sp.late(), sp.early(), d.urgings(),
        d.urgingsAfterDue(), d.reworks(), perUnit(d, SIGN_DAYS), sp.missed(), d.rating(), d.effective(),
        perUnit(d, URGED_LATE), perUnit(d, COMMENDED), sinceAssignment(d.assignedDay(), atDay), d.dissatisfied(),
        perUnit(d, HANDED_BACK));
  }

  private int between(int startExclusiveDay, int endInclusiveDay) {
    return calendar.workingDaysBetween(LocalDate.ofEpochDay(startExclusiveDay), LocalDate.ofEpochDay(endInclusiveDay));
  }

  @Override
  public String toString() {
    return "ItemDigest[" + history.size() + " events" + (settled ? ", settled" : "") + "]";
  }
}
