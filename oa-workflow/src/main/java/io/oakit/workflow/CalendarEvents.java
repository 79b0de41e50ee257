package io.oakit.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The events of the office's calendar (the SPI's {@code CALENDAR} aggregate {@value OfficeCalendar#AGGREGATE_ID}):
 * each published holiday notice loaded, with its provenance and the file as loaded, and each re-base of
 * the open deadlines. Replaying them rebuilds the calendar in force.
 */
public final class CalendarEvents {

  private CalendarEvents() {}

  /**
   * A year's holiday notice loaded.
   *
   * @param at when
   * @param by who loaded it
   * @param year the year it covers
   * @param format the file's format
   * @param content the file as loaded
   * @param noticeTitle the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知
   * @param noticeDate the day the notice was published
   * @param source where the file came from (an address, a document number)
   * @param calendarVersion the version of the calendar in force from then on
   */
  @EventType(name = "calendar.holidays-loaded")
  public record HolidaysLoaded(LocalDateTime at, String by, int year, CalendarCommands.Format format, String content,
      String noticeTitle, LocalDate noticeDate, String source, String calendarVersion) implements WorkflowEvent {}

  /**
   * The open deadlines were re-based on the calendar in force.
   *
   * @param at when
   * @param by who
   * @param calendarVersion the calendar they were re-based on
   * @param reason why
   * @param recomputed how many open deadlines were computed on another calendar and were recomputed
   * @param moved how many of them got a new due instant
   */
  @EventType(name = "calendar.deadlines-rebased")
  public record DeadlinesRebased(LocalDateTime at, String by, String calendarVersion, String reason, int recomputed,
      int moved) implements WorkflowEvent {}
}
