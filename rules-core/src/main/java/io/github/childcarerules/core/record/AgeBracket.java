package io.github.childcarerules.core.record;

import io.vavr.control.Option;

/** The age brackets of the occupation rules, youngest first (CSG, field "Tranches d'âge"). */
public enum AgeBracket {
  MONTHS_0_17,
  MONTHS_18_59,
  SCHOOL_AGE;

  /** The bracket named exactly {@code text}, if any. */
  public static Option<AgeBracket> parse(String text) {
    for (AgeBracket bracket : values()) {
      if (bracket.name().equals(text)) {
        return Option.some(bracket);
      }
    }
    return Option.none();
  }
}
