package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.AGE_BRACKET_NOT_IN_FORCE;
import static io.github.childcarerules.core.rule.Rule.AGE_BRACKET_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.CHILD_BIRTH_DATE_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.DATE_FORMAT;
import static io.github.childcarerules.core.rule.Rule.VALUE_NOT_ALLOWED;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.ValidRecords.child;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.withBrackets;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §5, age brackets. The fixture's agreements run 2023-03-06 to 2024-03-01 and 2024-03-04
 * to 2025-02-28; the child is born 2022-11-03.
 */
class AgeBracketRulesTest {

  @Test
  void noBracketAtAllIsRequired() {
    assertThatViolations(minimal().withAgeBrackets(HashMap.empty()))
        .containsExactly(tuple(AGE_BRACKET_REQUIRED, "ageBrackets"));
  }

  @Test
  void bracketsThatAreAllBlankAreAbsent() {
    assertThatViolations(withBrackets("", " ", "\t"))
        .containsExactly(tuple(AGE_BRACKET_REQUIRED, "ageBrackets"));
  }

  @Test
  void aMalformedBracketDateIsGivenSoOnlyItsFormatIsReported() {
    assertThatViolations(withBrackets("2023-3-06", null, null))
        .containsExactly(tuple(DATE_FORMAT, "ageBrackets.MONTHS_0_17"));
  }

  @Test
  void aKeyThatIsNotABracketIsNotAllowedAndCountsAsGiven() {
    var record = minimal().withAgeBrackets(HashMap.of("MONTHS_60_PLUS", "2023-03-06"));

    assertThatViolations(record)
        .containsExactly(tuple(VALUE_NOT_ALLOWED, "ageBrackets.MONTHS_60_PLUS"));
  }

  @Test
  void aKeyThatIsNotABracketIsReportedBesideValidBrackets() {
    var record =
        minimal().withAgeBrackets(minimal().ageBrackets().put("months_0_17", "2023-03-06"));

    assertThatViolations(record)
        .containsExactly(tuple(VALUE_NOT_ALLOWED, "ageBrackets.months_0_17"));
  }

  @Test
  void aKeyThatIsNotPlainIsQuotedInItsPathSoThatItCannotReadAsAnotherPlace() {
    var record =
        minimal()
            .withAgeBrackets(
                minimal().ageBrackets().put("MONTHS_0_17.x", "2023-03-06").put("", "2023-03-06"));

    assertThatViolations(record)
        .containsExactly(
            tuple(VALUE_NOT_ALLOWED, "ageBrackets[\"\"]"),
            tuple(VALUE_NOT_ALLOWED, "ageBrackets[\"MONTHS_0_17.x\"]"));
  }

