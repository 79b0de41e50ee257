package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A route: stages in order, plus copies for information (抄送). Plain data.
 *
 * @param stages the stages, in order; at least one
 * @param copies who receives a copy for information
 */
public record Route(List<Stage> stages, List<Target> copies) implements RouteSpec {

  /**
   * Creates a route.
   *
   * @throws IllegalArgumentException if there is no stage
   * @param copies who receives a copy for information
   * @param stages the stages, in order; at least one
   */
  public Route {
    stages = ImmutableList.copyOf(requireNonNull(stages, "stages"));
    copies = ImmutableList.copyOf(requireNonNull(copies, "copies"));
    checkArgument(!stages.isEmpty(), "a route needs at least one stage");
  }

  /**
   * @param target the only target
   * @return a route to one target
   */
  public static Route to(Target target) {
    return builder().then(target).build();
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String describe() {
    String s = String.join(" → ", stages.stream().map(Stage::describe).toList());
    return copies.isEmpty() ? s : s + "; copies to " + String.join(", ", copies.stream().map(Target::describe).toList());
  }

  /** Builds a {@link Route}. Not thread-safe. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final List<Target> copies = new ArrayList<>();

    private Builder() {}

    /**
     * @param target the next target
     * @return this builder
     */
    public Builder then(Target target) {
      return stage(Stage.Mode.SEQUENCE, Stage.ALL, target);
    }

    /**
     * @param targets handled one after another
     * @return this builder
     */
    public Builder inSequence(Target... targets) {
      return stage(Stage.Mode.SEQUENCE, Stage.ALL, targets);
    }

    /**
     * @param targets handled at once
     * @return this builder
     */
    public Builder inParallel(Target... targets) {
      return stage(Stage.Mode.PARALLEL, Stage.ALL, targets);
    }

    /**
     * @param targets all must sign (会签)
     * @return this builder
     */
    public Builder countersignAll(Target... targets) {
      return stage(Stage.Mode.COUNTERSIGN, Stage.ALL, targets);
    }

    /**
     * @param required signatures needed, {@code >= 1}
     * @param targets who may sign
     * @return this builder
     */
    public Builder countersign(int required, Target... targets) {
      checkArgument(required >= 1, "required signatures must be >= 1 but was %s", required);
      return stage(Stage.Mode.COUNTERSIGN, required, targets);
    }

    /**
     * @param targets receive a copy for information (抄送)
     * @return this builder
     */
    public Builder copyTo(Target... targets) {
      copies.addAll(List.of(targets));
      return this;
    }

    private Builder stage(Stage.Mode mode, int required, Target... targets) {
      stages.add(new Stage(mode, List.of(targets), required));
      return this;
    }

    /** @return the route */
    public Route build() {
      return new Route(stages, copies);
    }
  }
}
