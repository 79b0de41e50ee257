package io.oakit.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A duty that recurs ("每季至少一次", "每月报送"): a {@link DeadlineRule.Kind#PERIODIC} or
 * {@link DeadlineRule.Kind#YEARLY} rule, the instant the duty began, and what was done when; reports
 * every period with what was required, what was done, and whether it was met, missed or is still open.
 * A supervision item's progress duty uses it. Immutable and thread-safe.
 */
public final class PeriodicObligation {

  /** How a period stands. */
  public enum Standing {
    /** Enough occurrences in the period. */
    MET,
    /** The period's due instant has passed without enough occurrences. */
    MISSED,
    /** Not enough yet, and still time. */
    OPEN
  }

  /**
   * One period.
   *
   * @param first the period's first day (or the day the duty began, if later)
   * @param last the period's last day
   * @param due when its occurrences are due
   * @param required how many occurrences it needs
   * @param done how many happened in it, at or before its due instant
   * @param standing met, missed or open
   */
  public record Period(LocalDate first, LocalDate last, LocalDateTime due, int required, int done, Standing standing) {
    @Override
    public String toString() {
      return first + ".." + last + " (due " + due + "): " + done + " of " + required + ", " + standing;
    }
  }

  private final DeadlineRule rule;
  private final WorkCalendar calendar;
  private final LocalDateTime since;

  /**
   * @param rule a periodic or yearly rule
   * @param calendar the work calendar
   * @param since when the duty began
   * @throws IllegalArgumentException for a rule that does not recur
   */
  public PeriodicObligation(DeadlineRule rule, WorkCalendar calendar, LocalDateTime since) {
    this.rule = requireNonNull(rule, "rule");
    this.calendar = requireNonNull(calendar, "calendar");
    this.since = requireNonNull(since, "since");
    checkArgument(rule.kind() == DeadlineRule.Kind.PERIODIC || rule.kind() == DeadlineRule.Kind.YEARLY,
        "a recurring duty needs a periodic or yearly rule, not %s", rule);
  }

  /**
   * Every period from the duty's start up to the one containing {@code asOf}.
   *
   * @param done when the duty was performed (reports sent, meetings held); any order
   * @param asOf the instant asked about, not before the start
   * @return the periods in order
   */
  public ImmutableList<Period> periods(Collection<LocalDateTime> done, LocalDateTime asOf) {
    requireNonNull(done, "done");
    requireNonNull(asOf, "asOf");
    checkArgument(!asOf.isBefore(since), "asOf %s is before the duty began %s", asOf, since);
    int required = rule.kind() == DeadlineRule.Kind.PERIODIC ? rule.amount() : 1;
    List<Period> out = new ArrayList<>();
    for (DeadlineRule.Occurrence o : rule.occurrences(calendar, since.toLocalDate(), asOf.toLocalDate())) {
      LocalDateTime from = o.first().isBefore(since.toLocalDate()) ? since : o.first().atStartOfDay();
      if (o.due().isBefore(since)) {
        continue; // the duty began after this period's share fell due
      }
      int count = 0;
      for (LocalDateTime t : done) {
        if (!t.isBefore(from) && !t.isAfter(o.due()) && !t.toLocalDate().isAfter(o.last())) {
          count++;
        }
      }
      Standing s = count >= required ? Standing.MET : asOf.isAfter(o.due()) ? Standing.MISSED : Standing.OPEN;
      out.add(new Period(from.toLocalDate(), o.last(), o.due(), required, count, s));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The missed periods only.
   *
   * @param done when the duty was performed
   * @param asOf the instant asked about
   * @return the missed periods in order
   */
  public ImmutableList<Period> missed(Collection<LocalDateTime> done, LocalDateTime asOf) {
    return periods(done, asOf).stream().filter(p -> p.standing() == Standing.MISSED)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The rule.
   *
   * @return the rule
   */
  public DeadlineRule rule() {
    return rule;
  }
}
