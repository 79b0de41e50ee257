package io.oakit.examples.spring;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oakit.persistence.jdbc.JdbcStorage;
import io.oakit.spi.Transactor;
import io.oakit.testkit.StorageContract;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The JDBC store joined to Spring's transactions, as the Spring Boot example wires it
 * ({@link SpringTransactor} over a store that joins host transactions), passes the SPI's contract
 * kit on PostgreSQL: atomic units of work, nesting refused, no lost update between two instances.
 */
class SpringJoinedStorageContractTest extends StorageContract {

  private String database;

  @Override
  protected Transactor newStorage() {
    database = SharedPostgres.freshDatabase();
    return instance();
  }

  private Transactor instance() {
    DataSource raw = SharedPostgres.server().getDatabase("postgres", database);
    HikariConfig config = new HikariConfig();
    config.setDataSource(raw);
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(0);
    HikariDataSource pool = new HikariDataSource(config);
    JdbcStorage store = JdbcStorage.builder(new TransactionAwareDataSourceProxy(pool)).joinHostTransactions().build();
    return new SpringTransactor(store, new DataSourceTransactionManager(pool));
  }

  @Override
  protected Optional<Transactor> reopen(Transactor storage) {
    return Optional.of(instance());
  }

  @Override
  protected Optional<Transactor> secondInstance(Transactor storage) {
    return Optional.of(instance());
  }
}
