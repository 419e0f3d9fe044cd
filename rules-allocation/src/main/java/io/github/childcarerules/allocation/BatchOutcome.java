package io.github.childcarerules.allocation;

import java.util.Locale;
import java.util.Objects;

/**
 * What became of a batch (FORMAT.md "Allocation result").
 *
 * @since 0.1.0
 */
public enum BatchOutcome {
  /** Every place went to a request (remainder 0). */
  ALLOCATED,
  /** Free places with no candidate left: a new provider may be recognized (step 1.4). */
  RECOGNIZE_NEW_PROVIDER,
  /** Used places with no candidate left (step 1.5). */
  UNALLOCATED,
  /** The batch stopped at a provider whose answers are awaited (step 2). */
  PENDING_VERIFICATION;

  /**
   * The outcome for a person, in {@code locale}'s language (English when asked, French otherwise).
   *
   * @param locale the language
   * @return the words
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return AllocationTexts.text(Objects.requireNonNull(locale, "locale"), "outcome." + name());
  }
}
