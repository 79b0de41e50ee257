package io.oakit.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A department (科室, 室局股) of a unit.
 *
 * @param id a unique id
 * @param name the name
 * @param unitId the unit it belongs to
 * @param area the area (分管领域) it falls under, whose leader in charge oversees it
 */
public record Department(String id, String name, String unitId, Optional<String> area) {
  /**
   * Creates a department.
   *
   * @throws IllegalArgumentException if the id or name is blank
   * @param id a unique id
   * @param name the name
   * @param unitId the unit it belongs to
   * @param area the area (分管领域) it falls under, whose leader in charge oversees it
   */
  public Department {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(unitId, "unitId");
    requireNonNull(area, "area");
    checkArgument(!id.isBlank(), "department id must not be blank");
    checkArgument(!name.isBlank(), "name of department %s must not be blank", id);
  }
}
