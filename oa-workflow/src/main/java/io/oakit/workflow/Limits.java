package io.oakit.workflow;

import io.oakit.core.InvalidInputException;
import io.oakit.spi.StorageLimits;
import io.oakit.workflow.internal.EventCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every text of a command against what every store holds ({@link StorageLimits}) before
 * anything is written: no U+0000, no lone surrogate, ids and keys short enough to be stored with the
 * prefixes and suffixes the workflow adds to them.
 */
final class Limits {

  /** The longest id a command may name (a person, unit, document, item, roster, request, unit code). */
  static final int MAX_ID = 128;
  /** The longest idempotency key a command may carry. */
  static final int MAX_KEY = 255;
  /** The longest free text of a command (a subject, a note) where its own constraint allows more. */
  static final int MAX_TEXT = 65_536;
  /** The longest configuration document a command may carry (an organisation of some thousand people). */
  static final int MAX_DOCUMENT = 2_000_000;

  /** The components that hold ids (names of people, units, documents …), whatever the command. */
  private static final Set<String> ID_FIELDS = Set.of("actor", "onBehalfOf", "documentId", "itemId", "rosterId",
      "requestId", "readers", "signers", "signer", "recipients", "substitute", "to", "unit", "units", "leadUnit",
      "coUnits", "handlingDepartment", "unitCode", "issuingUnit", "superviseAsItem", "tags", "areas");

  private Limits() {}

  /**
   * @param command a command record
   * @throws InvalidInputException naming every field that cannot be stored
   */
  static void check(Record command) {
    List<String> problems = new ArrayList<>();
    walk(command, "", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(command.getClass().getSimpleName(), problems);
    }
  }

  private static void walk(Record r, String prefix, List<String> problems) {
    EventCodec.components(r).forEach((name, v) -> {
      int max = name.equals("idempotencyKey") ? MAX_KEY : ID_FIELDS.contains(name) ? MAX_ID
          : r instanceof ConfigurationCommands.SaveVersion && name.equals("document") ? MAX_DOCUMENT : MAX_TEXT;
      value(v, prefix.isEmpty() ? name : prefix + name, max, problems);
    });
  }

  private static void value(Object v, String path, int max, List<String> problems) {
    if (v instanceof String s) {
      StorageLimits.problem(s, max).ifPresent(p -> problems.add(path + ": " + p));
    } else if (v instanceof Optional<?> o) {
      o.ifPresent(x -> value(x, path, max, problems));
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        value(l.get(i), path + "[" + i + "]", max, problems);
      }
    } else if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> value(x, path + "." + k, max, problems));
    } else if (v instanceof Record rec) {
      walk(rec, path + ".", problems);
    }
  }
}
