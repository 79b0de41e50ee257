package io.oakit.persistence.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.workflow.StorableInputSuite;
import org.junit.jupiter.api.Nested;

/** The workflow's limits on the JDBC store: what the in-memory store accepts, H2 and PostgreSQL accept. */
class JdbcStorableInputTest {

  @Nested
  class OnH2 extends StorableInputSuite {
    @Override
    protected Transactor newStore() {
      return TestDatabases.store(TestDatabases.freshH2(), Dialect.H2, 20);
    }
  }

  @Nested
  class OnPostgres extends StorableInputSuite {
    @Override
    protected Transactor newStore() {
      return TestDatabases.store(TestDatabases.freshPostgres(), Dialect.POSTGRESQL, 20);
    }
  }
}
