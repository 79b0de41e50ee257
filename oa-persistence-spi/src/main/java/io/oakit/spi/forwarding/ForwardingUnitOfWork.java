package io.oakit.spi.forwarding;

import static java.util.Objects.requireNonNull;

import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditLog;
import io.oakit.spi.IdempotencyStore;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.UnitOfWork;

/** A unit of work that forwards every call to another; override what a decorator changes. */
public abstract class ForwardingUnitOfWork implements UnitOfWork {

  private final UnitOfWork delegate;

  /** @param delegate the unit of work calls go to */
  protected ForwardingUnitOfWork(UnitOfWork delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  /** @return the unit of work calls go to */
  protected UnitOfWork delegate() {
    return delegate;
  }

  @Override
  public AggregateStore aggregates() {
    return delegate.aggregates();
  }

  @Override
  public AuditLog audit() {
    return delegate.audit();
  }

  @Override
  public NumberAllocator numbers() {
    return delegate.numbers();
  }

  @Override
  public IdempotencyStore idempotency() {
    return delegate.idempotency();
  }
}
