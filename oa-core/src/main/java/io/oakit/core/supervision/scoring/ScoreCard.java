package io.oakit.core.supervision.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemFacts;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.Timeliness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The default scoring policy, as data: base plus additions minus deductions, the usual shape of a
 * 考核办法. Each item's points are weighted by its importance and by the unit's role (lead 主办 or
 * co-unit 协办). Build with {@link #builder()}; every field has a default (see the builder).
 * Immutable and thread-safe.
 *
 * <p>Per item and unit:
 * <ul>
 *   <li>overdue: {@code overduePerWorkingDay} per working day late (completed late, or still open
 *       and overdue), at most {@code overdueCap} before weighting;
 *   <li>urged after due: {@code perUrgingAfterDue} per urging of this unit after the due instant;
 *   <li>rework: {@code perRework} per review that returned the work;
 *   <li>handed back (推诿): {@code perHandBack} per time this unit handed the item back;
 *   <li>a former lead unit (the item was reassigned away from it, 转办) answers only for its hand-backs,
 *       urgings after due and commendations, weighted as the lead;
 *   <li>missed progress report (lead unit only): {@code perMissedProgressReport} each;
 *   <li>dissatisfied call-back (lead unit only): {@code perDissatisfiedCallBack} per call-back (回访) whose
 *       requester answered 不满意;
 *   <li>late sign-for: {@code lateSignFor} once if the unit signed (or has still not signed) more
 *       than {@code signForWithinWorkingDays} working days after assignment;
 *   <li>completed early: {@code earlyCompletion} once if accepted at least
 *       {@code earlyByWorkingDays} working days before the due date;
 *   <li>commendation: {@code perCommendation} per leader's commendation of this unit;
 *   <li>quality rating: {@code ratingPoints} of the accepted review's rating.
 * </ul>
 */
public final class ScoreCard implements ScoringPolicy {

  private static final BigDecimal ONE = BigDecimal.ONE;

  private final BigDecimal base;
  private final BigDecimal floor;
  private final BigDecimal ceiling;
  private final BigDecimal overduePerWorkingDay;
  private final BigDecimal overdueCap;
  private final BigDecimal perUrgingAfterDue;
  private final BigDecimal perRework;
  private final BigDecimal perHandBack;
  private final BigDecimal perMissedProgressReport;
  private final BigDecimal perDissatisfiedCallBack;
  private final int signForWithinWorkingDays;
  private final BigDecimal lateSignFor;
  private final int earlyByWorkingDays;
  private final BigDecimal earlyCompletion;
  private final BigDecimal perCommendation;
  private final ImmutableMap<QualityRating, BigDecimal> ratingPoints;
  private final BigDecimal leadWeight;
  private final BigDecimal coWeight;
  private final ImmutableMap<Importance, BigDecimal> importanceWeights;
  /** Weights and their notes per importance and role (index: importance ordinal × 2 + (lead ? 0 : 1)). */
  private final BigDecimal[] weights;
  private final long[] weightHundredths;
  private final BigDecimal lossOverdue;
  private final BigDecimal lossUrging;
  private final BigDecimal lossRework;
  private final BigDecimal lossHandBack;
  private final BigDecimal lossMissedReport;
  private final BigDecimal lossDissatisfied;
  private final BigDecimal lossLateSignFor;
  private final String[] cappedNotes;
  private final long centsOverdue;
  private final long centsUrging;
  private final long centsRework;
  private final long centsHandBack;
  private final long centsMissed;
  private final long centsDissatisfied;
  private final long centsLateSign;
  private final long centsEarly;
  private final long centsCommend;
  private final long centsCap;
  private final long[] ratingCents;
  private final String[] notes;
  private final String[][] ratedNotes;

  private ScoreCard(Builder b) {
    this.base = b.base;
    this.floor = b.floor;
    this.ceiling = b.ceiling;
    this.overduePerWorkingDay = b.overduePerWorkingDay;
    this.overdueCap = b.overdueCap;
    this.perUrgingAfterDue = b.perUrgingAfterDue;
    this.perRework = b.perRework;
    this.perHandBack = b.perHandBack;
    this.perMissedProgressReport = b.perMissedProgressReport;
    this.perDissatisfiedCallBack = b.perDissatisfiedCallBack;
    this.signForWithinWorkingDays = b.signForWithinWorkingDays;
    this.lateSignFor = b.lateSignFor;
    this.earlyByWorkingDays = b.earlyByWorkingDays;
    this.earlyCompletion = b.earlyCompletion;
    this.perCommendation = b.perCommendation;
    this.ratingPoints = ImmutableMap.copyOf(b.ratingPoints);
    this.leadWeight = b.leadWeight;
    this.coWeight = b.coWeight;
    this.importanceWeights = ImmutableMap.copyOf(b.importanceWeights);
    this.centsOverdue = cents(overduePerWorkingDay);
    this.centsUrging = cents(perUrgingAfterDue);
    this.centsRework = cents(perRework);
    this.centsHandBack = cents(perHandBack);
    this.centsMissed = cents(perMissedProgressReport);
    this.centsDissatisfied = cents(perDissatisfiedCallBack);
    this.centsLateSign = cents(lateSignFor);
    this.centsEarly = cents(earlyCompletion);
    this.centsCommend = cents(perCommendation);
    this.centsCap = cents(overdueCap);
    this.ratingCents = new long[QualityRating.values().length];
    for (QualityRating r : QualityRating.values()) {
      ratingCents[r.ordinal()] = cents(ratingPoints.get(r));
    }
    this.lossOverdue = overduePerWorkingDay.negate();
    this.lossUrging = perUrgingAfterDue.negate();
    this.lossRework = perRework.negate();
    this.lossHandBack = perHandBack.negate();
    this.lossMissedReport = perMissedProgressReport.negate();
    this.lossDissatisfied = perDissatisfiedCallBack.negate();
    this.lossLateSignFor = lateSignFor.negate();
    int n = Importance.values().length * 2;
    this.weights = new BigDecimal[n];
    this.weightHundredths = new long[n];
    this.notes = new String[n];
    this.ratedNotes = new String[n][QualityRating.values().length];
    this.cappedNotes = new String[n];
    for (Importance imp : Importance.values()) {
      for (boolean lead : new boolean[] {true, false}) {
        int k = imp.ordinal() * 2 + (lead ? 0 : 1);
        BigDecimal iw = importanceWeights.get(imp);
        BigDecimal rw = lead ? leadWeight : coWeight;
        weights[k] = iw.multiply(rw);
        weightHundredths[k] = weights[k].movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        notes[k] = imp.chinese() + " ×" + iw.stripTrailingZeros().toPlainString() + ", " + (lead ? "lead" : "co-unit")
            + " ×" + rw.stripTrailingZeros().toPlainString();
        cappedNotes[k] = "capped at -" + overdueCap.toPlainString() + "; " + notes[k];
        for (QualityRating r : QualityRating.values()) {
          ratedNotes[k][r.ordinal()] = notes[k] + "; rated " + r.chinese();
        }
      }
    }
  }

  /**
   * What a card is made of, as the builder takes it: every amount with its scale as given.
   *
   * @param base the base score
   * @param floor the lowest total
   * @param ceiling the highest total
   * @param overduePerWorkingDay points lost per working day overdue
   * @param overdueCap the most an item loses for being overdue
   * @param urgingAfterDue points lost per urging after the due instant
   * @param rework points lost per return for rework
   * @param handBack points lost per hand-back (推诿) by the unit
   * @param missedProgressReport points lost per missed progress report
   * @param dissatisfiedCallBack points lost per call-back answered 不满意
   * @param signForWithinWorkingDays working days a unit has to sign for an item
   * @param lateSignFor points lost for signing for later
   * @param earlyByWorkingDays working days ahead of due that count as early
   * @param earlyCompletion points gained for completing that early
   * @param commendation points gained per commendation
   * @param ratings points per quality rating
   * @param leadWeight the lead unit's weight
   * @param coWeight a co-unit's weight
   * @param importanceWeights the weight of each importance
   */
  public record Settings(BigDecimal base, BigDecimal floor, BigDecimal ceiling, BigDecimal overduePerWorkingDay,
      BigDecimal overdueCap, BigDecimal urgingAfterDue, BigDecimal rework, BigDecimal handBack,
      BigDecimal missedProgressReport,
      BigDecimal dissatisfiedCallBack, int signForWithinWorkingDays, BigDecimal lateSignFor, int earlyByWorkingDays, BigDecimal earlyCompletion,
      BigDecimal commendation, ImmutableMap<QualityRating, BigDecimal> ratings, BigDecimal leadWeight, BigDecimal coWeight,
      ImmutableMap<Importance, BigDecimal> importanceWeights) {

    /**
     * The card made of these settings — its compiled form, which scores — checked as the builder
     * checks them.
     *
     * @return the card
     * @throws IllegalArgumentException naming the setting at fault
     */
    public ScoreCard compile() {
      return ScoreCard.of(this);
    }
  }

  /**
   * The card of a configuration value: {@code ScoreCard.of(card.settings()).equals(card)}.
   *
   * @param settings what the card is made of
   * @return the card, compiled for scoring
   * @throws IllegalArgumentException naming the setting at fault
   */
  public static ScoreCard of(Settings settings) {
    requireNonNull(settings, "settings");
    Builder b = builder()
        .base(text("base", settings.base()))
        .bounds(text("floor", settings.floor()), text("ceiling", settings.ceiling()))
        .overdue(text("overduePerWorkingDay", settings.overduePerWorkingDay()), text("overdueCap", settings.overdueCap()))
        .urgingAfterDue(text("urgingAfterDue", settings.urgingAfterDue()))
        .rework(text("rework", settings.rework()))
        .handBack(text("handBack", settings.handBack()))
        .missedProgressReport(text("missedProgressReport", settings.missedProgressReport()))
        .dissatisfiedCallBack(text("dissatisfiedCallBack", settings.dissatisfiedCallBack()))
        .lateSignFor(settings.signForWithinWorkingDays(), text("lateSignFor", settings.lateSignFor()))
        .earlyCompletion(settings.earlyByWorkingDays(), text("earlyCompletion", settings.earlyCompletion()))
        .commendation(text("commendation", settings.commendation()))
        .roleWeights(text("leadWeight", settings.leadWeight()), text("coWeight", settings.coWeight()));
    requireNonNull(settings.ratings(), "ratings").forEach((r, p) -> b.rating(r, text("ratings." + r, p)));
    requireNonNull(settings.importanceWeights(), "importanceWeights")
        .forEach((i, w) -> b.importanceWeight(i, text("importanceWeights." + i, w)));
    return b.build();
  }

  /** A setting as the builder takes it; the builder checks its range and scale before it is written out. */
  private static String text(String name, BigDecimal value) {
    return io.oakit.core.Amounts.check(name, requireNonNull(value, name)).toString();
  }

  /** @return what this card is made of: its configuration value, with equals */
  public Settings settings() {
    return new Settings(base, floor, ceiling, overduePerWorkingDay, overdueCap, perUrgingAfterDue, perRework, perHandBack,
        perMissedProgressReport, perDissatisfiedCallBack, signForWithinWorkingDays, lateSignFor, earlyByWorkingDays, earlyCompletion,
        perCommendation, ImmutableMap.copyOf(new java.util.TreeMap<>(ratingPoints)), leadWeight, coWeight,
        ImmutableMap.copyOf(new java.util.TreeMap<>(importanceWeights)));
  }

  /** Two cards are equal when they are made of the same settings (amounts with the same scale). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreCard c && settings().equals(c.settings());
  }

  @Override
  public int hashCode() {
    return settings().hashCode();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default card (see {@link Builder}).
   *
   * @return the card
   */
  public static ScoreCard defaults() {
    return builder().build();
  }

  @Override
  public BigDecimal base() {
    return base;
  }

  @Override
  public BigDecimal floor() {
    return floor;
  }

  @Override
  public BigDecimal ceiling() {
    return ceiling;
  }

  @Override
  public List<ScoreLine> scoreItem(SupervisionItem item, String unit, LocalDateTime asOf) {
    List<ScoreLine> lines = new ArrayList<>(4);
    score(item, unit, asOf, lines);
    return java.util.Collections.unmodifiableList(lines);
  }

  /** The same points as {@link #scoreItem}, summed without building the lines. */
  @Override
  public long pointsInHundredths(SupervisionItem item, String unit, LocalDateTime asOf) {
    return score(item, unit, asOf, null);
  }

  /**
   * Scores one unit on one item: returns the points in hundredths and, when {@code lines} is not
   * null, adds a line per rule that applies. One path for both, so the total and the lines cannot
   * disagree.
   */
  private long score(SupervisionItem item, String unit, LocalDateTime asOf, List<ScoreLine> lines) {
    requireNonNull(item, "item");
    requireNonNull(unit, "unit");
    requireNonNull(asOf, "asOf");
    List<String> units = item.units();
    boolean former = !units.contains(unit);
    checkArgument(!former || item.formerUnits().contains(unit), "unit %s is not assigned to item %s", unit, item.id());
    ItemFacts f = item.facts(asOf);
    if (f.timeliness() == Timeliness.CANCELLED || f.timeliness() == Timeliness.NOT_ASSIGNED) {
      return 0;
    }
    boolean lead = former || unit.equals(units.get(0)); // the lead unit comes first; a former lead weighs as one
    int k = item.importance().ordinal() * 2 + (lead ? 0 : 1);
    String note = notes[k];
    String id = item.id();
    long sum = 0;
    if (former) {
      // a unit the item was reassigned away from (转办) answers only for what it did while it led it
      sum += add(lines, unit, id, ScoreRule.HANDED_BACK, f.handBacksByUnit().getOrDefault(unit, 0), lossHandBack,
          -centsHandBack, k, note);
      sum += add(lines, unit, id, ScoreRule.URGING_AFTER_DUE, f.urgingsAfterDueByUnit().getOrDefault(unit, 0),
          lossUrging, -centsUrging, k, note);
      sum += add(lines, unit, id, ScoreRule.COMMENDATION, f.commendationsByUnit().getOrDefault(unit, 0),
          perCommendation, centsCommend, k, note);
      return sum;
    }
    int late = f.lateWorkingDays();
    if (late > 0 && overduePerWorkingDay.signum() > 0) {
      if (centsOverdue * late > centsCap) {
        // capped: the line shows the per-day rate and says it was capped
        sum += line(lines, unit, id, ScoreRule.OVERDUE, late, -centsCap, lossOverdue, k, cappedNotes[k]);
      } else {
        sum += line(lines, unit, id, ScoreRule.OVERDUE, late, -centsOverdue * late, lossOverdue, k, note);
      }
    }
    sum += add(lines, unit, id, ScoreRule.URGING_AFTER_DUE, f.urgingsAfterDueByUnit().getOrDefault(unit, 0), lossUrging,
        -centsUrging, k, note);
    sum += add(lines, unit, id, ScoreRule.REWORK, f.reworks(), lossRework, -centsRework, k, note);
    sum += add(lines, unit, id, ScoreRule.HANDED_BACK, f.handBacksByUnit().getOrDefault(unit, 0), lossHandBack,
        -centsHandBack, k, note);
    if (lead) {
      sum += add(lines, unit, id, ScoreRule.MISSED_PROGRESS_REPORT, f.progressReportsMissed(), lossMissedReport,
          -centsMissed, k, note);
      sum += add(lines, unit, id, ScoreRule.DISSATISFIED_CALL_BACK, f.dissatisfiedCallBacks(), lossDissatisfied,
          -centsDissatisfied, k, note);
    }
    Integer signed = f.workingDaysToSignFor().get(unit);
    int toSign = signed != null ? signed : f.workingDaysSinceAssignment();
    if (toSign > signForWithinWorkingDays) {
      sum += add(lines, unit, id, ScoreRule.LATE_SIGN_FOR, 1, lossLateSignFor, -centsLateSign, k, note);
    }
    if (f.completedAt().isPresent() && f.earlyWorkingDays() >= earlyByWorkingDays && earlyByWorkingDays > 0) {
      sum += add(lines, unit, id, ScoreRule.EARLY_COMPLETION, 1, earlyCompletion, centsEarly, k, note);
    }
    sum += add(lines, unit, id, ScoreRule.COMMENDATION, f.commendationsByUnit().getOrDefault(unit, 0), perCommendation,
        centsCommend, k, note);
    if (f.rating().isPresent()) {
      QualityRating r = f.rating().get();
      sum += add(lines, unit, id, ScoreRule.QUALITY_RATING, 1, ratingPoints.get(r), ratingCents[r.ordinal()], k,
          ratedNotes[k][r.ordinal()]);
    }
    return sum;
  }

  private long add(List<ScoreLine> lines, String unit, String id, ScoreRule rule, int quantity,
      BigDecimal perUnit, long perUnitCents, int k, String note) {
    if (quantity > 0 && perUnitCents != 0) {
      return line(lines, unit, id, rule, quantity, perUnitCents * quantity, perUnit, k, note);
    }
    return 0;
  }

  /**
   * A line worth {@code cents × weight} (cents: the unweighted points in hundredths), rounded half-up to
   * two decimals, added to {@code lines} unless null. Amounts and weights have at most two decimals,
   * so the product is exact in ten-thousandths and fits a long.
   *
   * @return the line's points in hundredths
   */
  private long line(List<ScoreLine> lines, String unit, String id, ScoreRule rule, int quantity, long cents,
      BigDecimal perUnit, int k, String note) {
    long tenThousandths = cents * weightHundredths[k];
    long hundredths = (Math.abs(tenThousandths) + 50) / 100 * Long.signum(tenThousandths);
    if (lines != null) {
      lines.add(new ScoreLine(unit, id, rule, quantity, perUnit, weights[k], note, hundredths));
    }
    return hundredths;
  }

  /** An amount of at most two decimals (checked by the builder) in hundredths. */
  private static long cents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }

  @Override
  public String toString() {
    return "ScoreCard[base " + base + ", bounds " + floor + ".." + ceiling + ", overdue -" + overduePerWorkingDay
        + "/day cap " + overdueCap + ", urging -" + perUrgingAfterDue + ", rework -" + perRework + ", weights "
        + importanceWeights + ", lead " + leadWeight + ", co " + coWeight + "]";
  }

  /**
   * Builds a {@link ScoreCard}. Defaults: base 100, floor 0, ceiling 120; overdue 1 point per working
   * day, capped at 10; urging after due 0.5; rework 2; hand-back (推诿) 1; missed progress report 0.5; call-back answered 不满意 1;
   * late sign-for 0.5
   * beyond 1 working day; early completion +1 when 3 or more working days early; commendation +2;
   * rating 优 +2, 良 +1, 中 0, 差 -2; lead ×1, co-unit ×0.5; 重大 ×2, 重要 ×1.5, 一般 ×1. Amounts are
   * points ≥ 0 (deductions are given as positive numbers). Not thread-safe.
   */
  public static final class Builder {
    private BigDecimal base = new BigDecimal("100");
    private BigDecimal floor = BigDecimal.ZERO;
    private BigDecimal ceiling = new BigDecimal("120");
    private BigDecimal overduePerWorkingDay = ONE;
    private BigDecimal overdueCap = BigDecimal.TEN;
    private BigDecimal perUrgingAfterDue = new BigDecimal("0.5");
    private BigDecimal perRework = new BigDecimal("2");
    private BigDecimal perHandBack = ONE;
    private BigDecimal perMissedProgressReport = new BigDecimal("0.5");
    private BigDecimal perDissatisfiedCallBack = ONE;
    private int signForWithinWorkingDays = 1;
    private BigDecimal lateSignFor = new BigDecimal("0.5");
    private int earlyByWorkingDays = 3;
    private BigDecimal earlyCompletion = ONE;
    private BigDecimal perCommendation = new BigDecimal("2");
    private final Map<QualityRating, BigDecimal> ratingPoints = new EnumMap<>(Map.of(
        QualityRating.EXCELLENT, new BigDecimal("2"), QualityRating.GOOD, ONE,
        QualityRating.FAIR, BigDecimal.ZERO, QualityRating.POOR, new BigDecimal("-2")));
    private BigDecimal leadWeight = ONE;
    private BigDecimal coWeight = new BigDecimal("0.5");
    private final Map<Importance, BigDecimal> importanceWeights = new EnumMap<>(Map.of(
        Importance.MAJOR, new BigDecimal("2"), Importance.IMPORTANT, new BigDecimal("1.5"), Importance.GENERAL, ONE));

    private Builder() {}

    private static BigDecimal points(String name, String value) {
      BigDecimal v = twoDecimals(name, value);
      checkArgument(v.signum() >= 0, "%s must be >= 0 but was %s", name, value);
      return v;
    }

    private static BigDecimal twoDecimals(String name, String value) {
      BigDecimal v = io.oakit.core.Amounts.parse(name, value);  // empty, not a number, absurd: refused by name
      checkArgument(v.stripTrailingZeros().scale() <= 2, "%s must have at most two decimals but was %s", name, value);
      checkArgument(v.abs().compareTo(new BigDecimal("1000000")) < 0, "%s must be below 1,000,000 but was %s", name, value);
      return v;
    }

    /**
     * @param points base score per unit and period
     * @return this builder
     */
    public Builder base(String points) {
      this.base = points("base", points);
      return this;
    }

    /**
     * @param lowest the lowest unit total
     * @param highest the highest unit total
     * @return this builder
     */
    public Builder bounds(String lowest, String highest) {
      BigDecimal lo = twoDecimals("floor", lowest);
      BigDecimal hi = twoDecimals("ceiling", highest);
      checkArgument(lo.compareTo(hi) <= 0, "floor %s must not be above ceiling %s", lowest, highest);
      this.floor = lo;
      this.ceiling = hi;
      return this;
    }

    /**
     * @param perWorkingDay points lost per working day overdue
     * @param cap the most lost per item for lateness, before weighting
     * @return this builder
     */
    public Builder overdue(String perWorkingDay, String cap) {
      this.overduePerWorkingDay = points("overduePerWorkingDay", perWorkingDay);
      this.overdueCap = points("overdueCap", cap);
      return this;
    }

    /**
     * @param points lost per urging after due
     * @return this builder
     */
    public Builder urgingAfterDue(String points) {
      this.perUrgingAfterDue = points("perUrgingAfterDue", points);
      return this;
    }

    /**
     * @param points lost per rework
     * @return this builder
     */
    public Builder rework(String points) {
      this.perRework = points("perRework", points);
      return this;
    }

    /**
     * @param points lost per hand-back (推诿) by the unit
     * @return this builder
     */
    public Builder handBack(String points) {
      this.perHandBack = points("perHandBack", points);
      return this;
    }

    /**
     * @param points lost per missed progress report
     * @return this builder
     */
    public Builder missedProgressReport(String points) {
      this.perMissedProgressReport = points("perMissedProgressReport", points);
      return this;
    }

    /**
     * @param points lost per call-back (回访) answered 不满意 (lead unit)
     * @return this builder
     */
    public Builder dissatisfiedCallBack(String points) {
      this.perDissatisfiedCallBack = points("perDissatisfiedCallBack", points);
      return this;
    }

    /**
     * @param withinWorkingDays working days allowed to sign for an item
     * @param points lost when later
     * @return this builder
     */
    public Builder lateSignFor(int withinWorkingDays, String points) {
      checkArgument(withinWorkingDays >= 0, "withinWorkingDays must be >= 0 but was %s", withinWorkingDays);
      this.signForWithinWorkingDays = withinWorkingDays;
      this.lateSignFor = points("lateSignFor", points);
      return this;
    }

    /**
     * @param byWorkingDays working days before the due date that count as early, {@code >= 1}
     * @param points gained
     * @return this builder
     */
    public Builder earlyCompletion(int byWorkingDays, String points) {
      checkArgument(byWorkingDays >= 1, "byWorkingDays must be >= 1 but was %s", byWorkingDays);
      this.earlyByWorkingDays = byWorkingDays;
      this.earlyCompletion = points("earlyCompletion", points);
      return this;
    }

    /**
     * @param points gained per commendation
     * @return this builder
     */
    public Builder commendation(String points) {
      this.perCommendation = points("perCommendation", points);
      return this;
    }

    /**
     * @param rating a rating
     * @param points gained (negative: lost) for it
     * @return this builder
     */
    public Builder rating(QualityRating rating, String points) {
      ratingPoints.put(requireNonNull(rating, "rating"), twoDecimals("rating points", points));
      return this;
    }

    /**
     * Weights have at most two decimals; the weight of an item is importance × role, rounded to two decimals.
     *
     * @param lead weight of the lead unit
     * @param co weight of a co-unit
     * @return this builder
     */
    public Builder roleWeights(String lead, String co) {
      this.leadWeight = points("leadWeight", lead);
      this.coWeight = points("coWeight", co);
      return this;
    }

    /**
     * @param importance an importance
     * @param weight its weight
     * @return this builder
     */
    public Builder importanceWeight(Importance importance, String weight) {
      importanceWeights.put(requireNonNull(importance, "importance"), points("importanceWeight", weight));
      return this;
    }

    /**
     * @return the card
     * @throws IllegalArgumentException if the base lies outside the bounds
     */
    public ScoreCard build() {
      checkArgument(base.compareTo(floor) >= 0 && base.compareTo(ceiling) <= 0,
          "base %s must lie within the bounds %s..%s", base, floor, ceiling);
      return new ScoreCard(this);
    }
  }
}
