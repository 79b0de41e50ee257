package io.oakit.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.oakit.core.document.SecrecyLevel;
import java.util.Set;

/**
 * A person of the organisation.
 *
 * @param id a unique id
 * @param name the name shown in explanations
 * @param departmentId the department the person belongs to
 * @param title the position (职务), e.g. 副县长, 主任, 科员
 * @param rank protocol order among people: 1 is the most senior; equal ranks fall back to id
 * @param clearance the highest secrecy level the person may receive
 * @param roles roles the person can fill, e.g. {@code 办公室主任}, {@code 财务分管领导}
 */
public record Person(String id, String name, String departmentId, String title, int rank, SecrecyLevel clearance,
    Set<String> roles) {

  /**
   * Creates a person.
   *
   * @throws IllegalArgumentException if an id or name is blank or the rank is below 1
   * @param clearance the highest secrecy level the person may receive
   * @param departmentId the department the person belongs to
   * @param id a unique id
   * @param name the name shown in explanations
   * @param rank protocol order among people: 1 is the most senior; equal ranks fall back to id
   * @param roles roles the person can fill, e.g. {@code 办公室主任}, {@code 财务分管领导}
   * @param title the position (职务), e.g. 副县长, 主任, 科员
   */
  public Person {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(departmentId, "departmentId");
    requireNonNull(title, "title");
    requireNonNull(clearance, "clearance");
    roles = ImmutableSet.copyOf(requireNonNull(roles, "roles"));
    checkArgument(!id.isBlank(), "person id must not be blank");
    checkArgument(!name.isBlank(), "name of person %s must not be blank", id);
    checkArgument(rank >= 1, "rank of person %s must be >= 1 but was %s", id, rank);
  }

  @Override
  public String toString() {
    return name + " (" + title + ", " + id + ")";
  }
}
