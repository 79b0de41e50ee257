/**
 * Explainable scoring of supervision work: the {@link io.oakit.core.supervision.scoring.ScoringPolicy}
 * and its configurable default {@link io.oakit.core.supervision.scoring.ScoreCard}, per-unit
 * {@link io.oakit.core.supervision.scoring.ScoreSheet}s whose every point is a readable line,
 * ranking with explicit ties, shares of an annual assessment, grades, rates and the stalling report.
 * Immutable values; no method accepts or returns {@code null}.
 */
package io.oakit.core.supervision.scoring;
