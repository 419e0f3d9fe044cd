package io.github.childcarerules.core.period;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed period of days: both ends are included, and an open period has no end ({@link
 * Option#none()}) and runs on forever. Operations follow ThreeTen-Extra's vocabulary: {@code
 * contains} a day, {@code encloses} a period, {@code overlaps} (shares at least one day), {@code
 * abuts} (adjacent, no day shared).
 *
 * @since 0.1.0
 */
public final class DatePeriod {
  private final LocalDate startInclusive;
  private final Option<LocalDate> endInclusive;

  private DatePeriod(LocalDate startInclusive, Option<LocalDate> endInclusive) {
    this.startInclusive = startInclusive;
    this.endInclusive = endInclusive;
  }

  /**
   * The days from {@code startInclusive} to {@code endInclusive}.
   *
   * @param startInclusive the first day
   * @param endInclusive the last day, equal to the first for a one-day period
   * @return the closed period
   * @throws IllegalArgumentException when the end is before the start
   */
  public static DatePeriod ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "end " + endInclusive + " is before start " + startInclusive);
    }
    return new DatePeriod(startInclusive, Option.some(endInclusive));
  }

  /**
   * The days from {@code startInclusive} on, with no end.
   *
   * @param startInclusive the first day
   * @return the open period
   */
  public static DatePeriod startingOn(LocalDate startInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    return new DatePeriod(startInclusive, Option.none());
  }

  /**
   * A period with an end when {@code endInclusive} is defined, open otherwise.
   *
   * @param startInclusive the first day
   * @param endInclusive the last day, or none for an open period
   * @return the period
   * @throws IllegalArgumentException when the end is before the start
   */
  public static DatePeriod of(LocalDate startInclusive, Option<LocalDate> endInclusive) {
    return endInclusive.isDefined()
        ? ofClosed(startInclusive, endInclusive.get())
        : startingOn(startInclusive);
  }

  /**
   * Parses {@link #toString()}'s form: {@code 2024-01-01/2024-01-31}, or {@code 2024-01-01/..} for
   * an open period. Every period round-trips: {@code parse(p.toString())} is {@code p}, years
   * outside 0001–9999 included ({@code +10000-01-01}, ISO-8601's signed form, as {@link
   * LocalDate#toString()} writes them).
   *
   * @param text the period as {@link #toString()} writes it
   * @return the period, or none when {@code text} is not that form or its end is before its start
   */
  public static Option<DatePeriod> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Option.none();
    }
    Option<LocalDate> start = date(text.substring(0, slash));
    String endText = text.substring(slash + 1);
    if (start.isEmpty()) {
      return Option.none();
    }
    if (endText.equals("..")) {
      return Option.some(startingOn(start.get()));
    }
    return date(endText)
        .filter(end -> !end.isBefore(start.get()))
        .map(end -> ofClosed(start.get(), end));
  }

  /** {@code YYYY-MM-DD}, or a year with a sign and more digits as {@link LocalDate} writes it. */
  private static Option<LocalDate> date(String text) {
    if (!text.startsWith("+") && !text.startsWith("-")) {
      return IsoDate.parse(text);
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return date.toString().equals(text) ? Option.some(date) : Option.none();
    } catch (java.time.DateTimeException e) {
      return Option.none();
    }
  }

  /**
   * The first day of the period.
   *
   * @return the first day, included
   */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /**
   * The last day of the period.
   *
   * @return the last day, included, or none when the period is open
   */
  public Option<LocalDate> endInclusive() {
    return endInclusive;
  }

  /**
   * Whether the period runs on forever.
   *
   * @return true when the period has no end
   */
  public boolean isOpen() {
    return endInclusive.isEmpty();
  }

  /**
   * Whether {@code day} is one of the period's days.
   *
   * @param day the day to look for
   * @return true when {@code day} is between both ends, ends included
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(startInclusive) && (isOpen() || !day.isAfter(endInclusive.get()));
  }

  /**
   * Whether every day of {@code other} is a day of this period.
   *
   * @param other the period that may lie inside this one
   * @return true when {@code other} lies inside; an open {@code other} lies only in an open period
   */
  public boolean encloses(DatePeriod other) {
    if (other.startInclusive.isBefore(startInclusive)) {
      return false;
    }
    if (endInclusive.isEmpty()) {
      return true;
    }
    return other.endInclusive.isDefined() && !other.endInclusive.get().isAfter(endInclusive.get());
  }

  /**
   * Whether the two periods share at least one day.
   *
   * @param other the other period
   * @return true when at least one day belongs to both
   */
  public boolean overlaps(DatePeriod other) {
    return (isOpen() || !other.startInclusive.isAfter(endInclusive.get()))
        && (other.isOpen() || !startInclusive.isAfter(other.endInclusive.get()));
  }

  /**
   * Whether one period ends the day before the other starts: adjacent, no day shared.
   *
   * @param other the other period
   * @return true when the two periods touch without overlapping, in either order
   */
  public boolean abuts(DatePeriod other) {
    // epoch days: the day after LocalDate.MAX does not exist, and nothing abuts it
    return endInclusive.exists(end -> end.toEpochDay() + 1 == other.startInclusive.toEpochDay())
        || other.endInclusive.exists(end -> end.toEpochDay() + 1 == startInclusive.toEpochDay());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatePeriod p
        && startInclusive.equals(p.startInclusive)
        && endInclusive.equals(p.endInclusive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startInclusive, endInclusive);
  }

  /** ISO-8601 interval: {@code 2024-01-01/2024-01-31}; an open period ends with {@code /..}. */
  @Override
  public String toString() {
    return startInclusive + "/" + endInclusive.map(LocalDate::toString).getOrElse("..");
  }
}
