package io.oakit.persistence.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.workflow.FaultInjectionSuite;
import org.junit.jupiter.api.Nested;

/** The workflow's fault-injection suite on the JDBC store: embedded H2 and a real PostgreSQL. */
class JdbcFaultInjectionTest {

  @Nested
  class OnH2 extends FaultInjectionSuite {
    @Override
    protected Transactor newStore() {
      return TestDatabases.store(TestDatabases.freshH2(), Dialect.H2, 20);
    }
  }

  @Nested
  class OnPostgres extends FaultInjectionSuite {
    @Override
    protected Transactor newStore() {
      return TestDatabases.store(TestDatabases.freshPostgres(), Dialect.POSTGRESQL, 20);
    }
  }
}
