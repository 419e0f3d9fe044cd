package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.CHILD_BIRTH_DATE_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.CHILD_FIRST_NAME_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.CHILD_FIRST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.CHILD_LAST_NAME_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.CHILD_LAST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.CHILD_SEX_REQUIRED;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.child;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.withChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.Child;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** RULES.md §1, child identification. */
class ChildIdentificationRulesTest {

  @Test
  void theFixtureHasNoViolation() {
    assertThatViolations(minimal()).isEmpty();
  }

  /** CSG Nom c1/c2, Prénom c1: optional only with an NECSG and no NIREC; both numbers: c1 wins. */
  @ParameterizedTest(name = "NIREC [{0}], NECSG [{1}]: names required = {2}")
  @CsvSource({
    "GAGE22110301,         , true",
    "            ,         , true",
    "'   '       , ''      , true",
    "            , N1234567, false",
    "'  '        , N1234567, false",
    "GAGE22110301, N1234567, true",
  })
  void namesAreRequiredUnlessOnlyAnNecsgIsGiven(String nirec, String necsg, boolean required) {
    var record =
        withChild(
            c ->
                c.bornOutsideQuebec(true)
                    .nirec(Option.of(nirec))
                    .necsg(Option.of(necsg))
                    .unsetLastName()
                    .unsetFirstName());

    assertThatViolations(record)
        .containsExactly(
            required
                ? expected(
                    "CHILD_FIRST_NAME_REQUIRED@child.firstName;"
                        + "CHILD_LAST_NAME_REQUIRED@child.lastName")
                : expected(""));
  }

  @ParameterizedTest(name = "last name [{0}]")
  @CsvSource({"''", "' '", "'\t  '"})
  void aBlankLastNameIsAbsent(String blank) {
    assertThatViolations(withChild(c -> c.lastName(blank)))
        .containsExactly(tuple(CHILD_LAST_NAME_REQUIRED, "child.lastName"));
  }

