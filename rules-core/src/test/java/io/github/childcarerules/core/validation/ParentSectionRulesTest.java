package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.PARENT_FIRST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.PARENT_LAST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.PARENT_NOT_APPLICABLE;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.child;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RULES.md §3: the parent of a child born outside Québec. The section applies when the child is
 * born outside Québec and no responsible has a parent role; it is decided only when all three
 * answers are known.
 */
class ParentSectionRulesTest {
  private static final String PARENT_REQUIRED =
      "PARENT_FIRST_NAME_REQUIRED@parent.firstName;PARENT_LAST_NAME_REQUIRED@parent.lastName;"
          + "PARENT_ROLE_REQUIRED@parent.role";

  private static Person person(String lastName, String firstName, String role) {
    return Person.builder()
        .lastName(Option.of(lastName))
        .firstName(Option.of(firstName))
        .role(Option.of(role))
        .build();
  }

  /**
   * The fixture with the child's answer, the responsible's role, an other responsible (absent when
   * {@code otherRole} is {@code "-"}, else named with that role) and a parent or none.
   */
  private static ParentChildRecord record(
      Boolean bornOutsideQuebec, String responsibleRole, String otherRole, Person parent) {
    ParentChildRecord record =
        minimal()
            .withChild(Option.some(child().withBornOutsideQuebec(Option.of(bornOutsideQuebec))))
            .withResponsible(Option.some(person("Gagnon", "Sophie", responsibleRole)))
            .withParent(Option.of(parent));
    return "-".equals(otherRole)
        ? record
        : record.withOtherResponsible(Option.some(person("Tremblay", "Karim", otherRole)));
  }

  /** The section applies: born outside Québec, responsible a legal guardian, no other. */
  private static ParentChildRecord applying(Person parent) {
    return record(true, "LEGAL_GUARDIAN", "-", parent);
  }

