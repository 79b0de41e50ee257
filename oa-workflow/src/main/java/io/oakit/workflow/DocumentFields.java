package io.oakit.workflow;

import io.oakit.core.Copies;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A document's profile as command data: flat, so commands and stored events can carry it. Its
 * constraints are the profile's, field for field ({@code DocumentFieldsTest} compares them), so a
 * command is refused by the same rules, naming its own fields, before any profile is built.
 *
 * @param documentId the id
 * @param kind 文种
 * @param urgency 紧急程度
 * @param secrecy 密级
 * @param issuingUnit 来文单位
 * @param subject 标题
 * @param tags 主题词
 * @param areas 分管领域
 * @param amount amount in yuan, if any
 */
public record DocumentFields(@NotBlank @Size(max = 100) String documentId, @NotNull DocumentKind kind,
    @NotNull Urgency urgency, @NotNull SecrecyLevel secrecy, @NotBlank @Size(max = 200) String issuingUnit,
    @NotBlank @Size(max = 500) String subject,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 50) String> areas,
    @NotNull Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> amount) {
  /**
   * Copies the collections it is given.
   *
   * @param documentId the id
   * @param kind 文种
   * @param urgency 紧急程度
   * @param secrecy 密级
   * @param issuingUnit 来文单位
   * @param subject 标题
   * @param tags 主题词
   * @param areas 分管领域
   * @param amount amount in yuan, if any
   */
  public DocumentFields {
    tags = Copies.list(tags);
    areas = Copies.list(areas);
  }

  /**
   * @param receivedAt when it was received or drafted
   * @return the validated profile
   */
  public DocumentProfile profile(LocalDateTime receivedAt) {
    DocumentProfile.Builder b = DocumentProfile.builder().id(documentId).kind(kind).urgency(urgency).secrecy(secrecy)
        .issuingUnit(issuingUnit).subject(subject).tags(tags.toArray(String[]::new)).areas(areas.toArray(String[]::new))
        .receivedAt(receivedAt);
    amount.ifPresent(b::amount);
    return b.build();
  }
}
