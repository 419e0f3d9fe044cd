package io.github.childcarerules.testkit;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A closed period of days as RULES.md reads one: both ends included, no end meaning open. The
 * testkit's own, so that generators do not lean on the library they test.
 */
record Span(LocalDate start, Option<LocalDate> end) {
  static Span of(LocalDate start, LocalDate end) {
    return new Span(start, Option.some(end));
  }

  static Span from(LocalDate start) {
    return new Span(start, Option.none());
  }

  boolean isOpen() {
    return end.isEmpty();
  }

  /** The last day, {@link LocalDate#MAX} when open (only for comparisons, never printed). */
  LocalDate last() {
    return end.getOrElse(LocalDate.MAX);
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(last());
  }

  boolean overlaps(Span other) {
    return !other.start.isAfter(last()) && !start.isAfter(other.last());
  }

  /** The days of a closed span, first to last. */
  Stream<LocalDate> days() {
    return start.datesUntil(last().plusDays(1));
  }

  long length() {
    return last().toEpochDay() - start.toEpochDay() + 1;
  }

  /** From {@code start} to {@code end}, when both are known and the end is not before the start. */
  static Option<Span> closed(Option<LocalDate> start, Option<LocalDate> end) {
    return start.flatMap(s -> end.filter(e -> !e.isBefore(s)).map(e -> of(s, e)));
  }
}
