package org.example.consumer;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.attestation.Attestation;
import java.time.LocalDate;
import java.util.Locale;

/** Validates a record with a 51-character last name and counts an empty record, on the module path. */
public final class Main {
  private Main() {}

  /**
   * Prints one line per violation, then the count.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(Child.builder().lastName("G".repeat(51)).firstName("Émile").build())
            .build();
    ValidationReport report = RecordValidator.validate(record);
    for (Violation violation : report.violations()) {
      System.out.println(violation.path() + " " + violation.rule());
    }
    // texts read from each module's own bundles by core's loader, on the module path
    Violation tooLong =
        report.violations().find(v -> v.rule() == Rule.CHILD_LAST_NAME_TOO_LONG).get();
    System.out.println("message " + tooLong.message(Locale.ENGLISH));
    System.out.println("section " + tooLong.rule().section().label(Locale.ENGLISH));
    System.out.println(
        "attestation " + Attestation.of(record, LocalDate.of(2024, 6, 30)).text(Locale.ENGLISH));
    System.out.println("module " + RecordValidator.class.getModule().getName());
    System.out.println("valid " + report.isValid());
    System.out.println(
        "halfDays "
            + Occupation.of(record)
                .count(DatePeriod.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .halfDays());
  }
}
