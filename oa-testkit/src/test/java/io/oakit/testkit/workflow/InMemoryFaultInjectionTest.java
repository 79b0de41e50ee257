package io.oakit.testkit.workflow;

import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;


class InMemoryFaultInjectionTest extends FaultInjectionSuite {
  @Override
  protected Transactor newStore() {
    return new InMemoryStorage();
  }
}
