package org.example.adoption;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.OccupationCount;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What a service's handlers do: a status and a body, the report kept whenever the input is
 * invalid. No get() on a Validation or an Option: fold, toJavaOptional, toEither.
 */
public final class Handlers {
  /** An answer: a status, a body for a person, and the report when the input was invalid. */
  public record Response(int status, String body, Optional<ValidationReport> report) {}

  /** An invalid record, thrown by the handler that prefers exceptions; the report comes along. */
  public static final class InvalidRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report of every problem of the record. */
    public final transient ValidationReport report;

    InvalidRecord(ValidationReport report) {
      super(report.text(Locale.ENGLISH));
      this.report = report;
    }
  }

  private Handlers() {}

  /** POST /records/validation: 200 when valid, 422 with the report otherwise. */
  public static Response validate(Dossier dossier) {
    ValidationReport report = RecordValidator.validate(Mapping.record(dossier));
    return new Response(report.isValid() ? 200 : 422, report.text(Locale.ENGLISH), Optional.of(report));
  }

  /** GET /occupation?from&to: 200 with the count of a valid record, 422 with its report. */
  public static Response occupation(Dossier dossier, LocalDate from, LocalDate to) {
    return Occupation.checked(Mapping.record(dossier), DatePeriod.ofClosed(from, to))
        .fold(
            report -> new Response(422, report.text(Locale.ENGLISH), Optional.of(report)),
            count -> new Response(200, count.text(Locale.ENGLISH), Optional.empty()));
  }

  /** The same count for code that prefers exceptions: InvalidRecord keeps the report. */
  public static OccupationCount occupationOrThrow(Dossier dossier, LocalDate from, LocalDate to) {
    return Occupation.checked(Mapping.record(dossier), DatePeriod.ofClosed(from, to))
        .toEither()
        .getOrElseThrow(InvalidRecord::new);
  }
}
