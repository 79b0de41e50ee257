package io.oakit.core.deadline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.Urgency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link DeadlinePolicy} given as a table: one rule per urgency, optionally overridden for a
 * (kind, urgency) pair, e.g. 请示 at 平件 within 5 working days. Immutable and thread-safe.
 */
public final class DeadlineTable implements DeadlinePolicy {

  static final DeadlineTable DEFAULTS = builder().build();

  private record Key(DocumentKind kind, Urgency urgency) {}

  private final ImmutableMap<Urgency, DeadlineRule> byUrgency;
  private final ImmutableMap<Key, DeadlineRule> byKind;

  private DeadlineTable(Map<Urgency, DeadlineRule> byUrgency, Map<Key, DeadlineRule> byKind) {
    this.byUrgency = ImmutableMap.copyOf(byUrgency);
    this.byKind = ImmutableMap.copyOf(byKind);
  }

  /**
   * A builder starting from the default rows (特急 4 natural hours (on the clock), 加急 3 working days, 平件 7
   * working days).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public DeadlineRule ruleFor(Urgency urgency, DocumentKind kind) {
    requireNonNull(urgency, "urgency");
    requireNonNull(kind, "kind");
    DeadlineRule specific = byKind.get(new Key(kind, urgency));
    return specific != null ? specific : byUrgency.get(urgency);
  }

  /**
   * The rule of each urgency.
   *
   * @return the rules by urgency
   */
  public ImmutableMap<Urgency, DeadlineRule> byUrgency() {
    return byUrgency;
  }

  /**
   * The overrides for a kind and urgency (e.g. 请示 at 平件 within 5 working days).
   *
   * @return kind → urgency → rule
   */
  public ImmutableMap<DocumentKind, ImmutableMap<Urgency, DeadlineRule>> byKind() {
    Map<DocumentKind, Map<Urgency, DeadlineRule>> m = new java.util.TreeMap<>();
    byKind.forEach((k, r) -> m.computeIfAbsent(k.kind(), x -> new java.util.TreeMap<>()).put(k.urgency(), r));
    ImmutableMap.Builder<DocumentKind, ImmutableMap<Urgency, DeadlineRule>> b = ImmutableMap.builder();
    m.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadlineTable t && byUrgency.equals(t.byUrgency) && byKind.equals(t.byKind);
  }

  @Override
  public int hashCode() {
    return byUrgency.hashCode() * 31 + byKind.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DeadlineTable[");
    byUrgency.forEach((u, r) -> s.append(u.chinese()).append('=').append(r).append("; "));
    byKind.forEach((k, r) -> s.append(k.kind().chinese()).append('/').append(k.urgency().chinese())
        .append('=').append(r).append("; "));
    return s.append(']').toString();
  }

  /** Builds a {@link DeadlineTable}. Not thread-safe. */
  public static final class Builder {
    private final Map<Urgency, DeadlineRule> byUrgency = new EnumMap<>(Urgency.class);
    private final Map<Key, DeadlineRule> byKind = new LinkedHashMap<>();

    private Builder() {
      byUrgency.put(Urgency.EXTRA_URGENT, DeadlineRule.naturalHours(4));
      byUrgency.put(Urgency.URGENT, DeadlineRule.workingDays(3));
      byUrgency.put(Urgency.NORMAL, DeadlineRule.workingDays(7));
    }

    /**
     * Sets the rule for every document of an urgency.
     *
     * @param urgency the urgency
     * @param rule the rule
     * @return this builder
     */
    public Builder forUrgency(Urgency urgency, DeadlineRule rule) {
      byUrgency.put(requireNonNull(urgency, "urgency"), requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the rule for documents of one kind and urgency, overriding the urgency row.
     *
     * @param kind the kind
     * @param urgency the urgency
     * @param rule the rule
     * @return this builder
     */
    public Builder forKind(DocumentKind kind, Urgency urgency, DeadlineRule rule) {
      byKind.put(new Key(requireNonNull(kind, "kind"), requireNonNull(urgency, "urgency")),
          requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the policy
     */
    public DeadlineTable build() {
      return new DeadlineTable(byUrgency, byKind);
    }
  }
}
