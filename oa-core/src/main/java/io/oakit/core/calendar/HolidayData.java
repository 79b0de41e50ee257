package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The holiday arrangement of one or more years as published in the State Council's annual
 * notice (关于 YYYY 年部分节假日安排的通知): days off (放假) and adjusted working days
 * (调休上班), plus the years the data is complete for.
 *
 * <p>The CSV format is the one of the bundled {@code cn-holidays.csv}: a header
 * {@code date,name,off_day}, then one row per listed day, e.g. {@code 2026-10-01,国庆节,true}
 * or {@code 2026-09-20,国庆节,false}. A day not listed follows the ordinary week. A notice may
 * list days at the end of the previous year (the 2019 notice lists 2018-12-29..31), so rows in
 * the December before the first covered year are accepted.
 *
 * <p>Immutable and thread-safe.
 */
public final class HolidayData {

  /** One listed day: its holiday name and whether it is off ({@code true}) or worked. */
  public record Entry(String name, boolean offDay) {
    /**
     * Creates an entry.
     *
     * @param name the holiday's name, e.g. 国庆节
     * @param offDay whether the day is off ({@code true}) or worked (调休)
     * @throws IllegalArgumentException if the name is blank
     */
    public Entry {
      requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "holiday name must not be blank");
    }
  }

  private static final String HEADER = "date,name,off_day";

  private final Year firstYear;
  private final Year lastYear;
  private final ImmutableSortedMap<LocalDate, Entry> entries;

  private HolidayData(Year firstYear, Year lastYear, ImmutableSortedMap<LocalDate, Entry> entries) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.entries = entries;
  }

  /**
   * Holiday data from a map, complete for the years {@code firstYear..lastYear}.
   *
   * @param firstYear the first year the data is complete for
   * @param lastYear the last year the data is complete for, not before {@code firstYear}
   * @param entries the listed days; may be empty (a year with ordinary weeks only)
   * @return the data
   * @throws IllegalArgumentException if the years are reversed or a day lies outside
   *     {@code December of firstYear-1 .. lastYear}
   */
  public static HolidayData of(Year firstYear, Year lastYear, Map<LocalDate, Entry> entries) {
    requireNonNull(firstYear, "firstYear");
    requireNonNull(lastYear, "lastYear");
    requireNonNull(entries, "entries");
    checkArgument(!lastYear.isBefore(firstYear),
        "lastYear must not be before firstYear but was %s..%s", firstYear, lastYear);
    for (Map.Entry<LocalDate, Entry> e : entries.entrySet()) {
      requireNonNull(e.getKey(), "date");
      requireNonNull(e.getValue(), "entry");
      checkArgument(inRange(e.getKey(), firstYear, lastYear),
          "day %s lies outside the covered years %s..%s (or the December before)",
          e.getKey(), firstYear, lastYear);
    }
    return new HolidayData(firstYear, lastYear, ImmutableSortedMap.copyOf(entries));
  }

  /**
   * Reads holiday data in the CSV format described above.
   *
   * @param csv the CSV text; the caller closes it
   * @param source a name for messages, e.g. the file name
   * @param firstYear the first year the data is complete for
   * @param lastYear the last year the data is complete for
   * @return the data
   * @throws HolidayDataException if the header, a date, a name or a flag is malformed, a date is
   *     listed twice, or a date lies outside the covered years; the message names the line
   * @throws UncheckedIOException if reading fails
   */
  public static HolidayData parseCsv(Reader csv, String source, Year firstYear, Year lastYear) {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    requireNonNull(firstYear, "firstYear");
    requireNonNull(lastYear, "lastYear");
    if (lastYear.isBefore(firstYear)) {
      throw new HolidayDataException(source, 0,
          "lastYear must not be before firstYear but was " + firstYear + ".." + lastYear);
    }
    Map<LocalDate, Entry> rows = new TreeMap<>();
    BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
    try {
      String header = in.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !header.trim().equals(HEADER)) {
        throw new HolidayDataException(source, 1,
            "expected header '" + HEADER + "' but found '" + header + "'");
      }
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 3) {
          throw new HolidayDataException(source, lineNo,
              "expected 3 fields date,name,off_day but found " + f.length + " in '" + line + "'");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(f[0].trim());
        } catch (DateTimeParseException e) {
          throw new HolidayDataException(source, lineNo, "bad date '" + f[0].trim() + "'");
        }
        String name = f[1].trim();
        if (name.isEmpty()) {
          throw new HolidayDataException(source, lineNo, "empty holiday name for " + date);
        }
        String flag = f[2].trim();
        if (!flag.equals("true") && !flag.equals("false")) {
          throw new HolidayDataException(source, lineNo,
              "off_day must be 'true' or 'false' but was '" + flag + "'");
        }
        if (!inRange(date, firstYear, lastYear)) {
          throw new HolidayDataException(source, lineNo, "date " + date
              + " lies outside the covered years " + firstYear + ".." + lastYear
              + " (or the December before)");
        }
        if (rows.put(date, new Entry(name, flag.equals("true"))) != null) {
          throw new HolidayDataException(source, lineNo, "date " + date + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading holiday data " + source, e);
    }
    return new HolidayData(firstYear, lastYear, ImmutableSortedMap.copyOf(rows));
  }

  /**
   * Reads one year of the open holiday-cn dataset (github.com/NateScarlet/holiday-cn), the file a
   * host can fetch the day a notice is out:
   * {@code {"year":2027,"papers":["https://www.gov.cn/…"],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},…]}}.
   * The data is complete for that year; {@code $schema} and {@code $id} are allowed, any other field
   * is refused, as is a missing or wrong field, a date outside the year (or the December before) or
   * listed twice. The message names the field by JSON Pointer, e.g. {@code /days/3/isOffDay}, or the
   * line of a syntax error.
   *
   * @param json the JSON text; the caller closes it
   * @param source a name for messages, e.g. the file name
   * @return the data
   * @throws HolidayDataException if the file is malformed
   */
  public static HolidayData parseHolidayCnJson(Reader json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new HolidayDataException(source, Math.max(line, 0), "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading holiday data " + source, e);
    }
    if (root == null || !root.isObject()) {
      throw new HolidayDataException(source, 0, "expected a JSON object with year, papers and days");
    }
    for (java.util.Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!java.util.Set.of("$schema", "$id", "year", "papers", "days").contains(f)) {
        throw new HolidayDataException(source, 0, "/" + f + ": unknown field");
      }
    }
    com.fasterxml.jackson.databind.JsonNode y = root.get("year");
    if (y == null || !y.isInt() || y.asInt() < 1949 || y.asInt() > 2200) {
      throw new HolidayDataException(source, 0, "/year: expected a year as a number but was " + y);
    }
    com.fasterxml.jackson.databind.JsonNode papers = root.get("papers");
    if (papers != null && !papers.isArray()) {
      throw new HolidayDataException(source, 0, "/papers: expected an array of notice addresses but was " + papers);
    }
    com.fasterxml.jackson.databind.JsonNode days = root.get("days");
    if (days == null || !days.isArray()) {
      throw new HolidayDataException(source, 0, "/days: expected an array but was " + days);
    }
    Year year = Year.of(y.asInt());
    Map<LocalDate, Entry> rows = new TreeMap<>();
    for (int i = 0; i < days.size(); i++) {
      com.fasterxml.jackson.databind.JsonNode d = days.get(i);
      String at = "/days/" + i;
      if (!d.isObject()) {
        throw new HolidayDataException(source, 0, at + ": expected an object but was " + d);
      }
      for (java.util.Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!java.util.Set.of("name", "date", "isOffDay").contains(f)) {
          throw new HolidayDataException(source, 0, at + "/" + f + ": unknown field");
        }
      }
      com.fasterxml.jackson.databind.JsonNode name = d.get("name");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        throw new HolidayDataException(source, 0, at + "/name: expected a holiday name but was " + name);
      }
      com.fasterxml.jackson.databind.JsonNode date = d.get("date");
      LocalDate day;
      try {
        day = LocalDate.parse(date == null || !date.isTextual() ? "" : date.asText());
      } catch (DateTimeParseException e) {
        throw new HolidayDataException(source, 0, at + "/date: expected yyyy-MM-dd but was " + date);
      }
      com.fasterxml.jackson.databind.JsonNode off = d.get("isOffDay");
      if (off == null || !off.isBoolean()) {
        throw new HolidayDataException(source, 0, at + "/isOffDay: expected true or false but was " + off);
      }
      if (!inRange(day, year, year)) {
        throw new HolidayDataException(source, 0, at + "/date: " + day + " lies outside " + year
            + " (or the December before)");
      }
      if (rows.put(day, new Entry(name.asText().trim(), off.asBoolean())) != null) {
        throw new HolidayDataException(source, 0, at + "/date: " + day + " is listed twice");
      }
    }
    return new HolidayData(year, year, ImmutableSortedMap.copyOf(rows));
  }

  /**
   * Reads one year of the holiday-cn dataset from a UTF-8 file (see {@link #parseHolidayCnJson(Reader, String)}).
   *
   * @param file the file, e.g. {@code 2027.json}
   * @return the data
   * @throws HolidayDataException if the file is malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static HolidayData parseHolidayCnJson(Path file) {
    requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parseHolidayCnJson(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("reading holiday data " + file, e);
    }
  }

  /**
   * Reads holiday data from a UTF-8 CSV file.
   *
   * @param file the file
   * @param firstYear the first year the data is complete for
   * @param lastYear the last year the data is complete for
   * @return the data
   * @throws HolidayDataException if the file is malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static HolidayData parseCsv(Path file, Year firstYear, Year lastYear) {
    requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parseCsv(r, file.toString(), firstYear, lastYear);
    } catch (IOException e) {
      throw new UncheckedIOException("reading holiday data " + file, e);
    }
  }

  private static boolean inRange(LocalDate d, Year first, Year last) {
    return !d.isBefore(first.minusYears(1).atMonth(12).atDay(1)) && !d.isAfter(last.atDay(last.length()));
  }

  /**
   * The first year this data is complete for.
   *
   * @return the year
   */
  public Year firstYear() {
    return firstYear;
  }

  /**
   * The last year this data is complete for.
   *
   * @return the year
   */
  public Year lastYear() {
    return lastYear;
  }

  /**
   * The listed days in date order.
   *
   * @return the entries
   */
  public ImmutableSortedMap<LocalDate, Entry> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return "HolidayData[" + firstYear + ".." + lastYear + ", " + entries.size() + " days]";
  }
}
