package io.oakit.core.routing;

import static java.util.Objects.requireNonNull;

import io.oakit.core.document.DocumentProfile;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * Orders a person's pending documents, most pressing on top (circulation rule 2: 按轻重缓急排序):
 * by urgency (特急 first), then the nearest deadline (documents without one last), then the higher
 * secrecy level (standing in for importance), then the earlier arrival, then the id. A total,
 * deterministic order.
 */
public final class TrayOrder implements Comparator<TrayOrder.Item> {

  /** The order. */
  public static final TrayOrder INSTANCE = new TrayOrder();

  /**
   * A pending document.
   *
   * @param profile the document
   * @param due its deadline, if it has one
   */
  public record Item(DocumentProfile profile, Optional<LocalDateTime> due) {
    /** Checks the arguments. */
    public Item {
      requireNonNull(profile, "profile");
      requireNonNull(due, "due");
    }
  }

  private static final Comparator<Item> ORDER = Comparator
      .comparing((Item i) -> i.profile().urgency())
      .thenComparing(i -> i.due().orElse(LocalDateTime.MAX))
      .thenComparing((Item i) -> i.profile().secrecy(), Comparator.reverseOrder())
      .thenComparing(i -> i.profile().receivedAt())
      .thenComparing(i -> i.profile().id());

  private TrayOrder() {}

  @Override
  public int compare(Item a, Item b) {
    return ORDER.compare(a, b);
  }
}
