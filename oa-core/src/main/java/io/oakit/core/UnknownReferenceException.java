package io.oakit.core;

import static java.util.Objects.requireNonNull;

/** An id refers to nothing known: an unknown person, department, unit or rule. */
public final class UnknownReferenceException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The kind of thing or aggregate concerned. */
  private final String kind;
  /** The id that was not found. */
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what the id should name, e.g. {@code "person"}
   * @param id the unknown id
   * @param where where the reference was found, e.g. {@code "head of department d1"}
   */
  public UnknownReferenceException(String kind, String id, String where) {
    super("unknown " + requireNonNull(kind, "kind") + " '" + id + "'" + (where.isEmpty() ? "" : " in " + where));
    this.kind = kind;
    this.id = id;
  }

  /**
   * What the id should name.
   *
   * @return e.g. "person"
   */
  public String kind() {
    return kind;
  }

  /**
   * The unknown id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }
}
