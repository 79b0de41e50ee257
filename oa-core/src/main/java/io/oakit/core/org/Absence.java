package io.oakit.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * An interval in which a person is away, half-open, with an optional deputy (代理人) who acts for
 * them meanwhile.
 *
 * @param personId who is away
 * @param startInclusive from when
 * @param endExclusive until when (back at this instant)
 * @param kind why
 * @param deputyId who deputises, if anyone
 */
public record Absence(String personId, LocalDateTime startInclusive, LocalDateTime endExclusive, AbsenceKind kind,
    Optional<String> deputyId) {

  /**
   * Creates an absence.
   *
   * @throws IllegalArgumentException if the interval is empty or reversed, or the deputy is the person
   * @param personId who is away
   * @param startInclusive from when
   * @param endExclusive until when (back at this instant)
   * @param kind why
   * @param deputyId who deputises, if anyone
   */
  public Absence {
    requireNonNull(personId, "personId");
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    requireNonNull(kind, "kind");
    requireNonNull(deputyId, "deputyId");
    checkArgument(endExclusive.isAfter(startInclusive),
        "absence of %s must end after it starts but was %s..%s", personId, startInclusive, endExclusive);
    checkArgument(!deputyId.equals(Optional.of(personId)), "%s cannot deputise for themselves", personId);
  }

  /**
   * Whether the instant lies inside the absence.
   *
   * @param at the instant
   * @return true if away at {@code at}
   */
  public boolean covers(LocalDateTime at) {
    return !at.isBefore(startInclusive) && at.isBefore(endExclusive);
  }
}
