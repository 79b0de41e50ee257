/**
 * Storage interfaces (SPI) that host systems implement to keep OA Kit's state in their own storage. Filled in by the persistence issue.
 */
package io.oakit.spi;
