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
 * @param required signatures needed for a countersign, or {@link #ALL} (always for other modes)
 */
public record Stage(Mode mode, List<Target> targets, int required) {

  /** Everyone the stage resolves to must take part (a target may resolve to several people). */
  public static final int ALL = 0;

  /** How the people of a stage take part. */
  public enum Mode {
    /** One after another, in order. */
    SEQUENCE,
    /** All at once; each handles it. */
    PARALLEL,
    /** 会签: all at once; {@code required} of them must sign. */
    COUNTERSIGN
  }

  /**
   * Creates a stage.
   *
   * @throws IllegalArgumentException if empty or {@code required} is out of range
   * @param mode how the targets take part
   * @param required signatures needed for a countersign, or {@link #ALL} (always for other modes)
   * @param targets whom the stage goes to
   */
  public Stage {
    requireNonNull(mode, "mode");
    targets = ImmutableList.copyOf(requireNonNull(targets, "targets"));
    checkArgument(!targets.isEmpty(), "a stage needs at least one target");
    checkArgument(required >= 0, "required signatures must be >= 1 or ALL (0) but was %s", required);
    checkArgument(mode == Mode.COUNTERSIGN || required == ALL,
        "only a countersign may require a number of signatures");
  }

  /**
   * A readable form.
   *
   * @return the description
   */
  public String describe() {
    String who = String.join(", ", targets.stream().map(Target::describe).toList());
    return switch (mode) {
      case SEQUENCE -> targets.size() == 1 ? who : "in sequence: " + who;
      case PARALLEL -> "in parallel: " + who;
      case COUNTERSIGN -> "countersign (" + (required == ALL ? "all" : required + " required") + "): " + who;
    };
  }
}
