package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

/**
 * How the host reaches people (SMS, IM, e-mail). Notifications are written to the transactional
 * {@link Outbox} in the same transaction as the change that causes them and handed to the notifier
 * only after that transaction committed, never for work that rolled back. Delivery is at least
 * once: after a crash, a failed send or a failed acknowledgement the same notification, with the same
 * {@link Notification#id()}, is handed over again, so a sender that must not send twice drops an id
 * it has already sent.
 */
@FunctionalInterface
public interface Notifier {

  /** Drops every notification. */
  Notifier NONE = n -> { };

  /**
   * Sends a notification. A notification whose send throws stays in the outbox and is handed over
   * again by the next {@link Outbox#deliver}.
   *
   * @param notification what to send
   */
  void send(Notification notification);

  /**
   * A message for a person or a unit.
   *
   * @param id a stable id, the same every time this notification is handed over (empty until the
   *     outbox assigns it)
   * @param recipient whom it is for
   * @param subject a short subject, e.g. 催办
   * @param text the text
   */
  record Notification(String id, Recipient recipient, String subject, String text) {
    /**
     * Checks the arguments.
     *
     * @param id a stable id, the same every time this notification is handed over (empty until the outbox assigns it)
     * @param recipient whom it is for
     * @param subject a short subject, e.g. 催办
     * @param text the text
     */
    public Notification {
      requireNonNull(id, "id");
      requireNonNull(recipient, "recipient");
      requireNonNull(subject, "subject");
      requireNonNull(text, "text");
    }

    /**
     * A notification for a recipient, without an id yet (the outbox assigns it when it is written).
     *
     * @param recipient whom it is for
     * @param subject a short subject
     * @param text the text
     */
    public Notification(Recipient recipient, String subject, String text) {
      this("", recipient, subject, text);
    }

    /**
     * A notification for a person, without an id yet.
     *
     * @param personId the person
     * @param subject a short subject
     * @param text the text
     */
    public Notification(String personId, String subject, String text) {
      this("", Recipient.person(personId), subject, text);
    }

    /**
     * The person it is for.
     *
     * @return the person's id, or an empty string if it is for a unit (see {@link #recipient()})
     */
    public String personId() {
      return recipient.isPerson() ? recipient.id() : "";
    }

    /**
     * @param newId the id
     * @return this notification with the id
     */
    public Notification withId(String newId) {
      return new Notification(newId, recipient, subject, text);
    }
  }
}
