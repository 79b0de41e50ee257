package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition over a {@link DocumentProfile}: plain data (records), so hosts can store rules,
 * with static factories for a fluent style. Every condition describes itself and says why a
 * profile does not meet it.
 */
public sealed interface Condition {

  /**
   * Whether the profile meets the condition.
   *
   * @param profile the document
   * @return true if it matches
   */
  boolean test(DocumentProfile profile);

  /**
   * A readable form, e.g. {@code kind in [请示]}.
   *
   * @return the description
   */
  String describe();

  /**
   * Why the profile does not meet the condition.
   *
   * @param profile the document
   * @return the reason, empty if it does meet it
   */
  default Optional<String> whyNot(DocumentProfile profile) {
    return test(profile) ? Optional.empty() : Optional.of("not " + describe());
  }

  /**
   * Every document.
   *
   * @return the condition
   */
  static Condition always() {
    return Always.INSTANCE;
  }

  /**
   * @param kinds the kinds
   * @return documents of one of these kinds
   */
  static Condition kindIn(DocumentKind... kinds) {
    return new KindIn(ImmutableSet.copyOf(kinds));
  }

  /**
   * @param urgency the least urgency
   * @return documents at least this urgent
   */
  static Condition urgencyAtLeast(Urgency urgency) {
    return new UrgencyAtLeast(urgency);
  }

  /**
   * @param level the least secrecy level
   * @return documents at least this secret
   */
  static Condition secrecyAtLeast(SecrecyLevel level) {
    return new SecrecyAtLeast(level);
  }

  /**
   * @param tag the tag
   * @return documents carrying this tag
   */
  static Condition tagged(String tag) {
    return new Tagged(tag);
  }

  /**
   * @param keyword the keyword
   * @return documents whose subject contains it
   */
  static Condition subjectContains(String keyword) {
    return new SubjectContains(keyword);
  }

  /**
   * @param areas the areas
   * @return documents concerning one of these areas
   */
  static Condition areaIn(String... areas) {
    return new AreaIn(ImmutableSortedSet.copyOf(areas));
  }

  /**
   * @param range the range
   * @return documents with an amount in it (documents without amount never match)
   */
  static Condition amountIn(AmountRange range) {
    return new AmountIn(range);
  }

  /**
   * @param units the units
   * @return documents issued by one of these units
   */
  static Condition issuedBy(String... units) {
    return new IssuedBy(ImmutableSortedSet.copyOf(units));
  }

  /**
   * @param conditions the conditions
   * @return documents meeting all of them
   */
  static Condition all(Condition... conditions) {
    return new All(ImmutableList.copyOf(conditions));
  }

  /**
   * @param conditions the conditions
   * @return documents meeting at least one
   */
  static Condition any(Condition... conditions) {
    return new Any(ImmutableList.copyOf(conditions));
  }

  /**
   * @param condition the condition
   * @return documents not meeting it
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /** Matches every document. */
  enum Always implements Condition {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean test(DocumentProfile profile) {
      return true;
    }

    @Override
    public String describe() {
      return "always";
    }
  }

  /** @param kinds the kinds matched */
  record KindIn(ImmutableSet<DocumentKind> kinds) implements Condition {
    /**
     * @param kinds the kinds matched
     * @throws IllegalArgumentException if no kind is given
     */
    public KindIn {
      checkArgument(!requireNonNull(kinds, "kinds").isEmpty(), "kindIn needs at least one kind");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return kinds.contains(p.kind());
    }

    @Override
    public String describe() {
      return "kind in " + kinds.stream().map(DocumentKind::chinese).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      return test(p) ? Optional.empty() : Optional.of("kind " + p.kind().chinese() + " is not in "
          + kinds.stream().map(DocumentKind::chinese).collect(Collectors.joining(", ", "[", "]")));
    }
  }

  /** @param least the least urgency matched */
  record UrgencyAtLeast(Urgency least) implements Condition {
    /**
     * Checks the argument.
     *
     * @param least the least urgency matched
     */
    public UrgencyAtLeast {
      requireNonNull(least, "least");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return p.urgency().isAtLeast(least);
    }

    @Override
    public String describe() {
      return "urgency at least " + least.chinese();
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      return test(p) ? Optional.empty()
          : Optional.of("urgency " + p.urgency().chinese() + " is below " + least.chinese());
    }
  }

  /** @param least the least secrecy level matched */
  record SecrecyAtLeast(SecrecyLevel least) implements Condition {
    /**
     * Checks the argument.
     *
     * @param least the least secrecy level matched
     */
    public SecrecyAtLeast {
      requireNonNull(least, "least");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return p.secrecy().covers(least);
    }

