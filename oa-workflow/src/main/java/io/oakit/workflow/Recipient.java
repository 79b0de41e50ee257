package io.oakit.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Whom a notification or reminder is for: a person of the organisation, or a unit (a department or
 * a supervised unit, 承办单位) that the host reaches through its own channel (its liaison, its duty
 * phone). Immutable.
 *
 * @param kind a person or a unit
 * @param id the person's or the unit's id
 */
public record Recipient(Kind kind, String id) {

  /** What a recipient is. */
  public enum Kind {
    /** A person of the organisation. */
    PERSON,
    /** A unit or department, reached through the host's channel for it. */
    UNIT
  }

  /**
   * Checks the arguments.
   *
   * @param kind a person or a unit
   * @param id the person's or the unit's id
   */
  public Recipient {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "a recipient's id must not be blank");
  }

  /**
   * @param personId a person
   * @return the person as a recipient
   */
  public static Recipient person(String personId) {
    return new Recipient(Kind.PERSON, personId);
  }

  /**
   * @param unitId a unit or department
   * @return the unit as a recipient
   */
  public static Recipient unit(String unitId) {
    return new Recipient(Kind.UNIT, unitId);
  }

  /**
   * Reads the recipient as stored notifications of format version 1 wrote it, in one text field:
   * a person's id as it is, a unit as {@code unit:<id>}. Only the upcaster of old records uses it;
   * nothing writes that form any more.
   *
   * @param text the version-1 text
   * @return the recipient it meant
   */
  static Recipient fromVersion1(String text) {
    String unitPrefix = Kind.UNIT.name().toLowerCase(java.util.Locale.ROOT) + ":";
    return text.startsWith(unitPrefix) ? unit(text.substring(unitPrefix.length())) : person(text);
  }

  /** @return whether this is a person */
  public boolean isPerson() {
    return kind == Kind.PERSON;
  }

  /**
   * The key the outbox indexes it by (the {@code unit} of a notification's index), so a host lists
   * what went to someone with {@code byUnitAndPeriod(NOTIFICATION, recipient.key(), …)}.
   *
   * @return {@code person:<id>} or {@code unit:<id>}
   */
  public String key() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }

  /** The key. */
  @Override
  public String toString() {
    return key();
  }
}
