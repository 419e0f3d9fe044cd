package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A period as entered: a CISSS/CIUSSS, ECP or disability period, or the transitional measure. Both
 * dates are {@code YYYY-MM-DD}; the end is the last day included, absent when the period is open.
 */
@Value.Immutable
public abstract class Period implements WithPeriod {
  public abstract Option<String> start();

  public abstract Option<String> end();

  /** True when neither date is entered (blank counts as absent): the period is not there. */
  public boolean isAbsent() {
    return start().forAll(String::isBlank) && end().forAll(String::isBlank);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A period from {@code start} to {@code end}, both included. */
  public static Period of(LocalDate start, LocalDate end) {
    return builder().start(start.toString()).end(end.toString()).build();
  }

  /** A period from {@code start} with no end. */
  public static Period from(LocalDate start) {
    return builder().start(start.toString()).build();
  }

  public static final class Builder extends ImmutablePeriod.Builder {}
}
