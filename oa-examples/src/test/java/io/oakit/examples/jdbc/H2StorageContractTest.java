package io.oakit.examples.jdbc;

import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/** The JDBC store on embedded H2 passes the contract test kit. */
class H2StorageContractTest extends StorageContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  static JdbcStorage freshH2() {
    return new JdbcStorage(freshH2Database(), Dialect.H2, 20);
  }

  /** @return a new, empty in-memory H2 database */
  static JdbcDataSource freshH2Database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tck" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Override
  protected Transactor newStorage() {
    return freshH2();
  }

  @Override
  protected Optional<AuditTamperer> auditTamperer(Transactor storage) {
    return Optional.of(((JdbcStorage) storage)::tamperWithAuditLog);
  }
}
