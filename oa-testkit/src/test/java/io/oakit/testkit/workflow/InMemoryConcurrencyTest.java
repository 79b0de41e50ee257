package io.oakit.testkit.workflow;

import io.oakit.spi.Transactor;
import io.oakit.spi.memory.InMemoryStorage;
import java.util.Collections;
import java.util.List;


class InMemoryConcurrencyTest extends ConcurrencySuite {
  @Override
  protected List<Transactor> hostInstances(int instances) {
    return Collections.nCopies(instances, new InMemoryStorage());
  }
}
