package io.github.childcarerules.occupation.places;

import io.github.childcarerules.core.period.DatePeriod;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Subsidized places a provider holds over a period (FORMAT.md, "Unoccupied places": an entry of
 * {@code places}): {@code count} places on every day of {@link #days()}, which may have no end.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlaceEntry {
  /**
   * {@return the days the places are held, both ends included; no end when they are held from then
   * on}
   */
  @Value.Parameter
  public abstract DatePeriod days();

  /** {@return how many places, never negative} */
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
   * @param days the days the places are held, possibly open
   * @param count how many places
   * @return the entry
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public static PlaceEntry of(DatePeriod days, int count) {
    return ImmutablePlaceEntry.of(days, count);
  }

  /**
   * {@code count} places from {@code from} on, with no end.
   *
   * @param from the first day the places are held
   * @param count how many places, never negative
   * @return the entry
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public static PlaceEntry from(LocalDate from, int count) {
    return of(DatePeriod.startingOn(from), count);
  }
}
