package io.oakit.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 3 host embedding OA Kit over PostgreSQL: the county office's configuration, the JDBC
 * store joined to Spring's transactions ({@link SpringTransactor}), REST endpoints for a person's
 * tray, signing for and registering incoming documents and a supervision item's lifecycle
 * ({@link OfficeController}), and escalations with notification delivery run by db-scheduler, once
 * per turn whatever the number of application instances ({@link OfficeScheduling}).
 *
 * <p>Run it with {@code spring.datasource.url} (and user, password) pointing at a PostgreSQL
 * database; see {@code docs/integration.md}.
 */
@SpringBootApplication
public class OfficeApplication {

  /**
   * @param args Spring Boot's arguments, e.g. {@code --spring.datasource.url=jdbc:postgresql://…}
   */
  public static void main(String[] args) {
    SpringApplication.run(OfficeApplication.class, args);
  }
}
