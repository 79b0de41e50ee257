package io.oakit.core.routing;

import static java.util.Objects.requireNonNull;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.supervision.Importance;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * Orders a person's pending documents, most pressing on top (circulation rule 2: 按轻重缓急排序):
 * by urgency (特急 first), then the nearest deadline (documents without one last), then importance
 * (重大, 重要, 一般 — 按重要、紧急程度摆放), then the earlier arrival, then the id. A total, deterministic order.
 * Secrecy plays no part: it says who may read a document, not how pressing it is.
 */
public final class TrayOrder implements Comparator<TrayOrder.Item> {

  /** The order. */
  public static final TrayOrder INSTANCE = new TrayOrder();

  /**
   * A pending document.
   *
   * @param profile the document
   * @param due its deadline, if it has one
   * @param importance its importance as registered
   */
  public record Item(DocumentProfile profile, Optional<LocalDateTime> due, Importance importance) {
    /**
     * Checks the arguments.
    *
    * @param due its deadline, if it has one
    * @param importance its importance as registered
    * @param profile the document
     */
    public Item {
      requireNonNull(profile, "profile");
      requireNonNull(due, "due");
      requireNonNull(importance, "importance");
    }

    /**
     * A document of ordinary importance (一般).
     *
     * @param profile the document
     * @param due its deadline, if it has one
     */
    public Item(DocumentProfile profile, Optional<LocalDateTime> due) {
      this(profile, due, Importance.GENERAL);
    }
  }

  private static final Comparator<Item> ORDER = Comparator
      .comparing((Item i) -> i.profile().urgency())
      .thenComparing(i -> i.due().orElse(LocalDateTime.MAX))
      .thenComparing(Item::importance)  // declared from 重大 to 一般
      .thenComparing(i -> i.profile().receivedAt())
      .thenComparing(i -> i.profile().id());

  private TrayOrder() {}

  @Override
  public int compare(Item a, Item b) {
    return ORDER.compare(a, b);
  }
}
