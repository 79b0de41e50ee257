package io.oakit.core.deadline;

import io.oakit.core.OaException;

/** An extension was refused: requested after the due instant, or beyond the policy's limits. */
public final class ExtensionRefusedException extends OaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the extension was refused
   */
  public ExtensionRefusedException(String message) {
    super(message);
  }
}
