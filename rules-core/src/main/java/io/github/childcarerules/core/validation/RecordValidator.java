package io.github.childcarerules.core.validation;

import io.github.childcarerules.core.internal.RecordChecks;
import io.github.childcarerules.core.record.ParentChildRecord;
import java.util.Objects;

/**
 * Validates parent-child records against RULES.md §1 to §7. Every violation is reported at once: a
 * regulatory problem never throws, and one bad field never hides another (a malformed date is
 * reported as {@code DATE_FORMAT} and the rules needing it are skipped).
 *
 * <pre>{@code
 * ValidationReport report = RecordValidator.validate(record);
 * if (!report.isValid()) {
 *   report.errors().forEach(v -> System.out.println(v.path() + ": " + v.message()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RecordValidator {
  private RecordValidator() {}

  /**
   * Every violation of {@code record}.
   *
   * @param record the record as entered
   * @return the report, sorted by path then rule id; valid when it holds no error
   */
  public static ValidationReport validate(ParentChildRecord record) {
    Objects.requireNonNull(record, "record");
    return ValidationReport.of(RecordChecks.validate(record));
  }

  /**
   * Every violation of {@code proposed}, plus the rules comparing it with the record as it was
   * saved: the {@code *_IMMUTABLE} rules (birth date, NIREC and NECSG may not change once a record
   * is saved) and the warnings {@code SCHOOL_AGE_DATE_CHANGED} (the school-age effective date
   * differs) and {@code REDUCED_CONTRIBUTION_CHANGED} (an agreement at the same index goes from the
   * full to the reduced contribution). The saved record's own violations are not reported.
   *
   * @param saved the record as it was last saved
   * @param proposed the record as the user wants to save it now
   * @return the report on {@code proposed}, the change rules included
   */
  public static ValidationReport validateChange(
      ParentChildRecord saved, ParentChildRecord proposed) {
    Objects.requireNonNull(saved, "saved");
    Objects.requireNonNull(proposed, "proposed");
    return ValidationReport.of(RecordChecks.validateChange(saved, proposed));
  }
}
