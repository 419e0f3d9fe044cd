package io.github.childcarerules.occupation;

import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.fullDays;
import static io.github.childcarerules.occupation.Build.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.Sex;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code Occupation.checked} and {@code Attestation.checked}: the count or the attestation of a
 * record without error, the validation report of any other.
 */
class CheckedCountTest {
  private static final DatePeriod YEAR = range("2024-01-01", "2024-12-31");
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  /** A complete record: valid, so that its count is given. */
  static ParentChildRecord valid() {
    return ParentChildRecord.builder()
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
                .build())
        .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 9, 5))
        .addAgreements(agreement("2024-01-02", "2024-12-31", fullDays(Build.WEEKDAYS)).build())
        .build();
  }

  /** One agreement of 2024 entered {@code times} times: every copy overlaps the first. */
  static ParentChildRecord overlapping(int times) {
    Agreement year = agreement("2024-01-02", "2024-12-31", fullDays(Build.WEEKDAYS)).build();
    return valid().withAgreements(List.fill(times, year));
  }

  @Test
  void aValidRecordIsCountedAsOfCounts() {
    ParentChildRecord record = valid();

    Validation<ValidationReport, OccupationCount> checked = Occupation.checked(record, YEAR);

    assertThat(RecordValidator.validate(record).isValid()).isTrue();
    assertThat(checked.isValid()).isTrue();
    assertThat(checked.toOption()).contains(Occupation.of(record).count(YEAR));
    assertThat(
            Occupation.checked(record, YEAR, Grouping.MONTH)
                .map(count -> count.byPeriod().size())
                .toOption())
        .contains(12);
  }

  @Test
  void aRecordWithWarningsOnlyIsCounted() {
    ParentChildRecord record =
        valid()
            .withAgreements(
                List.of(
                    agreement("2024-01-02", "2024-12-31", fullDays(Build.WEEKDAYS))
                        .replacement(true)
                        .build()));
    ValidationReport report = RecordValidator.validate(record);

    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .extracting(Violation::rule)
        .contains(Rule.REPLACEMENT_WITH_SCHEDULE);
    assertThat(Occupation.checked(record, YEAR).isValid()).isTrue();
    assertThat(Attestation.checked(record, AS_OF).isValid()).isTrue();
  }

  @Test
  void twoOverlappingAgreementsAreRefusedAndOneIsNot() {
    assertThat(Occupation.checked(overlapping(1), YEAR).isValid()).isTrue();
    assertThat(Occupation.checked(overlapping(2), YEAR).isInvalid()).isTrue();
    assertThat(Attestation.checked(overlapping(1), AS_OF).isValid()).isTrue();
    assertThat(Attestation.checked(overlapping(2), AS_OF).getError().errors())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("agreements[1]", Rule.AGREEMENTS_OVERLAP));
  }

  /** docs/guide/counting.md's example, on one record. */
  private static String guideSaid(ParentChildRecord record, DatePeriod range, LocalDate asOf) {
    // README snippet: count-checked — spotless:off
    Validation<ValidationReport, OccupationCount> checked = Occupation.checked(record, range);
    String said = checked.fold(
        report -> report.text(Locale.ENGLISH),    // "Not valid: 2 errors, 0 warnings", then each
        count -> count.text(Locale.ENGLISH));     // "Planned occupation from 2024-01-01 to …"
    Validation<ValidationReport, Attestation> attestation = Attestation.checked(record, asOf);
    // README snippet end — spotless:on
    return said + "\n" + attestation.isValid();
  }

  @Test
  void theGuidesExampleSaysTheReportOrTheCount() {
    assertThat(guideSaid(overlapping(3), YEAR, AS_OF))
        .startsWith(
            "Not valid: 2 errors, 0 warnings" + System.lineSeparator() + "  ERROR agreements[1]")
        .contains(System.lineSeparator() + "  ERROR agreements[1] (AGREEMENTS_OVERLAP): ")
        .endsWith("\nfalse");
    assertThat(guideSaid(valid(), YEAR, AS_OF))
        .startsWith("Planned occupation from 2024-01-01 to 2024-12-31: ")
        .endsWith("\ntrue");
  }

  @Test
  void aValidRecordsAttestationIsTheOneOfGives() {
    ParentChildRecord record = valid();

    assertThat(Attestation.checked(record, AS_OF).toOption())
        .contains(Attestation.of(record, AS_OF));
  }

  @Test
  void aMisuseThrowsWhateverTheRecord() {
    ParentChildRecord invalid = overlapping(2);
    DatePeriod open = DatePeriod.startingOn(LocalDate.of(2024, 1, 1));

    assertThatThrownBy(() -> Occupation.checked(invalid, open))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open range");
    assertThatThrownBy(() -> Occupation.checked(null, YEAR))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record");
    assertThatThrownBy(() -> Occupation.checked(invalid, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("range");
    assertThatThrownBy(() -> Occupation.checked(invalid, YEAR, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("grouping");
    assertThatThrownBy(() -> Attestation.checked(invalid, LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Attestation.checked(null, AS_OF))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record");
    assertThatThrownBy(() -> Attestation.checked(invalid, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }
}
