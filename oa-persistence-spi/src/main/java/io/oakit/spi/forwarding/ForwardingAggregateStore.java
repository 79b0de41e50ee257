package io.oakit.spi.forwarding;

import static java.util.Objects.requireNonNull;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** An aggregate store that forwards every call to another; override what a decorator changes. */
public abstract class ForwardingAggregateStore implements AggregateStore {

  private final AggregateStore delegate;

  /** @param delegate the store calls go to */
  protected ForwardingAggregateStore(AggregateStore delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  /** @return the store calls go to */
  protected AggregateStore delegate() {
    return delegate;
  }

  @Override
  public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
    return delegate.insert(kind, id, payload, index);
  }

  @Override
  public Optional<Aggregate> find(AggregateKind kind, String id) {
    return delegate.find(kind, id);
  }

  @Override
  public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
    return delegate.update(kind, id, expectedVersion, payload, index);
  }

  @Override
  public Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page) {
    return delegate.openOverdue(kind, at, page);
  }

  @Override
  public Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate fromInclusive,
      LocalDate toExclusive, Page.Request page) {
    return delegate.byUnitAndPeriod(kind, unit, fromInclusive, toExclusive, page);
  }

  @Override
  public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
    return delegate.pendingFor(kind, personId, page);
  }

  @Override
  public Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page) {
    return delegate.covering(kind, day, page);
  }
}
