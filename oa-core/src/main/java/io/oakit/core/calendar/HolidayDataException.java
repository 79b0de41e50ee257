package io.oakit.core.calendar;

import io.oakit.core.OaException;

/** Holiday data could not be read: the message names the source, the line and the fault. */
public final class HolidayDataException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The data source being read. */
  private final String source;
  /** The line of the data where it went wrong (0 if none). */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param source the name of the data source (file name or description)
   * @param line the 1-based line number at fault, or 0 when the fault is not on one line
   * @param problem what is wrong
   */
  public HolidayDataException(String source, int line, String problem) {
    super("holiday data " + source + (line > 0 ? " line " + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /**
   * The data source name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line at fault, 0 if none.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }
}
