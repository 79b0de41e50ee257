package io.oakit.core.roster;

import com.google.common.collect.ImmutableMap;
import io.oakit.core.OaException;
import java.util.Map;

/** No roster satisfies the hard rules: a slot was left with no candidate. */
public final class InfeasibleRosterException extends OaException {
  private static final long serialVersionUID = 1L;

  private final transient Slot slot;
  private final ImmutableMap<String, Integer> excludedBy;

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
    super("no one can take " + slot.role() + " on " + slot.date() + " (" + slot.category() + "): "
        + (excludedBy.isEmpty() ? "nobody has the role" : "excluded by " + excludedBy)
        + (detail.isEmpty() ? "" : "; " + detail));
    this.slot = slot;
    this.excludedBy = ImmutableMap.copyOf(excludedBy);
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
