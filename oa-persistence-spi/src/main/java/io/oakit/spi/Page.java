package io.oakit.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a query result, in the query's stable order, with the cursor of the next page.
 *
 * @param items the items, at most the requested size
 * @param next the cursor to pass for the next page; empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

  /**
   * Copies the list.
   *
   * @param items the items, at most the requested size
   * @param next the cursor to pass for the next page; empty on the last page
   */
  public Page {
    items = ImmutableList.copyOf(items);
    requireNonNull(next, "next");
  }

  /**
   * A request for a page.
   *
   * @param after the cursor of the previous page's {@code next}, empty for the first page
   * @param size the most items to return, 1..1000
   */
  public record Request(Optional<String> after, int size) {
    /**
     * Checks the arguments.
     *
     * @param after the cursor of the previous page's {@code next}, empty for the first page
     * @param size the most items to return, 1..1000
     */
    public Request {
      requireNonNull(after, "after");
      checkArgument(size >= 1 && size <= 1000, "page size must be in 1..1000 but was %s", size);
    }

    /**
     * @param size the page size
     * @return the first page
     */
    public static Request first(int size) {
      return new Request(Optional.empty(), size);
    }

    /**
     * @param page the previous page
     * @return the request for the page after it
     */
    public Request next(Page<?> page) {
      return new Request(page.next(), size);
    }
  }
}
