package io.oakit.benchmarks;

import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Generating the full-year roster of {@link RosterInstances} (366 days × 4 slots, 200 people). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RosterBenchmark {

  @Benchmark
  public Roster generateYear_oakit() {
    return RosterGenerator.generate(RosterInstances.PLAN, RosterInstances.PEOPLE, RosterInstances.RULES, 42);
  }
}
