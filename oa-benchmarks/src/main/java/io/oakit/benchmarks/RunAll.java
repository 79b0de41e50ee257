package io.oakit.benchmarks;

import io.oakit.benchmarks.timefold.TimefoldComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark (or those matching the JMH arguments given) and writes a Markdown table
 * with each OA Kit figure beside its baselines and the ratio, to {@code target/benchmark-results.md}
 * and standard output.
 *
 * <p>{@code java -jar oa-benchmarks/target/benchmarks.jar [JMH options]}; with no arguments it runs
 * everything and then the roster comparison with Timefold Solver (30 s budget).
 */
public final class RunAll {

  private RunAll() {}

  /**
   * Entry point.
   *
   * @param args JMH command-line options, e.g. a benchmark regex or {@code -f 1 -wi 2 -i 3}
   * @throws RunnerException if JMH fails
   * @throws IOException if the table cannot be written
   * @throws CommandLineOptionException if the JMH options are malformed
   */
  public static void main(String[] args) throws RunnerException, IOException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    Options options = new OptionsBuilder().parent(cli).build();
    Collection<RunResult> results = new Runner(options).run();
    String table = table(results);
    if (args.length == 0) {
      // the whole set: add the roster comparison with Timefold (a solver, not a JMH benchmark)
      table += "\n| roster solver, full year | time | hard violations | fairness by pool |\n| --- | ---: | ---: | --- |\n"
          + TimefoldComparison.run(30);
      // and the host-scale dataset (generated in target/host-scale-pg on the first run)
      HostScaleRun.Report host;
      try {
        host = HostScaleRun.run(Path.of("target", "host-scale-pg"));
      } catch (Exception e) {
        throw new IOException("the host-scale run failed", e);
      }
      table += "\n" + host.markdown() + "\n" + goals(results, host.trayP99());
    }
    System.out.println(table);
    Path out = Path.of("target", "benchmark-results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
    System.out.println("written to " + out.toAbsolutePath());
  }

  /** The mean score of a benchmark method with the given parameters, or NaN when it did not run. */
  private static double score(Collection<RunResult> results, String method, Map<String, String> params) {
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (!name.endsWith("." + method)) {
        continue;
      }
      boolean match = params.entrySet().stream().allMatch(e -> e.getValue().equals(r.getParams().getParam(e.getKey())));
      if (match) {
        return r.getPrimaryResult().getScore();
      }
    }
    return Double.NaN;
  }

  /**
   * The compiled router's µs per document with its explanation, when issue 22 was filed
   * ({@code docs/performance.md}, Routing): first match, then collect all; 100, 1,000, 10,000 rules.
   */
  static final double[][] EXPLAINED_BEFORE = {{3.9, 15.6, 40}, {3.6, 19.8, 260}};

  /** Issue 22's goals, each beside its figure and the ratio. */
  static String goals(Collection<RunResult> results, double trayP99) {
    StringBuilder s = new StringBuilder("| goal (issue 22) | figure | goal | met |\n| --- | ---: | ---: | --- |\n");
    String[] modes = {"FIRST_MATCH", "COLLECT_ALL"};
    String[] sizes = {"100", "1000", "10000"};
    for (int m = 0; m < modes.length; m++) {
      for (int n = 0; n < sizes.length; n++) {
        Map<String, String> p = Map.of("mode", modes[m], "rules", sizes[n]);
        double unexplained = score(results, "route_oakitUnexplained", p);
        goal(s, "routing without the explanation, " + modes[m] + ", " + sizes[n] + " rules: × faster than with it when"
            + " the issue was filed (" + EXPLAINED_BEFORE[m][n] + " µs)", EXPLAINED_BEFORE[m][n] / unexplained, 10, true);
        goal(s, "the same, × faster than with it in this run", score(results, "route_oakit", p) / unexplained, 10, true);
      }
    }
    Map<String, String> on = Map.of("store", "postgres", "audit", "on");
    Map<String, String> off = Map.of("store", "postgres", "audit", "off");
    double one = score(results, "openItem_threads1", on);
    double eight = score(results, "openItem_threads8", on);
    goal(s, "PostgreSQL, 8 threads / 1 thread", eight / one, 3, true);
    goal(s, "PostgreSQL, 8 threads, commands per second", eight, 2000, true);
    for (String t : new String[] {"1", "4", "8"}) {
      double cost = 1 - score(results, "openItem_threads" + t, on) / score(results, "openItem_threads" + t, off);
      goal(s, "PostgreSQL, " + t + " thread(s): throughput lost to the audit chain", cost, 0.20, false);
    }
    Map<String, String> memory = Map.of("store", "memory", "audit", "on");
    goal(s, "in-memory store, 8 threads / 1 thread (must not fall)",
        score(results, "openItem_threads8", memory) / score(results, "openItem_threads1", memory), 1, true);
    goal(s, "a tray page, p99 (ms)", trayP99, 10, false);
    return s.toString();
  }

  private static void goal(StringBuilder s, String what, double figure, double goal, boolean atLeast) {
    boolean met = !Double.isNaN(figure) && (atLeast ? figure >= goal : figure <= goal);
    s.append(String.format(Locale.ROOT, "| %s | %.2f | %s %.2f | %s |%n", what, figure, atLeast ? "≥" : "≤", goal,
        Double.isNaN(figure) ? "not run" : met ? "yes" : "**no**"));
  }

  /** Groups results by operation and parameters: {@code plusWorkingDays_oakit} beside {@code _naive}, {@code _objectlab}. */
  static String table(Collection<RunResult> results) {
    Map<String, Map<String, double[]>> rows = new TreeMap<>();
    Map<String, String> units = new TreeMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      String method = label.substring(label.lastIndexOf('.') + 1);
      String clazz = label.substring(0, label.lastIndexOf('.'));
      clazz = clazz.substring(clazz.lastIndexOf('.') + 1);
      int cut = method.lastIndexOf('_');
      String op = clazz + "." + (cut > 0 ? method.substring(0, cut) : method);
      String impl = cut > 0 ? method.substring(cut + 1) : "oakit";
      StringBuilder params = new StringBuilder();
      for (String key : r.getParams().getParamsKeys()) {
        params.append(key).append('=').append(r.getParams().getParam(key)).append(' ');
      }
      String row = op + " " + params.toString().trim();
      units.put(row, r.getPrimaryResult().getScoreUnit());
      rows.computeIfAbsent(row, k -> new TreeMap<>()).put(impl,
          new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
    }
    StringBuilder s = new StringBuilder();
    s.append("| operation | params | implementation | score | ± error | unit | vs oakit |\n");
    s.append("| --- | --- | --- | ---: | ---: | --- | ---: |\n");
    for (Map.Entry<String, Map<String, double[]>> row : rows.entrySet()) {
      double[] base = row.getValue().get("oakit");
      String[] opParams = row.getKey().split(" ", 2);
      String unit = units.get(row.getKey());
      for (Map.Entry<String, double[]> impl : row.getValue().entrySet()) {
        double[] v = impl.getValue();
        String ratio = base == null ? "" : String.format(Locale.ROOT, "%.1f×", v[0] / base[0]);
        s.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %s | %s |%n", opParams[0],
            opParams.length > 1 ? opParams[1] : "", impl.getKey(), v[0], v[1], unit, ratio));
      }
    }
    return s.toString();
  }
}
