package io.oakit.workflow;

import io.oakit.core.routing.Stage.Mode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The commands of {@link OutgoingService} (发文). */
public final class OutgoingCommands {

  private OutgoingCommands() {}

  /** 拟稿: draft a document to be numbered under a unit code such as X办发. */
  public record Draft(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotNull @Valid DocumentFields document, @NotBlank String unitCode,
      @NotNull Optional<@Size(max = 200) String> deadlineRule) implements Command {

    /**
     * A draft whose deadline comes from the service's draft policy (urgency and kind).
     *
     * @param idempotencyKey the key
     * @param actor who drafts it
     * @param onBehalfOf whom they act for
     * @param document the document
     * @param unitCode the code its number is allocated under
     */
    public Draft(String idempotencyKey, String actor, Optional<String> onBehalfOf, DocumentFields document,
        String unitCode) {
      this(idempotencyKey, actor, onBehalfOf, document, unitCode, Optional.empty());
    }
  }

  /** 会签: start a countersign, sequential or parallel, by all (required 0) or N of the signers. */
  public record StartCountersign(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String documentId, @NotNull Mode mode,
      @NotNull @Size(min = 1) List<@NotBlank String> signers, @Min(0) int required,
      @NotNull Optional<@Size(max = 200) String> deadlineRule) implements Command {

    /**
     * A countersign with the service's countersign time limit.
     *
     * @param idempotencyKey the key
     * @param actor who starts it
     * @param onBehalfOf whom they act for
     * @param documentId the draft
     * @param mode sequential or parallel
     * @param signers the countersigners
     * @param required signatures needed, 0 for all
     */
    public StartCountersign(String idempotencyKey, String actor, Optional<String> onBehalfOf, String documentId,
        Mode mode, List<String> signers, int required) {
      this(idempotencyKey, actor, onBehalfOf, documentId, mode, signers, required, Optional.empty());
    }
  }

  /** A countersigner signs. */
  public record Countersign(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String comment) implements Command {}

  /** Add a countersigner to a sequential countersign under way, at a position not before those who signed. */
  public record AddSigner(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotBlank String signer, @Min(0) int position) implements Command {}

  /** Remove a countersigner who has not signed from a sequential countersign under way. */
  public record RemoveSigner(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String documentId, @NotBlank String signer) implements Command {}

  /** 退回: return the draft to drafting or to a fresh countersign, with a reason. */
  public record Return(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull OutgoingService.Stage to, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /** 核稿. */
  public record Review(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}

  /** 签发: by the person the routing rules authorise (or their deputy, acting for them). */
  public record SignOff(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String opinion) implements Command {

    /**
     * A signature without an opinion.
     *
     * @param idempotencyKey the key
     * @param actor who signs
     * @param onBehalfOf whom they act for
     * @param documentId the document
     */
    public SignOff(String idempotencyKey, String actor, Optional<String> onBehalfOf, String documentId) {
      this(idempotencyKey, actor, onBehalfOf, documentId, "");
    }
  }

  /** 编号用印: allocate the document number. */
  public record Number(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}

  /** 分发. */
  public record Distribute(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(min = 1) List<@NotBlank String> recipients) implements Command {}

  /**
   * Recompute the draft's and the countersign's deadlines on the calendar in force (e.g. after a
   * corrected holiday notice), recording the old and the new due instants.
   */
  public record RebaseDeadline(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String documentId, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /** 存档. */
  public record Archive(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}
}
