package io.oakit.persistence.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.workflow.OutboxSuite;
import org.junit.jupiter.api.Nested;

/** The workflow's outbox suite on the JDBC store: embedded H2 and a real PostgreSQL. */
class JdbcOutboxTest {

  @Nested
  class OnH2 extends OutboxSuite {
    @Override
    protected Transactor newStore() {
      return TestDatabases.store(TestDatabases.freshH2(), Dialect.H2, 20);
    }
  }

  @Nested
  class OnPostgres extends OutboxSuite {
    @Override
    protected Transactor newStore() {
      return TestDatabases.store(TestDatabases.freshPostgres(), Dialect.POSTGRESQL, 20);
    }
  }
}
