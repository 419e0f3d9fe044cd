package io.github.childcarerules.core.period;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed period of days: both ends are included, and an open period has no end ({@link
 * Option#none()}) and runs on forever. Operations follow ThreeTen-Extra's vocabulary: {@code
 * contains} a day, {@code encloses} a period, {@code overlaps} (shares at least one day), {@code
 * abuts} (adjacent, no day shared).
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

  /** The days from {@code startInclusive} on, with no end. */
  public static DatePeriod startingOn(LocalDate startInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    return new DatePeriod(startInclusive, Option.none());
  }

  /** A period with an end when {@code endInclusive} is defined, open otherwise. */
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

  public LocalDate startInclusive() {
    return startInclusive;
  }

  public Option<LocalDate> endInclusive() {
    return endInclusive;
  }

  public boolean isOpen() {
    return endInclusive.isEmpty();
  }

  /** True when {@code day} is one of the period's days. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(startInclusive) && endInclusive.forAll(end -> !day.isAfter(end));
  }

  /** True when every day of {@code other} is a day of this period. */
  public boolean encloses(DatePeriod other) {
    if (other.startInclusive.isBefore(startInclusive)) {
      return false;
    }
    if (endInclusive.isEmpty()) {
      return true;
    }
    return other.endInclusive.isDefined() && !other.endInclusive.get().isAfter(endInclusive.get());
  }

  /** True when the two periods share at least one day. */
  public boolean overlaps(DatePeriod other) {
    return endInclusive.forAll(end -> !other.startInclusive.isAfter(end))
        && other.endInclusive.forAll(end -> !startInclusive.isAfter(end));
  }

  /** True when one period ends the day before the other starts. */
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
