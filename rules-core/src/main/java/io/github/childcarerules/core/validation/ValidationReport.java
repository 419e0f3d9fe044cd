package io.github.childcarerules.core.validation;

import io.github.childcarerules.core.internal.MessageBundle;
import io.github.childcarerules.core.internal.NoNulls;
import io.github.childcarerules.core.rule.Severity;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.immutables.value.Value;

/**
 * Every violation of one validation, sorted by path then rule id. The record is valid when none of
 * them is an {@link Severity#ERROR}; warnings do not make it invalid.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ValidationReport {
  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle(
                  "io.github.childcarerules.core.validation.messages", locale));

  /** {@return every violation, errors and warnings, sorted by path then rule id} */
  @Value.Parameter
  public abstract List<Violation> violations();

  /**
   * A report of {@code violations}, in any order: the report sorts them.
   *
   * @param violations the violations found, errors and warnings
   * @return the report, sorted by path then rule id
   */
  public static ValidationReport of(Seq<Violation> violations) {
    return ImmutableValidationReport.of(List.ofAll(violations).sorted(Violation.ORDER));
  }

  @Value.Check
  void noNullElements() {
    NoNulls.elements("violations", violations());
  }

  /** {@return true when no violation is an error} */
  @Value.Derived
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** {@return the violations of severity {@link Severity#ERROR}, in the report's order} */
  public List<Violation> errors() {
    return violations().filter(v -> v.severity() == Severity.ERROR);
  }

  /** {@return the violations of severity {@link Severity#WARNING}, in the report's order} */
  public List<Violation> warnings() {
    return violations().filter(v -> v.severity() == Severity.WARNING);
  }

  /**
   * The report for a person, in {@code locale}'s language (English when asked, French otherwise): a
   * summary line ({@code Valide}, or {@code Non valide : 2 erreurs, 1 avertissement}), then one
   * indented line per violation ({@link Violation#text(Locale)}), in the report's order.
   *
   * @param locale the reader's language
   * @return the report's lines, joined by {@code System.lineSeparator()}, no final one
   */
  public String text(Locale locale) {
    String outcome = MESSAGES.text(locale, isValid() ? "report.valid" : "report.invalid");
    String summary =
        violations().isEmpty()
            ? outcome
            : MESSAGES.text(locale, "report.counts", outcome, errors().size(), warnings().size());
    return violations()
        .map(v -> "  " + v.text(locale))
        .prepend(summary)
        .mkString(System.lineSeparator());
  }

  /**
   * The report for a person in French, the default language.
   *
   * @return {@code text(Locale.CANADA_FRENCH)}
   */
  public String text() {
    return text(Locale.CANADA_FRENCH);
  }

  /** {@return {@link #text()}: the report as a person reads it, in French} */
  @Override
  public String toString() {
    return text();
  }

  /**
   * The report as the result shape of every entry point that judges its input (README.md, "Entry
   * points"): {@code valid(value)} when there is no error, else {@code invalid(this)}, the whole
   * report, warnings included.
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
