package io.oakit.workflow;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** The commands of {@link DutyService}. */
public final class DutyCommands {

  private DutyCommands() {}

  /** Publish the roster generated for the service's plan with a seed (version 1). */
  public record Publish(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String rosterId, long seed) implements Command {}

  /** Ask to swap (换班) the duties of two slots. */
  public record RequestSwap(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String rosterId, @NotBlank String requestId, @NotNull LocalDate dayA, @Min(0) int slotA,
      @NotNull LocalDate dayB, @Min(0) int slotB, @NotBlank @Size(max = 500) String reason) implements Command {}

  /** Ask for someone to take over one duty (临时替班). */
  public record RequestOverride(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String rosterId, @NotBlank String requestId, @NotNull LocalDate day,
      @Min(0) int slot, @NotBlank String substitute, @NotBlank @Size(max = 500) String reason) implements Command {}

  /** Approve a pending request: the change is checked against every hard rule and applied, or refused. */
  public record Approve(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String rosterId, @NotBlank String requestId) implements Command {}

  /**
   * A duty log entry (值班记录), by the person on duty or the 带班领导.
   *
   * @param idempotencyKey the key
   * @param actor who writes it
   * @param onBehalfOf whom they act for
   * @param rosterId the roster
   * @param text the matter
   * @param occurredAt when it happened, not after now
   * @param caller who called or reported it
   * @param action what was done (处置情况)
   * @param reportedTo to whom it was reported (报告了谁)
   * @param urgent an urgent incident (紧急情况): the 带班领导 on duty is told at once
   */
  public record Log(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String rosterId, @NotBlank @Size(max = 4000) String text,
      @NotNull Optional<java.time.LocalDateTime> occurredAt, @NotNull Optional<@Size(max = 200) String> caller,
      @NotNull Optional<@Size(max = 4000) String> action, @NotNull Optional<@Size(max = 200) String> reportedTo,
      boolean urgent) implements Command {

    /**
     * A plain entry: the matter only.
     *
     * @param idempotencyKey the key
     * @param actor who writes it
     * @param onBehalfOf whom they act for
     * @param rosterId the roster
     * @param text the matter
     */
    public Log(String idempotencyKey, String actor, Optional<String> onBehalfOf, String rosterId, String text) {
      this(idempotencyKey, actor, onBehalfOf, rosterId, text, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), false);
    }
  }

  /**
   * 报备: the roster reported upwards.
   *
   * @param idempotencyKey the key
   * @param actor who reported it
   * @param onBehalfOf whom they act for
   * @param rosterId the roster
   * @param to the organ it was reported to (e.g. 县委办公室值班室)
   * @param note how
   */
  public record ReportUpward(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String rosterId, @NotBlank @Size(max = 200) String to,
      @NotNull @Size(max = 2000) String note) implements Command {}

  /**
   * A re-plan (重新排班) of the published roster from a day, for the people as they are now (an absence entered in
   * the organisation, a colleague added to the service's people): the past kept, as few later duties changed as
   * the hard rules force.
   *
   * @param idempotencyKey the key
   * @param actor who
   * @param onBehalfOf for whom
   * @param rosterId the roster
   * @param from the first day that may change
   * @param seed the tie-break seed
   * @param reason why, e.g. 张三病假
   */
  public record Replan(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String rosterId, @NotNull java.time.LocalDate from, long seed, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /** A handover (交接班) to the next duty. */
  public record HandOver(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String rosterId, @NotBlank String to, @NotNull @Size(max = 2000) String note) implements Command {}
}
