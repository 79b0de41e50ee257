package io.oakit.benchmarks.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The same hard rules as {@code RosterInstance.RULES} (eligibility is the value range), and a
 * load-balance soft rule per role, in Timefold constraint streams.
 */
public class DutyConstraints implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
        f.forEach(DutyShift.class)
            .filter(s -> s.getPerson().isUnavailable(s.getSlot().date()))
            .penalize(HardSoftLongScore.ONE_HARD).asConstraint("not unavailable"),
        f.forEachUniquePair(DutyShift.class, Joiners.equal(DutyShift::getPerson),
                Joiners.overlapping(DutyShift::getEpochDay, s -> s.getEpochDay() + 3))
            .penalize(HardSoftLongScore.ONE_HARD).asConstraint("at least 3 days between duties"),
        f.forEach(DutyShift.class)
            .groupBy(DutyShift::getPerson, DutyShift::getMonth, ConstraintCollectors.count())
            .filter((p, m, c) -> c > 8)
            .penalizeLong(HardSoftLongScore.ONE_HARD, (p, m, c) -> c - 8).asConstraint("at most 8 duties per month"),
        f.forEach(DutyShift.class).filter(s -> s.getRole().equals("带班领导"))
            .join(f.forEach(DutyShift.class).filter(s -> s.getRole().equals("值班员")),
                Joiners.equal(DutyShift::getEpochDay), Joiners.equal(s -> s.getPerson().departmentId()))
            .penalize(HardSoftLongScore.ONE_HARD).asConstraint("leader and officer from different departments"),
        f.forEach(DutyShift.class)
            .groupBy(DutyShift::getRole, ConstraintCollectors.loadBalance(DutyShift::getPerson, DutyShift::getWeightCents))
            .penalizeLong(HardSoftLongScore.ONE_SOFT, (role, balance) -> balance.unfairness().longValue())
            .asConstraint("balanced weighted load per role")
    };
  }
}
