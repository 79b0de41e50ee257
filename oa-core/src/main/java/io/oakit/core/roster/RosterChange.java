package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A recorded change between two roster versions: a swap (换班), an override (临时替班) or a re-plan from a day
 * (someone falls ill, a new colleague joins).
 *
 * @param version the version the change produced
 * @param kind swap or override
 * @param slots the slots changed
 * @param description what changed, e.g. "officer3 ⇄ officer7"
 * @param requestedBy who asked
 * @param approvedBy who approved
 * @param at when it was approved
 * @param reason why
 */
public record RosterChange(int version, Kind kind, List<Slot> slots, String description, String requestedBy,
    String approvedBy, LocalDateTime at, String reason) {

  /** The kind of change. */
  public enum Kind {
    /** 换班: two people exchange duties. */
    SWAP,
    /** 临时替班: someone takes over one duty. */
    OVERRIDE,
    /** 重新排班: the roster re-planned from a day with as few changes as possible. */
    REPLAN
  }

  /**
   * Checks the arguments.
   *
   * @param approvedBy who approved
   * @param at when it was approved
   * @param description what changed, e.g. "officer3 ⇄ officer7"
   * @param kind swap or override
   * @param reason why
   * @param requestedBy who asked
   * @param slots the slots changed
   * @param version the version the change produced
   */
  public RosterChange {
    requireNonNull(kind, "kind");
    slots = ImmutableList.copyOf(slots);
    requireNonNull(description, "description");
    requireNonNull(requestedBy, "requestedBy");
    requireNonNull(approvedBy, "approvedBy");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
  }
}
