package io.github.childcarerules.core.validation;

import io.github.childcarerules.core.rule.Severity;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * Every violation of one validation, sorted by path then rule id. The record is valid when none of
 * them is an {@link Severity#ERROR}; warnings do not make it invalid.
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
   * The report as a Vavr {@link Validation}: {@code valid(value)} when there is no error, else
   * {@code invalid(errors)}. Warnings are not carried over: read them from {@link #warnings()}.
   */
  public <T> Validation<Seq<Violation>, T> toValidation(T value) {
    return isValid() ? Validation.valid(value) : Validation.invalid(errors());
  }
}
