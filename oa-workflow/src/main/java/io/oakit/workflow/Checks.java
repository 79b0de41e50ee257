package io.oakit.workflow;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;

/** The checks the workflow services share. */
final class Checks {

  private Checks() {}

  /**
   * Refuses a command from, or on behalf of, someone not in the organisation
   * ({@code UnknownReferenceException} naming the id).
   */
  static void known(WorkflowContext ctx, Command c) {
    Organization org = ctx.organization();
    org.person(c.actor());
    c.onBehalfOf().ifPresent(org::person);
  }

  /** Refuses a person without the clearance for a document. */
  static void cleared(WorkflowContext ctx, String personId, DocumentProfile p, String action) {
    Person person = ctx.organization().person(personId);
    if (!person.clearance().covers(p.secrecy())) {
      throw new ClearanceException(personId, person.clearance(), p.id(), p.secrecy(), action);
    }
  }

  /** Refuses an action in a stage that does not allow it. */
  @SafeVarargs
  static <E extends Enum<E>> void stage(E current, String action, String documentId, E... allowed) {
    for (E a : allowed) {
      if (current == a) {
        return;
      }
    }
    throw new IllegalTransitionException(current.name(), action, "document " + documentId);
  }

  /** Parses a deadline rule of a command, refusing bad text with the field named. */
  static io.oakit.core.deadline.DeadlineRule rule(String text, String command, String field) {
    try {
      return io.oakit.core.deadline.DeadlineRule.parse(text);
    } catch (IllegalArgumentException e) {
      throw new io.oakit.core.InvalidInputException(command, java.util.List.of(field + ": " + e.getMessage()));
    }
  }

  /** The top-level fields of a stored document a host queries by (see docs/storage-format.md). */
  static java.util.Map<String, Object> documentView(DocumentProfile p, Enum<?> stage) {
    java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
    v.put("id", p.id());
    v.put("subject", p.subject());
    v.put("secrecy", p.secrecy());
    v.put("urgency", p.urgency());
    v.put("stage", stage);
    return v;
  }
}
