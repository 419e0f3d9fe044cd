package io.github.childcarerules.occupation.places;

import io.github.childcarerules.core.period.DatePeriod;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Subsidized places a provider holds over a period (FORMAT.md, "Unoccupied places": an entry of
 * {@code places}): {@code count} places on every day of {@link #days()}, which may have no end.
 */
@Value.Immutable
public abstract class PlaceEntry {
  @Value.Parameter
  public abstract DatePeriod days();

  /** How many places, never negative. */
  @Value.Parameter
  public abstract int count();

  @Value.Check
  void checkCount() {
    if (count() < 0) {
      throw new IllegalArgumentException("count " + count() + " is negative");
    }
  }

  /**
   * {@code count} places on each day of {@code days}.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public static PlaceEntry of(DatePeriod days, int count) {
    return ImmutablePlaceEntry.of(days, count);
  }

  /** {@code count} places from {@code from} on, with no end. */
  public static PlaceEntry from(LocalDate from, int count) {
    return of(DatePeriod.startingOn(from), count);
  }
}
