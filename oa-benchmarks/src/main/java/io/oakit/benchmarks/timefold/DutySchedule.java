package io.oakit.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import io.oakit.core.roster.DutyPerson;
import java.util.List;

/** The roster instance as a Timefold planning solution. */
@PlanningSolution
public class DutySchedule {

  @ProblemFactCollectionProperty
  private List<DutyPerson> people;

  @PlanningEntityCollectionProperty
  private List<DutyShift> shifts;

  @PlanningScore
  private HardSoftLongScore score;

  public DutySchedule() {}

  DutySchedule(List<DutyPerson> people, List<DutyShift> shifts) {
    this.people = people;
    this.shifts = shifts;
  }

  public List<DutyPerson> getPeople() {
    return people;
  }

  public List<DutyShift> getShifts() {
    return shifts;
  }

  public HardSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardSoftLongScore score) {
    this.score = score;
  }
}
