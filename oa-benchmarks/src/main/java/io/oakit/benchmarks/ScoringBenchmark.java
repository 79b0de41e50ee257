package io.oakit.benchmarks;

import io.oakit.testkit.SupervisionGenerators;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.RankedUnit;
import io.oakit.core.supervision.scoring.Ranking;
import io.oakit.core.supervision.scoring.ReferenceScoreCard;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a year of supervision: 1,000,000 generated items (every life the model allows: signed,
 * urged, reworked, late, early, commended, cancelled…) across 200 units, scored with the default
 * score card into one sheet per unit, then ranked — on one thread. Beside it, the naive baseline:
 * the reference card of the tests (history read directly, working days counted one day at a time),
 * summed per unit.
 *
 * <p>The million items take about 2 GB; the heap is fixed and touched up front so that first-use page
 * faults of a virtual machine's memory do not land inside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {

  static final LocalDateTime AS_OF = LocalDateTime.of(2026, 12, 31, 18, 0);

  @Param({"1000000"})
  int items;

  @Param({"200"})
  int units;

  /**
   * {@code shared}: the items name their units with one instance per name, as items built from a
   * host's unit directory do; {@code own}: each item keeps its own copies, as items decoded one by
   * one from stored text do (the library interns nothing).
   */
  @Param({"shared", "own"})
  String names;

  List<SupervisionItem> all;
  AssessmentPeriod year = AssessmentPeriod.year(2026);
  ScoreCard card = ScoreCard.defaults();

  @Setup
  public void setUp() {
    all = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      all.add(names.equals("own") ? SupervisionGenerators.itemWithOwnNames(i, units)
          : SupervisionGenerators.item(i, units));
    }
  }

  /** Moves the scoring instant by a second per call, so nothing worked out for the last call's instant is reused. */
  long calls;

  @Benchmark
  public List<RankedUnit> scoreAndRank_oakit() {
    Map<String, ScoreSheet> sheets = Scoring.sheets(card, year, all, AS_OF.plusSeconds(++calls % 3600));
    return Ranking.rank(sheets.values());
  }

  @Benchmark
  public List<Map.Entry<String, BigDecimal>> scoreAndRank_naive() {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (SupervisionItem item : all) {
      for (String unit : item.units()) {
        totals.merge(unit, ReferenceScoreCard.points(item, unit, AS_OF), BigDecimal::add);
      }
    }
    List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>(totals.entrySet());
    ranked.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
    return ranked;
  }
}
