package io.oakit.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.NaiveWorkCalendar;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.testkit.SupervisionGenerators;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * An item's facts — at instants inside its history and after it, where the item answers from the
 * digest it made of its whole history — agree with a plain reading of the history that counts
 * working days one day at a time on the naive calendar.
 */
class ItemFactsProperties {

  private static final WorkCalendar CAL = NaiveWorkCalendar.official();

  private static int workingDaysAfterUpTo(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      n += CAL.isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }

  @Property(tries = 400)
  void factsAgreeWithAPlainReadingOfTheHistory(@ForAll long seed, @ForAll @IntRange(min = 0, max = 420) int daysAfter) {
    SupervisionItem item = SupervisionGenerators.item(seed, 5);
    LocalDateTime asOf = LocalDateTime.of(2026, 1, 2, 17, 0).plusDays(daysAfter);
    if (asOf.getYear() > 2026) {
      asOf = LocalDateTime.of(2026, 12, 31, 18, 0);
    }
    ItemFacts f = item.facts(asOf);

    LocalDateTime assignedAt = null;
    LocalDateTime lastReport = null;
    LocalDateTime completed = null;
    Optional<QualityRating> rating = Optional.empty();
    boolean effective = false;
    boolean cancelled = false;
    int urgings = 0;
    int reworks = 0;
    int leadReports = 0;
    Map<String, Integer> toSign = new HashMap<>();
    Map<String, Integer> urgedLate = new HashMap<>();
    Map<String, Integer> commended = new HashMap<>();
    Map<String, Integer> handedBack = new HashMap<>();
    int dissatisfied = 0;
    String leading = null;
    LocalDateTime leadingSince = null;
    LocalDateTime due = item.deadline().map(d -> d.due()).orElse(null);
    for (SupervisionEvent e : item.history()) {
      if (e.at().isAfter(asOf)) {
        continue;
      }
      if (e instanceof SupervisionEvent.Assigned a) {
        assignedAt = a.at();
        leading = a.leadUnit();
        leadingSince = a.at();
      } else if (e instanceof SupervisionEvent.Reassigned r) {
        leading = r.toUnit();  // 转办: the new lead's time to sign runs from here
        leadingSince = r.at();
      } else if (e instanceof SupervisionEvent.SignedFor s) {
        LocalDateTime from = s.unit().equals(leading) ? leadingSince : assignedAt;
        toSign.put(s.unit(), workingDaysAfterUpTo(from.toLocalDate(), s.at().toLocalDate()));
      } else if (e instanceof SupervisionEvent.HandedBack h) {
        handedBack.merge(h.unit(), 1, Integer::sum);
      } else if (e instanceof SupervisionEvent.CalledBack c) {
        dissatisfied += c.satisfied() ? 0 : 1;
      } else if (e instanceof SupervisionEvent.Urged u) {
        urgings++;
        if (u.at().isAfter(due)) {
          urgedLate.merge(u.unit(), 1, Integer::sum);
        }
      } else if (e instanceof SupervisionEvent.Commended c) {
        commended.merge(c.unit(), 1, Integer::sum);
      } else if (e instanceof SupervisionEvent.ProgressReported p && p.unit().equals(item.leadUnit().orElseThrow())) {
        leadReports++;
      } else if (e instanceof SupervisionEvent.CompletionReported c) {
        lastReport = c.at();
      } else if (e instanceof SupervisionEvent.Reviewed r) {
        if (r.accepted()) {
          completed = lastReport;
          rating = r.rating();
          effective = r.effective();
        } else {
          reworks++;
        }
      } else if (e instanceof SupervisionEvent.Cancelled) {
        cancelled = true;
      }
    }
    String about = item.id() + " as of " + asOf + ": " + item.history();
    assertThat(f.urgings()).as(about).isEqualTo(urgings);
    assertThat(f.reworks()).as(about).isEqualTo(reworks);
    assertThat(f.rating()).as(about).isEqualTo(rating);
    assertThat(f.effective()).as(about).isEqualTo(effective);
    assertThat(f.commendationsByUnit()).as(about).isEqualTo(commended);
    assertThat(f.handBacksByUnit()).as(about).isEqualTo(handedBack);
    assertThat(f.dissatisfiedCallBacks()).as(about).isEqualTo(dissatisfied);
    if (assignedAt == null || due == null) {
      assertThat(f.timeliness()).as(about).isEqualTo(cancelled ? Timeliness.CANCELLED : Timeliness.NOT_ASSIGNED);
      return;
    }
    assertThat(f.due()).as(about).contains(due);
    assertThat(f.completedAt()).as(about).isEqualTo(Optional.ofNullable(completed));
    assertThat(f.workingDaysToSignFor()).as(about).isEqualTo(toSign);
    assertThat(f.urgingsAfterDueByUnit()).as(about).isEqualTo(urgedLate);
    assertThat(f.urgingsAfterDue()).as(about).isEqualTo(urgedLate.values().stream().mapToInt(Integer::intValue).sum());
    assertThat(f.workingDaysSinceAssignment()).as(about)
        .isEqualTo(workingDaysAfterUpTo(assignedAt.toLocalDate(), asOf.toLocalDate()));
    Timeliness expected = cancelled ? Timeliness.CANCELLED
        : completed != null ? (completed.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME)
        : asOf.isAfter(due) ? Timeliness.OPEN_OVERDUE : Timeliness.OPEN;
    assertThat(f.timeliness()).as(about).isEqualTo(expected);
    LocalDateTime reference = completed != null ? completed : asOf;
    int late = cancelled || !reference.isAfter(due) ? 0
        : Math.max(1, workingDaysAfterUpTo(due.toLocalDate(), reference.toLocalDate()));
    assertThat(f.lateWorkingDays()).as(about).isEqualTo(late);
    int early = completed != null && !completed.isAfter(due)
        ? workingDaysAfterUpTo(completed.toLocalDate(), due.toLocalDate()) : 0;
    assertThat(f.earlyWorkingDays()).as(about).isEqualTo(early);
    if (item.progressEveryWorkingDays() > 0) {
      LocalDateTime until = completed != null ? completed
          : lastReport != null && lastReport.isBefore(asOf) ? lastReport : asOf;
      int elapsed = workingDaysAfterUpTo(assignedAt.toLocalDate(), until.toLocalDate());
      assertThat(f.progressReportsMissed()).as(about)
          .isEqualTo(Math.max(0, elapsed / item.progressEveryWorkingDays() - leadReports));
    }
  }
}
