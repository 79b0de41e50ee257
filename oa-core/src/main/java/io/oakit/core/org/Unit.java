package io.oakit.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A unit (单位), e.g. a county committee office or a bureau.
 *
 * @param id a unique id, also the unit code of its document numbers
 * @param name the name
 */
public record Unit(String id, String name) {
  /**
   * Creates a unit.
   *
   * @throws IllegalArgumentException if the id or name is blank
   * @param id a unique id, also the unit code of its document numbers
   * @param name the name
   */
  public Unit {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    checkArgument(!id.isBlank(), "unit id must not be blank");
    checkArgument(!name.isBlank(), "name of unit %s must not be blank", id);
  }
}
