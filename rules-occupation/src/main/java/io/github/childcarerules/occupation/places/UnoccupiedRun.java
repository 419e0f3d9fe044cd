package io.github.childcarerules.occupation.places;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A maximal run of consecutive days of the window during which at least {@link #places()} places
 * were unoccupied (FORMAT.md, "Unoccupied places").
 */
@Value.Immutable
public abstract class UnoccupiedRun {
  /** k: at least this many places were unoccupied on every day of the run. */
  public abstract int places();

  public abstract LocalDate from();

  /** The last day of the run, included. */
  public abstract LocalDate to();

  /** The run touches the window's first day (it may have begun earlier). */
  public abstract boolean reachesStart();

  /** The run touches the window's last day (it may go on). */
  public abstract boolean reachesEnd();

  /** Number of days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(from(), to()) + 1;
  }

  @Value.Check
  void checkDays() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("to " + to() + " is before from " + from());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableUnoccupiedRun.Builder {}
}
