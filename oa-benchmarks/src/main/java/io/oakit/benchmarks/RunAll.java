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
    }
    System.out.println(table);
    Path out = Path.of("target", "benchmark-results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
    System.out.println("written to " + out.toAbsolutePath());
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
