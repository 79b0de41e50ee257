package io.oakit.core;

/**
 * Root of every exception OA Kit throws on purpose. Unchecked: a refused operation is a
 * programming or data error the caller can name, never a condition to be forgotten.
 *
 * <p>Subclasses carry typed getters for the facts behind the refusal (the day, the state,
 * the version), so callers can react without parsing messages. A refused operation changes
 * nothing.
 */
public abstract class OaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the field, value or state at fault.
   *
   * @param message the explanation, not null
   */
  protected OaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message the explanation, not null
   * @param cause the underlying cause, may be null
   */
  protected OaException(String message, Throwable cause) {
    super(message, cause);
  }
}
