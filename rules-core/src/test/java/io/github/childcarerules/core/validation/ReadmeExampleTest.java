package io.github.childcarerules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.Sex;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, as written there. */
class ReadmeExampleTest {
  private final ParentChildRecord record =
      ParentChildRecord.builder()
          .child(
              Child.builder()
                  .lastName("Tremblay")
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

  @Test
  void theReadmeRecordIsValid() {
    ValidationReport report = RecordValidator.validate(record);

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations()).isEmpty();
    assertThat(report.toValidation(record).isValid()).isTrue();
  }

  @Test
  void changingTheBirthDateOfASavedRecordIsReportedInBothLanguages() {
    ParentChildRecord proposed =
        record.withChild(record.child().map(child -> child.withBirthDate(Option.of("2023-05-15"))));

    ValidationReport report = RecordValidator.validateChange(record, proposed);

    assertThat(report.violations())
        .extracting(v -> v.rule(), v -> v.path())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Rule.CHILD_BIRTH_DATE_IMMUTABLE, "child.birthDate"));
    assertThat(report.toValidation(proposed).getError()).hasSize(1);
    assertThat(report.violations().head().message()).contains("naissance");
    assertThat(report.violations().head().message(Locale.ENGLISH)).contains("birth date");
  }

  @Test
  void theNominalAgeBracketsOfTheReadme() {
    var nominal =
        io.github.childcarerules.core.record.NominalAgeBrackets.of(
            java.time.LocalDate.of(2019, 9, 30));

    assertThat(nominal.startOf(io.github.childcarerules.core.record.AgeBracket.MONTHS_18_59))
        .isEqualTo("2021-03-30");
    assertThat(nominal.schoolAge()).isEqualTo("2024-09-01");
    assertThat(nominal.on(java.time.LocalDate.of(2024, 8, 31)))
        .contains(io.github.childcarerules.core.record.AgeBracket.MONTHS_18_59);
    assertThat(
            io.github.childcarerules.core.record.NominalAgeBrackets.of(
                    java.time.LocalDate.of(2019, 10, 1))
                .schoolAge())
        .isEqualTo("2025-09-01");
  }
}
