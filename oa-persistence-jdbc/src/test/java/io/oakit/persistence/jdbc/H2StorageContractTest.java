package io.oakit.persistence.jdbc;

/** The JDBC store on embedded H2 passes the contract test kit. */
class H2StorageContractTest extends JdbcStorageContract {
  H2StorageContractTest() {
    super(TestDatabases::freshH2, Dialect.H2);
  }
}
