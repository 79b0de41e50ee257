package io.oakit.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.Slot;
import java.util.List;

/** A roster slot as a Timefold planning entity; its value range is the people who can fill its role. */
@PlanningEntity
public class DutyShift {

  @PlanningId
  private String id;
  private Slot slot;
  private long epochDay;
  private int month;
  private long weightCents;
  private List<DutyPerson> eligible;

  @PlanningVariable(valueRangeProviderRefs = "eligible")
  private DutyPerson person;

  public DutyShift() {}

  DutyShift(Slot slot, double weight, List<DutyPerson> eligible) {
    this.id = slot.date() + "#" + slot.index();
    this.slot = slot;
    this.epochDay = slot.date().toEpochDay();
    this.month = slot.date().getYear() * 12 + slot.date().getMonthValue();
    this.weightCents = Math.round(weight * 100);
    this.eligible = eligible;
  }

  @ValueRangeProvider(id = "eligible")
  public List<DutyPerson> getEligible() {
    return eligible;
  }

  public String getId() {
    return id;
  }

  public Slot getSlot() {
    return slot;
  }

  public long getEpochDay() {
    return epochDay;
  }

  public int getMonth() {
    return month;
  }

  public long getWeightCents() {
    return weightCents;
  }

  public String getRole() {
    return slot.role();
  }

  public DutyPerson getPerson() {
    return person;
  }

  public void setPerson(DutyPerson person) {
    this.person = person;
  }
}
