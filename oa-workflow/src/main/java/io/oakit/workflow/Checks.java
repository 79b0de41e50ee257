package io.oakit.workflow;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import java.util.List;

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

  /**
   * Refuses a person who is not of the organisation or not cleared now for a classified aggregate
   * (e.g. a supervision item opened from a classified document).
   */
  static void clearedFor(WorkflowContext ctx, String personId, io.oakit.core.document.SecrecyLevel level, String id,
      String action) {
    Organization org = ctx.organization();
    io.oakit.core.document.SecrecyLevel clearance = org.hasPerson(personId) ? org.person(personId).clearance()
        : io.oakit.core.document.SecrecyLevel.UNCLASSIFIED;
    if (!org.hasPerson(personId) || !clearance.covers(level)) {
      throw new ClearanceException(personId, clearance, id, level, action);
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

  /**
   * Refuses a period of days that is empty, reversed or longer than a year (366 days), naming the fields.
   *
   * @throws io.oakit.core.InvalidInputException if it is
   */
  static void period(String query, java.time.LocalDate fromInclusive, java.time.LocalDate toExclusive) {
    java.util.Objects.requireNonNull(fromInclusive, "fromInclusive");
    java.util.Objects.requireNonNull(toExclusive, "toExclusive");
    if (!fromInclusive.isBefore(toExclusive)) {
      throw new io.oakit.core.InvalidInputException(query, java.util.List.of("toExclusive: the period " + fromInclusive
          + ".." + toExclusive + " is empty or reversed"));
    }
    if (toExclusive.isAfter(fromInclusive.plusDays(366))) {
      throw new io.oakit.core.InvalidInputException(query, java.util.List.of("toExclusive: the period " + fromInclusive
          + ".." + toExclusive + " is longer than a year"));
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

  /**
   * The action a command is checked as, e.g. {@code incoming.sign-for} for
   * {@link IncomingCommands.SignFor}: the service's prefix and the command's name in kebab case.
   */
  static String action(Command c) {
    Class<?> outer = c.getClass().getEnclosingClass();
    String prefix = outer == IncomingCommands.class ? "incoming." : outer == OutgoingCommands.class ? "outgoing."
        : outer == SupervisionCommands.class ? "supervision." : outer == DutyCommands.class ? "duty."
        : outer == CalendarCommands.class ? "calendar." : outer == ConfigurationCommands.class ? "configuration."
        : outer == CaseCommands.class ? "case." : "";
    // every command class has its action in AuthorityPolicy.ACTIONS (checked by AuthorityPolicyTest)
    return prefix + c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The notifications that reach people about a document, checked against the organisation as it is
   * now: a person cleared for it gets {@code text}; one who is not (their clearance was lowered, or
   * they never had it) gets nothing about it — their present, cleared deputy gets it instead, and
   * if there is none {@code fallback} is told of the gap, without the subject.
   */
  static List<Notifier.Notification> reach(WorkflowContext ctx, DocumentProfile p, java.util.Collection<String> people,
      String subject, java.util.function.UnaryOperator<String> text, String fallback) {
    Organization org = ctx.organization();
    List<Notifier.Notification> out = new java.util.ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (String person : people) {
      if (org.hasPerson(person) && org.person(person).clearance().covers(p.secrecy())) {
        if (done.add(person)) {
          out.add(new Notifier.Notification(person, subject, text.apply(person)));
        }
        continue;
      }
      java.util.Optional<Person> deputy = org.hasPerson(person) ? org.deputyFor(person, ctx.now())
          .or(() -> org.standingDeputy(person)) : java.util.Optional.empty();
      if (deputy.isPresent() && deputy.get().clearance().covers(p.secrecy())) {
        if (done.add(deputy.get().id())) {
          out.add(new Notifier.Notification(deputy.get().id(), subject, text.apply(deputy.get().id())));
        }
      } else if (done.add("gap:" + person)) {
        out.add(new Notifier.Notification(fallback, "无人可送", p.id() + " (" + p.secrecy().chinese()
            + "): " + person + " is not cleared for it and has no cleared deputy; assign someone who is"));
      }
    }
    return out;
  }

  /** The people among {@code people} cleared for a document now (a tray holds only them). */
  static java.util.Set<String> clearedNow(WorkflowContext ctx, DocumentProfile p, java.util.Collection<String> people) {
    Organization org = ctx.organization();
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String person : people) {
      if (org.hasPerson(person) && org.person(person).clearance().covers(p.secrecy())) {
        out.add(person);
      }
    }
    return out;
  }

  /**
   * The notifications about a classified item (a supervision item opened from a classified document)
   * as they may go now: to people of the organisation cleared for its level; what was meant for a unit
   * (whose liaison nobody can check) or for someone not cleared goes to {@code office}, who passes it
   * on through a cleared channel. The text carries the item's id and level, never its content.
   */
  static List<Notifier.Notification> classified(WorkflowContext ctx, io.oakit.core.document.SecrecyLevel level,
      String itemId, List<Notifier.Notification> notes, String office) {
    Organization org = ctx.organization();
    List<Notifier.Notification> out = new java.util.ArrayList<>();
    String text = "督办事项 " + itemId + " (" + level.chinese() + ")：请在系统中查看";
    for (Notifier.Notification n : notes) {
      Recipient to = n.recipient();
      if (to.isPerson() && org.hasPerson(to.id()) && org.person(to.id()).clearance().covers(level)) {
        out.add(new Notifier.Notification(to, n.subject(), text));
      } else {
        out.add(new Notifier.Notification(office, n.subject(), text + " — meant for " + to
            + ", who cannot be reached cleared; pass it on through a cleared channel"));
      }
    }
    return out;
  }
}
