package io.oakit.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.oakit.core.org.Organization;
import io.oakit.core.org.Person;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may issue each command of each service: for every action (e.g. {@code incoming.instruct}) a list
 * of {@link Who} entries, any of which authorises the actor, and whether the action is separated from
 * the request it decides (nobody approves their own request). Data, not code: a host replaces any
 * entry with {@link #with} and {@link #separated}. Immutable and thread-safe.
 *
 * <p>The defaults ({@link #defaults()}) follow the offices' practice: 批办 (instruct) and the
 * approval of scores and deadline extensions by leaders — the most senior person of the
 * organisation and the leaders in charge (分管领导); countersigning and sign-off (签发) by the
 * people the routing rules name for that step; a duty swap or override approved by a leader or the
 * office director, never by the person who asked; the duty log written by the person on duty or the
 * 带班领导 on duty now; a handover by the person on duty; the handling of a document by its
 * handling department; reports on a supervision item by its units' liaisons; the office's other
 * steps by people of the organisation. {@code docs/security.md} lists the whole matrix.
 */
public final class AuthorityPolicy {

  /** What authorises an actor. */
  public enum Kind {
    /** Any person of the organisation. */
    ANYONE_IN_ORGANIZATION,
    /** A person with the role named by the value. */
    ROLE,
    /** A person with the position (职务) named by the value. */
    TITLE,
    /** A person whose rank is at most the value (1 is the most senior). */
    RANK_AT_MOST,
    /** The most senior person of the organisation, or a leader in charge (分管领导) of any area. */
    LEADER,
    /** A leader in charge of one of the document's areas or of its handling department. */
    LEADER_IN_CHARGE,
    /** The people the routing rules or the plan name for this step (a reader whose turn it is, a countersigner, a sign-off stage). */
    ROUTED,
    /** A person of the document's handling department. */
    HANDLING_DEPARTMENT,
    /** The head of the requester's department. */
    HEAD_OF_REQUESTER_DEPARTMENT,
    /** A person on duty now, by the published roster. */
    ON_DUTY,
    /** The 带班领导 on duty now. */
    DUTY_LEADER,
    /** The liaison of a unit the item is assigned to (a supervised unit's person, who need not be in the organisation). */
    UNIT_LIAISON
  }

  /**
   * One way to be authorised.
   *
   * @param kind what authorises
   * @param value the role, title or rank it names, empty for the other kinds
   */
  public record Who(Kind kind, String value) {
    /**
     * Checks the arguments.
     *
     * @param kind what authorises
     * @param value the role, title or rank it names, empty for the other kinds
     */
    public Who {
      requireNonNull(kind, "kind");
      requireNonNull(value, "value");
      boolean needsValue = kind == Kind.ROLE || kind == Kind.TITLE || kind == Kind.RANK_AT_MOST;
      checkArgument(needsValue != value.isEmpty(), "%s %s a value", kind, needsValue ? "needs" : "takes no");
      if (kind == Kind.RANK_AT_MOST) {
        checkArgument(value.matches("[1-9][0-9]*"), "RANK_AT_MOST needs a rank >= 1 but was %s", value);
      }
    }

    /** @return anyone in the organisation */
    public static Who anyoneInOrganization() {
      return new Who(Kind.ANYONE_IN_ORGANIZATION, "");
    }

    /**
     * @param role a role
     * @return the people with it
     */
    public static Who role(String role) {
      return new Who(Kind.ROLE, role);
    }

    /**
     * @param title a position
     * @return the people holding it
     */
    public static Who title(String title) {
      return new Who(Kind.TITLE, title);
    }

    /**
     * @param rank a rank
     * @return the people of at most that rank
     */
    public static Who rankAtMost(int rank) {
      return new Who(Kind.RANK_AT_MOST, Integer.toString(rank));
    }

    /**
     * @param kind a kind without a value
     * @return it
     */
    public static Who of(Kind kind) {
      return new Who(kind, "");
    }

    /** A readable form, e.g. {@code role 办公室主任}. */
    @Override
    public String toString() {
      String k = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      return value.isEmpty() ? k : k + " " + value;
    }
  }

  /**
   * What the service knows about a command when it checks it.
   *
   * @param routed the people the rules or the plan name for this step
   * @param areas the document's areas
   * @param handlingDepartment the document's handling department, if any
   * @param requester who asked for what the command decides, if anyone
   * @param onDuty the people on duty now
   * @param dutyLeaders the 带班领导 on duty now
   * @param units the units an item is assigned to
   */
  public record Facts(Set<String> routed, List<String> areas, Optional<String> handlingDepartment,
      Optional<String> requester, Set<String> onDuty, Set<String> dutyLeaders, Set<String> units) {

    /** Nothing known. */
    public static final Facts NONE = new Facts(Set.of(), List.of(), Optional.empty(), Optional.empty(), Set.of(),
        Set.of(), Set.of());

    /**
     * Copies the collections.
     *
     * @param routed the people the rules or the plan name for this step
     * @param areas the document's areas
     * @param handlingDepartment the document's handling department, if any
     * @param requester who asked for what the command decides, if anyone
     * @param onDuty the people on duty now
     * @param dutyLeaders the 带班领导 on duty now
     * @param units the units an item is assigned to
     */
    public Facts {
      routed = ImmutableSet.copyOf(routed);
      areas = ImmutableList.copyOf(areas);
      requireNonNull(handlingDepartment, "handlingDepartment");
      requireNonNull(requester, "requester");
      onDuty = ImmutableSet.copyOf(onDuty);
      dutyLeaders = ImmutableSet.copyOf(dutyLeaders);
      units = ImmutableSet.copyOf(units);
    }

    /**
     * @param people the routed people
     * @return a copy with them
     */
    public Facts withRouted(Set<String> people) {
      return new Facts(people, areas, handlingDepartment, requester, onDuty, dutyLeaders, units);
    }

    /**
     * @param a the areas
     * @param dept the handling department
     * @return a copy with them
     */
    public Facts withDocument(java.util.Collection<String> a, Optional<String> dept) {
      return new Facts(routed, ImmutableList.copyOf(a), dept, requester, onDuty, dutyLeaders, units);
    }

    /**
     * @param person the requester
     * @return a copy with them
     */
    public Facts withRequester(String person) {
      return new Facts(routed, areas, handlingDepartment, Optional.of(person), onDuty, dutyLeaders, units);
    }

    /**
     * @param people on duty
     * @param leaders 带班领导 on duty
     * @return a copy with them
     */
    public Facts withDuty(Set<String> people, Set<String> leaders) {
      return new Facts(routed, areas, handlingDepartment, requester, people, leaders, units);
    }

    /**
     * @param assigned the units
     * @return a copy with them
     */
    public Facts withUnits(Set<String> assigned) {
      return new Facts(routed, areas, handlingDepartment, requester, onDuty, dutyLeaders, assigned);
    }
  }

  /** Every action the services check, in the order of {@code docs/security.md}. */
  public static final List<String> ACTIONS = List.of(
      "incoming.sign-for", "incoming.register", "incoming.propose", "incoming.instruct", "incoming.read",
      "incoming.handle", "incoming.urge", "incoming.extend-deadline", "incoming.close", "incoming.archive",
      "incoming.rebase-deadline",
      "outgoing.draft", "outgoing.start-countersign", "outgoing.countersign", "outgoing.add-signer",
      "outgoing.remove-signer", "outgoing.return", "outgoing.review", "outgoing.sign-off", "outgoing.recheck",
      "outgoing.number", "outgoing.issue",
      "outgoing.distribute", "outgoing.link-reply", "outgoing.archive", "outgoing.rebase-deadline",
      "supervision.open", "supervision.assign", "supervision.sign-for", "supervision.report-progress",
      "supervision.urge", "supervision.hand-back", "supervision.reassign", "supervision.break-down", "supervision.raise-problem", "supervision.call-back", "supervision.commend",
      "supervision.report-completion", "supervision.accept", "supervision.return-for-rework",
      "supervision.extend-deadline", "supervision.rebase-deadline", "supervision.close", "supervision.archive",
      "supervision.cancel", "supervision.approve-scores", "supervision.set-progress-duty",
      "case.receive", "case.contact", "case.reply", "case.mask-requester",
      "duty.publish", "duty.request-swap", "duty.request-override", "duty.approve", "duty.log", "duty.hand-over",
      "duty.report-upward", "duty.replan",
      "calendar.load-holidays", "calendar.rebase-deadlines", "configuration.save-version");

  private final ImmutableMap<String, ImmutableList<Who>> rules;
  private final ImmutableSet<String> separated;

  private AuthorityPolicy(Map<String, ImmutableList<Who>> rules, Set<String> separated) {
    this.rules = ImmutableMap.copyOf(rules);
    this.separated = ImmutableSet.copyOf(separated);
  }

  /** @return the offices' practice, as the class documentation describes it */
  public static AuthorityPolicy defaults() {
    Map<String, ImmutableList<Who>> r = new LinkedHashMap<>();
    for (String action : ACTIONS) {
      r.put(action, ImmutableList.of(Who.anyoneInOrganization()));
    }
    Who leader = Who.of(Kind.LEADER);
    Who routed = Who.of(Kind.ROUTED);
    r.put("incoming.instruct", ImmutableList.of(leader));
    r.put("incoming.read", ImmutableList.of(routed));
    r.put("incoming.handle", ImmutableList.of(Who.of(Kind.HANDLING_DEPARTMENT), Who.of(Kind.LEADER_IN_CHARGE)));
    r.put("outgoing.countersign", ImmutableList.of(routed));
    r.put("outgoing.sign-off", ImmutableList.of(routed));
    r.put("supervision.sign-for", ImmutableList.of(Who.of(Kind.UNIT_LIAISON)));
    r.put("supervision.report-progress", ImmutableList.of(Who.of(Kind.UNIT_LIAISON)));
    r.put("supervision.report-completion", ImmutableList.of(Who.of(Kind.UNIT_LIAISON)));
    r.put("supervision.hand-back", ImmutableList.of(Who.of(Kind.UNIT_LIAISON)));
    r.put("supervision.extend-deadline", ImmutableList.of(leader));
    // an incoming document's time limit: a leader, or the leader in charge of its handling department
    r.put("incoming.extend-deadline", ImmutableList.of(leader, Who.of(Kind.LEADER_IN_CHARGE)));
    r.put("supervision.approve-scores", ImmutableList.of(leader));
    r.put("supervision.commend", ImmutableList.of(leader));
    r.put("duty.request-swap", ImmutableList.of(Who.anyoneInOrganization(), routed));
    r.put("duty.request-override", ImmutableList.of(Who.anyoneInOrganization(), routed));
    r.put("duty.approve", ImmutableList.of(leader, Who.role("办公室主任"), Who.role("值班管理")));
    // re-planning a published roster: who approves its changes
    r.put("duty.replan", ImmutableList.of(leader, Who.role("办公室主任"), Who.role("值班管理")));
    r.put("duty.log", ImmutableList.of(Who.of(Kind.ON_DUTY), Who.of(Kind.DUTY_LEADER)));
    r.put("duty.hand-over", ImmutableList.of(Who.of(Kind.ON_DUTY)));
    // the office calendar: the general office (办公室) that keeps it, or a leader
    r.put("calendar.load-holidays", ImmutableList.of(leader, Who.role("办公室主任"), Who.role("系统管理员")));
    r.put("calendar.rebase-deadlines", ImmutableList.of(leader, Who.role("办公室主任"), Who.role("系统管理员")));
    // the office's configuration documents: the same people
    r.put("configuration.save-version", ImmutableList.of(leader, Who.role("办公室主任"), Who.role("系统管理员")));
    // erasing a requester's personal information: the office's head, a leader or the system administrator
    r.put("case.mask-requester", ImmutableList.of(leader, Who.role("办公室主任"), Who.role("系统管理员")));
    return new AuthorityPolicy(r, Set.of("duty.approve", "outgoing.sign-off"));
  }

  /**
   * A copy in which an action is authorised by these entries instead.
   *
   * @param action an action of {@link #ACTIONS}
   * @param who any of these authorises
   * @return the copy
   * @throws IllegalArgumentException if the action is unknown or no entry is given
   */
  public AuthorityPolicy with(String action, Who... who) {
    checkArgument(ACTIONS.contains(requireNonNull(action, "action")), "unknown action %s", action);
    checkArgument(who.length > 0, "give at least one entry for %s", action);
    Map<String, ImmutableList<Who>> r = new LinkedHashMap<>(rules);
    r.put(action, ImmutableList.copyOf(who));
    return new AuthorityPolicy(r, separated);
  }

  /**
   * A copy in which an action is (or is not) separated from the request it decides: its actor may
   * not be the requester (a duty swap's requester, an expense document's drafter).
   *
   * @param action an action of {@link #ACTIONS}
   * @param on whether it is separated
   * @return the copy
   */
  public AuthorityPolicy separated(String action, boolean on) {
    checkArgument(ACTIONS.contains(requireNonNull(action, "action")), "unknown action %s", action);
    Set<String> s = new java.util.LinkedHashSet<>(separated);
    if (on) {
      s.add(action);
    } else {
      s.remove(action);
    }
    return new AuthorityPolicy(rules, s);
  }

  /**
   * @param action an action
   * @return who may issue it
   */
  public ImmutableList<Who> who(String action) {
    ImmutableList<Who> w = rules.get(action);
    checkArgument(w != null, "unknown action %s", action);
    return w;
  }

  /**
   * @param action an action
   * @return whether its actor may not be the requester
   */
  public boolean isSeparated(String action) {
    return separated.contains(action);
  }

  /**
   * Whether a person may issue an action.
   *
   * @param action the action
   * @param personId the actor (or the person they deputise for)
   * @param org the organisation as it is now
   * @param facts what the service knows of the command
   * @return whether any entry authorises them
   */
  public boolean allows(String action, String personId, Organization org, Facts facts) {
    for (Who w : who(action)) {
      if (matches(w, personId, org, facts)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Who w, String personId, Organization org, Facts f) {
    if (w.kind() == Kind.ROUTED) {
      return f.routed().contains(personId);
    }
    if (w.kind() == Kind.ON_DUTY) {
      return f.onDuty().contains(personId);
    }
    if (w.kind() == Kind.DUTY_LEADER) {
      return f.dutyLeaders().contains(personId);
    }
    if (w.kind() == Kind.UNIT_LIAISON) {
      return true;  // the item checks that the unit is one of its units
    }
    if (!org.hasPerson(personId)) {
      return false;
    }
    Person p = org.person(personId);
    return switch (w.kind()) {
      case ANYONE_IN_ORGANIZATION -> true;
      case ROLE -> p.roles().contains(w.value());
      case TITLE -> p.title().equals(w.value());
      case RANK_AT_MOST -> p.rank() <= Integer.parseInt(w.value());
      case LEADER -> p.rank() == org.people().stream().mapToInt(Person::rank).min().orElse(1)
          || org.areas().stream().anyMatch(a -> org.inCharge(a).map(x -> x.id().equals(personId)).orElse(false));
      case LEADER_IN_CHARGE -> f.areas().stream().anyMatch(a -> org.inCharge(a).map(x -> x.id().equals(personId))
          .orElse(false)) || f.handlingDepartment().flatMap(d -> org.departments().containsKey(d)
              ? org.leaderInChargeOfDepartment(d) : Optional.empty()).map(x -> x.id().equals(personId)).orElse(false);
      case HANDLING_DEPARTMENT -> f.handlingDepartment().map(d -> d.equals(p.departmentId())).orElse(false);
      case HEAD_OF_REQUESTER_DEPARTMENT -> f.requester().filter(org::hasPerson)
          .flatMap(r -> org.headOf(org.person(r).departmentId())).map(h -> h.id().equals(personId)).orElse(false);
      default -> false;
    };
  }

  /** Who may, with the people a routed entry names, e.g. {@code [routed [qian]]}. */
  private String describe(String action, Facts facts) {
    return who(action).stream().map(w -> w.kind() == Kind.ROUTED ? "routed " + facts.routed() : w.toString()).toList()
        .toString();
  }

  /**
   * Refuses a command its actor may not issue; an actor deputising ({@code onBehalfOf}) for someone
   * who is away, as that person's deputy now, is checked as that person.
   *
   * @param action the action
   * @param c the command
   * @param org the organisation now
   * @param now the instant
   * @param facts what the service knows
   * @throws NotAuthorizedException if no entry authorises the actor, or the action is separated and
   *     the actor is the requester
   */
  void check(String action, Command c, Organization org, LocalDateTime now, Facts facts) {
    String principal = c.actor();
    if (c.onBehalfOf().isPresent() && org.hasPerson(c.onBehalfOf().get())
        && org.deputyFor(c.onBehalfOf().get(), now).map(d -> d.id().equals(c.actor())).orElse(false)) {
      principal = c.onBehalfOf().get();
    }
    if (!allows(action, principal, org, facts) && !allows(action, c.actor(), org, facts)) {
      throw new NotAuthorizedException(c.actor(), action, describe(action, facts));
    }
    if (isSeparated(action) && facts.requester().map(r -> r.equals(c.actor())).orElse(false)) {
      throw new NotAuthorizedException(c.actor(), action, "anyone but the requester " + c.actor()
          + " (separation of duties)");
    }
  }

  // ------------------------------------------------------------------ as data

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final String FORMAT = "oakit.authority-policy";

  /**
   * The policy as a JSON document an administrator can keep and edit:
   * {@code {"format": "oakit.authority-policy", "formatVersion": 1, "actions": {"incoming.instruct":
   * [{"kind": "LEADER"}], "duty.approve": [{"kind": "LEADER"}, {"kind": "ROLE", "value": "办公室主任"}], …},
   * "separated": ["duty.approve", …]}}, every action listed. {@link #fromJson} reads it back equal.
   *
   * @return the JSON text
   */
  public String toJson() {
    com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", 1);
    com.fasterxml.jackson.databind.node.ObjectNode actions = root.putObject("actions");
    for (String action : ACTIONS) {
      com.fasterxml.jackson.databind.node.ArrayNode list = actions.putArray(action);
      for (Who w : who(action)) {
        com.fasterxml.jackson.databind.node.ObjectNode entry = list.addObject().put("kind", w.kind().name());
        if (!w.value().isEmpty()) {
          entry.put("value", w.value());
        }
      }
    }
    com.fasterxml.jackson.databind.node.ArrayNode sep = root.putArray("separated");
    ACTIONS.stream().filter(separated::contains).forEach(sep::add);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new io.oakit.core.InvalidInputException("AuthorityPolicy", List.of("cannot write JSON: " + e.getMessage()));
    }
  }

  /**
   * Reads a policy document written by {@link #toJson} or by an administrator. Strict: an unknown
   * field, action or kind, a wrong type, a missing or needless value is refused, every problem named by
   * its JSON Pointer; nothing is applied from a refused document. Actions the document does not list
   * keep their {@link #defaults()} entries; {@code separated}, if given, is the whole list.
   *
   * @param json the document
   * @return the policy
   * @throws io.oakit.core.InvalidInputException naming every problem as {@code /pointer: problem}
   */
  public static AuthorityPolicy fromJson(String json) {
    requireNonNull(json, "json");
    List<String> errors = new java.util.ArrayList<>();
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new io.oakit.core.InvalidInputException("AuthorityPolicy", List.of("/: not JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new io.oakit.core.InvalidInputException("AuthorityPolicy", List.of("/: not a JSON object"));
    }
    root.fieldNames().forEachRemaining(f -> {
      if (!Set.of("format", "formatVersion", "actions", "separated").contains(f)) {
        errors.add(pointer(f) + ": unknown field");
      }
    });
    if (!FORMAT.equals(root.path("format").asText())) {
      errors.add("/format: expected \"" + FORMAT + "\" but was " + root.path("format"));
    }
    if (root.path("formatVersion").asInt(-1) != 1) {
      errors.add("/formatVersion: expected 1 but was " + root.path("formatVersion"));
    }
    AuthorityPolicy policy = defaults();
    Map<String, ImmutableList<Who>> rules = new LinkedHashMap<>(policy.rules);
    com.fasterxml.jackson.databind.JsonNode actions = root.path("actions");
    if (!actions.isMissingNode() && !actions.isObject()) {
      errors.add("/actions: expected an object but was " + actions);
    } else if (actions.isObject()) {
      actions.fields().forEachRemaining(e -> {
        String at = "/actions" + pointer(e.getKey());
        if (!ACTIONS.contains(e.getKey())) {
          errors.add(at + ": unknown action");
          return;
        }
        if (!e.getValue().isArray() || e.getValue().isEmpty()) {
          errors.add(at + ": expected a non-empty array but was " + e.getValue());
          return;
        }
        List<Who> list = new java.util.ArrayList<>();
        for (int i = 0; i < e.getValue().size(); i++) {
          who(e.getValue().get(i), at + "/" + i, errors).ifPresent(list::add);
        }
        rules.put(e.getKey(), ImmutableList.copyOf(list));
      });
    }
    Set<String> separatedActions = new java.util.LinkedHashSet<>(policy.separated);
    com.fasterxml.jackson.databind.JsonNode sep = root.path("separated");
    if (!sep.isMissingNode()) {
      separatedActions.clear();
      if (!sep.isArray()) {
        errors.add("/separated: expected an array but was " + sep);
      } else {
        for (int i = 0; i < sep.size(); i++) {
          if (!sep.get(i).isTextual() || !ACTIONS.contains(sep.get(i).asText())) {
            errors.add("/separated/" + i + ": unknown action " + sep.get(i));
          } else {
            separatedActions.add(sep.get(i).asText());
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new io.oakit.core.InvalidInputException("AuthorityPolicy", errors);
    }
    return new AuthorityPolicy(rules, separatedActions);
  }

  private static Optional<Who> who(com.fasterxml.jackson.databind.JsonNode n, String at, List<String> errors) {
    if (!n.isObject()) {
      errors.add(at + ": expected an object but was " + n);
      return Optional.empty();
    }
    int before = errors.size();
    n.fieldNames().forEachRemaining(f -> {
      if (!f.equals("kind") && !f.equals("value")) {
        errors.add(at + pointer(f) + ": unknown field");
      }
    });
    Kind kind = null;
    try {
      kind = Kind.valueOf(n.path("kind").asText(""));
    } catch (IllegalArgumentException e) {
      errors.add(at + "/kind: unknown kind " + n.path("kind"));
    }
    com.fasterxml.jackson.databind.JsonNode value = n.path("value");
    if (!value.isMissingNode() && !value.isTextual()) {
      errors.add(at + "/value: expected text but was " + value);
    }
    if (kind == null || errors.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Who(kind, value.asText("")));
    } catch (IllegalArgumentException e) {
      errors.add(at + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A JSON Pointer step (RFC 6901). */
  private static String pointer(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthorityPolicy p && rules.equals(p.rules) && separated.equals(p.separated);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rules, separated);
  }
}
