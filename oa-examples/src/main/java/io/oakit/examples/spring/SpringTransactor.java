package io.oakit.examples.spring;

import static java.util.Objects.requireNonNull;

import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's transactions joined to Spring's: every unit of work runs in a
 * {@link TransactionTemplate} (propagation REQUIRED), on the connection Spring's transaction manager
 * bound to the thread, over a JDBC store built with
 * {@code JdbcStorage.builder(new TransactionAwareDataSourceProxy(dataSource)).joinHostTransactions()}.
 * A command issued from a host's own {@code @Transactional} method commits or rolls back with the
 * host's writes; issued on its own, it is one transaction, and the workflow retries it on a
 * transient failure.
 */
public final class SpringTransactor implements Transactor {

  private final Transactor store;
  private final TransactionTemplate transactions;

  /**
   * @param store the JDBC store, joining host transactions
   * @param manager Spring's transaction manager over the same data source
   */
  public SpringTransactor(Transactor store, PlatformTransactionManager manager) {
    this.store = requireNonNull(store, "store");
    this.transactions = new TransactionTemplate(requireNonNull(manager, "manager"));
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
  }

  @Override
  public <T> T inTransaction(UnitOfWork.Work<T> work) {
    requireNonNull(work, "work");
    return transactions.execute(status -> store.inTransaction(work));
  }
}
