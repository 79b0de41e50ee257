package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import io.oakit.core.supervision.ItemFacts;
import io.oakit.core.supervision.SupervisionEvent;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.Timeliness;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The rates offices track for a unit as lead unit (主办) over a period. The items counted are the
 * unit's items that {@link Scoring} counts in the period (due date inside it, not cancelled),
 * judged as of an instant. A rate whose denominator is zero is empty — "no items", shown as a dash —
 * rather than 0% or 100%.
 *
 * @param unit the unit
 * @param period the period
 * @param onTime 按期办结率: items accepted at or before their due instant / items counted
 * @param completion 办结率: items accepted (on time or late) / items counted
 * @param effective 办实率: accepted items the review found really resolved / items accepted
 * @param satisfaction 回访满意率: satisfied call-backs / call-backs, over the items counted
 */
public record SupervisionRates(String unit, AssessmentPeriod period, Optional<Rate> onTime, Optional<Rate> completion,
    Optional<Rate> effective, Optional<Rate> satisfaction) {

  /**
   * Checks the arguments.
  *
  * @param completion 办结率: items accepted (on time or late) / items counted
  * @param effective 办实率: accepted items the review found really resolved / items accepted
  * @param onTime 按期办结率: items accepted at or before their due instant / items counted
  * @param period the period
  * @param satisfaction 回访满意率: satisfied call-backs / call-backs, over the items counted
  * @param unit the unit
   */
  public SupervisionRates {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    requireNonNull(onTime, "onTime");
    requireNonNull(completion, "completion");
    requireNonNull(effective, "effective");
    requireNonNull(satisfaction, "satisfaction");
  }

  /**
   * Computes the rates.
   *
   * @param unit the lead unit
   * @param period the period
   * @param items the items (others are ignored)
   * @param asOf the instant
   * @return the rates
   */
  public static SupervisionRates of(String unit, AssessmentPeriod period, Iterable<SupervisionItem> items,
      LocalDateTime asOf) {
    Counter counter = counter(unit, period, asOf);
    for (SupervisionItem item : items) {
      counter.add(item);
    }
    return counter.rates();
  }

  /**
   * Counts items as they come, for items read a page at a time: {@link Counter#rates()} after every item was
   * added equals {@link #of} over them all; no item is kept.
   *
   * @param unit the lead unit
   * @param period the period
   * @param asOf the instant
   * @return an empty counter
   */
  public static Counter counter(String unit, AssessmentPeriod period, LocalDateTime asOf) {
    return new Counter(requireNonNull(unit, "unit"), requireNonNull(period, "period"), requireNonNull(asOf, "asOf"));
  }

  /** The rates' numerators and denominators so far. Not thread-safe. */
  public static final class Counter {
    private final String unit;
    private final AssessmentPeriod period;
    private final LocalDateTime asOf;
    private int counted;
    private int onTime;
    private int accepted;
    private int effective;
    private int calls;
    private int satisfied;

    private Counter(String unit, AssessmentPeriod period, LocalDateTime asOf) {
      this.unit = unit;
      this.period = period;
      this.asOf = asOf;
    }

    /**
     * Counts an item if the unit leads it and the period counts it; ignores it otherwise.
     *
     * @param item an item
     */
    public void add(SupervisionItem item) {
      if (!Scoring.counts(item, period) || !item.leadUnit().map(unit::equals).orElse(false)) {
        return;
      }
      counted++;
      ItemFacts f = item.facts(asOf);
      if (f.timeliness() == Timeliness.ON_TIME || f.timeliness() == Timeliness.LATE) {
        accepted++;
        onTime += f.timeliness() == Timeliness.ON_TIME ? 1 : 0;
        effective += f.effective() ? 1 : 0;
      }
      for (SupervisionEvent.CalledBack c : item.events(SupervisionEvent.CalledBack.class)) {
        if (!c.at().isAfter(asOf)) {
          calls++;
          satisfied += c.satisfied() ? 1 : 0;
        }
      }
    }

    /** @return the rates of the items added so far */
    public SupervisionRates rates() {
      return new SupervisionRates(unit, period, rate(onTime, counted), rate(accepted, counted), rate(effective, accepted),
          rate(satisfied, calls));
    }
  }

  private static Optional<Rate> rate(int numerator, int denominator) {
    return denominator == 0 ? Optional.empty() : Optional.of(new Rate(numerator, denominator));
  }
}
