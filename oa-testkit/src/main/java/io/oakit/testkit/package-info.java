/**
 * Test support for hosts: jqwik Arbitraries for domain types and the SPI contract test kit. Filled in by the persistence issue.
 */
package io.oakit.testkit;
