package io.github.childcarerules.allocation;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The letters the BC writes about a request (RULES.md §9 "Letters"; POL "Dans tous les cas",
 * annexes 3), with the annex number of those that have one.
 *
 * @since 0.1.0
 */
public enum LetterKind {
  /** Confirmation of the places the board authorized (annex 3.1). */
  CONFIRMATION("3.1"),
  /** Refusal: the request was withdrawn in the run (annex 3.2). */
  REFUSAL("3.2"),
  /** The request stays in the register of requests waiting for places (annex 3.5). */
  WAITING_REGISTER("3.5"),
  /**
   * A written, reasoned decision without annex (refused but kept, an obtention request waiting).
   */
  DECISION(null),
  /** The written decision on a {@code DECREASE} request. */
  DECREASE_DECISION(null);

  private final Option<String> annex;

  LetterKind(@Nullable String annex) {
    this.annex = Option.of(annex);
  }

  /**
   * The annex of the policy that gives this letter's model.
   *
   * @return the annex number as the policy writes it ({@code "3.1"}), none for a letter without
   *     annex
   */
  public Option<String> annex() {
    return annex;
  }

  /**
   * The letter for a person, in {@code locale}'s language (English when asked, French otherwise).
   *
   * @param locale the language
   * @return the words
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return AllocationTexts.text(Objects.requireNonNull(locale, "locale"), "letter." + name());
  }
}
