package io.oakit.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The events of the office's configuration documents (the SPI's {@code RULE_SET} aggregates, one per
 * format and name): each version saved, with the document as saved and the day it takes effect.
 */
public final class ConfigurationEvents {

  private ConfigurationEvents() {}

  /**
   * A version of a configuration document saved.
   *
   * @param at when
   * @param by who saved it
   * @param format the document's format, e.g. {@code oakit.score-card}
   * @param name which document of the format, e.g. {@code sign-off}
   * @param version its number, 1 for the first of the format
   * @param effectiveFrom the first day it is in force
   * @param document the document as saved
   * @param note why, as the administrator put it
   */
  @EventType(name = "configuration.version-saved")
  public record VersionSaved(LocalDateTime at, String by, String format, String name, int version,
      LocalDate effectiveFrom, String document, String note) implements WorkflowEvent {}
}
