package io.oakit.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A stored aggregate: its kind and id, its version (1 when inserted, +1 on every update), its
 * payload (a JSON object in the workflow's stored format, see {@code docs/storage-format.md}; the
 * store keeps an equal JSON value, see R1.3 and {@link StorageLimits}) and its index.
 *
 * @param kind the kind
 * @param id the id, unique within the kind
 * @param version the version, {@code >= 1}
 * @param payload the encoded aggregate
 * @param index what the queries search by
 */
public record Aggregate(AggregateKind kind, String id, long version, String payload, Index index) {
  /**
   * Checks the arguments.
   *
   * @param kind the kind
   * @param id the id, unique within the kind
   * @param version the version, {@code >= 1}
   * @param payload the encoded aggregate
   * @param index what the queries search by
   */
  public Aggregate {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(payload, "payload");
    requireNonNull(index, "index");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(version >= 1, "version must be >= 1 but was %s", version);
  }
}
