package io.github.childcarerules.core.rule;

import java.util.Locale;

/**
 * How a violation weighs: a record is valid when it has no {@link #ERROR}.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The record cannot be saved as it is. */
  ERROR,
  /** Worth a look (a justification may be needed); the record stays valid. */
  WARNING,
  /** A step of a decision, for the trail (allocation). */
  INFO;

  /**
   * The severity's name for a person ({@code ERREUR}, {@code AVERTISSEMENT}, {@code INFO}; {@code
   * ERROR}, {@code WARNING}, {@code INFO} in English).
   *
   * @param locale the reader's language: English when asked, French otherwise
   * @return the name
   */
  public String label(Locale locale) {
    return Rule.MESSAGES.text(locale, "Severity." + name());
  }
}
