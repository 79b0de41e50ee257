package io.oakit.workflow;

import io.oakit.core.OaException;
import io.oakit.core.document.SecrecyLevel;

/** A person without the clearance for a document tried to act on it; nothing was written. */
public final class ClearanceException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The person not cleared. */
  private final String personId;

  /**
   * @param personId the person
   * @param clearance their clearance
   * @param documentId the document
   * @param secrecy its secrecy level
   * @param action what they tried
   */
  public ClearanceException(String personId, SecrecyLevel clearance, String documentId, SecrecyLevel secrecy, String action) {
    super(personId + " (clearance " + clearance.chinese() + ") may not " + action + " " + documentId + " ("
        + secrecy.chinese() + ")");
    this.personId = personId;
  }

  /** @return the person refused */
  public String personId() {
    return personId;
  }
}
