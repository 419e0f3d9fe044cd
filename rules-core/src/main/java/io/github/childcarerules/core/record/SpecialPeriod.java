package io.github.childcarerules.core.record;

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
  public abstract Option<String> start();

  public abstract Option<String> end();

  /** True when neither date is entered (blank counts as absent): the period is not there. */
  public boolean isAbsent() {
    return start().forAll(String::isBlank) && end().forAll(String::isBlank);
  }

  /** A copy with {@link #start()} set to {@code value}; {@code null} means absent. */
  public abstract SpecialPeriod withStart(@Nullable String value);

  /** A copy with {@link #end()} set to {@code value}; {@code null} means absent. */
  public abstract SpecialPeriod withEnd(@Nullable String value);

  /** A copy with {@link #start()} set to {@code date}; {@code null} means absent. */
  public final SpecialPeriod withStart(@Nullable LocalDate date) {
    return withStart(Option.of(date).map(LocalDate::toString));
  }

  /** A copy with {@link #end()} set to {@code date}; {@code null} means absent. */
  public final SpecialPeriod withEnd(@Nullable LocalDate date) {
    return withEnd(Option.of(date).map(LocalDate::toString));
  }

  /** A builder with every field absent (or at its default). */
  public static Builder builder() {
    return new Builder();
  }

  /** A period from {@code start} to {@code end}, both included. */
  public static SpecialPeriod of(LocalDate start, LocalDate end) {
    return builder().start(start.toString()).end(end.toString()).build();
  }

  /** A period from {@code start} with no end. */
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
    /** Sets {@link SpecialPeriod#start()} to {@code date}; {@code null} means absent. */
    public Builder start(@Nullable LocalDate date) {
      return start(Option.of(date).map(LocalDate::toString));
    }

    /** Sets {@link SpecialPeriod#end()} to {@code date}; {@code null} means absent. */
    public Builder end(@Nullable LocalDate date) {
      return end(Option.of(date).map(LocalDate::toString));
    }
  }
}
