package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Absence;
import io.oakit.core.org.Department;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the circulation of a document among its readers (传阅), following the offices' own rules:
 *
 * <ol>
 *   <li>急件急办: an urgent document (加急 or 特急) goes at once to the leader(s) in charge of its
 *       areas and, in parallel, to the head of the department concerned — the handling department when
 *       one is named, else the departments of those areas — each in a copy of their own
 *       ({@link #urgentCopies});
 *   <li>(tray order, see {@link TrayOrder});
 *   <li>a reader who is away is moved behind the readers who are present and reads on return;
 *   <li>多头分送: the other readers of an urgent document (加急 or 特急), or of any document due within
 *       {@link #withSplitWhenDueWithin a few working days} of the start (时效性强), are split into several
 *       copies that circulate at once (round robin in protocol order);
 *   <li>the order within each copy is chosen to minimise the expected completion, given each reader's
 *       absences and a reading time in working time; protocol order is always one of the candidates,
 *       so a plan never finishes later than plain protocol order.
 * </ol>
 *
 * Readers without the clearance for the document are left out and reported. Immutable and
 * thread-safe; deterministic.
 */
public final class CirculationPlanner {

  private static final int EXHAUSTIVE_LIMIT = 7;

  private final Duration readingTime;
  private final int parallelCopies;
  private final int splitWithinWorkingDays;

  private CirculationPlanner(Duration readingTime, int parallelCopies, int splitWithinWorkingDays) {
    this.readingTime = readingTime;
    this.parallelCopies = parallelCopies;
    this.splitWithinWorkingDays = splitWithinWorkingDays;
  }

  /**
   * Reading time 30 working minutes per reader; urgent documents, and documents due within one working day
   * of the start, in 3 copies.
   *
   * @return the planner
   */
  public static CirculationPlanner defaults() {
    return new CirculationPlanner(Duration.ofMinutes(30), 3, 1);
  }

  /**
   * @param workingDays a document due within this many working days of the start of its circulation (0:
   *     due the same day) is split into parallel copies whatever its urgency, {@code >= 0}
   * @return a planner with that threshold
   */
  public CirculationPlanner withSplitWhenDueWithin(int workingDays) {
    checkArgument(workingDays >= 0, "workingDays must be >= 0 but was %s", workingDays);
    return new CirculationPlanner(readingTime, parallelCopies, workingDays);
  }

  /**
   * A copy that goes out at once.
   *
   * @param name the copy's name, e.g. {@code leader in charge of 财务}
   * @param personId who reads it
   */
  public record Copy(String name, String personId) {
    /**
     * Checks the arguments.
     *
     * @param name the copy's name, e.g. {@code leader in charge of 财务}
     * @param personId who reads it
     */
    public Copy {
      requireNonNull(name, "name");
      requireNonNull(personId, "personId");
    }
  }

  /**
   * The copies an urgent document (加急 or 特急) goes out in at once (急件急办), before any instruction: the
   * leader in charge of each of its areas and, in parallel, the head of the department concerned — the
   * handling department when one is named, else every department of its areas. Only people cleared for
   * the document; nobody twice; none for a document that is not urgent.
   *
   * @param document the document
   * @param organization the organisation
   * @param handlingDepartment the department named to handle it, if one is
   * @return the copies, leaders first, in area order
   * @throws io.oakit.core.UnknownReferenceException if the named department does not exist
   */
  public List<Copy> urgentCopies(DocumentProfile document, Organization organization,
      java.util.Optional<String> handlingDepartment) {
    requireNonNull(document, "document");
    requireNonNull(organization, "organization");
    requireNonNull(handlingDepartment, "handlingDepartment");
    List<Copy> copies = new ArrayList<>();
    if (!document.urgency().isAtLeast(Urgency.URGENT)) {
      return java.util.Collections.unmodifiableList(copies);
    }
    Set<String> first = new LinkedHashSet<>();
    java.util.function.Predicate<Person> cleared = p -> p.clearance().covers(document.secrecy());
    for (String area : new java.util.TreeSet<>(document.areas())) {
      organization.inCharge(area).filter(cleared).ifPresent(l -> {
        if (first.add(l.id())) {
          copies.add(new Copy("leader in charge of " + area, l.id()));
        }
      });
    }
    List<Department> concerned = new ArrayList<>();
    if (handlingDepartment.isPresent()) {
      Department d = organization.departments().get(handlingDepartment.get());
      if (d == null) {
        throw new io.oakit.core.UnknownReferenceException("department", handlingDepartment.get(),
            "handling department of " + document.id());
      }
      concerned.add(d);
    } else {
      for (String area : new java.util.TreeSet<>(document.areas())) {
        organization.departments().values().stream().filter(d -> d.area().filter(area::equals).isPresent())
            .forEach(concerned::add);
      }
    }
    for (Department d : concerned) {
      organization.headOf(d.id()).filter(cleared).ifPresent(h -> {
        if (first.add(h.id())) {
          copies.add(new Copy("handling department " + d.name(), h.id()));
        }
      });
    }
    return java.util.Collections.unmodifiableList(copies);
  }

  /**
   * @param perReader the working time a reader needs, positive
   * @return a planner with that reading time
   */
  public CirculationPlanner withReadingTime(Duration perReader) {
    requireNonNull(perReader, "perReader");
    checkArgument(!perReader.isNegative() && !perReader.isZero(), "reading time must be positive but was %s", perReader);
    return new CirculationPlanner(perReader, parallelCopies, splitWithinWorkingDays);
  }

  /**
   * @param copies copies for extra-urgent documents, {@code >= 1}
   * @return a planner with that number of copies
   */
  public CirculationPlanner withParallelCopies(int copies) {
    checkArgument(copies >= 1, "parallel copies must be >= 1 but was %s", copies);
    return new CirculationPlanner(readingTime, copies, splitWithinWorkingDays);
  }

  /**
   * Plans the circulation.
   *
   * @param document the document
   * @param readers the people who must read it (ids; duplicates ignored)
   * @param organization the organisation, with absences
   * @param calendar the work calendar: reading happens in working time
   * @param from when circulation starts
   * @return the plan with its explanation
   * @throws io.oakit.core.UnknownReferenceException if a reader is unknown
   * @throws IllegalArgumentException if nobody cleared is left to read it
   * @throws io.oakit.core.calendar.CalendarCoverageException if the plan runs past the calendar
   */
  public CirculationPlan plan(DocumentProfile document, List<String> readers, Organization organization,
      WorkCalendar calendar, LocalDateTime from) {
    return plan(document, readers, organization, calendar, from, java.util.Optional.empty(), java.util.Optional.empty());
  }

  /**
   * Plans the circulation of a document with a handling department and a deadline: an urgent document's
   * parallel copy goes to that department's head only, and a document due soon is split into parallel
   * copies (多头分送) whatever its urgency.
   *
   * @param document the document
   * @param readers the people who must read it (ids; duplicates ignored)
   * @param organization the organisation, with absences
   * @param calendar the work calendar: reading happens in working time
   * @param from when circulation starts
   * @param handlingDepartment the department that handles it, if named
   * @param due when it is due, if it has a deadline
   * @return the plan with its explanation
   * @throws io.oakit.core.UnknownReferenceException if a reader or the department is unknown
   * @throws IllegalArgumentException if nobody cleared is left to read it
   * @throws io.oakit.core.calendar.CalendarCoverageException if the plan runs past the calendar
   */
  public CirculationPlan plan(DocumentProfile document, List<String> readers, Organization organization,
      WorkCalendar calendar, LocalDateTime from, java.util.Optional<String> handlingDepartment,
      java.util.Optional<LocalDateTime> due) {
    requireNonNull(handlingDepartment, "handlingDepartment");
    requireNonNull(due, "due");
    requireNonNull(document, "document");
    requireNonNull(readers, "readers");
    requireNonNull(organization, "organization");
    requireNonNull(calendar, "calendar");
    requireNonNull(from, "from");
    Sim sim = new Sim(organization, calendar);
    List<String> lines = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    Set<Person> cleared = new LinkedHashSet<>();
    for (String id : readers) {
      Person p = organization.person(id);
      if (p.clearance().covers(document.secrecy())) {
        cleared.add(p);
      } else if (!excluded.contains(p.id())) {
        excluded.add(p.id());
        lines.add("left out " + p.name() + ": clearance " + p.clearance().chinese() + " is below "
            + document.secrecy().chinese());
      }
    }
    List<CirculationPlan.Lane> lanes = new ArrayList<>();
    Set<Person> everyone = new LinkedHashSet<>(cleared);
    if (document.urgency().isAtLeast(Urgency.URGENT)) {
      Set<Person> first = new LinkedHashSet<>();
      for (Copy copy : urgentCopies(document, organization, handlingDepartment)) {
        Person p = organization.person(copy.personId());
        first.add(p);
        lanes.add(sim.lane(copy.name(), List.of(p), from, readingTime));
      }
      if (!first.isEmpty()) {
        lines.add("rule 1 (急件急办): " + document.urgency().chinese() + " — "
            + String.join(", ", first.stream().map(Person::name).toList()) + " receive it at once, in parallel");
      }
      cleared.removeAll(first);
      everyone.addAll(first);
    }
    checkArgument(!everyone.isEmpty(), "no reader of %s has the clearance for %s", document.id(), document.secrecy());
    List<Person> rest = new ArrayList<>(cleared);
    rest.sort(Organization.PROTOCOL_ORDER);
    for (Person p : rest) {
      organization.absenceAt(p.id(), from).ifPresent(a -> lines.add("rule 3: " + p.name() + " is away ("
          + a.kind().chinese() + ") until " + a.endExclusive() + " — placed behind the readers who are present"));
    }
    if (!rest.isEmpty()) {
      boolean dueSoon = due.isPresent() && (due.get().toLocalDate().isBefore(from.toLocalDate())
          || calendar.workingDaysBetween(from.toLocalDate(), due.get().toLocalDate()) <= splitWithinWorkingDays);
      boolean urgent = document.urgency().isAtLeast(Urgency.URGENT);
      if ((urgent || dueSoon) && parallelCopies > 1 && rest.size() > 1) {
        int copies = Math.min(parallelCopies, rest.size());
        String why = urgent ? document.urgency().chinese() : "due " + due.get() + ", within " + splitWithinWorkingDays
            + " working day" + (splitWithinWorkingDays == 1 ? "" : "s") + " (时效性强)";
        lines.add("rule 4 (多头分送): " + why + " — " + rest.size() + " readers split into " + copies
            + " copies read at once");
        for (int c = 0; c < copies; c++) {
          List<Person> group = new ArrayList<>();
          for (int i = c; i < rest.size(); i += copies) {
            group.add(rest.get(i));
          }
          lanes.add(sim.lane("copy " + (c + 1), sim.bestOrder(group, from, readingTime), from, readingTime));
        }
      } else {
        lanes.add(sim.lane("circulation", sim.bestOrder(rest, from, readingTime), from, readingTime));
      }
    }
    List<Person> protocol = new ArrayList<>(everyone);
    protocol.sort(Organization.PROTOCOL_ORDER);
    LocalDateTime protocolFinish = sim.finish(protocol, from, readingTime);
    LocalDateTime completion = lanes.stream().map(CirculationPlan.Lane::finish).max(Comparator.naturalOrder()).orElseThrow();
    for (CirculationPlan.Lane lane : lanes) {
      lines.add(lane.name() + ": " + String.join(" → ", lane.readings().stream()
          .map(r -> organization.person(r.personId()).name() + " (" + r.expectedStart() + "–" + r.expectedFinish() + ")")
          .toList()));
    }
    Duration saved = calendar.workingTimeBetween(completion, protocolFinish);
    lines.add("rule 5: expected completion " + completion + "; protocol order would finish " + protocolFinish
        + (saved.isZero() ? "" : " (" + saved.toMinutes() + " working minutes later)"));
    return new CirculationPlan(document.id(), lanes, completion, protocolFinish, excluded, lines);
  }

  /** Simulates readers passing a copy along. */
  private static final class Sim {
    private final Organization org;
    private final WorkCalendar cal;

    Sim(Organization org, WorkCalendar cal) {
      this.org = org;
      this.cal = cal;
    }

    /** When a reader who receives the document at {@code t} passes it on: reading counts only when present. */
    LocalDateTime readFinish(Person reader, LocalDateTime t, Duration reading) {
      LocalDateTime cursor = org.availableFrom(reader.id(), t);
      Duration left = reading;
      for (Absence a : org.absences(reader.id())) {
        if (!a.startInclusive().isAfter(cursor)) {
          continue;
        }
        Duration available = cal.workingTimeBetween(cursor, a.startInclusive());
        if (available.compareTo(left) >= 0) {
          return cal.plusWorkingTime(cursor, left);
        }
        left = left.minus(available);
        cursor = org.availableFrom(reader.id(), a.startInclusive());
      }
      return cal.plusWorkingTime(cursor, left);
    }

    LocalDateTime finish(List<Person> order, LocalDateTime from, Duration reading) {
      LocalDateTime t = from;
      for (Person p : order) {
        t = readFinish(p, t, reading);
      }
      return t;
    }

    CirculationPlan.Lane lane(String name, List<Person> order, LocalDateTime from, Duration reading) {
      List<CirculationPlan.Reading> readings = new ArrayList<>();
      LocalDateTime t = from;
      for (Person p : order) {
        LocalDateTime end = readFinish(p, t, reading);
        readings.add(new CirculationPlan.Reading(p.id(), org.availableFrom(p.id(), t), end));
        t = end;
      }
      return new CirculationPlan.Lane(name, readings);
    }

    /**
     * The order with the earliest finish. Candidates, in order of preference on ties: protocol
     * order; protocol order with absent readers moved behind by return time; then every
     * permutation (up to seven readers) or pairwise-swap improvement (more).
     */
    List<Person> bestOrder(List<Person> protocolOrder, LocalDateTime from, Duration reading) {
      List<Person> best = new ArrayList<>(protocolOrder);
      LocalDateTime bestFinish = finish(best, from, reading);
      List<Person> presentFirst = new ArrayList<>(protocolOrder);
      presentFirst.sort(Comparator.comparing((Person p) -> org.availableFrom(p.id(), from)));
      LocalDateTime f = finish(presentFirst, from, reading);
      if (f.isBefore(bestFinish)) {
        best = presentFirst;
        bestFinish = f;
      }
      if (protocolOrder.size() <= EXHAUSTIVE_LIMIT) {
        List<Person> perm = new ArrayList<>(protocolOrder);
        int[] c = new int[perm.size()];
        int i = 0;
        while (i < perm.size()) { // Heap's algorithm: deterministic order of permutations
          if (c[i] < i) {
            java.util.Collections.swap(perm, i % 2 == 0 ? 0 : c[i], i);
            f = finish(perm, from, reading);
            if (f.isBefore(bestFinish)) {
              best = new ArrayList<>(perm);
              bestFinish = f;
            }
            c[i]++;
            i = 0;
          } else {
            c[i] = 0;
            i++;
          }
        }
        return best;
      }
      boolean improved = true;
      for (int round = 0; improved && round < 50; round++) {
        improved = false;
        for (int a = 0; a < best.size(); a++) {
          for (int b = a + 1; b < best.size(); b++) {
            List<Person> next = new ArrayList<>(best);
            java.util.Collections.swap(next, a, b);
            f = finish(next, from, reading);
            if (f.isBefore(bestFinish)) {
              best = next;
              bestFinish = f;
              improved = true;
            }
          }
        }
      }
      return best;
    }
  }

  @Override
  public String toString() {
    return "CirculationPlanner[reading " + readingTime + ", " + parallelCopies + " copies for 加急, 特急 and due within "
        + splitWithinWorkingDays + " working days]";
  }
}
