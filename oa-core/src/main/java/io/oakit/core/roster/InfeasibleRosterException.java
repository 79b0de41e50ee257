package io.oakit.core.roster;

import com.google.common.collect.ImmutableMap;
import io.oakit.core.OaException;
import java.util.Map;

/** No roster satisfies the hard rules: a slot was left with no candidate. */
public final class InfeasibleRosterException extends OaException {
  private static final long serialVersionUID = 1L;

  private final transient Slot slot;
  /** How many candidates each rule excluded. */
  private final ImmutableMap<String, Integer> excludedBy;
  /** Whether the search ran out of budget rather than proving infeasibility. */
  private final boolean searchGaveUp;

  /**
   * Creates the exception.
   *
   * @param slot the slot nobody could take
   * @param excludedBy for each rule, how many people of the role it excluded
   */
  public InfeasibleRosterException(Slot slot, Map<String, Integer> excludedBy) {
    this(slot, excludedBy, "");
  }

  /**
   * Creates the exception with a further detail.
   *
   * @param slot the slot nobody could take
   * @param excludedBy for each rule, how many people of the role it excluded
   * @param detail more context, e.g. how many people the day needs; may be empty
   */
  public InfeasibleRosterException(Slot slot, Map<String, Integer> excludedBy, String detail) {
    this(slot, excludedBy, detail, false);
  }

  /**
   * Creates the exception, saying whether the search ran out of steps.
   *
   * @param slot the slot nobody could take
   * @param excludedBy for each rule, how many people of the role it excluded
   * @param detail more context; may be empty
   * @param searchGaveUp whether the search ran out of steps without proving that no roster exists
   */
  public InfeasibleRosterException(Slot slot, Map<String, Integer> excludedBy, String detail, boolean searchGaveUp) {
    super("no one can take " + slot.role() + " on " + slot.date() + " (" + slot.category() + "): "
        + (excludedBy.isEmpty() ? "nobody has the role" : "excluded by " + excludedBy)
        + (detail.isEmpty() ? "" : "; " + detail));
    this.slot = slot;
    this.excludedBy = ImmutableMap.copyOf(excludedBy);
    this.searchGaveUp = searchGaveUp;
  }

  /**
   * Whether the search ran out of its step budget without proving that no roster exists (the plan
   * may still be feasible), rather than proving it infeasible.
   *
   * @return whether it gave up
   */
  public boolean searchGaveUp() {
    return searchGaveUp;
  }

  /** @return the slot nobody could take */
  public Slot slot() {
    return slot;
  }

  /** @return for each rule, how many people of the role it excluded */
  public ImmutableMap<String, Integer> excludedBy() {
    return excludedBy;
  }
}
