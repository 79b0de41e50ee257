package io.oakit.benchmarks;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.NaiveWorkCalendar;
import io.oakit.core.calendar.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
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
 * Working-day and working-time arithmetic: OA Kit's indexed calendar beside the naive day-by-day
 * reference and ObjectLab Kit on the same calendar (official 2019–2026 data). Start days are
 * working days spread over 2019–2025 (ObjectLab first moves a non-working start forward, which
 * would count differently). {@code span} is the number of working days added; the indexed
 * calendar's cost should not grow with it. For the {@code …Between} benchmarks {@code span} is
 * the number of calendar days between the two dates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {

  private static final int N = 1024;

  @Param({"20", "250"})
  int span;

  WorkCalendar indexed;
  WorkCalendar naive;
  LocalDateCalculator objectLab;
  LocalDate[] starts;
  LocalDate[] ends;
  LocalDateTime[] instants;
  LocalDateTime[] endInstants;
  Duration workingTime;
  int i;

  @Setup
  public void setUp() {
    indexed = ChinaCalendars.official();
    naive = NaiveWorkCalendar.official();
    objectLab = ObjectLabCalendars.forward(indexed);
    SplittableRandom random = new SplittableRandom(42);
    starts = new LocalDate[N];
    ends = new LocalDate[N];
    instants = new LocalDateTime[N];
    endInstants = new LocalDateTime[N];
    long from = LocalDate.of(2019, 1, 1).toEpochDay();
    long to = LocalDate.of(2025, 6, 30).toEpochDay();
    for (int k = 0; k < N; k++) {
      LocalDate d;
      do {
        d = LocalDate.ofEpochDay(random.nextLong(from, to));
      } while (!indexed.isWorkingDay(d));
      starts[k] = d;
      instants[k] = d.atTime(8, 0).plusMinutes(random.nextInt(10 * 60));
      // ends are precomputed so that date arithmetic in the benchmark does not blur the figures
      ends[k] = d.plusDays(span);
      endInstants[k] = instants[k].plusDays(span);
    }
    workingTime = Duration.ofMinutes(390L * span);
  }

  private int next() {
    return i = (i + 1) & (N - 1);
  }

  @Benchmark
  public LocalDate plusWorkingDays_oakit() {
    return indexed.plusWorkingDays(starts[next()], span);
  }

  @Benchmark
  public LocalDate plusWorkingDays_naive() {
    return naive.plusWorkingDays(starts[next()], span);
  }

  @Benchmark
  public LocalDate plusWorkingDays_objectlab() {
    objectLab.setStartDate(starts[next()]);
    return objectLab.moveByBusinessDays(span).getCurrentBusinessDate();
  }

  @Benchmark
  public int workingDaysBetween_oakit() {
    int k = next();
    return indexed.workingDaysBetween(starts[k], ends[k]);
  }

  @Benchmark
  public int workingDaysBetween_naive() {
    int k = next();
    return naive.workingDaysBetween(starts[k], ends[k]);
  }

  @Benchmark
  public int workingDaysBetween_objectlab() {
    int k = next();
    return objectLab.getNumberOfBusinessDaysBetween(starts[k], ends[k]);
  }

  @Benchmark
  public LocalDateTime plusWorkingTime_oakit() {
    return indexed.plusWorkingTime(instants[next()], workingTime);
  }

  @Benchmark
  public LocalDateTime plusWorkingTime_naive() {
    return naive.plusWorkingTime(instants[next()], workingTime);
  }

  @Benchmark
  public Duration workingTimeBetween_oakit() {
    int k = next();
    return indexed.workingTimeBetween(instants[k], endInstants[k]);
  }

  @Benchmark
  public Duration workingTimeBetween_naive() {
    int k = next();
    return naive.workingTimeBetween(instants[k], endInstants[k]);
  }
}
