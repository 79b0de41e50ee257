package io.oakit.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name and schema version an event is stored under (see {@code docs/storage-format.md}).
 * The name is chosen once and never changes, whatever the Java class is called later; the version
 * goes up by one whenever a stored field changes meaning, type or name (adding an optional field does
 * not need a new version), and the library then ships an upcaster from the previous version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

  /**
   * The stored type name, e.g. {@code incoming.registered}.
   *
   * @return the name
   */
  String name();

  /**
   * The schema version of the current Java shape, starting at 1.
   *
   * @return the version
   */
  int version() default 1;
}
