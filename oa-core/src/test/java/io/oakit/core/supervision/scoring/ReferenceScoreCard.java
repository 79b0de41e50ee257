package io.oakit.core.supervision.scoring;

import io.oakit.core.calendar.NaiveWorkCalendar;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionEvent;
import io.oakit.core.supervision.SupervisionItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The obviously-correct reference for the default score card: reads the history directly, counts
 * working days one day at a time on the naive calendar, and adds up each rule's points as written
 * in the ScoreCard Javadoc. Returns one unit's item points for one item.
 */
public final class ReferenceScoreCard {

  private static final WorkCalendar CAL = NaiveWorkCalendar.official();

  private ReferenceScoreCard() {}

  private static int workingDaysAfterUpTo(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      n += CAL.isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }

  public static BigDecimal points(SupervisionItem item, String unit, LocalDateTime asOf) {
    if (item.deadline().isEmpty()) {
      return BigDecimal.ZERO;
    }
    LocalDateTime due = item.deadline().get().due();
    LocalDateTime assignedAt = null;
    LocalDateTime lastReport = null;
    LocalDateTime completed = null;
    QualityRating rating = null;
    LocalDateTime signedAt = null;
    int reworks = 0;
    int urgedAfterDue = 0;
    int commendations = 0;
    int dissatisfied = 0;
    int handBacks = 0;
    int leadReports = 0;
    String currentLead = null;
    LocalDateTime leadSince = null;
    java.util.Set<String> formerLeads = new java.util.HashSet<>();
    java.util.Set<String> coUnits = new java.util.HashSet<>();
    for (SupervisionEvent e : item.history()) {
      if (e instanceof SupervisionEvent.Assigned a) {
        currentLead = a.leadUnit();
        leadSince = a.at();
        coUnits.addAll(a.coUnits());
      } else if (e instanceof SupervisionEvent.Reassigned r) {  // the item's units are those it has now, as in scoring
        formerLeads.add(r.fromUnit());
        formerLeads.remove(r.toUnit());
        currentLead = r.toUnit();
        leadSince = r.at();
      }
    }
    boolean lead = unit.equals(currentLead);
    boolean former = !lead && !coUnits.contains(unit) && formerLeads.contains(unit);
    for (SupervisionEvent e : item.history()) {
      if (e.at().isAfter(asOf)) {
        continue;
      }
      if (e instanceof SupervisionEvent.Cancelled) {
        return BigDecimal.ZERO;
      } else if (e instanceof SupervisionEvent.Assigned a) {
        assignedAt = a.at();
      } else if (e instanceof SupervisionEvent.SignedFor s && s.unit().equals(unit)) {
        signedAt = s.at();
      } else if (e instanceof SupervisionEvent.Urged u && u.unit().equals(unit) && u.at().isAfter(due)) {
        urgedAfterDue++;
      } else if (e instanceof SupervisionEvent.ProgressReported p && p.unit().equals(item.leadUnit().get())) {
        leadReports++;
      } else if (e instanceof SupervisionEvent.CompletionReported c) {
        lastReport = c.at();
      } else if (e instanceof SupervisionEvent.Reviewed r) {
        if (r.accepted()) {
          completed = lastReport;
          rating = r.rating().get();
        } else {
          reworks++;
        }
      } else if (e instanceof SupervisionEvent.Commended c && c.unit().equals(unit)) {
        commendations++;
      } else if (e instanceof SupervisionEvent.HandedBack h && h.unit().equals(unit)) {
        handBacks++;  // 推诿
      } else if (e instanceof SupervisionEvent.CalledBack c && c.answer() == io.oakit.core.supervision.CallBackAnswer.DISSATISFIED) {
        dissatisfied++;
      }
    }
    if (assignedAt == null) {
      return BigDecimal.ZERO;
    }
    double weight = (item.importance() == Importance.MAJOR ? 2 : item.importance() == Importance.IMPORTANT ? 1.5 : 1)
        * (lead || former ? 1 : 0.5);
    BigDecimal total = BigDecimal.ZERO;
    if (former) {
      // 转办: the former lead answers for its hand-backs, urgings after due and commendations only
      return total.add(pts(-1.0 * handBacks, weight)).add(pts(-0.5 * urgedAfterDue, weight))
          .add(pts(2.0 * commendations, weight));
    }
    LocalDateTime reference = completed != null ? completed : asOf;
    if (reference.isAfter(due)) {
      int late = Math.max(1, workingDaysAfterUpTo(due.toLocalDate(), reference.toLocalDate()));
      total = total.add(pts(-Math.min(late, 10), weight));
    }
    total = total.add(pts(-0.5 * urgedAfterDue, weight));
    total = total.add(pts(-2.0 * reworks, weight));
    total = total.add(pts(-1.0 * handBacks, weight));
    if (lead && item.progressEveryWorkingDays() > 0) {
      LocalDateTime until = completed != null ? completed : lastReport != null && lastReport.isBefore(asOf) ? lastReport : asOf;
      int elapsed = workingDaysAfterUpTo(assignedAt.toLocalDate(), until.toLocalDate());
      total = total.add(pts(-0.5 * Math.max(0, elapsed / item.progressEveryWorkingDays() - leadReports), weight));
    }
    if (lead) {
      total = total.add(pts(-1.0 * dissatisfied, weight));  // 回访不满意
    }
    // the lead's time to sign runs from when it became the lead (a reassignment), once it signed
    LocalDateTime signFrom = lead && signedAt != null ? leadSince : assignedAt;
    int toSign = workingDaysAfterUpTo(signFrom.toLocalDate(), (signedAt != null ? signedAt : asOf).toLocalDate());
    if (toSign > 1) {
      total = total.add(pts(-0.5, weight));
    }
    if (completed != null && !completed.isAfter(due) && workingDaysAfterUpTo(completed.toLocalDate(), due.toLocalDate()) >= 3) {
      total = total.add(pts(1, weight));
    }
    total = total.add(pts(2.0 * commendations, weight));
    if (rating != null) {
      total = total.add(pts(switch (rating) {
        case EXCELLENT -> 2;
        case GOOD -> 1;
        case FAIR -> 0;
        case POOR -> -2;
      }, weight));
    }
    return total;
  }

  private static BigDecimal pts(double points, double weight) {
    return BigDecimal.valueOf(points * weight).setScale(2, RoundingMode.HALF_UP);
  }
}
