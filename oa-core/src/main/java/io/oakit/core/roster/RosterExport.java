package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Exports a roster as CSV (for the report upwards, 报备) and as iCalendar (RFC 5545) for calendar
 * apps, for the whole roster or one person. No dependency: the text is written here.
 */
public final class RosterExport {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private RosterExport() {}

  /**
   * CSV with a header {@code date,weekday,category,role,person_id,person_name,from,to}; one row per
   * filled slot in plan order; {@code from}/{@code to} are when the duty begins and ends (handover to
   * handover, or a daytime rota's own hours). Fields with a comma,
   * quote or line break are quoted.
   *
   * @param roster the roster
   * @param names person id → display name (missing names show the id)
   * @return the CSV text, lines ending in CRLF
   */
  public static String csv(Roster roster, Map<String, String> names) {
    requireNonNull(roster, "roster");
    requireNonNull(names, "names");
    StringBuilder out = new StringBuilder("date,weekday,category,role,person_id,person_name,from,to\r\n");
    roster.assignments().forEach((slot, who) -> {
      LocalDateTime from = roster.plan().dutyStart(slot);
      out.append(slot.date()).append(',').append(slot.date().getDayOfWeek()).append(',').append(slot.category())
          .append(',').append(csvField(slot.role())).append(',').append(csvField(who)).append(',')
          .append(csvField(names.getOrDefault(who, who))).append(',').append(from).append(',')
          .append(roster.plan().dutyEnd(slot)).append("\r\n");
    });
    return out.toString();
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /**
   * iCalendar (RFC 5545): one VEVENT per duty from its start to its end (handover to handover, or a daytime
   * rota's own hours), times in TZID
   * Asia/Shanghai with its VTIMEZONE (UTC+8, no daylight saving since 1991).
   *
   * @param roster the roster
   * @param personId only this person's duties, or empty for all
   * @param names person id → display name
   * @param generatedAt the DTSTAMP of every event (pass it in: the export reads no clock)
   * @return the calendar text, lines folded at 75 octets and ending in CRLF
   */
  public static String iCalendar(Roster roster, Optional<String> personId, Map<String, String> names, Instant generatedAt) {
    requireNonNull(roster, "roster");
    requireNonNull(personId, "personId");
    requireNonNull(names, "names");
    requireNonNull(generatedAt, "generatedAt");
    java.util.List<CalendarEvent> events = new java.util.ArrayList<>();
    roster.assignments().forEach((slot, who) -> {
      if (personId.isEmpty() || personId.get().equals(who)) {
        events.add(new CalendarEvent(slot.date() + "-" + slot.index() + "-" + who + "@duty.oakit.io",
            roster.plan().dutyStart(slot), roster.plan().dutyEnd(slot),
            "值班 " + slot.role() + " " + names.getOrDefault(who, who),
            slot.category() + " duty, roster version " + roster.version()));
      }
    });
    return iCalendar("Duty roster", events, generatedAt);
  }

  /**
   * One event of an iCalendar export, in China Standard Time.
   *
   * @param uid its unique id
   * @param start when it starts, local time
   * @param end when it ends, local time
   * @param summary its title
   * @param description its description
   */
  public record CalendarEvent(String uid, LocalDateTime start, LocalDateTime end, String summary, String description) {
    /**
     * Checks the fields.
     *
     * @param description its description
     * @param end when it ends, local time
     * @param start when it starts, local time
     * @param summary its title
     * @param uid its unique id
     */
    public CalendarEvent {
      requireNonNull(uid, "uid");
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      requireNonNull(summary, "summary");
      requireNonNull(description, "description");
    }
  }

  /**
   * Any duties or shifts as RFC 5545 text: one VEVENT each in {@code TZID=Asia/Shanghai} with its VTIMEZONE, lines
   * folded at 75 octets; the shift model's export uses it too.
   *
   * @param product what the export is, for PRODID (e.g. {@code Duty roster})
   * @param events the events
   * @param generatedAt the DTSTAMP (no clock is read)
   * @return the calendar text, lines ending in CRLF
   */
  public static String iCalendar(String product, java.util.List<CalendarEvent> events, Instant generatedAt) {
    requireNonNull(generatedAt, "generatedAt");
    String stamp = LOCAL.format(LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC)) + "Z";
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//OA Kit//" + product + "//ZH");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:Asia/Shanghai");
    line(out, "BEGIN:STANDARD");
    line(out, "DTSTART:19910915T000000");
    line(out, "TZOFFSETFROM:+0800");
    line(out, "TZOFFSETTO:+0800");
    line(out, "TZNAME:CST");
    line(out, "END:STANDARD");
    line(out, "END:VTIMEZONE");
    for (CalendarEvent e : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + e.uid());
      line(out, "DTSTAMP:" + stamp);
      line(out, "DTSTART;TZID=Asia/Shanghai:" + LOCAL.format(e.start()));
      line(out, "DTEND;TZID=Asia/Shanghai:" + LOCAL.format(e.end()));
      line(out, "SUMMARY:" + text(e.summary()));
      line(out, "DESCRIPTION:" + text(e.description()));
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** Escapes TEXT values (RFC 5545 3.3.11). */
  private static String text(String s) {
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Appends a content line folded at 75 octets (RFC 5545 3.1), never splitting a character. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (octets + n > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
