package io.oakit.benchmarks;

import io.oakit.core.shift.CurtoisQuReader;
import io.oakit.core.shift.ShiftOptimizer;
import io.oakit.core.shift.ShiftProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Solves the Curtois &amp; Qu benchmark instances with a fixed step budget and prints, per instance and seed, the
 * objective, the best known value, the gap, whether the schedule is valid and the time. Not a JMH benchmark: the
 * step budget, not the clock, decides the work.
 *
 * <p>Without a step budget each instance gets its own, chosen so that every run ends within 60 seconds on the
 * reference machine: 20,000,000 steps, and for instance 2 (small, quick, and with a deceptive basin 100 above its
 * optimum) four searches of 20,000,000 sharing 80,000,000.
 *
 * <pre>java -cp oa-benchmarks/target/benchmarks.jar io.oakit.benchmarks.ShiftSchedulingRun ../shared/data/shift-scheduling default 1,2,3</pre>
 */
public final class ShiftSchedulingRun {

  private static final Map<String, Long> BEST_KNOWN = Map.of("Instance1", 607L, "Instance2", 828L, "Instance4", 1716L,
      "Instance5", 1143L);

  /** Per instance, the default budget: steps and restarts. */
  private static final Map<String, long[]> BUDGET = Map.of("Instance1", new long[] {20_000_000, 1},
      "Instance2", new long[] {80_000_000, 4}, "Instance4", new long[] {20_000_000, 1},
      "Instance5", new long[] {20_000_000, 1});

  private ShiftSchedulingRun() {}

  /**
   * @param dir the instances' directory
   * @param name an instance, e.g. {@code Instance1}
   * @return the instance read
   * @throws IOException if it cannot be read
   */
  public static ShiftProblem instance(Path dir, String name) throws IOException {
    try (Reader r = Files.newBufferedReader(dir.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
      return CurtoisQuReader.read(r);
    }
  }

  /**
   * @param args the instances' directory, the step budget ({@code default}: each instance its own), the seeds
   *     (comma-separated), the restarts sharing the budget
   * @throws IOException if an instance cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/shift-scheduling");
    boolean fixedBudget = args.length > 1 && !args[1].equals("default");
    String[] seeds = (args.length > 2 ? args[2] : "1").split(",");
    System.out.println("| instance | seed | steps (restarts) | objective | best known | gap | valid | seconds |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    for (String name : new String[] {"Instance1", "Instance2", "Instance4", "Instance5"}) {
      ShiftProblem p = instance(dir, name);
      long steps = fixedBudget ? Long.parseLong(args[1]) : BUDGET.get(name)[0];
      int restarts = fixedBudget ? (args.length > 3 ? Integer.parseInt(args[3]) : 1) : (int) BUDGET.get(name)[1];
      for (String seed : seeds) {
        long t = System.nanoTime();
        ShiftOptimizer.Result res = ShiftOptimizer.solve(p, Long.parseLong(seed.strip()), steps, restarts);
        double seconds = (System.nanoTime() - t) / 1e9;
        long best = BEST_KNOWN.get(name);
        // the soft cost of a schedule that breaks a hard rule says nothing: no gap for it
        String gap = res.valid() ? String.format(Locale.ROOT, "%.1f%%", 100.0 * (res.objective() - best) / best) : "—";
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %,d (%d) | %,d | %,d | %s | %s | %.1f |", name,
            seed.strip(), steps, restarts, res.objective(), best, gap, res.valid() ? "yes" : "no (" + res.schedule().violations()
                .size() + " broken)", seconds));
      }
    }
  }
}
