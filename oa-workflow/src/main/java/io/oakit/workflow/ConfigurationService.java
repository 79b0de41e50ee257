package io.oakit.workflow;

import static java.util.Objects.requireNonNull;

import io.oakit.core.InvalidInputException;
import io.oakit.core.Validations;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.Router;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.Index;
import io.oakit.workflow.internal.EventCodec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The office's configuration as versioned documents kept through the SPI (one {@code RULE_SET} aggregate
 * per format and name, e.g. the rule sets {@code proposals} and {@code sign-off}): an administrator saves a new version with the day it takes effect; the document is checked
 * before anything is stored (a refused document changes nothing); and the services read the version in
 * force at each command through the sources this service gives — {@link #deadlinePolicy},
 * {@link #router}, {@link #scoreCards}, {@link #supervisedUnits} — so a new version needs no restart, and
 * every stored decision names the version it used.
 *
 * <p>The version in force on a day is the one with the latest {@code effectiveFrom} on or before it (the
 * higher version number when two take effect the same day); before the first one, the fallback the host
 * gave applies.
 */
public final class ConfigurationService {

  /**
   * A saved version.
   *
   * @param format the format
   * @param name which document of the format
   * @param version its number
   * @param effectiveFrom the first day it is in force
   * @param document the document as saved
   * @param savedAt when it was saved
   * @param savedBy who saved it
   * @param note why
   */
  public record Version(String format, String name, int version, LocalDate effectiveFrom, String document,
      LocalDateTime savedAt, String savedBy, String note) {
    /** @return e.g. {@code oakit.score-card/office v2 from 2027-01-01}, as stored decisions name it */
    public String label() {
      return label(format, name, version, effectiveFrom);
    }

    static String label(String format, String name, int version, LocalDate effectiveFrom) {
      return format + "/" + name + " v" + version + " from " + effectiveFrom;
    }
  }

  /** What a service can ask of a source read from this service: the version it would use on a day. */
  public interface Versioned {
    /**
     * @param day the day
     * @return the label of the version in force that day, empty when the fallback applies
     */
    Optional<String> versionOn(LocalDate day);
  }

  /** A value in force by day, e.g. the score card of a period. */
  public interface InForce<T> extends Versioned {
    /**
     * @param day the day
     * @return the value in force that day
     */
    T on(LocalDate day);

    /**
     * @param <T> the value's type
     * @param value the value
     * @return a source that always gives it, naming no version
     */
    static <T> InForce<T> fixed(T value) {
      requireNonNull(value, "value");
      return new InForce<>() {
        @Override
        public T on(LocalDate day) {
          return value;
        }

        @Override
        public Optional<String> versionOn(LocalDate day) {
          return Optional.empty();
        }
      };
    }
  }

  /** The format of the authority policy document ({@link AuthorityPolicy#toJson()}). */
  public static final String AUTHORITY_POLICY = "oakit.authority-policy";

  /**
   * Every format this service keeps, in the order of {@code docs/configuration.md}, with the reader that
   * checks a document of it before it is saved (a rule set against the organisation as it is now).
   */
  private final Map<String, Consumer<String>> readers;

  static final EventCodec CODEC = new EventCodec("configuration", List.of(ConfigurationEvents.VersionSaved.class),
      List.of());

  private final WorkflowContext ctx;
  private final CommandRunner runner;

  /** @param ctx the context */
  public ConfigurationService(WorkflowContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx");
    this.runner = new CommandRunner(ctx, CODEC, AggregateKind.RULE_SET);
    Map<String, Consumer<String>> r = new LinkedHashMap<>();
    r.put(Configuration.ORGANIZATION, Configuration::readOrganization);
    r.put(Configuration.RULE_SET, json -> Configuration.readRuleSet(json, ctx.organization()));
    r.put(Configuration.DEADLINE_TABLE, Configuration::readDeadlineTable);
    r.put(Configuration.EXTENSION_POLICY, Configuration::readExtensionPolicy);
    r.put(Configuration.REMINDER_POLICY, Configuration::readReminderPolicy);
    r.put(Configuration.SCORE_CARD, Configuration::readScoreCard);
    r.put(Configuration.GRADE_POLICY, Configuration::readGradePolicy);
    r.put(Configuration.SUPERVISED_UNITS, Configuration::readSupervisedUnits);
    r.put(Configuration.OFFICE_HOURS, Configuration::readOfficeHours);
    r.put(Configuration.REGIONAL_HOLIDAYS, Configuration::readRegionalHolidays);
    r.put(Configuration.SHIFT_PLAN, Configuration::readShiftPlan);
    r.put(AUTHORITY_POLICY, AuthorityPolicy::fromJson);
    this.readers = java.util.Collections.unmodifiableMap(r);
  }

  /**
   * Every format this service keeps: the library's configuration documents but duty plans (read with the
   * host's own roster rules), and the authority policy.
   *
   * @return the formats
   */
  public List<String> formats() {
    return List.copyOf(readers.keySet());
  }

  /**
   * Saves a new version. The document is read as its format says — a rule set against the organisation
   * as it is now — and refused with every problem named by JSON Pointer; nothing is stored then.
   *
   * @param c the command
   * @return the format's aggregate, its state the new version's label
   * @throws InvalidInputException if the format is unknown or the document is refused
   */
  public CommandResult save(ConfigurationCommands.SaveVersion c) {
    Validations.check(c);
    Consumer<String> reader = readers.get(c.format());
    if (reader == null) {
      throw new InvalidInputException("SaveVersion", List.of("format: '" + c.format() + "' is not one of " + formats()));
    }
    reader.accept(c.document());  // refuses the document whole, naming every problem
    return runner.run(c, id(c.format(), c.name()), events -> {
      Checks.known(ctx, c);
      ctx.authorise("configuration.save-version", c, AuthorityPolicy.Facts.NONE);
      int version = events.size() + 1;
      ConfigurationEvents.VersionSaved e = new ConfigurationEvents.VersionSaved(ctx.now(), c.actor(), c.format(), c.name(),
          version, c.effectiveFrom(), c.document(), c.note());
      return CommandRunner.Change.of(List.of(e), Index.NONE, Version.label(c.format(), c.name(), version, c.effectiveFrom()));
    });
  }

  /** The stored aggregate of a document: {@code <format>/<name>}. */
  static String id(String format, String name) {
    return format + "/" + name;
  }

  /**
   * Every version of a document, in order.
   *
   * @param format the format
   * @param name which document of the format
   * @return the versions
   */
  public List<Version> versions(String format, String name) {
    requireNonNull(format, "format");
    requireNonNull(name, "name");
    String id = id(format, name);
    // read once per command (a command asks for its organisation many times), decoded once per stored version
    return ctx.memo("configuration:" + id, () -> ctx.read(u -> u.aggregates().find(AggregateKind.RULE_SET, id))
        .map(this::decoded).orElse(List.of()));
  }

  private record Decoded(long aggregateVersion, List<Version> versions) {}

  /** The versions of a stored aggregate, decoded once per aggregate version. */
  private final java.util.concurrent.ConcurrentMap<String, Decoded> decoded = new java.util.concurrent.ConcurrentHashMap<>();

  private List<Version> decoded(io.oakit.spi.Aggregate a) {
    Decoded d = decoded.get(a.id());
    if (d != null && d.aggregateVersion() == a.version()) {
      return d.versions();
    }
    List<Version> versions = decode(a);
    decoded.put(a.id(), new Decoded(a.version(), versions));
    return versions;
  }

  /**
   * The version of a document in force on a day.
   *
   * @param format the format
   * @param name which document of the format
   * @param day the day
   * @return the version, empty before the first one takes effect
   */
  public Optional<Version> inForce(String format, String name, LocalDate day) {
    requireNonNull(day, "day");
    return inForce(versions(format, name), day);
  }

  /**
   * The version of a document in force on a day, read through a unit of work (for what reads
   * configuration without a service, such as the {@link OfficeCalendar}).
   */
  static Optional<Version> inForce(io.oakit.spi.UnitOfWork u, String format, String name, LocalDate day) {
    return u.aggregates().find(AggregateKind.RULE_SET, id(format, name)).map(ConfigurationService::decode)
        .flatMap(versions -> inForce(versions, day));
  }

  private static Optional<Version> inForce(List<Version> versions, LocalDate day) {
    return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
        .max(Comparator.comparing(Version::effectiveFrom).thenComparingInt(Version::version));
  }

  private static List<Version> decode(io.oakit.spi.Aggregate a) {
    return CODEC.decodeAll(a.payload()).stream().map(r -> (ConfigurationEvents.VersionSaved) r)
        .map(e -> new Version(e.format(), e.name(), e.version(), e.effectiveFrom(), e.document(), e.at(), e.by(), e.note()))
        .toList();
  }

  /** Documents already read, by version label: a version never changes once saved. */
  private final java.util.concurrent.ConcurrentMap<String, Object> parsed = new java.util.concurrent.ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  private <T> T parsed(Version v, Function<String, T> read) {
    return (T) parsed.computeIfAbsent(v.label(), k -> read.apply(v.document()));
  }

  private <T> InForce<T> source(String format, String name, T fallback, Function<String, T> read) {
    requireNonNull(name, "name");
    requireNonNull(fallback, "fallback");
    return new InForce<>() {
      @Override
      public T on(LocalDate day) {
        return inForce(format, name, day).map(v -> parsed(v, read)).orElse(fallback);
      }

      @Override
      public Optional<String> versionOn(LocalDate day) {
        return inForce(format, name, day).map(Version::label);
      }
    };
  }

  /**
   * The deadline table in force on the day of each command, else {@code fallback}.
   *
   * @param name which deadline table document
   * @param fallback the policy before any version takes effect
   * @return a policy for {@link IncomingService}
   */
  public DeadlinePolicy deadlinePolicy(String name, DeadlinePolicy fallback) {
    InForce<DeadlinePolicy> tables = source(Configuration.DEADLINE_TABLE, name, fallback, Configuration::readDeadlineTable);
    return new StoredDeadlinePolicy(tables, ctx);
  }

  /** A deadline policy that reads the table in force now. */
  private record StoredDeadlinePolicy(InForce<DeadlinePolicy> tables, WorkflowContext ctx)
      implements DeadlinePolicy, Versioned {
    @Override
    public DeadlineRule ruleFor(Urgency urgency, DocumentKind kind) {
      return tables.on(ctx.now().toLocalDate()).ruleFor(urgency, kind);
    }

    @Override
    public Optional<String> versionOn(LocalDate day) {
      return tables.versionOn(day);
    }
  }

  /**
   * The rule set in force on the day a document is routed, else {@code fallback}; its targets are checked
   * against the organisation when it is saved.
   *
   * @param name which rule set document, e.g. {@code proposals} (拟办) or {@code sign-off} (签发)
   * @param fallback the rule set before any version takes effect
   * @return a router for {@link IncomingService} or {@link OutgoingService}
   */
  public Router router(String name, RuleSet fallback) {
    InForce<Router> routers = source(Configuration.RULE_SET, name, fallback.compile(),
        json -> Configuration.readRuleSet(json).compile());
    return new StoredRouter(routers);
  }

  /** A router that routes with the rule set in force on the day it routes. */
  private record StoredRouter(InForce<Router> routers) implements Router, Versioned {
    @Override
    public RoutingDecision route(DocumentProfile profile, Organization organization, LocalDateTime at) {
      return routers.on(at.toLocalDate()).route(profile, organization, at);
    }

    @Override
    public Optional<String> versionOn(LocalDate day) {
      return routers.versionOn(day);
    }
  }

  /**
   * The score card in force on each day, else {@code fallback}: a period is scored with the card in force
   * on its first day (a card that takes effect on 2027-01-01 scores January, not December).
   *
   * @param name which score card document
   * @param fallback the card before any version takes effect
   * @return the cards for {@link SupervisionService}
   */
  public InForce<ScoreCard> scoreCards(String name, ScoreCard fallback) {
    return source(Configuration.SCORE_CARD, name, fallback, Configuration::readScoreCard);
  }

  /**
   * The limits on extensions (延期) in force on each day, else {@code fallback}: an item keeps those in force
   * on the day it was assigned.
   *
   * @param name which extension policy document
   * @param fallback the limits before any version takes effect
   * @return the limits for {@link SupervisionService}
   */
  public InForce<io.oakit.core.deadline.ExtensionPolicy> extensionPolicies(String name,
      io.oakit.core.deadline.ExtensionPolicy fallback) {
    return source(Configuration.EXTENSION_POLICY, name, fallback, Configuration::readExtensionPolicy);
  }

  /**
   * The reminders in force on each day, else {@code fallback}: an item keeps those in force on the day it
   * was assigned.
   *
   * @param name which reminder policy document
   * @param fallback the reminders before any version takes effect
   * @return the reminders for {@link SupervisionService}
   */
  public InForce<io.oakit.core.deadline.ReminderPolicy> reminderPolicies(String name,
      io.oakit.core.deadline.ReminderPolicy fallback) {
    return source(Configuration.REMINDER_POLICY, name, fallback, Configuration::readReminderPolicy);
  }

  /**
   * The supervised units in force at each command, else {@code fallback}'s.
   *
   * @param name which supervised units document
   * @param fallback the units before any version takes effect
   * @return the units for {@link SupervisionService}
   */
  public Supplier<Set<String>> supervisedUnits(String name, Supplier<? extends Set<String>> fallback) {
    requireNonNull(name, "name");
    requireNonNull(fallback, "fallback");
    return () -> inForce(Configuration.SUPERVISED_UNITS, name, ctx.now().toLocalDate())
        .map(v -> parsed(v, Configuration::readSupervisedUnits)).orElseGet(() -> Set.copyOf(fallback.get()));
  }

  /**
   * The authority policy in force at each command, else {@code fallback}; a context built with it (see
   * {@link #organization} for the way round the context this service needs) checks every command against
   * the version in force that day.
   *
   * @param name which authority policy document
   * @param fallback the policy before any version takes effect
   * @return the policy, read in the transaction of the command asking
   */
  public Supplier<AuthorityPolicy> authorityPolicy(String name, AuthorityPolicy fallback) {
    requireNonNull(name, "name");
    requireNonNull(fallback, "fallback");
    return () -> inForce(AUTHORITY_POLICY, name, ctx.now().toLocalDate())
        .map(v -> parsed(v, AuthorityPolicy::fromJson)).orElse(fallback);
  }

  /**
   * The organisation in force at each command, else {@code fallback}. A context reads its organisation
   * through a supplier given when it is built, so a host that keeps the organisation as a document builds
   * the context with a supplier that asks this service once it exists:
   *
   * <pre>{@code
   * AtomicReference<ConfigurationService> configurations = new AtomicReference<>();
   * WorkflowContext ctx = new WorkflowContext(store, clock, calendars,
   *     () -> configurations.get().organization("office", fallback).get(), notifier, authority);
   * configurations.set(new ConfigurationService(ctx));
   * }</pre>
   *
   * @param name which organisation document
   * @param fallback the organisation before any version takes effect
   * @return the organisation, read in the transaction of the command asking
   */
  public Supplier<Organization> organization(String name, Organization fallback) {
    requireNonNull(name, "name");
    requireNonNull(fallback, "fallback");
    return () -> inForce(Configuration.ORGANIZATION, name, ctx.now().toLocalDate())
        .map(v -> parsed(v, Configuration::readOrganization)).orElse(fallback);
  }
}
