package io.oakit.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A value or command failed validation. The message lists every violation as
 * {@code field: problem}; {@link #violations()} gives them one by one.
 */
public final class InvalidInputException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The type whose input was invalid. */
  private final String type;
  /** What was wrong, one line each. */
  private final ImmutableList<String> violations;

  /**
   * Creates the exception.
   *
   * @param type the kind of value refused, e.g. {@code "DocumentProfile"}
   * @param violations each violation as {@code field: problem}, sorted
   */
  public InvalidInputException(String type, List<String> violations) {
    super("invalid " + type + ": " + String.join("; ", violations));
    this.type = type;
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * The kind of value refused.
   *
   * @return the type name
   */
  public String type() {
    return type;
  }

  /**
   * Every violation as {@code field: problem}.
   *
   * @return the violations
   */
  public ImmutableList<String> violations() {
    return violations;
  }
}
