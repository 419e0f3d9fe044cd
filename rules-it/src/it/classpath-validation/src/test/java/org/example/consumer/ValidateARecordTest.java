package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.Sex;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's record, validated by a project that has rules-core on its class path. */
class ValidateARecordTest {
  static ParentChildRecord record(String childLastName) {
    return ParentChildRecord.builder()
        .child(
            Child.builder()
                .lastName(childLastName)
                .firstName("Léa")
                .sex(Sex.F)
                .birthDate(LocalDate.of(2023, 5, 14))
                .nirec("TREL23051401")
                .bornOutsideQuebec(false)
                .build())
        .responsible(Person.of("Tremblay", "Anne", Role.MOTHER))
        .address(
            Address.builder()
                .civicNumber("111")
                .street("rue des Roses")
                .municipality("Québec")
                .postalCode("G1G 1G1")
                .apartment("1")
                .build())
        .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 9, 5))
        .addAgreements(
            Agreement.builder()
                .start(LocalDate.of(2023, 9, 5))
                .end(LocalDate.of(2024, 8, 30))
                .reducedContribution(true)
                .signed(true)
                .schedule(
                    Schedule.of(
                        Week.builder()
                            .on(Day.MON, Slot.DAY_1, Slot.DAY_2)
                            .on(Day.WED, Slot.DAY_1, Slot.DAY_2)
                            .build()))
                .build())
        .build();
  }

  @Test
  void theReadmeRecordIsValid() {
    ValidationReport report = RecordValidator.validate(record("Tremblay"));
    assertTrue(report.isValid());
    assertTrue(report.violations().isEmpty(), () -> report.violations().toString());
  }

  @Test
  void aBlankLastNameIsReportedAtItsPathInBothLanguages() {
    ValidationReport report = RecordValidator.validate(record(" "));
    assertFalse(report.isValid());
    assertEquals(1, report.violations().size(), () -> report.violations().toString());
    Violation violation = report.violations().get(0);
    assertEquals(Rule.CHILD_LAST_NAME_REQUIRED, violation.rule());
    assertEquals("child.lastName", violation.path());
    assertFalse(violation.message().isBlank());
    assertFalse(violation.message(Locale.ENGLISH).equals(violation.message()));
  }
}
