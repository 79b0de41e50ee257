package io.oakit.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Whom a route step goes to, resolved against an organisation at routing time. Plain data. */
public sealed interface Target {

  /**
   * A readable form.
   *
   * @return the description
   */
  String describe();

  /**
   * @param personId the person
   * @return a named person
   */
  static Target person(String personId) {
    return new Person(personId);
  }

  /**
   * @param area the area
   * @return the leader in charge (分管领导) of the area
   */
  static Target leaderInCharge(String area) {
    return new LeaderInCharge(area);
  }

  /** @return the leaders in charge of each area the document concerns */
  static Target leadersOfDocumentAreas() {
    return DocumentAreaLeaders.INSTANCE;
  }

  /**
   * @param departmentId the department
   * @return its head
   */
  static Target headOf(String departmentId) {
    return new HeadOf(departmentId);
  }

  /**
   * @param role the role
   * @return the most senior eligible person who can fill the role
   */
  static Target role(String role) {
    return new Role(role);
  }

  /**
   * @param role the role
   * @return everyone who can fill the role (e.g. the members of a meeting), in protocol order
   */
  static Target allWithRole(String role) {
    return new AllWithRole(role);
  }

  /** @param role the role */
  record AllWithRole(String role) implements Target {
    /**
     * @throws IllegalArgumentException if blank
    * @param role the role
     */
    public AllWithRole {
      checkArgument(!requireNonNull(role, "role").isBlank(), "role must not be blank");
    }

    @Override
    public String describe() {
      return "everyone with role " + role;
    }
  }

  /** @param personId the person */
  record Person(String personId) implements Target {
    /**
     * @throws IllegalArgumentException if blank
    * @param personId the person
     */
    public Person {
      checkArgument(!requireNonNull(personId, "personId").isBlank(), "personId must not be blank");
    }

    @Override
    public String describe() {
      return "person " + personId;
    }
  }

  /** @param area the area */
  record LeaderInCharge(String area) implements Target {
    /**
     * @throws IllegalArgumentException if blank
    * @param area the area
     */
    public LeaderInCharge {
      checkArgument(!requireNonNull(area, "area").isBlank(), "area must not be blank");
    }

    @Override
    public String describe() {
      return "leader in charge of " + area;
    }
  }

  /** The leaders in charge of the document's areas. */
  enum DocumentAreaLeaders implements Target {
    /** The only instance. */
    INSTANCE;

    @Override
    public String describe() {
      return "leaders in charge of the document's areas";
    }
  }

  /** @param departmentId the department */
  record HeadOf(String departmentId) implements Target {
    /**
     * @throws IllegalArgumentException if blank
    * @param departmentId the department
     */
    public HeadOf {
      checkArgument(!requireNonNull(departmentId, "departmentId").isBlank(), "departmentId must not be blank");
    }

    @Override
    public String describe() {
      return "head of " + departmentId;
    }
  }

  /** @param role the role */
  record Role(String role) implements Target {
    /**
     * @throws IllegalArgumentException if blank
    * @param role the role
     */
    public Role {
      checkArgument(!requireNonNull(role, "role").isBlank(), "role must not be blank");
    }

    @Override
    public String describe() {
      return "role " + role;
    }
  }
}
