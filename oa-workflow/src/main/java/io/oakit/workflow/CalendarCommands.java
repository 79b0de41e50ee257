package io.oakit.workflow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** The commands of {@link CalendarService}; each is validated, and names the field at fault when not. */
public final class CalendarCommands {

  private CalendarCommands() {}

  /** The formats of holiday files. */
  public enum Format {
    /** One year of the open holiday-cn dataset: {@code {"year":2027,"papers":[…],"days":[…]}}. */
    HOLIDAY_CN_JSON,
    /** The library's CSV, {@code date,name,off_day}, for one year. */
    CSV
  }

  /**
   * Load a year's published holiday notice (节假日安排通知).
   *
   * @param idempotencyKey the key
   * @param actor who loads it
   * @param onBehalfOf whom they act for
   * @param year the year the file covers
   * @param format the file's format
   * @param content the file
   * @param noticeTitle the notice's title
   * @param noticeDate the day the notice was published
   * @param source where the file came from
   */
  public record LoadHolidays(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @Min(2019) @Max(2100) int year, @NotNull Format format,
      @NotBlank @Size(max = 65_536) String content, @NotBlank @Size(max = 500) String noticeTitle,
      @NotNull LocalDate noticeDate, @NotBlank @Size(max = 2000) String source) implements Command {}

  /**
   * Re-base every open deadline computed on another calendar (provisionally, or before a notice was
   * loaded or corrected) on the calendar in force.
   *
   * @param idempotencyKey the key
   * @param actor who asks
   * @param onBehalfOf whom they act for
   * @param reason why, recorded with each change
   */
  public record RebaseDeadlines(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank @Size(max = 2000) String reason) implements Command {}
}
