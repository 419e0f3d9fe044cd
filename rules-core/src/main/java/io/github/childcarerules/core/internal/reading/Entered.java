package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.period.IsoDate;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * How an entered value is read, once for every rule and count: blank counts as absent, and a date
 * is strict {@code YYYY-MM-DD} ({@link IsoDate#parse}).
 *
 * @since 0.1.0
 */
public final class Entered {
  private Entered() {}

  /**
   * True when a value is entered: present and not white space only.
   *
   * @param value the value as entered
   * @return whether it counts as given
   */
  public static boolean given(Option<String> value) {
    return value.isDefined() && !value.get().isBlank();
  }

  /**
   * The entered value, blank counting as absent.
   *
   * @param value the value as entered
   * @return the value when given
   */
  public static Option<String> text(Option<String> value) {
    return value.filter(text -> !text.isBlank());
  }

  /**
   * The date entered: none when absent, blank or malformed (validation tells the last apart with
   * {@link #given} and reports {@code DATE_FORMAT}).
   *
   * @param value the value as entered
   * @return the date it names, when well formed
   */
  public static Option<LocalDate> date(Option<String> value) {
    return text(value).flatMap(IsoDate::parse);
  }

  /**
   * True when an end date is before its start, both being well formed: the one fact behind {@code
   * AGREEMENT_END_BEFORE_START}, {@code PERIOD_END_BEFORE_START} and every extent left out of the
   * counts.
   *
   * @param start the start, when well formed
   * @param end the end, when well formed
   * @return whether both are there and the end comes first
   */
  public static boolean endBeforeStart(Option<LocalDate> start, Option<LocalDate> end) {
    return start.isDefined() && end.isDefined() && end.get().isBefore(start.get());
  }
}
