package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One stage of a route: its targets handle the document one after another ({@link Mode#SEQUENCE}),
 * all at once ({@link Mode#PARALLEL}), or as a countersign (会签) needing {@code required}
 * signatures.
 *
 * @param mode how the targets take part
 * @param targets whom the stage goes to
 * @param required signatures needed for a countersign (all of them for other modes)
 */
public record Stage(Mode mode, List<Target> targets, int required) {

  /** How the people of a stage take part. */
  public enum Mode {
    /** One after another, in order. */
    SEQUENCE,
    /** All at once; each handles it. */
    PARALLEL,
    /** 会签: all at once; {@code required} of them must sign. */
    COUNTERSIGN
  }

  /** Creates a stage. @throws IllegalArgumentException if empty or {@code required} is out of range */
  public Stage {
    requireNonNull(mode, "mode");
    targets = ImmutableList.copyOf(requireNonNull(targets, "targets"));
    checkArgument(!targets.isEmpty(), "a stage needs at least one target");
    checkArgument(required >= 1 && required <= targets.size(),
        "required signatures must be in 1..%s but was %s", targets.size(), required);
    checkArgument(mode == Mode.COUNTERSIGN || required == targets.size(),
        "only a countersign may require fewer signatures than targets");
  }

  /** A readable form. @return the description */
  public String describe() {
    String who = String.join(", ", targets.stream().map(Target::describe).toList());
    return switch (mode) {
      case SEQUENCE -> targets.size() == 1 ? who : "in sequence: " + who;
      case PARALLEL -> "in parallel: " + who;
      case COUNTERSIGN -> "countersign (" + (required == targets.size() ? "all" : required + " of " + targets.size())
          + "): " + who;
    };
  }
}
