/** The in-memory reference implementation of the SPI. */
package io.oakit.spi.memory;
