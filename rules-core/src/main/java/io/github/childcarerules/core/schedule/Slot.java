package io.github.childcarerules.core.schedule;

import io.vavr.control.Option;

/** The six half-day slots of a day (the form's "P/2"): each occupied slot is half a day. */
public enum Slot {
  DAY_1,
  DAY_2,
  EVENING_1,
  EVENING_2,
  NIGHT_1,
  NIGHT_2;

  /** The slot named exactly {@code text}, if any. */
  public static Option<Slot> parse(String text) {
    for (Slot slot : values()) {
      if (slot.name().equals(text)) {
        return Option.some(slot);
      }
    }
    return Option.none();
  }
}
