package io.oakit.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oakit.core.Copies;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.workflow.internal.EventCodec;
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
 * A document's fields as given: the one value the commands that bring a document in ({@code
 * SignFor}, {@code Draft}) carry and the events that record it ({@code incoming.received} and
 * {@code outgoing.drafted}, version 2) store, nested under {@code document}. Its constraints are the
 * core {@link DocumentProfile}'s, field for field ({@code DocumentFieldsTest} compares them), so a
 * command is refused by the same rules, naming its own fields, before any profile is built; {@link
 * #profile} adds the instant it came in.
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

  /** The names of the fields, as stored. */
  private static final List<String> NAMES = List.of("documentId", "kind", "urgency", "secrecy", "issuingUnit",
      "subject", "tags", "areas", "amount");

  /**
   * Brings a version-1 event that kept these fields flat beside its own up to version 2, which keeps
   * them under {@code document}: each field present is moved, none is added (a missing optional field
   * stays missing, a missing required one is still named when read).
   */
  static ObjectNode nested(ObjectNode v1) {
    ObjectNode document = v1.objectNode();
    for (String name : NAMES) {
      JsonNode value = v1.remove(name);
      if (value != null) {
        document.set(name, value);
      }
    }
    v1.set("document", document);
    v1.put(EventCodec.VERSION, 2);
    return v1;
  }
}
