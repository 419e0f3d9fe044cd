package io.github.childcarerules.occupation.careunit;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * One stay of the child at the provider on a day: from its arrival to its departure, both within
 * the day ({@code 00:00} to {@code 23:59}). Any pair of times is a stay; {@link CareUnits#assess}
 * tells which are unusable (a departure before the arrival, overlapping stays).
 */
@Value.Immutable
public abstract class Stay {
  @Value.Parameter
  public abstract LocalTime arrival();

  @Value.Parameter
  public abstract LocalTime departure();

  /** Whole minutes from arrival to departure; negative when the departure comes first. */
  public long minutes() {
    return arrival().until(departure(), ChronoUnit.MINUTES);
  }

  public static Stay of(LocalTime arrival, LocalTime departure) {
    return ImmutableStay.of(arrival, departure);
  }

  /** {@code HH:MM-HH:MM}, as the command line reads it. */
  @Override
  public String toString() {
    return arrival() + "-" + departure();
  }
}
