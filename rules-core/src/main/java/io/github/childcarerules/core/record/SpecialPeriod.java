package io.github.childcarerules.core.record;

import io.github.childcarerules.core.internal.reading.Entered;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A period as entered: a CISSS/CIUSSS, ECP or disability period, or the transitional measure. Both
 * dates are {@code YYYY-MM-DD}; the end is the last day included, absent when the period is open.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SpecialPeriod implements WithSpecialPeriod {
  /** {@return the first day of the period, {@code YYYY-MM-DD} as entered} */
  public abstract Option<String> start();

  /**
   * {@return the date of {@link #start()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> startAsDate() {
    return Entered.date(start());
  }

  /**
   * {@return the last day of the period (included), {@code YYYY-MM-DD} as entered; absent when
   * open}
   */
  public abstract Option<String> end();

  /**
   * {@return the date of {@link #end()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> endAsDate() {
    return Entered.date(end());
  }

  /**
   * {@return true when neither date is entered (blank counts as absent): the period is not there}
   */
  public boolean isAbsent() {
    return !Entered.given(start()) && !Entered.given(end());
  }

  /**
   * {@return a copy with {@link #start()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract SpecialPeriod withStart(@Nullable String value);

  /**
   * {@return a copy with {@link #end()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract SpecialPeriod withEnd(@Nullable String value);

  /**
   * {@return a copy with {@link #start()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final SpecialPeriod withStart(@Nullable LocalDate date) {
    return withStart(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #end()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final SpecialPeriod withEnd(@Nullable LocalDate date) {
    return withEnd(Option.of(date).map(LocalDate::toString));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A period from {@code start} to {@code end}, both included.
   *
   * @param start the first day
   * @param end the last day
   * @return the period, dates as {@code YYYY-MM-DD}
   */
  public static SpecialPeriod of(LocalDate start, LocalDate end) {
    return builder().start(start.toString()).end(end.toString()).build();
  }

  /**
   * A period from {@code start} with no end.
   *
   * @param start the first day
   * @return the open period, its start as {@code YYYY-MM-DD}
   */
  public static SpecialPeriod from(LocalDate start) {
    return builder().start(start.toString()).build();
  }

  /**
   * The builder of {@link SpecialPeriod}: a plain value or {@code null} (absent) for each field, or
   * a Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSpecialPeriod.Builder {
    /**
     * Sets {@link SpecialPeriod#start()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder start(@Nullable LocalDate date) {
      return start(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link SpecialPeriod#end()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder end(@Nullable LocalDate date) {
      return end(Option.of(date).map(LocalDate::toString));
    }
  }
}
