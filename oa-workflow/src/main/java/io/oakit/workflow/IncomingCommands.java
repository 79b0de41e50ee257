package io.oakit.workflow;

import jakarta.validation.Valid;
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

  /** 登记: register; the deadline comes from the service's deadline policy. */
  public record Register(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}

  /** 拟办: the office proposes who handles it, from the routing rules. */
  public record Propose(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId) implements Command {}

  /**
   * 批办: a leader instructs: who reads it, which department handles it, and optionally opens a
   * supervision item (督办) for it.
   */
  public record Instruct(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotBlank @Size(max = 2000) String instruction, @NotNull List<@NotBlank String> readers,
      @NotBlank String handlingDepartment, @NotNull Optional<String> superviseAsItem) implements Command {}

  /** 传阅签阅: a reader signs off a reading, with an optional comment. */
  public record Read(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String comment) implements Command {}

  /** 承办: the handling department reports what it did. */
  public record Handle(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotBlank @Size(max = 4000) String result) implements Command {}

  /** 催办. */
  public record Urge(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String documentId, @NotNull @Size(max = 2000) String note) implements Command {}

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
