/**
 * Shift scheduling (排班) beyond 24-hour duty: shift types with lengths and forbidden successions, staff limits
 * (per shift type, minutes, runs of shifts and of days off, weekends, days off), weighted requests and cover
 * ({@link io.oakit.core.shift.ShiftProblem}); a reader for the Curtois &amp; Qu benchmark format
 * ({@link io.oakit.core.shift.CurtoisQuReader}); a schedule that names every hard rule it breaks and explains
 * its soft cost ({@link io.oakit.core.shift.ShiftSchedule}); and a deterministic optimiser
 * ({@link io.oakit.core.shift.ShiftOptimizer}).
 */
package io.oakit.core.shift;
