package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.workflow.FaultInjectionSuite;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The workflow's fault-injection suite on the JDBC store: embedded H2 and a real PostgreSQL. */
class JdbcFaultInjectionTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Nested
  class OnH2 extends FaultInjectionSuite {
    @Override
    protected Transactor newStore() {
      return H2StorageContractTest.freshH2();
    }
  }

  @Nested
  class OnPostgres extends FaultInjectionSuite {
    @Override
    protected Transactor newStore() {
      return PostgresStorageContractTest.freshPostgres(postgres);
    }
  }
}
