package io.oakit.benchmarks;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.NaiveWorkCalendar;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.SplittableRandom;
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
 * The deadline kinds of the offices' texts — by a fixed date, a lead time before an event, yearly,
 * periodic, natural hours — on OA Kit's indexed calendar beside the same rules on the naive day-by-day
 * reference calendar (official 2019–2026 data). {@code span} is the distance in days from the start to
 * the fixed date or the event, and the lead time in working days; the indexed calendar's cost should
 * not grow with it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineKindsBenchmark {

  private static final int N = 1024;

  @Param({"20", "250"})
  int span;

  WorkCalendar indexed;
  WorkCalendar naive;
  LocalDateTime[] starts;
  DeadlineRule[] byDate;
  DeadlineRule[] before;
  DeadlineRule yearly;
  DeadlineRule periodic;
  DeadlineRule natural;
  int i;

  @Setup
  public void setUp() {
    indexed = ChinaCalendars.official();
    naive = NaiveWorkCalendar.official();
    SplittableRandom random = new SplittableRandom(42);
    starts = new LocalDateTime[N];
    byDate = new DeadlineRule[N];
    before = new DeadlineRule[N];
    long from = LocalDate.of(2019, 3, 1).toEpochDay();
    long to = LocalDate.of(2025, 6, 30).toEpochDay();
    for (int k = 0; k < N; k++) {
      LocalDate d = LocalDate.ofEpochDay(random.nextLong(from, to));
      starts[k] = d.atTime(8, 0).plusMinutes(random.nextInt(10 * 60));
      byDate[k] = DeadlineRule.byDate(d.plusDays(span));
      before[k] = DeadlineRule.before(d.plusDays(span * 2L), span, DeadlineRule.Unit.WORKING_DAYS);
    }
    yearly = DeadlineRule.yearly(MonthDay.of(11, 30));
    periodic = DeadlineRule.parse("at least 1 time every quarter");
    natural = DeadlineRule.naturalHours(4);
  }

  private int next() {
    return i = (i + 1) & (N - 1);
  }

  @Benchmark
  public LocalDateTime byDate_oakit() {
    int k = next();
    return byDate[k].dueInstant(indexed, starts[k]);
  }

  @Benchmark
  public LocalDateTime byDate_naive() {
    int k = next();
    return byDate[k].dueInstant(naive, starts[k]);
  }

  @Benchmark
  public LocalDateTime beforeEvent_oakit() {
    int k = next();
    return before[k].dueInstant(indexed, starts[k]);
  }

  @Benchmark
  public LocalDateTime beforeEvent_naive() {
    int k = next();
    return before[k].dueInstant(naive, starts[k]);
  }

  @Benchmark
  public LocalDateTime yearly_oakit() {
    return yearly.dueInstant(indexed, starts[next()]);
  }

  @Benchmark
  public LocalDateTime periodic_oakit() {
    return periodic.dueInstant(indexed, starts[next()]);
  }

  @Benchmark
  public LocalDateTime naturalHours_oakit() {
    return natural.dueInstant(indexed, starts[next()]);
  }
}
