package io.github.childcarerules.allocation;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A yes/no item of the analysis grid (annex 6), with the two ways it can be left without an answer
 * kept apart: {@link #NOT_APPLICABLE} (the item does not apply to these places) and {@link
 * #NOT_REACHED} (the run did not reach it; the form's box stays blank).
 *
 * @since 0.1.0
 */
public enum YesNo {
  /** Yes. */
  YES("YES"),
  /** No. */
  NO("NO"),
  /** The item does not apply to these places ({@code "N/A"} in JSON). */
  NOT_APPLICABLE("N/A"),
  /** The run did not reach the item: blank ({@code null} in JSON). */
  NOT_REACHED(null);

  private final Option<String> code;

  YesNo(@Nullable String code) {
    this.code = Option.of(code);
  }

  /**
   * Yes or no.
   *
   * @param yes the answer
   * @return {@link #YES} or {@link #NO}
   */
  public static YesNo of(boolean yes) {
    return yes ? YES : NO;
  }

  /**
   * Yes, no, or not reached.
   *
   * @param answer the answer, none when the run did not reach the item
   * @return {@link #YES}, {@link #NO} or {@link #NOT_REACHED}
   */
  public static YesNo of(Option<Boolean> answer) {
    return answer.map(YesNo::of).getOrElse(NOT_REACHED);
  }

  /**
   * The value in FORMAT.md's grid document.
   *
   * @return {@code "YES"}, {@code "NO"} or {@code "N/A"}; none for an item not reached
   */
  public Option<String> code() {
    return code;
  }

  /**
   * The answer for a person, in {@code locale}'s language (English when asked, French otherwise):
   * {@code "OUI"}, {@code "NON"}, {@code "N/A"} (English {@code "YES"}, {@code "NO"}, {@code
   * "N/A"}), or empty for an item not reached.
   *
   * @param locale the language
   * @return the word, empty when not reached
   */
  public String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return this == NOT_REACHED ? "" : AllocationTexts.text(locale, "yesNo." + name());
  }
}