  @ParameterizedTest(name = "born outside [{0}], responsible [{1}], other [{2}], parent [{3}]: {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # applies: born outside Québec and no parent role
          true  | LEGAL_GUARDIAN    | -              | false | EVERY_PARENT_FIELD_REQUIRED
          true  | LEGAL_GUARDIAN    | -              | true  |
          true  | FOSTER_FAMILY     | OTHER          | false | EVERY_PARENT_FIELD_REQUIRED
          true  | OTHER             | LEGAL_GUARDIAN | true  |
          # the other responsible's role is not given (CHOOSE or absent): decided, and applies
          true  | LEGAL_GUARDIAN    | CHOOSE         | false | OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role;EVERY_PARENT_FIELD_REQUIRED
          true  | LEGAL_GUARDIAN    | CHOOSE         | true  | OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role
          true  | LEGAL_GUARDIAN    | null           | false | OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role;EVERY_PARENT_FIELD_REQUIRED
          # does not apply: a responsible has a parent role, or the child is born in Québec
          true  | MOTHER            | -              | true  | PARENT_NOT_APPLICABLE@parent
          true  | MOTHER            | -              | false |
          true  | BIOLOGICAL_MOTHER | -              | true  | PARENT_NOT_APPLICABLE@parent
          true  | FATHER            | -              | false |
          true  | LEGAL_GUARDIAN    | FATHER         | true  | PARENT_NOT_APPLICABLE@parent
          true  | LEGAL_GUARDIAN    | MOTHER         | false |
          true  | MOTHER            | CHOOSE         | true  | OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role;PARENT_NOT_APPLICABLE@parent
          false | LEGAL_GUARDIAN    | -              | true  | PARENT_NOT_APPLICABLE@parent
          false | LEGAL_GUARDIAN    | -              | false |
          # undecided: no PARENT_* rule runs
          null  | LEGAL_GUARDIAN    | -              | false | CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED@child.bornOutsideQuebec
          null  | MOTHER            | -              | true  | CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED@child.bornOutsideQuebec
          true  | CHOOSE            | -              | false | RESPONSIBLE_ROLE_REQUIRED@responsible.role
          true  | CHOOSE            | -              | true  | RESPONSIBLE_ROLE_REQUIRED@responsible.role
          true  | null              | -              | false | RESPONSIBLE_ROLE_REQUIRED@responsible.role
          true  | TUTOR             | -              | false | VALUE_NOT_ALLOWED@responsible.role
          true  | TUTOR             | -              | true  | VALUE_NOT_ALLOWED@responsible.role
          true  | LEGAL_GUARDIAN    | TUTOR          | false | VALUE_NOT_ALLOWED@otherResponsible.role
          true  | LEGAL_GUARDIAN    | TUTOR          | true  | VALUE_NOT_ALLOWED@otherResponsible.role
          """)
  void theParentSectionDecisionTable(
      Boolean bornOutsideQuebec,
      String responsibleRole,
      String otherRole,
      boolean parentGiven,
      String violations) {
    Person parent = parentGiven ? person("Dupont", "Marie", "MOTHER") : null;

    assertThatViolations(record(bornOutsideQuebec, responsibleRole, otherRole, parent))
        .containsExactly(
            expected(
                violations == null
                    ? null
                    : violations.replace("EVERY_PARENT_FIELD_REQUIRED", PARENT_REQUIRED)));
  }

  @ParameterizedTest(name = "parent role [{0}]: {1}")
  @CsvSource({
    "MOTHER           , ",
    "BIOLOGICAL_MOTHER, ",
    "FATHER           , ",
    "LEGAL_GUARDIAN   , PARENT_ROLE_NOT_A_PARENT@parent.role",
    "FOSTER_FAMILY    , PARENT_ROLE_NOT_A_PARENT@parent.role",
    "OTHER            , PARENT_ROLE_NOT_A_PARENT@parent.role",
    "CHOOSE           , PARENT_ROLE_REQUIRED@parent.role",
    "''               , PARENT_ROLE_REQUIRED@parent.role",
    "                 , PARENT_ROLE_REQUIRED@parent.role",
    "PAPA             , VALUE_NOT_ALLOWED@parent.role",
  })
  void whenTheSectionAppliesTheParentRoleIsAParentRole(String role, String violations) {
    assertThatViolations(applying(person("Dupont", "Marie", role)))
        .containsExactly(expected(violations));
  }

  /** A role outside the enumeration is reported wherever it is, the section deciding the rest. */
  @ParameterizedTest(name = "born outside [{0}], responsible [{1}]: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          true  | LEGAL_GUARDIAN | VALUE_NOT_ALLOWED@parent.role
          true  | MOTHER         | PARENT_NOT_APPLICABLE@parent;VALUE_NOT_ALLOWED@parent.role
          false | LEGAL_GUARDIAN | PARENT_NOT_APPLICABLE@parent;VALUE_NOT_ALLOWED@parent.role
          null  | LEGAL_GUARDIAN | CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED@child.bornOutsideQuebec;VALUE_NOT_ALLOWED@parent.role
          """)
  void aParentRoleOutsideTheRolesIsNotAllowedWhateverTheSection(
      Boolean bornOutsideQuebec, String responsibleRole, String violations) {
    Person parent = person("Dupont", "Marie", "MAMAN");

    assertThatViolations(record(bornOutsideQuebec, responsibleRole, "-", parent))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "parent [{0}] [{1}] [{2}]: {3}")
  @CsvSource({
    "Dupont,      ,       , PARENT_FIRST_NAME_REQUIRED@parent.firstName;PARENT_ROLE_REQUIRED@parent.role",
    "      , Marie, FATHER, PARENT_LAST_NAME_REQUIRED@parent.lastName",
    "' '   , Marie, FATHER, PARENT_LAST_NAME_REQUIRED@parent.lastName",
    "Dupont, ''   , FATHER, PARENT_FIRST_NAME_REQUIRED@parent.firstName",
    "''    , ' '  , CHOOSE, " + PARENT_REQUIRED,
  })
  void whenTheSectionAppliesEveryParentFieldIsRequired(
      String lastName, String firstName, String role, String violations) {
    assertThatViolations(applying(person(lastName, firstName, role)))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void parentLastNameIsAtMostFiftyCodePoints(String description, String name, boolean tooLong) {
    assertThatViolations(applying(person(name, "Marie", "MOTHER")))
        .containsExactly(reportedIf(tooLong, PARENT_LAST_NAME_TOO_LONG, "parent.lastName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void parentFirstNameIsAtMostFiftyCodePoints(String description, String name, boolean tooLong) {
    assertThatViolations(applying(person("Dupont", name, "MOTHER")))
        .containsExactly(reportedIf(tooLong, PARENT_FIRST_NAME_TOO_LONG, "parent.firstName"));
  }

  @Test
  void whenTheSectionDoesNotApplyNotApplicableIsTheOnlyParentRule() {
    Person wrongInEveryWay = person("a".repeat(51), null, "OTHER");

    assertThatViolations(record(true, "MOTHER", "-", wrongInEveryWay))
        .containsExactly(tuple(PARENT_NOT_APPLICABLE, "parent"));
  }

  @ParameterizedTest(name = "parent [{0}] [{1}] [{2}]")
  @CsvSource({"'', ' ', ", ", , CHOOSE", "' ', , '  '"})
  void aParentWithNothingGivenIsAbsentEvenWhereItIsNotApplicable(
      String lastName, String firstName, String role) {
    assertThatViolations(record(false, "MOTHER", "-", person(lastName, firstName, role))).isEmpty();
  }
}