  @ParameterizedTest(name = "0-17 [{0}], 18-59 [{1}], school [{2}]: {3}")
  @CsvSource({
    "2023-03-06, 2023-03-07,           , ",
    "2023-03-06, 2023-03-06,           , AGE_BRACKET_ORDER@ageBrackets.MONTHS_18_59",
    "2023-03-06, 2023-03-05,           , AGE_BRACKET_ORDER@ageBrackets.MONTHS_18_59",
    "2023-03-06, 2024-05-03, 2025-03-03, ",
    "2023-03-06, 2025-03-03, 2025-03-03, AGE_BRACKET_ORDER@ageBrackets.SCHOOL_AGE",
    "2023-03-06, 2025-03-03, 2025-03-02, AGE_BRACKET_ORDER@ageBrackets.SCHOOL_AGE",
    // without 18-59, school age is compared with 0-17
    "2023-03-06,           , 2025-03-03, ",
    "2023-03-06,           , 2023-03-06, AGE_BRACKET_ORDER@ageBrackets.SCHOOL_AGE",
    "          , 2023-03-06, 2023-03-06, AGE_BRACKET_ORDER@ageBrackets.SCHOOL_AGE",
    "          , 2023-03-06, 2025-03-03, ",
    // a malformed 18-59 is skipped: school age is compared with 0-17
    "2023-03-06, 2024-13-03, 2025-03-03, DATE_FORMAT@ageBrackets.MONTHS_18_59",
    "2023-03-06, 2024-13-03, 2023-03-06, DATE_FORMAT@ageBrackets.MONTHS_18_59;"
        + "AGE_BRACKET_ORDER@ageBrackets.SCHOOL_AGE",
    // each bracket is compared with the nearest younger one only
    "2023-03-06, 2023-03-01, 2023-03-03, AGE_BRACKET_ORDER@ageBrackets.MONTHS_18_59",
    "2023-03-06, 2023-03-05, 2023-03-05, AGE_BRACKET_ORDER@ageBrackets.MONTHS_18_59;"
        + "AGE_BRACKET_ORDER@ageBrackets.SCHOOL_AGE",
  })
  void effectiveDatesStrictlyIncrease(
      String months0To17, String months18To59, String schoolAge, String violations) {
    assertThatViolations(withBrackets(months0To17, months18To59, schoolAge))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "0-17 [{0}], 18-59 [{1}]: {2}")
  @CsvSource({
    "2022-11-03, 2024-05-03, ",
    "2022-11-02, 2024-05-03, AGE_BRACKET_BEFORE_BIRTH@ageBrackets.MONTHS_0_17",
    "          , 2022-11-03, ",
    "          , 2022-11-02, AGE_BRACKET_BEFORE_BIRTH@ageBrackets.MONTHS_18_59",
  })
  void noEffectiveDateBeforeTheBirthDate(
      String months0To17, String months18To59, String violations) {
    assertThatViolations(withBrackets(months0To17, months18To59, null))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "birth date [{0}]: {1}")
  @CsvSource({
    "2022-11-31, DATE_FORMAT@child.birthDate",
    "          , CHILD_BIRTH_DATE_REQUIRED@child.birthDate",
  })
  void withoutAUsableBirthDateNoBracketIsBeforeBirth(String birthDate, String violations) {
    ParentChildRecord record =
        withBrackets("2022-11-02", "2024-05-03", null)
            .withChild(Option.some(child().withBirthDate(Option.of(birthDate))));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @Test
  void aMalformedBracketDateIsNotComparedWithTheBirthDate() {
    assertThatViolations(withBrackets("2023-03-06", "2022-02-30", null))
        .containsExactly(tuple(DATE_FORMAT, "ageBrackets.MONTHS_18_59"));
  }

  @Test
  void anAbsentBirthDateIsOnlyRequired() {
    assertThatViolations(minimal().withChild(Option.some(child().withBirthDate(Option.none()))))
        .containsExactly(tuple(CHILD_BIRTH_DATE_REQUIRED, "child.birthDate"));
  }

  /** CSG Tranches d'âge c3: every agreement starts on or after the earliest effective date. */
  @ParameterizedTest(name = "0-17 [{0}], 18-59 [{1}]: {2}")
  @CsvSource({
    "2023-03-06, 2024-05-03, ",
    "2023-03-07, 2024-05-03, AGE_BRACKET_NOT_IN_FORCE@agreements[0].start",
    "          , 2023-03-06, ",
    "          , 2023-03-07, AGE_BRACKET_NOT_IN_FORCE@agreements[0].start",
    "2024-03-04, 2024-05-03, AGE_BRACKET_NOT_IN_FORCE@agreements[0].start",
    "2024-03-05, 2024-05-03, AGE_BRACKET_NOT_IN_FORCE@agreements[0].start;"
        + "AGE_BRACKET_NOT_IN_FORCE@agreements[1].start",
    "2023-03-07, 2023-13-01, AGE_BRACKET_NOT_IN_FORCE@agreements[0].start;"
        + "DATE_FORMAT@ageBrackets.MONTHS_18_59",
  })
  void noAgreementStartsBeforeTheEarliestEffectiveDate(
      String months0To17, String months18To59, String violations) {
    assertThatViolations(withBrackets(months0To17, months18To59, null))
        .containsExactly(expected(violations));
  }

  @Test
  void rulesNeedingOnlyTheStartApplyToAnAgreementWithAMalformedEnd() {
    var record =
        withBrackets("2023-03-07", "2024-05-03", null)
            .withAgreements(
                minimal()
                    .agreements()
                    .update(0, minimal().agreements().get(0).withEnd(Option.some("2024-3-01"))));

    assertThatViolations(record)
        .containsExactly(
            tuple(DATE_FORMAT, "agreements[0].end"),
            tuple(AGE_BRACKET_NOT_IN_FORCE, "agreements[0].start"));
  }

  @Test
  void noBracketInForceIsNotCheckedWhenNoBracketDateIsWellFormed() {
    assertThatViolations(withBrackets("2023-3-6", "2024-5-3", null))
        .containsExactly(
            tuple(DATE_FORMAT, "ageBrackets.MONTHS_0_17"),
            tuple(DATE_FORMAT, "ageBrackets.MONTHS_18_59"));
  }

  /** CSG Tranches d'âge c4: a new agreement starts with school age. */
  @ParameterizedTest(name = "18-59 [{0}], school age [{1}]: {2}")
  @CsvSource({
    "2023-09-05, 2024-03-04, ",
    "2023-09-05, 2024-03-05, AGREEMENT_SPANS_SCHOOL_AGE@agreements[1]",
    "2023-09-05, 2024-03-02, ",
    "2023-09-05, 2024-03-01, AGREEMENT_SPANS_SCHOOL_AGE@agreements[0]",
    "          , 2023-03-07, AGREEMENT_SPANS_SCHOOL_AGE@agreements[0]",
    "2023-09-05, 2025-02-28, AGREEMENT_SPANS_SCHOOL_AGE@agreements[1]",
    "2023-09-05, 2025-03-01, ",
  })
  void anAgreementDoesNotSpanTheSchoolAgeDate(
      String months18To59, String schoolAge, String violations) {
    assertThatViolations(withBrackets("2023-03-06", months18To59, schoolAge))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "second agreement terminated on [{0}]: {1}")
  @CsvSource({
    "2025-02-27, ",
    "2025-02-28, AGREEMENT_SPANS_SCHOOL_AGE@agreements[1]",
  })
  void spanningSchoolAgeUsesTheEffectiveEnd(String terminatedOn, String violations) {
    ParentChildRecord record = withBrackets("2023-03-06", "2023-09-05", "2025-02-28");
    Agreement second = record.agreements().get(1).withTerminatedOn(Option.of(terminatedOn));

    assertThatViolations(record.withAgreements(record.agreements().update(1, second)))
        .containsExactly(expected(violations));
  }
}
