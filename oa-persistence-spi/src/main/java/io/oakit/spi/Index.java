package io.oakit.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * What the queries of the SPI search by, stored beside an aggregate's payload. The workflow fills it
 * in; a host stores it in columns (or fields) it can index.
 *
 * @param open whether the aggregate is still open (not closed, archived or cancelled)
 * @param dueAt when it falls due, if it has a deadline
 * @param unit the unit responsible (e.g. the lead unit of a supervision item), if any
 * @param pendingFor the people who have it in their tray now
 * @param fromInclusive the first day it covers (e.g. a roster's first duty day), if any
 * @param toExclusive the day after the last day it covers, if any
 */
public record Index(boolean open, Optional<LocalDateTime> dueAt, Optional<String> unit, Set<String> pendingFor,
    Optional<LocalDate> fromInclusive, Optional<LocalDate> toExclusive) {

  /** An index with nothing to search by. */
  public static final Index NONE = new Index(false, Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
      Optional.empty());

  /**
   * Checks the arguments.
   *
   * @throws IllegalArgumentException if the days are reversed or only one is given
   * @param open whether the aggregate is still open (not closed, archived or cancelled)
   * @param dueAt when it falls due, if it has a deadline
   * @param unit the unit responsible (e.g. the lead unit of a supervision item), if any
   * @param pendingFor the people who have it in their tray now
   * @param fromInclusive the first day it covers (e.g. a roster's first duty day), if any
   * @param toExclusive the day after the last day it covers, if any
   */
  public Index {
    requireNonNull(dueAt, "dueAt");
    requireNonNull(unit, "unit");
    pendingFor = ImmutableSortedSet.copyOf(requireNonNull(pendingFor, "pendingFor"));
    requireNonNull(fromInclusive, "fromInclusive");
    requireNonNull(toExclusive, "toExclusive");
    checkArgument(fromInclusive.isPresent() == toExclusive.isPresent(), "give both days of the span or neither");
    if (fromInclusive.isPresent()) {
      checkArgument(toExclusive.get().isAfter(fromInclusive.get()), "span %s..%s is empty or reversed",
          fromInclusive.get(), toExclusive.get());
    }
  }
}