    @Override
    public String describe() {
      return "secrecy at least " + least.chinese();
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      return test(p) ? Optional.empty()
          : Optional.of("secrecy " + p.secrecy().chinese() + " is below " + least.chinese());
    }
  }

  /** @param tag the tag matched */
  record Tagged(String tag) implements Condition {
    /**
     * @param tag the tag matched
     * @throws IllegalArgumentException if the tag is blank
     */
    public Tagged {
      checkArgument(!requireNonNull(tag, "tag").isBlank(), "tag must not be blank");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return p.tags().contains(tag);
    }

    @Override
    public String describe() {
      return "tagged " + tag;
    }
  }

  /** @param keyword the keyword looked for in the subject */
  record SubjectContains(String keyword) implements Condition {
    /**
     * @param keyword the keyword looked for in the subject
     * @throws IllegalArgumentException if the keyword is blank
     */
    public SubjectContains {
      checkArgument(!requireNonNull(keyword, "keyword").isBlank(), "keyword must not be blank");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return p.subject().contains(keyword);
    }

    @Override
    public String describe() {
      return "subject contains " + keyword;
    }
  }

  /** @param areas the areas matched */
  record AreaIn(ImmutableSortedSet<String> areas) implements Condition {
    /**
     * @param areas the areas matched
     * @throws IllegalArgumentException if no area is given
     */
    public AreaIn {
      checkArgument(!requireNonNull(areas, "areas").isEmpty(), "areaIn needs at least one area");
    }

    @Override
    public boolean test(DocumentProfile p) {
      for (String area : p.areas()) {
        if (areas.contains(area)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String describe() {
      return "area in " + areas;
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      return test(p) ? Optional.empty() : Optional.of("areas " + p.areas() + " are not in " + areas);
    }
  }

  /** @param range the amounts matched */
  record AmountIn(AmountRange range) implements Condition {
    /**
     * Checks the argument.
     *
     * @param range the amounts matched
     */
    public AmountIn {
      requireNonNull(range, "range");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return p.amount().map(range::contains).orElse(false);
    }

    @Override
    public String describe() {
      return range.toString();
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      if (test(p)) {
        return Optional.empty();
      }
      return Optional.of(p.amount().map(a -> "amount " + a.toPlainString() + " is outside " + range)
          .orElse("the document has no amount"));
    }
  }

  /** @param units the issuing units matched */
  record IssuedBy(ImmutableSortedSet<String> units) implements Condition {
    /**
     * @param units the issuing units matched
     * @throws IllegalArgumentException if no unit is given
     */
    public IssuedBy {
      checkArgument(!requireNonNull(units, "units").isEmpty(), "issuedBy needs at least one unit");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return units.contains(p.issuingUnit());
    }

    @Override
    public String describe() {
      return "issued by " + units;
    }
  }

  /** @param conditions all must hold */
  record All(ImmutableList<Condition> conditions) implements Condition {
    /**
     * @param conditions all must hold
     * @throws IllegalArgumentException if no condition is given
     */
    public All {
      checkArgument(!requireNonNull(conditions, "conditions").isEmpty(), "all needs at least one condition");
    }

    @Override
    public boolean test(DocumentProfile p) {
      for (Condition c : conditions) {
        if (!c.test(p)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String describe() {
      return conditions.stream().map(Condition::describe).collect(Collectors.joining(" and ", "(", ")"));
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      return conditions.stream().map(c -> c.whyNot(p)).flatMap(Optional::stream).findFirst();
    }
  }

  /** @param conditions at least one must hold */
  record Any(ImmutableList<Condition> conditions) implements Condition {
    /**
     * @param conditions at least one must hold
     * @throws IllegalArgumentException if no condition is given
     */
    public Any {
      checkArgument(!requireNonNull(conditions, "conditions").isEmpty(), "any needs at least one condition");
    }

    @Override
    public boolean test(DocumentProfile p) {
      for (Condition c : conditions) {
        if (c.test(p)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String describe() {
      return conditions.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      if (test(p)) {
        return Optional.empty();
      }
      List<String> reasons = conditions.stream().map(c -> c.whyNot(p).orElse("")).toList();
      return Optional.of("none of: " + String.join("; ", reasons));
    }
  }

  /** @param condition must not hold */
  record Not(Condition condition) implements Condition {
    /**
     * Checks the argument.
     *
     * @param condition must not hold
     */
    public Not {
      requireNonNull(condition, "condition");
    }

    @Override
    public boolean test(DocumentProfile p) {
      return !condition.test(p);
    }

    @Override
    public String describe() {
      return "not " + condition.describe();
    }

    @Override
    public Optional<String> whyNot(DocumentProfile p) {
      return test(p) ? Optional.empty() : Optional.of(condition.describe() + " holds");
    }
  }

}
