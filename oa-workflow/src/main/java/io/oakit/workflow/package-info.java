/**
 * The office processes built on oa-core, storing through the persistence SPI only: incoming
 * documents ({@link io.oakit.workflow.IncomingService}), outgoing documents
 * ({@link io.oakit.workflow.OutgoingService}), supervision ({@link io.oakit.workflow.SupervisionService}),
 * duty ({@link io.oakit.workflow.DutyService}) and reminders ({@link io.oakit.workflow.Escalations}).
 * Every service takes validated command records with idempotency keys, reads time from the
 * context's clock, writes an audit entry per event and its notifications to the transactional
 * {@link io.oakit.workflow.Outbox}, returns a typed {@link io.oakit.workflow.CommandResult}, and
 * refuses an invalid or illegal command with an {@link io.oakit.core.OaException} without writing
 * anything. Aggregates are stored as events that record what was decided, in the versioned JSON
 * format of {@code docs/storage-format.md} (stable {@link io.oakit.workflow.EventType} names,
 * upcasters for older versions). No method accepts or returns {@code null}.
 */
package io.oakit.workflow;
