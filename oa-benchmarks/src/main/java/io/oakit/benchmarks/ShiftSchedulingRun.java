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
 * <p>Without a step budget every instance gets 15,000,000 steps in one search (and, as they are small, the
 * optimiser's dive from the linear relaxation, which also proves a lower bound: printed beside the objective).
 *
 * <pre>java -cp oa-benchmarks/target/benchmarks.jar io.oakit.benchmarks.ShiftSchedulingRun ../shared/data/shift-scheduling default 1,2,3</pre>
 */
public final class ShiftSchedulingRun {

  private static final Map<String, Long> BEST_KNOWN = Map.of("Instance1", 607L, "Instance2", 828L, "Instance4", 1716L,
      "Instance5", 1143L);

  /** The default budget. */
  private static final long STEPS = 15_000_000;

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
   * @param args the instances' directory, the step budget ({@code default}: 15,000,000), the seeds
   *     (comma-separated), the restarts sharing the budget, the instances (comma-separated; all four when absent)
   * @throws IOException if an instance cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/shift-scheduling");
    boolean fixedBudget = args.length > 1 && !args[1].equals("default");
    String[] seeds = (args.length > 2 ? args[2] : "1").split(",");
    System.out.println("| instance | seed | steps (restarts) | objective | lower bound | best known | gap | valid | seconds |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    for (String name : (args.length > 4 ? args[4] : "Instance1,Instance2,Instance4,Instance5").split(",")) {
      ShiftProblem p = instance(dir, name);
      long steps = fixedBudget ? Long.parseLong(args[1]) : STEPS;
      int restarts = args.length > 3 ? Integer.parseInt(args[3]) : 1;
      for (String seed : seeds) {
        long t = System.nanoTime();
        ShiftOptimizer.Result res = ShiftOptimizer.solve(p, Long.parseLong(seed.strip()), steps, restarts);
        double seconds = (System.nanoTime() - t) / 1e9;
        long best = BEST_KNOWN.get(name);
        // the soft cost of a schedule that breaks a hard rule says nothing: no gap for it
        String gap = res.valid() ? String.format(Locale.ROOT, "%.1f%%", 100.0 * (res.objective() - best) / best) : "—";
        String bound = res.lowerBound().isPresent() ? String.format(Locale.ROOT, "%,d", res.lowerBound().getAsLong()) : "—";
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %,d (%d) | %,d | %s | %,d | %s | %s | %.1f |", name,
            seed.strip(), steps, restarts, res.objective(), bound, best, gap, res.valid() ? "yes" : "no (" + res.schedule().violations()
                .size() + " broken)", seconds));
      }
    }
  }
}
