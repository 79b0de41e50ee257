/**
 * Duty rosters (值班排班): plans with slots by role and day category, people with roles,
 * absences, preferences and history, data-configured hard and soft rules, fair generation with
 * explained assignments, validation of hand-edited rosters, fairness reports and "who is on duty".
 * Values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
package io.oakit.core.roster;
