package io.oakit.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.document.SecrecyLevel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation: units, departments, people with positions and clearances, who heads each
 * department, who is in charge of each area (分管领导), standing deputies, and when people are
 * away. Built with {@link #builder()}; immutable and thread-safe.
 */
public final class Organization {

  /** Protocol order: rank, then id. */
  public static final Comparator<Person> PROTOCOL_ORDER =
      Comparator.comparingInt(Person::rank).thenComparing(Person::id);

  private final ImmutableMap<String, Unit> units;
  private final ImmutableMap<String, Department> departments;
  private final ImmutableMap<String, Person> people;
  private final ImmutableMap<String, String> heads;
  private final ImmutableMap<String, String> inCharge;
  private final ImmutableMap<String, String> standingDeputies;
  private final ImmutableListMultimap<String, Absence> absences;
  /** Everyone with each role, in protocol order (routing asks for it for every role target). */
  private final ImmutableListMultimap<String, Person> byRole;

  private Organization(Builder b) {
    this.units = ImmutableMap.copyOf(b.units);
    this.departments = ImmutableMap.copyOf(b.departments);
    this.people = ImmutableMap.copyOf(b.people);
    this.heads = ImmutableMap.copyOf(b.heads);
    this.inCharge = ImmutableMap.copyOf(b.inCharge);
    this.standingDeputies = ImmutableMap.copyOf(b.deputies);
    ImmutableListMultimap.Builder<String, Absence> abs = ImmutableListMultimap.builder();
    b.absences.stream().sorted(Comparator.comparing(Absence::startInclusive))
        .forEach(a -> abs.put(a.personId(), a));
    this.absences = abs.build();
    ImmutableListMultimap.Builder<String, Person> roles = ImmutableListMultimap.builder();
    people.values().stream().sorted(PROTOCOL_ORDER).forEach(p -> p.roles().forEach(r -> roles.put(r, p)));
    this.byRole = roles.build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * All units.
   *
   * @return units by id
   */
  public ImmutableMap<String, Unit> units() {
    return units;
  }

  /**
   * All departments.
   *
   * @return departments by id
   */
  public ImmutableMap<String, Department> departments() {
    return departments;
  }

  /**
   * Everyone, in protocol order.
   *
   * @return the people
   */
  public ImmutableList<Person> people() {
    return people.values().stream().sorted(PROTOCOL_ORDER).collect(ImmutableList.toImmutableList());
  }

  /**
   * The person with this id.
   *
   * @param id the id
   * @return the person
   * @throws UnknownReferenceException if nobody has that id
   */
  public Person person(String id) {
    Person p = people.get(requireNonNull(id, "id"));
    if (p == null) {
      throw new UnknownReferenceException("person", id, "");
    }
    return p;
  }

  /**
   * Whether a person with this id exists.
   *
   * @param id the id
   * @return true if known
   */
  public boolean hasPerson(String id) {
    return people.containsKey(id);
  }

  /**
   * The leader in charge (分管领导) of an area.
   *
   * @param area the area, e.g. 财务
   * @return the leader, if the area has one
   */
  public Optional<Person> inCharge(String area) {
    return Optional.ofNullable(inCharge.get(requireNonNull(area, "area"))).map(people::get);
  }

  /**
   * The areas with a leader in charge.
   *
   * @return the areas
   */
  public Set<String> areas() {
    return inCharge.keySet();
  }

  /**
   * The head of a department.
   *
   * @param departmentId the department
   * @return the head, if set
   * @throws UnknownReferenceException if the department is unknown
   */
  public Optional<Person> headOf(String departmentId) {
    if (!departments.containsKey(requireNonNull(departmentId, "departmentId"))) {
      throw new UnknownReferenceException("department", departmentId, "");
    }
    return Optional.ofNullable(heads.get(departmentId)).map(people::get);
  }

  /**
   * The leader in charge of a department's area.
   *
   * @param departmentId the department
   * @return the leader, if the department has an area with a leader
   */
  public Optional<Person> leaderInChargeOfDepartment(String departmentId) {
    Department d = departments.get(requireNonNull(departmentId, "departmentId"));
    if (d == null) {
      throw new UnknownReferenceException("department", departmentId, "");
    }
    return d.area().flatMap(this::inCharge);
  }

  /**
   * Everyone who can fill a role, in protocol order.
   *
   * @param role the role
   * @return the people, possibly none
   */
  public ImmutableList<Person> withRole(String role) {
    return byRole.get(requireNonNull(role, "role"));
  }

  /**
   * A person's absences in time order.
   *
   * @param personId the person
   * @return the absences
   */
  public ImmutableList<Absence> absences(String personId) {
    return absences.get(person(personId).id());
  }

  /**
   * The absence covering an instant, if any.
   *
   * @param personId the person
   * @param at the instant
   * @return the absence
   */
  public Optional<Absence> absenceAt(String personId, LocalDateTime at) {
    requireNonNull(at, "at");
    for (Absence a : absences(personId)) {
      if (a.covers(at)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a person is present at an instant.
   *
   * @param personId the person
   * @param at the instant
   * @return true if not away
   */
  public boolean isAvailable(String personId, LocalDateTime at) {
    requireNonNull(at, "at");
    for (Absence a : absences(personId)) {
      if (a.covers(at)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first instant at or after {@code at} when the person is present (back-to-back absences are
   * followed through).
   *
   * @param personId the person
   * @param at the instant
   * @return {@code at} if present, otherwise the end of the absence
   */
  public LocalDateTime availableFrom(String personId, LocalDateTime at) {
    LocalDateTime t = requireNonNull(at, "at");
    for (Absence a : absences(personId)) {
      if (a.covers(t)) {
        t = a.endExclusive();
      }
    }
    return t;
  }

  /**
   * Who acts for a person who is away at {@code at}: the absence's own deputy, else the standing
   * deputy; if that deputy is away too, their deputy in turn. Empty when the person is present or
   * nobody present can act.
   *
   * @param personId the person
   * @param at the instant
   * @return the deputy present at {@code at}
   */
  public Optional<Person> deputyFor(String personId, LocalDateTime at) {
    Set<String> seen = new HashSet<>();
    String current = person(personId).id();
    while (seen.add(current)) {
      Optional<Absence> away = absenceAt(current, at);
      if (away.isEmpty()) {
        return current.equals(personId) ? Optional.empty() : Optional.of(people.get(current));
      }
      String standing = standingDeputies.get(current);
      Optional<String> next = away.get().deputyId().or(() -> Optional.ofNullable(standing));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.empty();
  }

  /**
   * The standing deputy (常务代理人) of a person, who acts for them whenever they are away without
   * a named deputy.
   *
   * @param personId the person
   * @return the standing deputy
   */
  public Optional<Person> standingDeputy(String personId) {
    return Optional.ofNullable(standingDeputies.get(person(personId).id())).map(people::get);
  }

  /**
   * Whether a person may receive a document of a secrecy level.
   *
   * @param personId the person
   * @param level the document's level
   * @return true if the person's clearance covers it
   */
  public boolean cleared(String personId, SecrecyLevel level) {
    return person(personId).clearance().covers(level);
  }

  /**
   * Readable in a failing test's report: every person (up to 40) with department, title, rank,
   * clearance and roles, then heads, leaders in charge, deputies and absences.
   */
  /**
   * Two organisations are equal when they have the same units, departments, people, heads, leaders in
   * charge, standing deputies and absences, whatever order they were added in.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Organization g && units.equals(g.units) && departments.equals(g.departments)
        && people.equals(g.people) && heads.equals(g.heads) && inCharge.equals(g.inCharge)
        && standingDeputies.equals(g.standingDeputies) && absences.equals(g.absences);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(units, departments, people, heads, inCharge, standingDeputies, absences);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Organization[").append(units.size()).append(" units, ")
        .append(departments.size()).append(" departments, ").append(people.size()).append(" people:");
    people().stream().limit(40).forEach(p -> s.append("\n  ").append(p.id()).append(" ").append(p.title())
        .append(" in ").append(p.departmentId()).append(", rank ").append(p.rank()).append(", ")
        .append(p.clearance().chinese()).append(p.roles().isEmpty() ? "" : ", roles " + p.roles()));
    if (people.size() > 40) {
      s.append("\n  … and ").append(people.size() - 40).append(" more");
    }
    if (!heads.isEmpty()) {
      s.append("\n  heads ").append(heads);
    }
    if (!inCharge.isEmpty()) {
      s.append("\n  in charge ").append(inCharge);
    }
    if (!standingDeputies.isEmpty()) {
      s.append("\n  deputies ").append(standingDeputies);
    }
    if (!absences.isEmpty()) {
      s.append("\n  away ").append(absences.values());
    }
    return s.append("]").toString();
  }

  /** Builds an {@link Organization}; references are checked by {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, String> heads = new LinkedHashMap<>();
    private final Map<String, String> inCharge = new LinkedHashMap<>();
    private final Map<String, String> deputies = new LinkedHashMap<>();
    private final List<Absence> absences = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a unit.
     *
     * @param id the id
     * @param name the name
     * @return this builder
     * @throws IllegalArgumentException if the id is taken
     */
    public Builder unit(String id, String name) {
      Unit u = new Unit(id, name);
      checkArgument(units.putIfAbsent(id, u) == null, "duplicate unit id '%s'", id);
      return this;
    }

    /**
     * Adds a department.
     *
     * @param id the id
     * @param name the name
     * @param unitId its unit
     * @param area its area (分管领域), or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the id is taken
     */
    public Builder department(String id, String name, String unitId, String area) {
      Department d = new Department(id, name, unitId, Optional.ofNullable(area));
      checkArgument(departments.putIfAbsent(id, d) == null, "duplicate department id '%s'", id);
      return this;
    }

    /**
     * Adds a person.
     *
     * @param id the id
     * @param name the name
     * @param departmentId their department
     * @param title their position
     * @param rank protocol rank, 1 the most senior
     * @param clearance their clearance
     * @param roles roles they can fill
     * @return this builder
     * @throws IllegalArgumentException if the id is taken or a value is invalid
     */
    public Builder person(String id, String name, String departmentId, String title, int rank, SecrecyLevel clearance,
        String... roles) {
      Person p = new Person(id, name, departmentId, title, rank, clearance, Set.copyOf(Arrays.asList(roles)));
      checkArgument(people.putIfAbsent(id, p) == null, "duplicate person id '%s'", id);
      return this;
    }

    /**
     * Sets the head of a department.
     *
     * @param departmentId the department
     * @param personId the head
     * @return this builder
     */
    public Builder head(String departmentId, String personId) {
      heads.put(requireNonNull(departmentId, "departmentId"), requireNonNull(personId, "personId"));
      return this;
    }

    /**
     * Sets the leader in charge (分管领导) of an area.
     *
     * @param area the area
     * @param personId the leader
     * @return this builder
     */
    public Builder inCharge(String area, String personId) {
      checkArgument(!requireNonNull(area, "area").isBlank(), "area must not be blank");
      inCharge.put(area, requireNonNull(personId, "personId"));
      return this;
    }

    /**
     * Sets a standing deputy.
     *
     * @param personId the person
     * @param deputyId who acts for them when away
     * @return this builder
     * @throws IllegalArgumentException if they are the same person
     */
    public Builder deputy(String personId, String deputyId) {
      checkArgument(!requireNonNull(personId, "personId").equals(deputyId), "%s cannot deputise for themselves", personId);
      deputies.put(personId, requireNonNull(deputyId, "deputyId"));
      return this;
    }

    /**
     * Records that a person is away.
     *
     * @param personId who
     * @param kind why
     * @param startInclusive from
     * @param endExclusive until
     * @param deputyId who acts for them, or {@code null} for the standing deputy (if any)
     * @return this builder
     */
    public Builder away(String personId, AbsenceKind kind, LocalDateTime startInclusive, LocalDateTime endExclusive,
        String deputyId) {
      absences.add(new Absence(personId, startInclusive, endExclusive, kind, Optional.ofNullable(deputyId)));
      return this;
    }

    /**
     * Checks every reference and builds the organisation.
     *
     * @return the organisation
     * @throws UnknownReferenceException if a department, person or unit referred to does not exist
     * @throws IllegalArgumentException if a person's absences overlap
     */
    public Organization build() {
      departments.values().forEach(d -> require("unit", units.containsKey(d.unitId()), d.unitId(), "department " + d.id()));
      people.values().forEach(p -> require("department", departments.containsKey(p.departmentId()), p.departmentId(),
          "person " + p.id()));
      heads.forEach((d, p) -> {
        require("department", departments.containsKey(d), d, "head of department " + d);
        require("person", people.containsKey(p), p, "head of department " + d);
      });
      inCharge.forEach((a, p) -> require("person", people.containsKey(p), p, "leader in charge of " + a));
      deputies.forEach((p, d) -> {
        require("person", people.containsKey(p), p, "standing deputy of " + p);
        require("person", people.containsKey(d), d, "standing deputy of " + p);
      });
      for (Absence a : absences) {
        require("person", people.containsKey(a.personId()), a.personId(), "absence");
        a.deputyId().ifPresent(d -> require("person", people.containsKey(d), d, "deputy of " + a.personId()));
      }
      List<Absence> sorted = new ArrayList<>(absences);
      sorted.sort(Comparator.comparing(Absence::personId).thenComparing(Absence::startInclusive));
      for (int i = 1; i < sorted.size(); i++) {
        Absence prev = sorted.get(i - 1);
        Absence cur = sorted.get(i);
        checkArgument(!prev.personId().equals(cur.personId()) || !cur.startInclusive().isBefore(prev.endExclusive()),
            "absences of %s overlap: %s..%s and %s..%s", cur.personId(), prev.startInclusive(), prev.endExclusive(),
            cur.startInclusive(), cur.endExclusive());
      }
      return new Organization(this);
    }

    private static void require(String kind, boolean known, String id, String where) {
      if (!known) {
        throw new UnknownReferenceException(kind, id, where);
      }
    }
  }
}
