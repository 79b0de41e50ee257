package io.oakit.workflow;

import io.oakit.core.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The commands of {@link IncomingService} (收文). */
public final class IncomingCommands {

  private IncomingCommands() {}

  /** 签收: the clerk signs for a document. */
  public record SignFor(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotNull @Valid DocumentFields document) implements Command {}

  /**
   * 登记: register; the deadline comes from the service's deadline policy, and a 收文编号 is allocated.
   *
   * @param idempotencyKey the key
   * @param actor who registers it
   * @param onBehalfOf for whom, when acting as deputy
   * @param documentId the document signed for
   * @param particulars what the register records of it
   */
  public record Register(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Valid Particulars particulars) implements Command {

    /**
     * A registration with no particulars beyond the document's own ({@link Particulars#none()}).
     *
     * @param idempotencyKey the key
     * @param actor who registers it
     * @param onBehalfOf for whom, when acting as deputy
     * @param documentId the document signed for
     */
    public Register(String idempotencyKey, String actor, Optional<String> onBehalfOf, String documentId) {
      this(idempotencyKey, actor, onBehalfOf, documentId, Particulars.none());
    }
  }

  /**
   * What the register (登记簿) records of an incoming document besides its profile (the issuing unit, 来文单位,
   * is the profile's).
   *
   * @param senderReference the sender's document number (来文字号), e.g. {@code 县财〔2026〕12号}
   * @param writtenOn the date it was written (成文日期), not after the day it is registered
   * @param copies how many copies came (份数), {@code >= 1}
   * @param copyNumbers the serial numbers of the copies (份号) of a classified document, at most {@code copies},
   *     each once
   * @param importance how important it is (重大, 重要, 一般): the tray orders by it after urgency and deadline
   * @param handlingDepartment the department concerned, named at registration (拟办科室): an urgent document goes
   *     to its head at once, with the leader in charge
   */
  public record Particulars(@NotNull Optional<@Size(max = 100) String> senderReference,
      @NotNull Optional<java.time.LocalDate> writtenOn, @Min(1) @Max(10_000) int copies,
      @NotNull @Size(max = 1000) List<@NotBlank @Size(max = 50) String> copyNumbers,
      @NotNull io.oakit.core.supervision.Importance importance,
      @NotNull Optional<@Size(max = 200) String> handlingDepartment) {
    /**
     * Copies the collections it is given.
     *
     * @param senderReference the sender's document number (来文字号), e.g. {@code 县财〔2026〕12号}
     * @param writtenOn the date it was written (成文日期), not after the day it is registered
     * @param copies how many copies came (份数), {@code >= 1}
     * @param copyNumbers the serial numbers of the copies (份号) of a classified document, at most {@code copies}, each once
     * @param importance how important it is (重大, 重要, 一般): the tray orders by it after urgency and deadline
     * @param handlingDepartment the department concerned, named at registration (拟办科室): an urgent document goes to its head at once, with the leader in charge
     */
    public Particulars {
      copyNumbers = Copies.list(copyNumbers);
    }


    /** @return one copy of ordinary importance (一般), nothing else recorded */
    public static Particulars none() {
      return new Particulars(Optional.empty(), Optional.empty(), 1, List.of(), io.oakit.core.supervision.Importance.GENERAL,
          Optional.empty());
    }
  }

  /** 拟办: the office proposes who handles it, from the routing rules. */
  public record Propose(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}

  /**
   * 批办: a leader instructs: who reads it, which department handles it, and optionally opens a
   * supervision item (督办) for it.
   */
  public record Instruct(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotBlank @Size(max = 2000) String instruction, @NotNull List<@NotBlank String> readers,
      @NotBlank String handlingDepartment, @NotNull Optional<String> superviseAsItem,
      @NotNull io.oakit.core.supervision.Importance itemImportance) implements Command {
    /**
     * Copies the collections it is given.
     *
     * @param idempotencyKey the command's idempotency key
     * @param actor who issues the command
     * @param onBehalfOf for whom, when acting as deputy
     * @param documentId the document id
     * @param instruction the instruction
     * @param readers the readers
     * @param handlingDepartment the handling department
     * @param superviseAsItem the supervise as item
     * @param itemImportance the item importance
     */
    public Instruct {
      readers = Copies.list(readers);
    }


    /**
     * An instruction whose supervision item, if it opens one, is 重要.
     *
     * @param idempotencyKey the key
     * @param actor the leader
     * @param onBehalfOf whom they act for
     * @param documentId the document
     * @param instruction the instruction (批示)
     * @param readers who reads it
     * @param handlingDepartment the department that handles it
     * @param superviseAsItem the id of the supervision item to open for it, if any
     */
    public Instruct(String idempotencyKey, String actor, Optional<String> onBehalfOf, String documentId,
        String instruction, List<String> readers, String handlingDepartment, Optional<String> superviseAsItem) {
      this(idempotencyKey, actor, onBehalfOf, documentId, instruction, readers, handlingDepartment, superviseAsItem,
          io.oakit.core.supervision.Importance.IMPORTANT);
    }
  }

  /** 传阅签阅: a reader signs off a reading, with an optional comment. */
  public record Read(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String comment) implements Command {}

  /** 承办: the handling department reports what it did. */
  public record Handle(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotBlank @Size(max = 4000) String result) implements Command {}

  /** 催办. */
  public record Urge(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String note,
      @NotNull io.oakit.core.supervision.UrgingChannel channel) implements Command {

    /**
     * An urging by phone (电话催办).
     *
     * @param idempotencyKey the key
     * @param actor who urges
     * @param onBehalfOf whom they act for
     * @param documentId the document
     * @param note what was said
     */
    public Urge(String idempotencyKey, String actor, Optional<String> onBehalfOf, String documentId, String note) {
      this(idempotencyKey, actor, onBehalfOf, documentId, note, io.oakit.core.supervision.UrgingChannel.PHONE);
    }
  }

  /** 办结. */
  public record Close(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}

  /**
   * 延期: extends a registered document's deadline by a period (e.g. {@code "5 working days"}), within the
   * limits decided when it was registered; asked for before it falls due.
   */
  public record ExtendDeadline(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String documentId, @NotBlank @Size(max = 200) String extension,
      @NotBlank @Size(max = 2000) String reason) implements Command {}

  /** Recomputes a registered document's deadline on the calendar of now, recording old and new values. */
  public record RebaseDeadline(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String documentId, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /** 归档. */
  public record Archive(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}
}
