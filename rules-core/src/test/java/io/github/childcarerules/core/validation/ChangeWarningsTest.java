package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.ValidRecords.firstAgreement;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.secondAgreement;
import static io.github.childcarerules.core.validation.ValidRecords.withAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Severity;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two warnings of {@code validateChange} (RULES.md §5 and §7): the school-age effective date
 * changes, an agreement moves from the full to the reduced contribution.
 */
class ChangeWarningsTest {

  // SCHOOL_AGE_DATE_CHANGED: compared as the *_IMMUTABLE rules compare

  /** The fixture with this school-age date ({@code null}: no such key). */
  private static ParentChildRecord schoolAge(String date) {
    ParentChildRecord record = minimal();
    return date == null
        ? record
        : record.withAgeBrackets(record.ageBrackets().put("SCHOOL_AGE", date));
  }

  @ParameterizedTest(name = "saved [{0}], proposed [{1}]: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2027-09-01     | 2027-09-01     |
          2027-09-01     | 2027-09-02     | SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
          2027-09-01     | 2027-08-31     | SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
                         | 2027-09-01     | SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
          2027-09-01     |                | SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
          2027-09-01     | ''             | SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
          ' 2027-09-01 ' | 2027-09-01     |
          ''             |                |
          '  '           | ''             |
          2027-9-01      | 2027-9-01      | DATE_FORMAT@ageBrackets.SCHOOL_AGE
          2027-9-01      | 2027-09-01     | SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
          2027-09-01     | 2027-9-01      | DATE_FORMAT@ageBrackets.SCHOOL_AGE; SCHOOL_AGE_DATE_CHANGED@ageBrackets.SCHOOL_AGE
          """)
  void theSchoolAgeDateOfASavedRecordIsExpectedToStay(
      String saved, String proposed, String violations) {
    var report = RecordValidator.validateChange(schoolAge(saved), schoolAge(proposed));

    assertThatViolations(report).containsExactly(expected(violations));
  }

  @Test
  void otherBracketsMayChangeWithoutWarning() {
    ParentChildRecord proposed =
        minimal().withAgeBrackets(minimal().ageBrackets().put("MONTHS_18_59", "2024-05-06"));

    assertThatViolations(RecordValidator.validateChange(minimal(), proposed)).isEmpty();
  }

  @Test
  void aChangedSchoolAgeDateIsAWarning() {
    var report = RecordValidator.validateChange(schoolAge("2027-09-01"), schoolAge("2027-09-02"));

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations().map(v -> v.severity())).containsExactly(Severity.WARNING);
  }

  // REDUCED_CONTRIBUTION_CHANGED: the same index in both records, false or absent to true

  /** The agreement with this answer; {@code null}: the field never set (absent is false). */
  private static Agreement reduced(Agreement agreement, Boolean reduced) {
    return reduced == null
        ? Agreement.builder()
            .start(agreement.start())
            .end(agreement.end())
            .signed(true)
            .schedule(agreement.schedule())
            .build()
        : agreement.withReducedContribution(reduced);
  }

  @ParameterizedTest(name = "saved [{0}], proposed [{1}]: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          false  | true   | REDUCED_CONTRIBUTION_CHANGED@agreements[1].reducedContribution
          ABSENT | true   | REDUCED_CONTRIBUTION_CHANGED@agreements[1].reducedContribution
          true   | false  |
          true   | ABSENT |
          true   | true   |
          false  | false  |
          ABSENT | false  |
          """)
  void anAgreementMovingToTheReducedContributionIsReported(
      String saved, String proposed, String violations) {
    var report =
        RecordValidator.validateChange(
            withAgreement(1, a -> Agreement.builder().from(reduced(a.build(), value(saved)))),
            withAgreement(1, a -> Agreement.builder().from(reduced(a.build(), value(proposed)))));

    assertThatViolations(report).containsExactly(expected(violations));
  }

  private static Boolean value(String text) {
    return text.equals("ABSENT") ? null : Boolean.valueOf(text);
  }

  @Test
  void anAgreementAddedAtANewIndexIsNew() {
    ParentChildRecord saved =
        minimal().withAgreements(List.of(firstAgreement().withReducedContribution(false)));
    ParentChildRecord proposed =
        minimal()
            .withAgreements(
                List.of(
                    firstAgreement().withReducedContribution(false),
                    secondAgreement().withReducedContribution(true)));

    assertThatViolations(RecordValidator.validateChange(saved, proposed)).isEmpty();
  }

  @Test
  void anAgreementEnteredInPlaceOfAnAbsentOneIsNew() {
    ParentChildRecord saved =
        minimal().withAgreements(List.of(firstAgreement(), Agreement.builder().build()));

    assertThatViolations(RecordValidator.validateChange(saved, minimal())).isEmpty();
  }

  @Test
  void agreementsAreComparedIndexByIndex() {
    ParentChildRecord saved =
        minimal()
            .withAgreements(
                List.of(
                    firstAgreement().withReducedContribution(false),
                    secondAgreement().withReducedContribution(false)));
    ParentChildRecord proposed =
        minimal()
            .withAgreements(
                List.of(
                    firstAgreement().withReducedContribution(true),
                    secondAgreement().withReducedContribution(true)));

    assertThatViolations(RecordValidator.validateChange(saved, proposed))
        .containsExactly(
            expected(
                "REDUCED_CONTRIBUTION_CHANGED@agreements[0].reducedContribution;"
                    + " REDUCED_CONTRIBUTION_CHANGED@agreements[1].reducedContribution"));
  }

  @Test
  void agreementsAreComparedByIndexEvenAfterARemoval() {
    ParentChildRecord saved =
        minimal()
            .withAgreements(
                List.of(
                    firstAgreement().withReducedContribution(false),
                    secondAgreement().withReducedContribution(true)));
    ParentChildRecord proposed =
        minimal().withAgreements(List.of(secondAgreement().withReducedContribution(true)));

    // index 0 now holds the agreement that was saved at index 1: compared by index, as the rule
    // says, it is reported
    assertThatViolations(RecordValidator.validateChange(saved, proposed))
        .containsExactly(
            expected("REDUCED_CONTRIBUTION_CHANGED@agreements[0].reducedContribution"));
  }

  @Test
  void validateAloneReportsNoChangeWarning() {
    ParentChildRecord changed = withAgreement(1, a -> a.reducedContribution(false));

    assertThatViolations(RecordValidator.validate(changed)).isEmpty();
    assertThat(Rule.REDUCED_CONTRIBUTION_CHANGED.severity()).isEqualTo(Severity.WARNING);
  }
}
