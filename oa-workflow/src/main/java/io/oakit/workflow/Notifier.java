package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

/**
 * How the host reaches people (SMS, IM, e-mail). The services call it only after their transaction
 * has committed, never for work that rolled back.
 */
@FunctionalInterface
public interface Notifier {

  /** Drops every notification. */
  Notifier NONE = n -> { };

  /**
   * Sends a notification; must not throw for delivery problems (log them instead).
   *
   * @param notification what to send
   */
  void send(Notification notification);

  /**
   * A message for a person.
   *
   * @param personId the recipient
   * @param subject a short subject, e.g. 催办
   * @param text the text
   */
  record Notification(String personId, String subject, String text) {
    /** Checks the arguments. */
    public Notification {
      requireNonNull(personId, "personId");
      requireNonNull(subject, "subject");
      requireNonNull(text, "text");
    }
  }
}
