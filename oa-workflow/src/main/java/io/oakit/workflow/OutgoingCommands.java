package io.oakit.workflow;

import io.oakit.core.Copies;
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
     * Copies the collections it is given.
     *
     * @param idempotencyKey the command's idempotency key
     * @param actor who issues the command
     * @param onBehalfOf for whom, when acting as deputy
     * @param documentId the document id
     * @param mode the mode
     * @param signers the signers
     * @param required the required
     * @param deadlineRule the deadline rule
     */
    public StartCountersign {
      signers = Copies.list(signers);
    }


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

  /**
   * Links the answer (批复) to a 请示: the incoming document that answers it. The wait for it ends.
   *
   * @param idempotencyKey the key
   * @param actor who links it
   * @param onBehalfOf whom they act for
   * @param documentId the 请示, distributed
   * @param replyDocumentId the incoming document that answers it
   */
  public record LinkReply(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotBlank @Size(max = 100) String replyDocumentId) implements Command {}

  /**
   * 复核: after sign-off and before numbering, the office checks the format and the wording (公文格式, 文字) and
   * records what it corrected.
   *
   * @param idempotencyKey the key
   * @param actor who checked it
   * @param onBehalfOf whom they act for
   * @param documentId the document, signed off
   * @param corrections what was corrected, empty when nothing was
   */
  public record Recheck(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String corrections) implements Command {}

  /**
   * 核发: after numbering, printing and sealing, the office checks the copies and releases them.
   *
   * @param idempotencyKey the key
   * @param actor who released it
   * @param onBehalfOf whom they act for
   * @param documentId the document, numbered
   * @param copies how many copies were printed (印制份数), {@code >= 1}
   */
  public record Issue(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(100_000)
      int copies) implements Command {}

  /**
   * 分发: to people of the organisation, and to outside organs as addressees (主送) and copies (抄送).
   *
   * @param idempotencyKey the key
   * @param actor who distributes it
   * @param onBehalfOf whom they act for
   * @param documentId the document
   * @param recipients people of the organisation who receive it (each cleared for it)
   * @param mainTo the organs it is addressed to (主送机关), by name
   * @param copyTo the organs it is copied to (抄送机关), by name
   */
  public record Distribute(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull List<@NotBlank String> recipients,
      @NotNull @Size(max = 500) List<@NotBlank @Size(max = 200) String> mainTo,
      @NotNull @Size(max = 500) List<@NotBlank @Size(max = 200) String> copyTo) implements Command {
    /**
     * Copies the collections it is given.
     *
     * @param idempotencyKey the key
     * @param actor who distributes it
     * @param onBehalfOf whom they act for
     * @param documentId the document
     * @param recipients people of the organisation who receive it (each cleared for it)
     * @param mainTo the organs it is addressed to (主送机关), by name
     * @param copyTo the organs it is copied to (抄送机关), by name
     */
    public Distribute {
      recipients = Copies.list(recipients);
      mainTo = Copies.list(mainTo);
      copyTo = Copies.list(copyTo);
    }


    /**
     * To people of the organisation only.
     *
     * @param idempotencyKey the key
     * @param actor who distributes it
     * @param onBehalfOf whom they act for
     * @param documentId the document
     * @param recipients the people who receive it
     */
    public Distribute(String idempotencyKey, String actor, Optional<String> onBehalfOf, String documentId,
        List<String> recipients) {
      this(idempotencyKey, actor, onBehalfOf, documentId, recipients, List.of(), List.of());
    }
  }

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
