package io.oakit.benchmarks;

import io.oakit.core.roster.Fairness;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterValidator;
import java.util.Locale;

/**
 * Generation time against size: the full-year instance grown 1, 5, 10 and 25 times ({@link RosterInstances#scaled}),
 * each generated twice (the first run warms the JIT) and validated; prints people, duties, seconds, the
 * time per duty and the officers' spread. Run: {@code java -cp … io.oakit.benchmarks.RosterScaleRun [factor…]}.
 */
public final class RosterScaleRun {

  private RosterScaleRun() {}

  /** @param args the factors, default 1 5 10 25 */
  public static void main(String[] args) {
    int[] factors = args.length == 0 ? new int[] {1, 5, 10, 25} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.println("| people | duties | time | µs per duty | hard violations | spread 值班员 / 带班领导 / 驾驶员 |");
    System.out.println("|---:|---:|---:|---:|---:|---|");
    for (int f : factors) {
      RosterInstances.Instance in = RosterInstances.scaled(f);
      RosterGenerator.generate(in.plan(), in.people(), in.rules(), 42);
      long t0 = System.nanoTime();
      Roster roster = RosterGenerator.generate(in.plan(), in.people(), in.rules(), 42);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long hard = RosterValidator.validate(roster, in.people(), in.rules()).stream().filter(v -> v.hard()).count();
      StringBuilder spreads = new StringBuilder();
      for (String role : new String[] {"值班员", "带班领导", "驾驶员"}) {
        for (Fairness.Pool p : roster.fairness(in.people()).pools()) {
          if (p.role().equals(role)) {
            spreads.append(spreads.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f (bound %.1f)", p.spread(), p.lowerBound()));
          }
        }
      }
      System.out.printf(Locale.ROOT, "| %,d | %,d | %.2f s | %.1f | %d | %s |%n", in.people().size(),
          in.plan().slots().size(), seconds, seconds * 1e6 / in.plan().slots().size(), hard, spreads);
    }
  }
}
