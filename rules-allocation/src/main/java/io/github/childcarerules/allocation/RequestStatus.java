package io.github.childcarerules.allocation;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a request (RULES.md §9 "Request outcomes"): the first row of the table that
 * applies. For increase and obtention requests the rows are, in order: accepted, recommended,
 * refused after being withdrawn (failed checks, or the board), withdrawn after declining, pending
 * verification, refused but kept in the register, waiting; a withdrawn request is never pending.
 *
 * @since 0.1.0
 */
public enum RequestStatus {
  /** The board authorized places for it. */
  ACCEPTED,
  /** Recommended for places, the board's decision awaited. */
  RECOMMENDED,
  /**
   * Its file failed a conformity check (withdrawn, or kept in the register), or the board refused
   * it; for a {@code DECREASE}, a suspension too long or ending before its notice lets it start.
   */
  REFUSED,
  /** Not maintained, and not kept in the register. */
  WITHDRAWN,
  /** Its provider's answers are awaited. */
  PENDING_VERIFICATION,
  /** In the register without places. */
  WAITING,
  /** A {@code DECREASE} that takes effect. */
  GRANTED;

  /**
   * The status for a person, in {@code locale}'s language (English when asked, French otherwise).
   *
   * @param locale the language
   * @return the words
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return AllocationTexts.text(Objects.requireNonNull(locale, "locale"), "status." + name());
  }
}
