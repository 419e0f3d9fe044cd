package io.github.childcarerules.occupation.careunit;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * One stay of the child at the provider on a day: from its arrival to its departure, both within
 * the day ({@code 00:00} to {@code 23:59}). Any pair of times is a stay; {@link CareUnits#assess}
 * tells which are unusable (a departure before the arrival, overlapping stays).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Stay {
  /** {@return the time the child arrives} */
  @Value.Parameter
  public abstract LocalTime arrival();

  /** {@return the time the child leaves; a stay ending at the arrival time lasts zero minutes} */
  @Value.Parameter
  public abstract LocalTime departure();

  /**
   * {@return the whole minutes from arrival to departure; negative when the departure comes first}
   */
  public long minutes() {
    return arrival().until(departure(), ChronoUnit.MINUTES);
  }

  /**
   * The stay from {@code arrival} to {@code departure}, whatever their order.
   *
   * @param arrival the time the child arrives
   * @param departure the time the child leaves
   * @return the stay
   */
  public static Stay of(LocalTime arrival, LocalTime departure) {
    return ImmutableStay.of(arrival, departure);
  }

  /** {@return the stay as {@code HH:MM-HH:MM}, as the command line reads it} */
  @Override
  public String toString() {
    return arrival() + "-" + departure();
  }
}
