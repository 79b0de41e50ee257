package io.oakit.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The events {@link DutyService} stores; replaying them rebuilds every roster version. */
public final class DutyEvents {

  private DutyEvents() {}

  /** Published. */
  public record RosterPublished(LocalDateTime at, String by, long seed) implements WorkflowEvent {}

  /** A swap asked for. */
  public record SwapRequested(LocalDateTime at, String by, String requestId, LocalDate dayA, int slotA, LocalDate dayB,
      int slotB, String reason) implements WorkflowEvent {}

  /** An override asked for. */
  public record OverrideRequested(LocalDateTime at, String by, String requestId, LocalDate day, int slot,
      String substitute, String reason) implements WorkflowEvent {}

  /** A request approved and applied (a new roster version). */
  public record RequestApproved(LocalDateTime at, String by, String requestId, int version) implements WorkflowEvent {}

  /** A duty log entry. */
  public record DutyLogged(LocalDateTime at, String by, String text) implements WorkflowEvent {}

  /** A handover. */
  public record HandedOver(LocalDateTime at, String by, String to, String note) implements WorkflowEvent {}
}
