package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The office hours of one working day: one or more sessions, for example
 * {@code 08:30-12:00,14:30-17:30}. Sessions are half-open ({@code start} inclusive,
 * {@code end} exclusive), sorted, and do not overlap; sessions that touch are merged.
 *
 * <p>Immutable and thread-safe. The text form {@code HH:mm-HH:mm[,HH:mm-HH:mm...]}
 * round-trips through {@link #parse(CharSequence)} and {@link #toString()}.
 */
public final class WorkingHours {

  /** One session of office hours, e.g. the morning session 08:30–12:00. */
  public record Session(LocalTime start, LocalTime end) {
    /**
     * Creates a session.
     *
     * @param start when it begins
     * @param end when it ends, after {@code start}
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public Session {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      checkArgument(end.isAfter(start), "session end must be after start but was %s-%s", start, end);
    }

    /**
     * The length of the session.
     *
     * @return the duration from start to end
     */
    public Duration length() {
      return Duration.between(start, end);
    }

    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  private static final WorkingHours NONE = new WorkingHours(ImmutableList.of());

  /** The default office hours of a Chinese government office: 08:30–12:00 and 14:30–17:30. */
  public static final WorkingHours CHINA_OFFICE_DEFAULT = parse("08:30-12:00,14:30-17:30");

  private final ImmutableList<Session> sessions;
  private final long[] startNanos;
  private final long[] endNanos;
  private final long totalNanos;

  private WorkingHours(ImmutableList<Session> sessions) {
    this.sessions = sessions;
    this.startNanos = new long[sessions.size()];
    this.endNanos = new long[sessions.size()];
    long total = 0;
    for (int i = 0; i < sessions.size(); i++) {
      startNanos[i] = sessions.get(i).start().toNanoOfDay();
      endNanos[i] = sessions.get(i).end().toNanoOfDay();
      total += endNanos[i] - startNanos[i];
    }
    this.totalNanos = total;
  }

  /**
   * Office hours made of the given sessions, in any order; touching sessions are merged.
   *
   * @param sessions at least one session
   * @return the office hours
   * @throws IllegalArgumentException if no session is given or two sessions overlap
   */
  public static WorkingHours of(List<Session> sessions) {
    requireNonNull(sessions, "sessions");
    checkArgument(!sessions.isEmpty(), "working hours need at least one session");
    List<Session> sorted = new ArrayList<>(sessions);
    sorted.forEach(s -> requireNonNull(s, "session"));
    sorted.sort(Comparator.comparing(Session::start));
    List<Session> merged = new ArrayList<>();
    for (Session s : sorted) {
      if (!merged.isEmpty()) {
        Session last = merged.get(merged.size() - 1);
        checkArgument(!s.start().isBefore(last.end()),
            "working-hour sessions must not overlap but %s overlaps %s", last, s);
        if (s.start().equals(last.end())) {
          merged.set(merged.size() - 1, new Session(last.start(), s.end()));
          continue;
        }
      }
      merged.add(s);
    }
    return new WorkingHours(ImmutableList.copyOf(merged));
  }

  /**
   * Office hours made of the given sessions.
   *
   * @param first the first session
   * @param more further sessions
   * @return the office hours
   * @throws IllegalArgumentException if two sessions overlap
   */
  public static WorkingHours of(Session first, Session... more) {
    List<Session> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return of(all);
  }

  /**
   * Parses the text form {@code HH:mm-HH:mm[,HH:mm-HH:mm...]}, e.g. {@code 08:30-12:00,14:30-17:30}.
   *
   * @param text the text
   * @return the office hours
   * @throws IllegalArgumentException if the text is malformed; the message quotes it
   */
  public static WorkingHours parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().trim();
    checkArgument(!s.isEmpty(), "working hours text must not be empty");
    List<Session> sessions = new ArrayList<>();
    for (String part : s.split(",", -1)) {
      String[] ends = part.trim().split("-", -1);
      checkArgument(ends.length == 2, "working hours '%s': session '%s' is not HH:mm-HH:mm", s, part);
      try {
        sessions.add(new Session(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "working hours '" + s + "': session '" + part + "' is not HH:mm-HH:mm", e);
      }
    }
    return of(sessions);
  }

  /**
   * No working time at all: the hours of a day off. Never valid as the hours of a working day.
   *
   * @return the empty office hours
   */
  public static WorkingHours none() {
    return NONE;
  }

  /**
   * The sessions in time order.
   *
   * @return the sessions; empty only for {@link #none()}
   */
  public ImmutableList<Session> sessions() {
    return sessions;
  }

  /**
   * Whether this is {@link #none()}.
   *
   * @return true if there are no sessions
   */
  public boolean isNone() {
    return sessions.isEmpty();
  }

  /**
   * The total working time of one day.
   *
   * @return the sum of the session lengths
   */
  public Duration total() {
    return Duration.ofNanos(totalNanos);
  }

  /**
   * The start of the first session.
   *
   * @return opening time
   * @throws IllegalStateException for {@link #none()}
   */
  public LocalTime opening() {
    if (sessions.isEmpty()) {
      throw new IllegalStateException("no working hours on a day off");
    }
    return sessions.get(0).start();
  }

  /**
   * The end of the last session: the close of business.
   *
   * @return closing time
   * @throws IllegalStateException for {@link #none()}
   */
  public LocalTime closing() {
    if (sessions.isEmpty()) {
      throw new IllegalStateException("no working hours on a day off");
    }
    return sessions.get(sessions.size() - 1).end();
  }

  long totalNanos() {
    return totalNanos;
  }

  /** Working nanoseconds of this day that lie before the given nano-of-day. */
  long workedBefore(long nanoOfDay) {
    long worked = 0;
    for (int i = 0; i < startNanos.length; i++) {
      if (nanoOfDay <= startNanos[i]) {
        break;
      }
      worked += Math.min(nanoOfDay, endNanos[i]) - startNanos[i];
    }
    return worked;
  }

  /**
   * The earliest time of day at which {@code worked} nanoseconds of this day's working time have
   * passed; {@code 0 < worked <= totalNanos}. Ends exactly on a session end when the amount
   * fills the session.
   */
  LocalTime earliestAt(long worked) {
    long left = worked;
    for (int i = 0; i < startNanos.length; i++) {
      long len = endNanos[i] - startNanos[i];
      if (left <= len) {
        return LocalTime.ofNanoOfDay(startNanos[i] + left);
      }
      left -= len;
    }
    throw new IllegalArgumentException("worked " + worked + " exceeds the day's " + totalNanos);
  }

  /**
   * The latest time of day at which exactly {@code worked} nanoseconds of this day's working time
   * have passed; {@code 0 <= worked <= totalNanos}. Lands on a session start when possible.
   */
  LocalTime latestAt(long worked) {
    long left = worked;
    for (int i = 0; i < startNanos.length; i++) {
      long len = endNanos[i] - startNanos[i];
      if (left < len) {
        return LocalTime.ofNanoOfDay(startNanos[i] + left);
      }
      left -= len;
    }
    return LocalTime.ofNanoOfDay(endNanos[endNanos.length - 1]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingHours other && sessions.equals(other.sessions);
  }

  @Override
  public int hashCode() {
    return sessions.hashCode();
  }

  /** The text form, e.g. {@code 08:30-12:00,14:30-17:30}; empty for {@link #none()}. */
  @Override
  public String toString() {
    return String.join(",", sessions.stream().map(Session::toString).toList());
  }
}
