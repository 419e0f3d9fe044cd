package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.EnumNames;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The six half-day slots of a day (the form's "P/2"): each occupied slot is half a day (RULES.md
 * §7). A full day is {@code DAY_1} and {@code DAY_2}.
 *
 * @since 0.1.0
 */
public enum Slot {
  /** The first half of the day period. */
  DAY_1,
  /** The second half of the day period. */
  DAY_2,
  /** The first half of the evening period. */
  EVENING_1,
  /** The second half of the evening period. */
  EVENING_2,
  /** The first half of the night period. */
  NIGHT_1,
  /** The second half of the night period. */
  NIGHT_2;

  private static final Map<String, Option<Slot>> BY_NAME = EnumNames.byName(values());

  /**
   * The slot named exactly {@code text}, if any.
   *
   * @param text the slot as entered ({@code "DAY_1"}, case included)
   * @return the slot, or none for any other text
   */
  public static Option<Slot> parse(String text) {
    return BY_NAME.getOrDefault(text, Option.none());
  }
}
