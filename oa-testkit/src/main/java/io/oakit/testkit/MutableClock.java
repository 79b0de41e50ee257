package io.oakit.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock a test sets and moves, in one zone (Asia/Shanghai unless given). Thread-safe: every host
 * instance of a multi-instance test may share one.
 */
public final class MutableClock extends Clock {

  /** China Standard Time, the zone of the offices. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final ZoneId zone;
  private volatile Instant now;

  /** @param start the local date-time to start at, in Asia/Shanghai */
  public MutableClock(LocalDateTime start) {
    this(start, SHANGHAI);
  }

  /**
   * @param start the local date-time to start at
   * @param zone the clock's zone
   */
  public MutableClock(LocalDateTime start, ZoneId zone) {
    this.zone = requireNonNull(zone, "zone");
    set(start);
  }

  /** @param t the local date-time it is now, in the clock's zone */
  public void set(LocalDateTime t) {
    now = requireNonNull(t, "t").atZone(zone).toInstant();
  }

  /** @param instant the instant it is now */
  public void set(Instant instant) {
    now = requireNonNull(instant, "instant");
  }

  /** @param by how far to move the clock (may be negative) */
  public void advance(Duration by) {
    now = now.plus(requireNonNull(by, "by"));
  }

  /** @return the local date-time it is now, in the clock's zone */
  public LocalDateTime localNow() {
    return LocalDateTime.ofInstant(now, zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock, moved together, seen in another zone is not offered: offices work in one zone. */
  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : Clock.fixed(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public String toString() {
    return "MutableClock[" + localNow() + " " + zone + "]";
  }
}
