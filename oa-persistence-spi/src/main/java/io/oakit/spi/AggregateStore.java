package io.oakit.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Keeps aggregates: documents, circulations, supervision items, roster versions, rule sets and
 * calendars, each as a versioned payload with an {@link Index}. Obtained from a {@link UnitOfWork};
 * every call takes part in that unit's transaction.
 *
 * <h2>Rules (checked by the contract test kit, {@code io.oakit.testkit.StorageContract})</h2>
 * <ul>
 *   <li><b>R1.1</b> {@code insert} stores version 1 and returns the stored aggregate.
 *   <li><b>R1.2</b> {@code insert} of an id already used in its kind throws
 *       {@link DuplicateAggregateException} and changes nothing.
 *   <li><b>R1.3</b> {@code find} returns exactly what was last written: the payload as an equal JSON
 *       value (member order and white space may differ; the text of every string kept character for
 *       character: any Unicode text but U+0000, including characters outside the Basic Multilingual
 *       Plane, control characters and every line separator, up to {@link StorageLimits}), and an equal
 *       index.
 *   <li><b>R1.4</b> {@code update} with the current version writes version + 1.
 *   <li><b>R1.5</b> {@code update} with any other version throws {@link StaleVersionException} with
 *       the expected and actual versions and changes nothing: no update is ever lost, also when many
 *       threads or processes update the same aggregate.
 *   <li><b>R1.6</b> {@code update} of an aggregate that does not exist throws
 *       {@link io.oakit.core.UnknownReferenceException}.
 *   <li><b>R5.1–R5.4</b> the queries below return exactly the aggregates their Javadoc names, in the
 *       stated order.
 *   <li><b>R5.5</b> paging is stable: the pages of a query, followed by their cursors, list every
 *       matching aggregate exactly once, in order, also when an aggregate is written between pages (a
 *       cursor after the last item, not an offset).
 *   <li><b>R1.7</b> ids are compared exactly: case, and leading or trailing spaces, make another id
 *       (idempotency keys likewise); ids of up to {@link StorageLimits#MAX_ID_LENGTH} are held.
 *   <li><b>R1.8</b> a payload far longer than 65,535 characters comes back whole (up to
 *       {@link StorageLimits#MAX_PAYLOAD_LENGTH}).
 *   <li><b>R1.9</b> a payload holding what is not text (a lone surrogate; {@link StorageLimits}) is
 *       kept exactly or refused with an exception, keeping nothing; never silently changed (a
 *       driver's replacement {@code '?'}).
 *   <li><b>R5.6</b> an update replaces the index in every query.
 *   <li><b>R5.7</b> queries answer for their kind only, whatever other kinds hold.
 *   <li><b>R5.8</b> {@code pendingFor} lists items without a due instant after the dated ones, by id,
 *       and pages through them like any others.
 *   <li><b>R5.9</b> {@code openOverdue} means due strictly before the instant, to the nanosecond.
 * </ul>
 */
public interface AggregateStore {

  /**
   * Inserts an aggregate at version 1 (R1.1, R1.2).
   *
   * @param kind the kind
   * @param id the id, unique within the kind
   * @param payload the encoded aggregate
   * @param index what queries search by
   * @return the stored aggregate
   * @throws DuplicateAggregateException if the id is taken
   */
  Aggregate insert(AggregateKind kind, String id, String payload, Index index);

  /**
   * Finds an aggregate (R1.3).
   *
   * @param kind the kind
   * @param id the id
   * @return the aggregate as last written, or empty
   */
  Optional<Aggregate> find(AggregateKind kind, String id);

  /**
   * Replaces an aggregate if it is still at the expected version (R1.4–R1.6).
   *
   * @param kind the kind
   * @param id the id
   * @param expectedVersion the version the caller read
   * @param payload the new payload
   * @param index the new index
   * @return the stored aggregate, at {@code expectedVersion + 1}
   * @throws StaleVersionException if the current version is another
   * @throws io.oakit.core.UnknownReferenceException if there is no such aggregate
   */
  Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index);

  /**
   * R5.1: open aggregates of a kind whose due instant is before {@code at}, by due instant then id.
   *
   * @param kind the kind
   * @param at the instant
   * @param page which page
   * @return the page
   */
  Page<Aggregate> openOverdue(AggregateKind kind, LocalDateTime at, Page.Request page);

  /**
   * R5.2: aggregates of a kind for a unit whose due date lies in {@code [fromInclusive, toExclusive)},
   * by due instant then id.
   *
   * @param kind the kind
   * @param unit the unit
   * @param fromInclusive the first day
   * @param toExclusive the day after the last
   * @param page which page
   * @return the page
   */
  Page<Aggregate> byUnitAndPeriod(AggregateKind kind, String unit, LocalDate fromInclusive, LocalDate toExclusive,
      Page.Request page);

  /**
   * R5.3: open aggregates of a kind in a person's tray ({@link Index#pendingFor()}), by due instant
   * (those without one last) then id.
   *
   * @param kind the kind
   * @param personId the person
   * @param page which page
   * @return the page
   */
  Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page);

  /**
   * R5.4: aggregates of a kind whose span ({@link Index#fromInclusive()}..{@link Index#toExclusive()})
   * covers a day, by first day then id.
   *
   * @param kind the kind
   * @param day the day
   * @param page which page
   * @return the page
   */
  Page<Aggregate> covering(AggregateKind kind, LocalDate day, Page.Request page);
}
