package io.oakit.spi.forwarding;

import static java.util.Objects.requireNonNull;

import io.oakit.spi.AuditEntry;
import io.oakit.spi.AuditLog;
import java.util.List;
import java.util.Optional;

/** An audit log that forwards every call to another; override what a decorator changes. */
public abstract class ForwardingAuditLog implements AuditLog {

  private final AuditLog delegate;

  /** @param delegate the log calls go to */
  protected ForwardingAuditLog(AuditLog delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  /** @return the log calls go to */
  protected AuditLog delegate() {
    return delegate;
  }

  @Override
  public void append(AuditEntry.Event event) {
    delegate.append(event);
  }

  @Override
  public List<AuditEntry> seal(int limit) {
    return delegate.seal(limit);
  }

  @Override
  public List<AuditEntry.Unsealed> unsealed(int limit) {
    return delegate.unsealed(limit);
  }

  @Override
  public List<AuditEntry> read(long fromSequence, int limit) {
    return delegate.read(fromSequence, limit);
  }

  @Override
  public Optional<Long> verify() {
    return delegate.verify();
  }

  @Override
  public io.oakit.spi.AuditHead head() {
    return delegate.head();
  }

  @Override
  public Optional<Long> verify(io.oakit.spi.AuditHead known) {
    return delegate.verify(known);
  }
}
