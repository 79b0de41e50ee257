package io.oakit.core.routing;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;

/** Decides where a document goes. Implementations are deterministic and thread-safe. */
public interface Router {

  /**
   * Routes a document.
   *
   * @param profile the document
   * @param organization the organisation, with absences
   * @param at the routing instant: who is away is judged at this instant
   * @return the decision, with its explanation
   */
  RoutingDecision route(DocumentProfile profile, Organization organization, LocalDateTime at);
}
