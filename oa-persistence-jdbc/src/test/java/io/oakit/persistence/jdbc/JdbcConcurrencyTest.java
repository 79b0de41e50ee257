package io.oakit.persistence.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.workflow.ConcurrencySuite;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/**
 * The workflow's concurrency suite on the JDBC store: several host instances, each with its own
 * store and connection pool, over one embedded H2 database and over one real PostgreSQL database.
 */
class JdbcConcurrencyTest {

  private static List<Transactor> instances(DataSource database, Dialect dialect, int instances) {
    List<Transactor> stores = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      stores.add(TestDatabases.store(database, dialect, 4));
    }
    return stores;
  }

  @Nested
  class OnH2 extends ConcurrencySuite {
    @Override
    protected List<Transactor> hostInstances(int instances) {
      return instances(TestDatabases.freshH2(), Dialect.H2, instances);
    }
  }

  @Nested
  class OnPostgres extends ConcurrencySuite {
    @Override
    protected List<Transactor> hostInstances(int instances) {
      return instances(TestDatabases.freshPostgres(), Dialect.POSTGRESQL, instances);
    }
  }
}
