package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A letter the coordinating office sent about a request (FORMAT.md "Audit of a BC's decisions"):
 * which request, which letter of RULES.md §9 ({@code CONFIRMATION}, {@code REFUSAL}, {@code
 * WAITING_REGISTER}, {@code DECISION}, {@code DECREASE_DECISION}) and the date it was sent. Read by
 * the audit; the allocation ignores it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LetterSent implements WithLetterSent {
  /** {@return the id of the request the letter is about} */
  public abstract Option<String> request();

  /** {@return the letter, as entered ({@code CONFIRMATION}, {@code REFUSAL}…)} */
  public abstract Option<String> letter();

  /** {@return the date it was sent, {@code YYYY-MM-DD}} */
  public abstract Option<String> sentOn();

  /**
   * {@return a copy with {@link #request()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract LetterSent withRequest(@Nullable String value);

  /**
   * {@return a copy with {@link #letter()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract LetterSent withLetter(@Nullable String value);

  /**
   * {@return a copy with {@link #sentOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract LetterSent withSentOn(@Nullable String value);

  /** {@return a builder with every field absent} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A letter sent on a date.
   *
   * @param request the request's id
   * @param letter the letter's name ({@code CONFIRMATION}…)
   * @param sentOn the date it was sent
   * @return the letter sent
   */
  public static LetterSent of(String request, String letter, @Nullable LocalDate sentOn) {
    return builder().request(request).letter(letter).sentOn(sentOn).build();
  }

  /**
   * The builder of {@link LetterSent}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLetterSent.Builder {
    /**
     * Sets {@link LetterSent#sentOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder sentOn(@Nullable LocalDate date) {
      return sentOn(Option.of(date).map(LocalDate::toString));
    }
  }
}
