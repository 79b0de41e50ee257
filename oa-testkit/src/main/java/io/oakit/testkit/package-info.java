/**
 * Test support for hosts: the persistence SPI's contract test kit
 * ({@link io.oakit.testkit.StorageContract}), to extend with a factory for the host's store. No
 * method accepts or returns {@code null}.
 */
package io.oakit.testkit;
