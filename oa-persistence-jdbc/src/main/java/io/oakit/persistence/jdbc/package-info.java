/**
 * A JDBC implementation of the persistence SPI for embedded H2 and PostgreSQL, with versioned SQL
 * migrations; it passes the contract test kit on both databases.
 */
package io.oakit.persistence.jdbc;
