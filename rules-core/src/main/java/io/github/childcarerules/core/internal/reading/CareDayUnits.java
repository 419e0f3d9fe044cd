package io.github.childcarerules.core.internal.reading;

/**
 * Planned care days in half care days ("units"), RCR art. 6: a date with two or more occupied slots
 * is a care day (2 units), a date with one slot half a care day (1 unit), any other date nothing.
 * The 20-in-28 and 261-day warnings (RULES.md §7) and the attestation (§8) read care days from
 * here.
 *
 * @since 0.1.0
 */
public final class CareDayUnits {
  /** The units of a care day; a date with one slot has one unit. */
  public static final int CARE_DAY = 2;

  private CareDayUnits() {}

  /**
   * The units of each date.
   *
   * @param halfDays occupied slots per date
   * @return 0, 1 or 2 per date, in closed form
   */
  public static Timeline of(Timeline halfDays) {
    return halfDays.map(slots -> Math.min(slots, CARE_DAY));
  }

  /**
   * The units written as days, e.g. {@code 20.5} for 41.
   *
   * @param units half care days
   * @return whole days, with {@code .5} for an odd number of units
   */
  public static String asDays(long units) {
    return units % 2 == 0 ? String.valueOf(units / 2) : units / 2 + ".5";
  }
}
