package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;

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

  /** The consecutive days of the 20-in-28 warning (RCR art. 6), read from its rule. */
  public static final int FOUR_WEEKS = Rule.TWENTY_DAYS_PER_FOUR_WEEKS.limit().get().getDays();

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
   * The 28 consecutive days of an agreement's covered days in which it plans the most care days,
   * the earliest of them when several tie: the window the warning {@code
   * TWENTY_DAYS_PER_FOUR_WEEKS} quotes, decided here for the warning and for the pages that show
   * it.
   *
   * @param agreement the agreement as entered
   * @return the window and its units; none when the agreement covers no days or fewer than 28
   */
  public static Option<Timeline.Window> heaviestFourWeeks(Agreement agreement) {
    return PlannedOccupation.covered(agreement)
        .flatMap(
            days ->
                of(PlannedOccupation.halfDays(agreement))
                    .heaviestWindow(FOUR_WEEKS, days.startInclusive(), days.endInclusive().get()));
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
