package io.oakit.core.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.oakit.core.Amounts;
import io.oakit.core.Validations;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes of an official document that routing, deadlines and circulation read.
 * Build with {@link #builder()}: an invalid profile is refused with an
 * {@link io.oakit.core.InvalidInputException} that names each field at fault.
 *
 * @param id the document's id in the host system
 * @param kind 文种
 * @param urgency 紧急程度
 * @param secrecy 密级
 * @param issuingUnit the unit that issued it (来文单位)
 * @param subject 标题, at most 500 characters
 * @param tags keywords and tags (主题词)
 * @param areas the areas concerned (分管领域), e.g. 财务, 安全生产
 * @param amount the amount of money concerned in yuan, if any, {@code >= 0}
 * @param receivedAt when it was received or drafted
 */
public record DocumentProfile(
    @NotBlank @Size(max = 100) String id,
    @NotNull DocumentKind kind,
    @NotNull Urgency urgency,
    @NotNull SecrecyLevel secrecy,
    @NotBlank @Size(max = 200) String issuingUnit,
    @NotBlank @Size(max = 500) String subject,
    @NotNull @Size(max = 50) Set<@NotBlank @Size(max = 50) String> tags,
    @NotNull @Size(max = 50) Set<@NotBlank @Size(max = 50) String> areas,
    @NotNull Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> amount,
    @NotNull LocalDateTime receivedAt) {

  /**
   * Checks every field (a profile cannot be built invalid, by the builder or by this constructor) and
   * copies the sets so the profile is immutable.
   *
   * @param id the document's id in the host system
   * @param kind 文种
   * @param urgency 紧急程度
   * @param secrecy 密级
   * @param issuingUnit the unit that issued it (来文单位)
   * @param subject 标题, at most 500 characters
   * @param tags keywords and tags (主题词)
   * @param areas the areas concerned (分管领域), e.g. 财务, 安全生产
   * @param amount the amount of money concerned in yuan, if any, {@code >= 0}
   * @param receivedAt when it was received or drafted
   * @throws io.oakit.core.InvalidInputException naming each field at fault
   */
  public DocumentProfile {
    Validations.checkConstructor(DocumentProfile.class, id, kind, urgency, secrecy, issuingUnit, subject, tags, areas,
        amount, receivedAt);
    tags = tags == null ? null : ImmutableSet.copyOf(tags);
    areas = areas == null ? null : ImmutableSet.copyOf(areas);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates this profile (useful for profiles made with the canonical constructor).
   *
   * @return this profile
   * @throws io.oakit.core.InvalidInputException naming each field at fault
   */
  public DocumentProfile validate() {
    return Validations.check(this);
  }

  /** Builds a {@link DocumentProfile}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private DocumentKind kind;
    private Urgency urgency = Urgency.NORMAL;
    private SecrecyLevel secrecy = SecrecyLevel.UNCLASSIFIED;
    private String issuingUnit;
    private String subject;
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> areas = new LinkedHashSet<>();
    private BigDecimal amount;
    private LocalDateTime receivedAt;

    private Builder() {}

    /**
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(DocumentKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * @param urgency the urgency (default 平件)
     * @return this builder
     */
    public Builder urgency(Urgency urgency) {
      this.urgency = urgency;
      return this;
    }

    /**
     * @param secrecy the secrecy level (default unclassified)
     * @return this builder
     */
    public Builder secrecy(SecrecyLevel secrecy) {
      this.secrecy = secrecy;
      return this;
    }

    /**
     * @param issuingUnit the issuing unit
     * @return this builder
     */
    public Builder issuingUnit(String issuingUnit) {
      this.issuingUnit = issuingUnit;
      return this;
    }

    /**
     * @param subject the subject
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * @param tags tags to add
     * @return this builder
     */
    public Builder tags(String... tags) {
      this.tags.addAll(Arrays.asList(tags));
      return this;
    }

    /**
     * @param areas areas to add
     * @return this builder
     */
    public Builder areas(String... areas) {
      this.areas.addAll(Arrays.asList(areas));
      return this;
    }

    /**
     * @param yuan the amount in yuan
     * @return this builder
     */
    public Builder amount(BigDecimal yuan) {
      this.amount = Amounts.check("amount", yuan);
      return this;
    }

    /**
     * @param yuan the amount in yuan, e.g. {@code "12000.00"}
     * @return this builder
     */
    public Builder amount(String yuan) {
      return amount(Amounts.parse("amount", yuan));
    }

    /**
     * @param receivedAt when received
     * @return this builder
     */
    public Builder receivedAt(LocalDateTime receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Builds and validates the profile.
     *
     * @return the profile
     * @throws io.oakit.core.InvalidInputException naming each field at fault
     */
    public DocumentProfile build() {
      return new DocumentProfile(id, kind, urgency, secrecy, issuingUnit, subject, tags, areas,
          Optional.ofNullable(amount), receivedAt);
    }
  }
}
