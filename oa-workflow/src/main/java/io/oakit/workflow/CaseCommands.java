package io.oakit.workflow;

import io.oakit.core.supervision.Importance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** The commands of {@link CaseService} (信访 and 热线 cases). */
public final class CaseCommands {

  private CaseCommands() {}

  /**
   * Who brought the case: personal information (个人信息), shown only to the people handling it.
   *
   * @param name the name
   * @param contact a telephone number or other contact; empty when not given
   * @param address the address; empty when not given
   */
  public record Requester(@NotBlank @Size(max = 100) String name, @NotNull @Size(max = 100) String contact,
      @NotNull @Size(max = 500) String address) {}

  /**
   * 受理登记: a petition or hotline case received, opened as a supervision item of source 信访件 or 热线工单.
   *
   * @param idempotencyKey the key
   * @param actor who receives it
   * @param onBehalfOf whom they act for
   * @param itemId the case (its supervision item)
   * @param kind petition or hotline
   * @param requester who brought it
   * @param matter what it is about (反映事项, 诉求): no personal information belongs here
   * @param category its category, e.g. 城乡建设
   * @param place where, e.g. 城关镇
   * @param importance how important
   */
  public record Receive(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank @Size(max = 100) String itemId, @NotNull SupervisionEvents.CaseKind kind,
      @NotNull @Valid Requester requester, @NotBlank @Size(max = 4000) String matter,
      @NotBlank @Size(max = 100) String category, @NotBlank @Size(max = 100) String place,
      @NotNull Importance importance) implements Command {}

  /**
   * 受理告知 / 首次联系: the requester contacted.
   *
   * @param idempotencyKey the key
   * @param actor who contacted them
   * @param onBehalfOf whom they act for
   * @param itemId the case
   * @param note what they were told
   */
  public record Contact(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank @Size(max = 2000) String note) implements Command {}

  /**
   * 答复: the result told to the requester, once the handling was reported done.
   *
   * @param idempotencyKey the key
   * @param actor who answered
   * @param onBehalfOf whom they act for
   * @param itemId the case
   * @param reply the answer
   */
  public record Reply(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank @Size(max = 4000) String reply) implements Command {}

  /**
   * Erases the requester's personal information (the host's retention policy, or their request); the case and
   * its audit trail stay.
   *
   * @param idempotencyKey the key
   * @param actor who masks it
   * @param onBehalfOf whom they act for
   * @param itemId the case
   * @param reason why
   */
  public record MaskRequester(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String itemId, @NotBlank @Size(max = 2000) String reason)
      implements Command {}
}
