package io.oakit.testkit;

import static java.util.Objects.requireNonNull;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries a host points at its own office: its organisation (or generated ones), its
 * vocabulary (document kinds, tags, areas, roles, issuing units), a time window and its calendar.
 * Everything is built from jqwik's combinators, so a failing example shrinks structurally: fewer
 * people, fewer roles, lower ranks and clearances, no tags, smaller amounts, earlier instants — and
 * prints readably ({@link Organization#toString()} lists the people).
 *
 * <pre>{@code
 * OfficeArbitraries office = OfficeArbitraries.of(myOrganization())
 *     .vocabulary(OfficeArbitraries.Vocabulary.defaults().withTags("经费", "人事").withAreas("财务", "综合"))
 *     .window(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0));
 *
 * @Provide Arbitrary<DocumentProfile> documents() { return office.documents(); }
 * }</pre>
 */
public final class OfficeArbitraries {

  /**
   * The words an office uses, which generated documents and organisations draw from.
   *
   * @param kinds document kinds
   * @param tags tags (e.g. 经费)
   * @param areas areas of work (分管领域, e.g. 财务)
   * @param roles roles people hold (e.g. 局长, 办公室主任)
   * @param issuingUnits units documents come from
   */
  public record Vocabulary(List<DocumentKind> kinds, List<String> tags, List<String> areas, List<String> roles,
      List<String> issuingUnits) {

    /**
     * Copies the lists; each needs at least one word but tags and roles.
     *
     * @param kinds document kinds
     * @param tags tags (e.g. 经费)
     * @param areas areas of work (分管领域, e.g. 财务)
     * @param roles roles people hold (e.g. 局长, 办公室主任)
     * @param issuingUnits units documents come from
     */
    public Vocabulary {
      kinds = List.copyOf(kinds);
      tags = List.copyOf(tags);
      areas = List.copyOf(areas);
      roles = List.copyOf(roles);
      issuingUnits = List.copyOf(issuingUnits);
      if (kinds.isEmpty() || areas.isEmpty() || issuingUnits.isEmpty()) {
        throw new IllegalArgumentException("vocabulary: kinds, areas and issuingUnits need at least one word each");
      }
    }

    /** @return a county bureau's words */
    public static Vocabulary defaults() {
      return new Vocabulary(List.of(DocumentKind.values()), List.of("经费", "人事", "安全生产"),
          List.of("财务", "综合", "安全生产"), List.of("局长", "局长办公会", "办公室主任", "文书"),
          List.of("县财政局", "县政府办公室", "市交通运输局"));
    }

    /**
     * @param words the tags
     * @return this vocabulary with those tags
     */
    public Vocabulary withTags(String... words) {
      return new Vocabulary(kinds, List.of(words), areas, roles, issuingUnits);
    }

    /**
     * @param words the areas
     * @return this vocabulary with those areas
     */
    public Vocabulary withAreas(String... words) {
      return new Vocabulary(kinds, tags, List.of(words), roles, issuingUnits);
    }

    /**
     * @param words the roles
     * @return this vocabulary with those roles
     */
    public Vocabulary withRoles(String... words) {
      return new Vocabulary(kinds, tags, areas, List.of(words), issuingUnits);
    }

    /**
     * @param words the kinds
     * @return this vocabulary with those kinds
     */
    public Vocabulary withKinds(DocumentKind... words) {
      return new Vocabulary(List.of(words), tags, areas, roles, issuingUnits);
    }
  }

  private final Optional<Organization> organization;
  private final Vocabulary vocabulary;
  private final LocalDateTime from;
  private final LocalDateTime toExclusive;
  private final WorkCalendar calendar;
  private final int maxPeople;
  private final BigDecimal maxAmount;
  private final SecrecyLevel maxSecrecy;

  private OfficeArbitraries(Optional<Organization> organization, Vocabulary vocabulary, LocalDateTime from,
      LocalDateTime toExclusive, WorkCalendar calendar, int maxPeople, BigDecimal maxAmount, SecrecyLevel maxSecrecy) {
    this.organization = organization;
    this.vocabulary = vocabulary;
    this.from = from;
    this.toExclusive = toExclusive;
    this.calendar = calendar;
    this.maxPeople = maxPeople;
    this.maxAmount = maxAmount;
    this.maxSecrecy = maxSecrecy;
    if (!from.isBefore(toExclusive)) {
      throw new IllegalArgumentException("window: from " + from + " must be before " + toExclusive);
    }
  }

  /**
   * @param organization the host's organisation
   * @return arbitraries over it, with the default vocabulary, the year 2026 and the official calendar
   */
  public static OfficeArbitraries of(Organization organization) {
    return new OfficeArbitraries(Optional.of(requireNonNull(organization, "organization")), Vocabulary.defaults(),
        LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0), ChinaCalendars.official(), 12,
        new BigDecimal("1000000"), SecrecyLevel.TOP_SECRET);
  }

  /**
   * @param maxPeople the most people a generated organisation has
   * @return arbitraries over generated organisations (one department per area of the vocabulary)
   */
  public static OfficeArbitraries generated(int maxPeople) {
    if (maxPeople < 1) {
      throw new IllegalArgumentException("maxPeople must be at least 1 but was " + maxPeople);
    }
    return new OfficeArbitraries(Optional.empty(), Vocabulary.defaults(), LocalDateTime.of(2026, 1, 1, 0, 0),
        LocalDateTime.of(2027, 1, 1, 0, 0), ChinaCalendars.official(), maxPeople, new BigDecimal("1000000"), SecrecyLevel.TOP_SECRET);
  }

  /**
   * @param words the office's words
   * @return these arbitraries drawing from them
   */
  public OfficeArbitraries vocabulary(Vocabulary words) {
    return new OfficeArbitraries(organization, requireNonNull(words, "vocabulary"), from, toExclusive, calendar,
        maxPeople, maxAmount, maxSecrecy);
  }

  /**
   * @param start the first instant
   * @param end the instant the window ends before
   * @return these arbitraries within that window
   */
  public OfficeArbitraries window(LocalDateTime start, LocalDateTime end) {
    return new OfficeArbitraries(organization, vocabulary, requireNonNull(start, "from"), requireNonNull(end, "to"),
        calendar, maxPeople, maxAmount, maxSecrecy);
  }

  /**
   * @param workCalendar the office's calendar
   * @return these arbitraries on it
   */
  public OfficeArbitraries calendar(WorkCalendar workCalendar) {
    return new OfficeArbitraries(organization, vocabulary, from, toExclusive, requireNonNull(workCalendar, "calendar"),
        maxPeople, maxAmount, maxSecrecy);
  }

  /**
   * @param yuan the largest amount a document asks for
   * @return these arbitraries with it
   */
  public OfficeArbitraries maxAmount(BigDecimal yuan) {
    return new OfficeArbitraries(organization, vocabulary, from, toExclusive, calendar, maxPeople,
        requireNonNull(yuan, "maxAmount"), maxSecrecy);
  }

  /**
   * @param level the highest secrecy documents have
   * @return these arbitraries with documents up to that level
   */
  public OfficeArbitraries secrecyUpTo(SecrecyLevel level) {
    return new OfficeArbitraries(organization, vocabulary, from, toExclusive, calendar, maxPeople, maxAmount,
        requireNonNull(level, "level"));
  }

  /** @return the calendar the instants are drawn on */
  public WorkCalendar workCalendar() {
    return calendar;
  }

  /**
   * @return the host's organisation, or generated ones as offices have them: people in one department per
   *     area with ranks, clearances and roles, a leader in charge of every area, department heads, standing
   *     deputies (常设代理人) and absences (外出, 出差, 请假 …) inside the window, some covered by a named
   *     deputy; they shrink to one person with no head, deputy or absence
   */
  public Arbitrary<Organization> organizations() {
    if (organization.isPresent()) {
      return Arbitraries.just(organization.get());
    }
    List<String> areas = vocabulary.areas();
    Arbitrary<PersonSpec> person = Combinators.combine(
        Arbitraries.integers().between(0, areas.size() - 1),
        Arbitraries.integers().between(1, 10),
        Arbitraries.of(SecrecyLevel.values()),
        vocabulary.roles().isEmpty() ? Arbitraries.just(Set.<String>of()) : Arbitraries.subsetOf(vocabulary.roles()))
        .as(PersonSpec::new);
    long windowMinutes = ChronoUnit.MINUTES.between(from, toExclusive);
    Arbitrary<Standing> standing = Combinators.combine(
        Arbitraries.of(false, true),
        Arbitraries.integers().between(-1, maxPeople - 1),
        Arbitraries.longs().between(-1, windowMinutes - 1),
        Arbitraries.integers().between(1, 14 * 24),
        Arbitraries.of(AbsenceKind.values()),
        Arbitraries.of(false, true))
        .as(Standing::new);
    Arbitrary<List<PersonSpec>> people = person.list().ofMinSize(1).ofMaxSize(maxPeople);
    Arbitrary<List<Integer>> inCharge = Arbitraries.integers().between(0, maxPeople - 1).list().ofSize(areas.size());
    Arbitrary<List<Standing>> standings = standing.list().ofSize(maxPeople);
    return Combinators.combine(people, inCharge, standings).as(this::organization);
  }

  /** One generated person: department (by area), rank, clearance, roles. */
  private record PersonSpec(int area, int rank, SecrecyLevel clearance, Set<String> roles) {}

  /**
   * What else a generated person has: whether they head their department, a standing deputy (an offset to
   * another person, {@code -1} for none), an absence (its start in minutes into the window, {@code -1} for
   * none; its length in hours; its kind; whether a deputy is named for it).
   */
  private record Standing(boolean head, int deputy, long absentFrom, int absentHours, AbsenceKind kind,
      boolean covered) {}

  private Organization organization(List<PersonSpec> people, List<Integer> inCharge, List<Standing> standings) {
    Organization.Builder b = Organization.builder().unit("u", "某县某局");
    List<String> areas = vocabulary.areas();
    for (int a = 0; a < areas.size(); a++) {
      b.department("d" + a, areas.get(a) + "科", "u", areas.get(a));
    }
    int n = people.size();
    for (int i = 0; i < n; i++) {
      PersonSpec p = people.get(i);
      String title = p.roles().isEmpty() ? "科员" : p.roles().stream().sorted().findFirst().orElseThrow();
      b.person("p" + (i + 1), "人员" + (i + 1), "d" + p.area(), title, p.rank(), p.clearance(),
          p.roles().stream().sorted().toArray(String[]::new));
    }
    for (int i = 0; i < n; i++) {
      Standing s = standings.get(i);
      String id = "p" + (i + 1);
      if (s.head()) {
        b.head("d" + people.get(i).area(), id);  // a later head of the same department replaces an earlier one
      }
      int deputy = s.deputy() < 0 ? -1 : (i + 1 + s.deputy()) % n;
      if (deputy >= 0 && deputy != i) {
        b.deputy(id, "p" + (deputy + 1));
      }
      if (s.absentFrom() >= 0) {
        LocalDateTime start = from.plusMinutes(s.absentFrom());
        String cover = s.covered() && n > 1 ? "p" + ((i + 1) % n + 1) : null;
        b.away(id, s.kind(), start, start.plusHours(s.absentHours()), cover);
      }
    }
    for (int a = 0; a < areas.size(); a++) {
      b.inCharge(areas.get(a), "p" + (inCharge.get(a) % n + 1));
    }
    return b.build();
  }

  /**
   * @return instants in the window, to the minute, shrinking to its start; the start and the last
   *     minute are edge cases
   */
  public Arbitrary<LocalDateTime> instants() {
    long minutes = ChronoUnit.MINUTES.between(from, toExclusive);
    return Arbitraries.longs().between(0, minutes - 1).map(from::plusMinutes)
        .edgeCases(c -> c.add(from, toExclusive.minusMinutes(1)));
  }

  /** @return instants in the window on the calendar's working days */
  public Arbitrary<LocalDateTime> workingInstants() {
    return instants().filter(t -> covers(t.toLocalDate()) && calendar.isWorkingDay(t.toLocalDate()));
  }

  private boolean covers(LocalDate day) {
    return !day.isBefore(calendar.firstCoveredDay()) && !day.isAfter(calendar.lastCoveredDay());
  }

  /** @return days in the window the calendar covers, shrinking to the first */
  public Arbitrary<LocalDate> days() {
    long days = ChronoUnit.DAYS.between(from.toLocalDate(), toExclusive.toLocalDate());
    return Arbitraries.longs().between(0, Math.max(0, days - 1)).map(d -> from.toLocalDate().plusDays(d))
        .filter(this::covers);
  }

  /**
   * @return people of the host's organisation (ids), shrinking to the first in protocol order;
   *     for generated organisations use {@link #organizations()} and pick from it
   */
  public Arbitrary<String> people() {
    Organization org = organization.orElseThrow(() -> new IllegalStateException(
        "people(): these arbitraries generate organisations; draw people from organizations()"));
    return Arbitraries.of(org.people().stream().map(Person::id).toList());
  }

  /**
   * @return documents in the office's words: every kind, urgency and secrecy of the vocabulary, any
   *     subset of its tags and areas, no amount or one up to the maximum (in yuan, whole or with
   *     fen), received in the window; they shrink to a normal, unclassified document without tags
   */
  public Arbitrary<DocumentProfile> documents() {
    Arbitrary<Optional<BigDecimal>> amounts = Arbitraries.bigDecimals().between(BigDecimal.ONE, maxAmount).ofScale(2)
        .edgeCases(c -> c.add(BigDecimal.ONE, maxAmount))
        .optional(0.6);
    Arbitrary<List<String>> tags = vocabulary.tags().isEmpty() ? Arbitraries.just(List.<String>of())
        : Arbitraries.subsetOf(vocabulary.tags()).map(t -> t.stream().sorted().toList());
    Arbitrary<List<String>> areas = Arbitraries.subsetOf(vocabulary.areas()).map(a -> a.stream().sorted().toList());
    Arbitrary<DocumentProfile.Builder> head = Combinators.combine(
        Arbitraries.integers().between(1, 9999), Arbitraries.of(vocabulary.kinds()), Arbitraries.of(Urgency.values()),
        Arbitraries.of(java.util.Arrays.stream(SecrecyLevel.values()).filter(l -> l.compareTo(maxSecrecy) <= 0).toList()),
        Arbitraries.of(vocabulary.issuingUnits()))
        .as((n, kind, urgency, secrecy, unit) -> DocumentProfile.builder().id("doc-" + n).kind(kind).urgency(urgency)
            .secrecy(secrecy).issuingUnit(unit).subject("关于事项" + n + "的" + kind.chinese()));
    return Combinators.combine(head, tags, areas, amounts, instants()).as((b, t, a, amount, at) -> {
      b.tags(t.toArray(String[]::new)).areas(a.toArray(String[]::new)).receivedAt(at);
      amount.ifPresent(b::amount);
      return b.build();
    });
  }

  /**
   * @param tag the tag expenses carry (e.g. 经费)
   * @param thresholds the office's amount thresholds in yuan (e.g. "1000", "20000"): each, one fen
   *     below and one yuan above are tried early, where ladders go wrong
   * @return documents asking for a whole amount, tagged {@code tag}, amounts shrinking to 1 yuan
   */
  public Arbitrary<DocumentProfile> expenses(String tag, String... thresholds) {
    List<BigDecimal> edges = new ArrayList<>(List.of(BigDecimal.ONE, maxAmount));
    for (String t : thresholds) {
      BigDecimal b = new BigDecimal(t);
      edges.addAll(List.of(b, b.subtract(new BigDecimal("0.01")), b.add(BigDecimal.ONE)));
    }
    edges.removeIf(b -> b.compareTo(BigDecimal.ONE) < 0 || b.compareTo(maxAmount) > 0);
    return Combinators.combine(documents(), Arbitraries.bigDecimals().between(BigDecimal.ONE, maxAmount).ofScale(2)
        .edgeCases(c -> edges.forEach(c::add))
        .map(BigDecimal::stripTrailingZeros).map(b -> b.scale() < 0 ? b.setScale(0) : b))
        .as((d, amount) -> {
          List<String> tags = new ArrayList<>(d.tags());
          if (!tags.contains(tag)) {
            tags.add(tag);
          }
          return DocumentProfile.builder().id(d.id()).kind(d.kind()).urgency(d.urgency()).secrecy(d.secrecy())
              .issuingUnit(d.issuingUnit()).subject(d.subject()).tags(tags.toArray(String[]::new))
              .areas(d.areas().toArray(String[]::new)).amount(amount).receivedAt(d.receivedAt()).build();
        });
  }
}
