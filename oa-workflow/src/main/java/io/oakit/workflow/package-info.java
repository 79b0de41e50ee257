/**
 * The office processes built on oa-core, storing through the persistence SPI only: incoming
 * documents ({@link io.oakit.workflow.IncomingService}), outgoing documents
 * ({@link io.oakit.workflow.OutgoingService}), supervision ({@link io.oakit.workflow.SupervisionService}),
 * duty ({@link io.oakit.workflow.DutyService}) and reminders ({@link io.oakit.workflow.Escalations}).
 * Every service takes validated command records with idempotency keys, reads time from the
 * context's clock, writes an audit entry per event, and refuses an invalid or illegal command
 * without writing anything. No method accepts or returns {@code null}.
 */
package io.oakit.workflow;
