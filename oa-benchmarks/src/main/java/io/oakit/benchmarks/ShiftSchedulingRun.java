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
 * <pre>java -cp oa-benchmarks/target/benchmarks.jar io.oakit.benchmarks.ShiftSchedulingRun ../shared/data/shift-scheduling 3000000 1,2,3</pre>
 */
public final class ShiftSchedulingRun {

  private static final Map<String, Long> BEST_KNOWN = Map.of("Instance1", 607L, "Instance2", 828L, "Instance4", 1716L,
      "Instance5", 1143L);

  private ShiftSchedulingRun() {}

  /**
   * @param args the instances' directory, the step budget, the seeds (comma-separated), the restarts sharing the
   *     budget
   * @throws IOException if an instance cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/shift-scheduling");
    long steps = args.length > 1 ? Long.parseLong(args[1]) : 3_000_000;
    String[] seeds = (args.length > 2 ? args[2] : "1").split(",");
    int restarts = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    System.out.println("| instance | seed | steps | objective | best known | gap | valid | seconds |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    for (String name : new String[] {"Instance1", "Instance2", "Instance4", "Instance5"}) {
      ShiftProblem p;
      try (Reader r = Files.newBufferedReader(dir.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
        p = CurtoisQuReader.read(r);
      }
      for (String seed : seeds) {
        long t = System.nanoTime();
        ShiftOptimizer.Result res = ShiftOptimizer.solve(p, Long.parseLong(seed.strip()), steps, restarts);
        double seconds = (System.nanoTime() - t) / 1e9;
        long best = BEST_KNOWN.get(name);
        // the soft cost of a schedule that breaks a hard rule says nothing: no gap for it
        String gap = res.valid() ? String.format(Locale.ROOT, "%.1f%%", 100.0 * (res.objective() - best) / best) : "—";
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %s | %s | %.1f |", name,
            seed.strip(), steps, res.objective(), best, gap, res.valid() ? "yes" : "no (" + res.schedule().violations()
                .size() + " broken)", seconds));
      }
    }
  }
}
