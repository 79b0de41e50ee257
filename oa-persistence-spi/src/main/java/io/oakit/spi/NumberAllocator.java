package io.oakit.spi;

/**
 * Hands out document numbers (发文字号). Obtained from a {@link UnitOfWork}.
 *
 * <ul>
 *   <li><b>R4.1</b> each {@code (unitCode, year)} has its own sequence 1, 2, 3, …; no number is ever
 *       given to two committed units of work, also under concurrency and across processes sharing the
 *       store.
 *   <li><b>R4.2</b> a number allocated in a unit of work that rolls back is not issued: it may be
 *       handed out again (the in-memory store does; a store that cannot must leave a gap).
 * </ul>
 */
public interface NumberAllocator {

  /**
   * The next number of a unit and year (R4.1, R4.2).
   *
   * @param unitCode the unit's code
   * @param year the year
   * @return the number
   */
  DocumentNumber next(String unitCode, int year);
}
