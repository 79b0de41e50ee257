package io.oakit.core.supervision.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.supervision.ItemFacts;
import io.oakit.core.supervision.SupervisionEvent;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.Timeliness;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The units stalling on their items (推诿扯皮, 拖延), for the leader: open items overdue by more
 * than N working days, or whose unit was urged more than M times.
 */
public final class StallingReport {

  /**
   * One stalling unit on one item.
   *
   * @param unit the unit
   * @param itemId the item
   * @param overdueWorkingDays working days overdue so far (0 if not overdue)
   * @param urgings how often this unit was urged on the item
   * @param why a readable reason
   */
  public record Entry(String unit, String itemId, int overdueWorkingDays, int urgings, String why) {
    /**
     * Checks the arguments.
    *
    * @param itemId the item
    * @param overdueWorkingDays working days overdue so far (0 if not overdue)
    * @param unit the unit
    * @param urgings how often this unit was urged on the item
    * @param why a readable reason
     */
    public Entry {
      requireNonNull(unit, "unit");
      requireNonNull(itemId, "itemId");
      requireNonNull(why, "why");
    }
  }

  private StallingReport() {}

  /**
   * Finds the stalling units.
   *
   * @param items the items
   * @param asOf the instant
   * @param overdueMoreThan report open items overdue by more than this many working days (lead unit)
   * @param urgedMoreThan report units urged more than this many times on an open item
   * @return the entries, by unit then item
   */
  public static ImmutableList<Entry> find(Iterable<SupervisionItem> items, LocalDateTime asOf, int overdueMoreThan,
      int urgedMoreThan) {
    requireNonNull(items, "items");
    requireNonNull(asOf, "asOf");
    checkArgument(overdueMoreThan >= 0, "overdueMoreThan must be >= 0 but was %s", overdueMoreThan);
    checkArgument(urgedMoreThan >= 0, "urgedMoreThan must be >= 0 but was %s", urgedMoreThan);
    List<Entry> out = new ArrayList<>();
    for (SupervisionItem item : items) {
      ItemFacts f = item.facts(asOf);
      if (f.timeliness() != Timeliness.OPEN && f.timeliness() != Timeliness.OPEN_OVERDUE) {
        continue;
      }
      for (String unit : item.units()) {
        int urgings = 0;
        for (SupervisionEvent.Urged u : item.events(SupervisionEvent.Urged.class)) {
          if (u.unit().equals(unit) && !u.at().isAfter(asOf)) {
            urgings++;
          }
        }
        boolean lead = unit.equals(item.leadUnit().orElseThrow());
        int overdue = lead ? f.lateWorkingDays() : 0;
        List<String> why = new ArrayList<>();
        if (overdue > overdueMoreThan) {
          why.add("overdue " + overdue + " working days (limit " + overdueMoreThan + ")");
        }
        if (urgings > urgedMoreThan) {
          why.add("urged " + urgings + " times (limit " + urgedMoreThan + ")");
        }
        if (!why.isEmpty()) {
          out.add(new Entry(unit, item.id(), overdue, urgings, String.join("; ", why)));
        }
      }
    }
    out.sort(Comparator.comparing(Entry::unit).thenComparing(Entry::itemId));
    return ImmutableList.copyOf(out);
  }
}