  @ParameterizedTest(name = "first name [{0}]")
  @CsvSource({"''", "' '", "'\t  '"})
  void aBlankFirstNameIsAbsent(String blank) {
    assertThatViolations(withChild(c -> c.firstName(blank)))
        .containsExactly(tuple(CHILD_FIRST_NAME_REQUIRED, "child.firstName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void lastNameIsAtMostFiftyCodePoints(String description, String name, boolean tooLong) {
    assertThatViolations(withChild(c -> c.lastName(name)))
        .containsExactly(reportedIf(tooLong, CHILD_LAST_NAME_TOO_LONG, "child.lastName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void firstNameIsAtMostFiftyCodePoints(String description, String name, boolean tooLong) {
    assertThatViolations(withChild(c -> c.firstName(name)))
        .containsExactly(reportedIf(tooLong, CHILD_FIRST_NAME_TOO_LONG, "child.firstName"));
  }

  @ParameterizedTest(name = "sex [{0}]: {1}")
  @CsvSource({
    "    , CHILD_SEX_REQUIRED@child.sex",
    "''  , CHILD_SEX_REQUIRED@child.sex",
    "'  ', CHILD_SEX_REQUIRED@child.sex",
    "F   , ",
    "M   , ",
    "X   , ",
    "f   , VALUE_NOT_ALLOWED@child.sex",
    "U   , VALUE_NOT_ALLOWED@child.sex",
    "MALE, VALUE_NOT_ALLOWED@child.sex",
  })
  void sexIsRequiredAndOneOfFMX(String sex, String violations) {
    assertThatViolations(withChild(c -> c.sex(Option.of(sex))))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "birth date [{0}]: {1}")
  @CsvSource({
    "          , CHILD_BIRTH_DATE_REQUIRED@child.birthDate",
    "''        , CHILD_BIRTH_DATE_REQUIRED@child.birthDate",
    "'   '     , CHILD_BIRTH_DATE_REQUIRED@child.birthDate",
    "2022-11-03, ",
    "2020-02-29, ",
    "2021-02-29, DATE_FORMAT@child.birthDate",
    "2022-11-3 , DATE_FORMAT@child.birthDate",
    "2022/11/03, DATE_FORMAT@child.birthDate",
    "03-11-2022, DATE_FORMAT@child.birthDate",
  })
  void birthDateIsRequiredAndARealDate(String birthDate, String violations) {
    assertThatViolations(withChild(c -> c.birthDate(Option.of(birthDate))))
        .containsExactly(expected(violations));
  }

  /** CSG Né hors Québec c1 and c2: "Non" makes the NIREC mandatory; unanswered decides nothing. */
  @ParameterizedTest(name = "born outside Québec [{0}], NIREC [{1}]: {2}")
  @CsvSource({
    "false, GAGE22110301, ",
    "false,             , CHILD_NIREC_REQUIRED@child.nirec",
    "false, '  '        , CHILD_NIREC_REQUIRED@child.nirec",
    "true ,             , ",
    "true , GAGE22110301, ",
    "     , GAGE22110301, CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED@child.bornOutsideQuebec",
    "     ,             , CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED@child.bornOutsideQuebec",
  })
  void bornOutsideQuebecIsRequiredAndANoRequiresTheNirec(
      Boolean bornOutsideQuebec, String nirec, String violations) {
    var record =
        withChild(c -> c.bornOutsideQuebec(Option.of(bornOutsideQuebec)).nirec(Option.of(nirec)));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @Test
  void anAbsentChildGivesTheRequiredRuleOfEachRequiredField() {
    assertThatViolations(minimal().withChild(Option.none()))
        .containsExactly(
            tuple(CHILD_BIRTH_DATE_REQUIRED, "child.birthDate"),
            tuple(CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED, "child.bornOutsideQuebec"),
            tuple(CHILD_FIRST_NAME_REQUIRED, "child.firstName"),
            tuple(CHILD_LAST_NAME_REQUIRED, "child.lastName"),
            tuple(CHILD_SEX_REQUIRED, "child.sex"));
  }

  @Test
  void aChildWhoseFieldsAreAllBlankIsAbsent() {
    Child blank =
        Child.builder().lastName(" ").firstName("").sex(" ").birthDate("").nirec("  ").build();

    assertThatViolations(minimal().withChild(Option.some(blank)))
        .containsExactly(
            tuple(CHILD_BIRTH_DATE_REQUIRED, "child.birthDate"),
            tuple(CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED, "child.bornOutsideQuebec"),
            tuple(CHILD_FIRST_NAME_REQUIRED, "child.firstName"),
            tuple(CHILD_LAST_NAME_REQUIRED, "child.lastName"),
            tuple(CHILD_SEX_REQUIRED, "child.sex"));
  }

  @Test
  void theNecsgIsOptional() {
    assertThatViolations(minimal().withChild(Option.some(child().withNecsg(Option.none()))))
        .isEmpty();
    assertThatViolations(
            minimal()
                .withChild(
                    Option.some(
                        child()
                            .withBornOutsideQuebec(Option.some(true))
                            .withNecsg(Option.some("N1234567")))))
        .isEmpty();
  }

  /**
   * CHILD_NECSG_NOT_APPLICABLE: CSG gives an NECSG only to a child born outside Québec; reported
   * only when the answer is an explicit {@code false}. A child born outside Québec may hold both
   * numbers (a NIREC obtained after the NECSG).
   */
  @ParameterizedTest(name = "born outside Québec [{0}], NIREC [{1}], NECSG [{2}]: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          false |              | N1234567 | CHILD_NECSG_NOT_APPLICABLE@child.necsg; CHILD_NIREC_REQUIRED@child.nirec
          false | GAGE22110301 | N1234567 | CHILD_NECSG_NOT_APPLICABLE@child.necsg
          false | GAGE22110301 |          |
          false | GAGE22110301 | '  '     |
          true  |              | N1234567 |
          true  | GAGE22110301 | N1234567 |
          ABSENT| GAGE22110301 | N1234567 | CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED@child.bornOutsideQuebec
          """)
  void anNecsgIsForAChildBornOutsideQuebec(
      String bornOutside, String nirec, String necsg, String violations) {
    Option<Boolean> outside =
        bornOutside.equals("ABSENT") ? Option.none() : Option.some(Boolean.valueOf(bornOutside));
    var record =
        minimal()
            .withChild(
                Option.some(
                    child()
                        .withBornOutsideQuebec(outside)
                        .withNirec(Option.of(nirec))
                        .withNecsg(Option.of(necsg))));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @Test
  void anNecsgOnAChildBornInQuebecIsAWarningOnly() {
    var report =
        RecordValidator.validate(
            minimal().withChild(Option.some(child().withNecsg(Option.some("N1234567")))));

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations().map(v -> v.severity()))
        .containsExactly(io.github.childcarerules.core.rule.Severity.WARNING);
  }
}
