package io.github.childcarerules.core.record;

import io.github.childcarerules.core.internal.EnumNames;
import io.github.childcarerules.core.internal.MessageBundle;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The age brackets of the occupation rules, youngest first (CSG, field "Tranches d'âge").
 *
 * @since 0.1.0
 */
public enum AgeBracket {
  /** 0 to 17 months. */
  MONTHS_0_17,
  /** 18 to 59 months. */
  MONTHS_18_59,
  /** School age. */
  SCHOOL_AGE;

  private static final MessageBundle NAMES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.core.record.messages", locale));

  /**
   * The bracket's name for a person, in {@code locale}'s language (English when asked, French
   * otherwise): {@code "0 à 17 mois"}, {@code "school age"}.
   *
   * @param locale the language of the name
   * @return the name
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return NAMES.pattern(Objects.requireNonNull(locale, "locale"), "AgeBracket." + name());
  }

  private static final Map<String, Option<AgeBracket>> BY_NAME = EnumNames.byName(values());

  /**
   * The bracket named exactly {@code text}, if any.
   *
   * @param text the bracket as entered ({@code "MONTHS_0_17"}, case included)
   * @return the bracket, or none for any other text
   */
  public static Option<AgeBracket> parse(String text) {
    return BY_NAME.getOrDefault(text, Option.none());
  }
}
