package io.oakit.workflow;

import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;

class InMemoryStorableInputTest extends StorableInputSuite {
  @Override
  protected Transactor newStore() {
    return new InMemoryStorage();
  }
}
