package io.github.childcarerules.core.validation;

import io.github.childcarerules.core.rule.Severity;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Every violation of one validation, sorted by path then rule id. The record is valid when none of
 * them is an {@link Severity#ERROR}; warnings do not make it invalid.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ValidationReport {
  @Value.Parameter
  public abstract List<Violation> violations();

  public static ValidationReport of(Seq<Violation> violations) {
    return ImmutableValidationReport.of(List.ofAll(violations).sorted(Violation.ORDER));
  }

  /** True when no violation is an error. */
  @Value.Derived
  public boolean isValid() {
    return errors().isEmpty();
  }

  public List<Violation> errors() {
    return violations().filter(v -> v.severity() == Severity.ERROR);
  }

  public List<Violation> warnings() {
    return violations().filter(v -> v.severity() == Severity.WARNING);
  }

  /**
   * The report as the result shape of every entry point that judges its input (the table of
   * README.md, "Entry points"): {@code valid(value)} when there is no error, else {@code
   * invalid(this)}, the whole report, warnings included.
   *
   * @param value what the report is about, returned when it is valid
   * @param <T> the type of {@code value}
   * @return {@code value}, or this report when it has an error
   */
  public <T> Validation<ValidationReport, T> toValidation(T value) {
    Objects.requireNonNull(value, "value");
    return isValid() ? Validation.valid(value) : Validation.invalid(this);
  }
}
