package io.github.childcarerules.testkit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A closed period of days as RULES.md reads one: both ends included, no end meaning open. The
 * testkit's own, so that generators do not lean on the library they test.
 */
record Span(LocalDate start, @Nullable LocalDate end) {
  static Span of(LocalDate start, LocalDate end) {
    return new Span(start, end);
  }

  static Span from(LocalDate start) {
    return new Span(start, null);
  }

  boolean isOpen() {
    return end == null;
  }

  /** The last day, {@link LocalDate#MAX} when open (only for comparisons, never printed). */
  LocalDate last() {
    return end == null ? LocalDate.MAX : end;
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
  static Optional<Span> closed(Optional<LocalDate> start, Optional<LocalDate> end) {
    return start.flatMap(s -> end.filter(e -> !e.isBefore(s)).map(e -> of(s, e)));
  }
}
