package io.oakit.core.shift;

import static java.util.Objects.requireNonNull;

import io.oakit.core.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text format of the Shift Scheduling Benchmark of Curtois &amp; Qu (the instances in
 * {@code shared/data/shift-scheduling/}): sections {@code SECTION_HORIZON}, {@code SECTION_SHIFTS},
 * {@code SECTION_STAFF}, {@code SECTION_DAYS_OFF}, {@code SECTION_SHIFT_ON_REQUESTS},
 * {@code SECTION_SHIFT_OFF_REQUESTS}, {@code SECTION_COVER}; lines starting with {@code #} are comments. A
 * malformed line is refused with its line number.
 */
public final class CurtoisQuReader {

  private CurtoisQuReader() {}

  /**
   * @param in the text
   * @return the problem
   * @throws InvalidInputException naming the line of every problem found
   */
  public static ShiftProblem read(Reader in) {
    requireNonNull(in, "in");
    List<String> problems = new ArrayList<>();
    String section = "";
    int days = 0;
    List<ShiftProblem.ShiftType> shifts = new ArrayList<>();
    List<String[]> staffRows = new ArrayList<>();
    List<Integer> staffLines = new ArrayList<>();
    Map<String, Set<Integer>> daysOff = new HashMap<>();
    List<ShiftProblem.Request> on = new ArrayList<>();
    List<ShiftProblem.Request> off = new ArrayList<>();
    List<ShiftProblem.Cover> cover = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(in)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("SECTION_")) {
          section = t;
          continue;
        }
        String[] f = t.split(",", -1);
        try {
          switch (section) {
            case "SECTION_HORIZON" -> days = Integer.parseInt(f[0].strip());
            case "SECTION_SHIFTS" -> {
              Set<String> cannot = new LinkedHashSet<>();
              if (f.length > 2) {
                for (String s : f[2].split("\\|")) {
                  if (!s.isBlank()) {
                    cannot.add(s.strip());
                  }
                }
              }
              shifts.add(new ShiftProblem.ShiftType(f[0].strip(), Integer.parseInt(f[1].strip()), cannot));
            }
            case "SECTION_STAFF" -> {
              if (f.length != 8) {
                throw new IllegalArgumentException("expected 8 fields but found " + f.length);
              }
              staffRows.add(f);
              staffLines.add(n);
            }
            case "SECTION_DAYS_OFF" -> {
              Set<Integer> d = daysOff.computeIfAbsent(f[0].strip(), k -> new LinkedHashSet<>());
              for (int i = 1; i < f.length; i++) {
                if (!f[i].isBlank()) {
                  d.add(Integer.parseInt(f[i].strip()));
                }
              }
            }
            case "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS" -> {
              ShiftProblem.Request q = new ShiftProblem.Request(f[0].strip(), Integer.parseInt(f[1].strip()),
                  f[2].strip(), Integer.parseInt(f[3].strip()));
              (section.equals("SECTION_SHIFT_ON_REQUESTS") ? on : off).add(q);
            }
            case "SECTION_COVER" -> cover.add(new ShiftProblem.Cover(Integer.parseInt(f[0].strip()), f[1].strip(),
                Integer.parseInt(f[2].strip()), Integer.parseInt(f[3].strip()), Integer.parseInt(f[4].strip())));
            default -> throw new IllegalArgumentException("data outside a known section");
          }
        } catch (RuntimeException e) {
          problems.add("line " + n + ": " + e.getMessage() + " in '" + t + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ShiftProblem.Staff> staff = new ArrayList<>();
    for (int i = 0; i < staffRows.size(); i++) {
      String[] f = staffRows.get(i);
      try {
        Map<String, Integer> max = new LinkedHashMap<>();
        for (String part : f[1].split("\\|")) {
          String[] kv = part.split("=");
          max.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
        }
        String id = f[0].strip();
        staff.add(new ShiftProblem.Staff(id, max, Integer.parseInt(f[2].strip()), Integer.parseInt(f[3].strip()),
            Integer.parseInt(f[4].strip()), Integer.parseInt(f[5].strip()), Integer.parseInt(f[6].strip()),
            Integer.parseInt(f[7].strip()), daysOff.getOrDefault(id, Set.of())));
      } catch (RuntimeException e) {
        problems.add("line " + staffLines.get(i) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("shift scheduling instance", problems);
    }
    try {
      return new ShiftProblem(days, shifts, staff, on, off, cover);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("shift scheduling instance", List.of(e.getMessage()));
    }
  }
}
