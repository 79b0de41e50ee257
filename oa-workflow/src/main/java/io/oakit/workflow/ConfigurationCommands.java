package io.oakit.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** The commands of {@link ConfigurationService}; each is validated, and names the field at fault when not. */
public final class ConfigurationCommands {

  private ConfigurationCommands() {}

  /**
   * Save a new version of a configuration document, in force from a day.
   *
   * @param idempotencyKey the key
   * @param actor who saves it
   * @param onBehalfOf whom they act for
   * @param format the document's format, one of {@link ConfigurationService#formats()}
   * @param name which document of the format, e.g. {@code proposals} and {@code sign-off} for the two rule
   *     sets of an office ({@code office} where there is one)
   * @param effectiveFrom the first day it is in force
   * @param document the document
   * @param note why (may be empty)
   */
  public record SaveVersion(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String format, @NotBlank @Size(max = 64) String name, @NotNull LocalDate effectiveFrom,
      @NotBlank String document,
      @NotNull @Size(max = 2000) String note) implements Command {}
}
