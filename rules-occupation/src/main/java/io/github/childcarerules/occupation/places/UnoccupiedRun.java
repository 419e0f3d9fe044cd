package io.github.childcarerules.occupation.places;

import io.github.childcarerules.core.period.DatePeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A maximal run of consecutive days of the window during which at least {@link #places()} places
 * were unoccupied (FORMAT.md, "Unoccupied places").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnoccupiedRun {
  /**
   * k: at least this many places were unoccupied on every day of the run.
   *
   * @return the number of places, at least 1
   */
  public abstract int places();

  /**
   * The days of the run, a closed period.
   *
   * @return the period, never open
   */
  public abstract DatePeriod period();

  /**
   * The run touches the window's first day (it may have begun earlier).
   *
   * @return true when the run starts on the window's first day
   */
  public abstract boolean reachesStart();

  /**
   * The run touches the window's last day (it may go on).
   *
   * @return true when the run ends on the window's last day
   */
  public abstract boolean reachesEnd();

  /**
   * The first day of the run.
   *
   * @return {@code period().startInclusive()}
   */
  public LocalDate from() {
    return period().startInclusive();
  }

  /**
   * The last day of the run, included.
   *
   * @return the period's end
   */
  public LocalDate to() {
    return period().endInclusive().get();
  }

  /**
   * Number of days, both ends included.
   *
   * @return the run's length in days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(from(), to()) + 1;
  }

  @Value.Check
  void checkPeriod() {
    if (period().isOpen()) {
      throw new IllegalArgumentException("a run has a last day");
    }
  }

  /**
   * The run of at least {@code places} places over {@code from} to {@code to}, both included.
   *
   * @param places k, the number of places unoccupied every day
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param reachesStart whether {@code from} is the window's first day
   * @param reachesEnd whether {@code to} is the window's last day
   * @return the run
   */
  public static UnoccupiedRun of(
      int places, LocalDate from, LocalDate to, boolean reachesStart, boolean reachesEnd) {
    return ImmutableUnoccupiedRun.builder()
        .places(places)
        .period(DatePeriod.ofClosed(from, to))
        .reachesStart(reachesStart)
        .reachesEnd(reachesEnd)
        .build();
  }
}
