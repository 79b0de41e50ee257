package io.oakit.core.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ForwardingList;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Where a document goes: the ordered steps with the people who take them, the copies for
 * information (抄送), the people owed the document on return (补阅), the gaps the rules could not
 * fill, the rules that matched, and an explanation a person can read.
 *
 * <p>Invariant: everyone in steps, copies and owed has the clearance for the document.
 *
 * <p>The routers write the explanation only when it is first read ({@link #explanation()}, {@link
 * #toString()}, {@code equals}): routing a document without reading why costs a fraction of routing
 * it with. The lines are the same either way, and once written they are kept (thread-safe).
 *
 * @param documentId the document routed
 * @param steps the steps in order
 * @param copies who receives a copy for information
 * @param owed who is away now and receives the document on return
 * @param gaps targets the decision could not fill, and why
 * @param matchedRules ids of the rules that matched, in evaluation order ({@code default} for the default route)
 * @param explanation readable lines: rules matched and skipped, and why each person was chosen
 */
public record RoutingDecision(String documentId, List<Step> steps, List<Assignment> copies, List<Owed> owed,
    List<Gap> gaps, List<String> matchedRules, List<String> explanation) {

  /**
   * One step.
   *
   * @param mode sequence, parallel or countersign
   * @param assignees who takes the step, in order
   * @param required signatures needed (the number of assignees unless a countersign needs fewer)
   * @param ruleId the rule the step comes from
   */
  public record Step(Stage.Mode mode, List<Assignment> assignees, int required, String ruleId) {
    /**
     * Copies the list.
    *
    * @param assignees who takes the step, in order
    * @param mode sequence, parallel or countersign
    * @param required signatures needed (the number of assignees unless a countersign needs fewer)
    * @param ruleId the rule the step comes from
     */
    public Step {
      requireNonNull(mode, "mode");
      assignees = ImmutableList.copyOf(assignees);
      requireNonNull(ruleId, "ruleId");
    }
  }

  /**
   * A person chosen, and why.
   *
   * @param personId the person
   * @param why e.g. "leader in charge of 财务"
   */
  public record Assignment(String personId, String why) {
    /**
     * Checks the arguments.
    *
    * @param personId the person
    * @param why e.g. "leader in charge of 财务"
     */
    public Assignment {
      requireNonNull(personId, "personId");
      requireNonNull(why, "why");
    }
  }

  /**
   * A person away at routing time who receives the document on return (补阅).
   *
   * @param personId the person
   * @param availableFrom when they are back
   * @param why the absence
   */
  public record Owed(String personId, LocalDateTime availableFrom, String why) {
    /**
     * Checks the arguments.
    *
    * @param availableFrom when they are back
    * @param personId the person
    * @param why e.g. "leader in charge of 财务"
     */
    public Owed {
      requireNonNull(personId, "personId");
      requireNonNull(availableFrom, "availableFrom");
      requireNonNull(why, "why");
    }
  }

  /**
   * A target the decision could not fill.
   *
   * @param ruleId the rule
   * @param target the target as described in the rule
   * @param why e.g. "clearance 秘密 of 王五 is below 机密 and no cleared substitute is present"
   */
  public record Gap(String ruleId, String target, String why) {
    /**
     * Checks the arguments.
    *
    * @param ruleId the rule the step comes from
    * @param target the target as described in the rule
    * @param why e.g. "leader in charge of 财务"
     */
    public Gap {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(target, "target");
      requireNonNull(why, "why");
    }
  }

  /**
   * Copies the lists.
  *
  * @param copies who receives a copy for information
  * @param documentId the document routed
  * @param explanation readable lines: rules matched and skipped, and why each person was chosen
  * @param gaps targets the decision could not fill, and why
  * @param matchedRules ids of the rules that matched, in evaluation order ({@code default} for the default route)
  * @param owed who is away now and receives the document on return
  * @param steps the steps in order
   */
  public RoutingDecision {
    requireNonNull(documentId, "documentId");
    steps = ImmutableList.copyOf(steps);
    copies = ImmutableList.copyOf(copies);
    owed = ImmutableList.copyOf(owed);
    gaps = ImmutableList.copyOf(gaps);
    matchedRules = ImmutableList.copyOf(matchedRules);
    explanation = OnDemand.copyOf(explanation);
  }

  /**
   * A decision whose explanation is written when first read.
   *
   * @param lines writes the explanation; called at most once
   */
  static RoutingDecision explainedOnDemand(String documentId, List<Step> steps, List<Assignment> copies,
      List<Owed> owed, List<Gap> gaps, List<String> matchedRules, Supplier<List<String>> lines) {
    return new RoutingDecision(documentId, steps, copies, owed, gaps, matchedRules, new OnDemand(lines));
  }

  /** An immutable list of lines written by the first read; every method reads the written lines. */
  private static final class OnDemand extends ForwardingList<String> implements RandomAccess {
    /** Writes the lines; null once they are written. */
    private Supplier<List<String>> write;
    private volatile ImmutableList<String> lines;

    /** The lines themselves when they are written on demand (immutable already), else an immutable copy. */
    static List<String> copyOf(List<String> lines) {
      return lines instanceof OnDemand ? lines : ImmutableList.copyOf(lines);
    }

    OnDemand(Supplier<List<String>> write) {
      this.write = write;
    }

    @Override
    protected List<String> delegate() {
      ImmutableList<String> written = lines;
      if (written == null) {
        synchronized (this) {
          written = lines;
          if (written == null) {
            written = ImmutableList.copyOf(write.get());
            lines = written;
            write = null;  // what it held (the rules evaluated, the organisation) is no longer needed
          }
        }
      }
      return written;
    }
  }


  /**
   * Everyone who receives the document now or later: assignees, copies and owed.
   *
   * @return the person ids
   */
  public ImmutableSet<String> recipients() {
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    steps.forEach(s -> s.assignees().forEach(a -> all.add(a.personId())));
    copies.forEach(c -> all.add(c.personId()));
    owed.forEach(o -> all.add(o.personId()));
    return all.build();
  }

  /**
   * Whether two decisions send the document the same way (everything but the explanation).
   *
   * @param other the other decision
   * @return true if steps, copies, owed, gaps and matched rules are equal
   */
  public boolean sameOutcomeAs(RoutingDecision other) {
    return documentId.equals(other.documentId) && steps.equals(other.steps) && copies.equals(other.copies)
        && owed.equals(other.owed) && gaps.equals(other.gaps) && matchedRules.equals(other.matchedRules);
  }

  /** The explanation, one line each. */
  @Override
  public String toString() {
    return String.join("\n", explanation);
  }
}
