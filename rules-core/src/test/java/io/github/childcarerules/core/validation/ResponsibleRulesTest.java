package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.RESPONSIBLE_FIRST_NAME_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.RESPONSIBLE_FIRST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.RESPONSIBLE_LAST_NAME_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.RESPONSIBLE_LAST_NAME_TOO_LONG;
import static io.github.childcarerules.core.rule.Rule.RESPONSIBLE_ROLE_REQUIRED;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md §2, the responsible and the other responsible. */
class ResponsibleRulesTest {

  private static Person person(String lastName, String firstName, String role) {
    return Person.builder()
        .lastName(Option.of(lastName))
        .firstName(Option.of(firstName))
        .role(Option.of(role))
        .build();
  }

  private static ParentChildRecord withResponsible(String lastName, String firstName, String role) {
    return minimal().withResponsible(Option.some(person(lastName, firstName, role)));
  }

  private static ParentChildRecord withOther(String lastName, String firstName, String role) {
    return minimal().withOtherResponsible(Option.some(person(lastName, firstName, role)));
  }

  @ParameterizedTest(name = "[{0}] [{1}] [{2}]: {3}")
  @CsvSource({
    "Gagnon, Sophie, MOTHER, ",
    "      , Sophie, MOTHER, RESPONSIBLE_LAST_NAME_REQUIRED@responsible.lastName",
    "'  '  , Sophie, MOTHER, RESPONSIBLE_LAST_NAME_REQUIRED@responsible.lastName",
    "Gagnon,       , MOTHER, RESPONSIBLE_FIRST_NAME_REQUIRED@responsible.firstName",
    "Gagnon, ''    , MOTHER, RESPONSIBLE_FIRST_NAME_REQUIRED@responsible.firstName",
    "Gagnon, Sophie,       , RESPONSIBLE_ROLE_REQUIRED@responsible.role",
    "Gagnon, Sophie, ' '   , RESPONSIBLE_ROLE_REQUIRED@responsible.role",
    "Gagnon, Sophie, CHOOSE, RESPONSIBLE_ROLE_REQUIRED@responsible.role",
    "Gagnon, Sophie, MAMAN , VALUE_NOT_ALLOWED@responsible.role",
    "Gagnon, Sophie, mother, VALUE_NOT_ALLOWED@responsible.role",
  })
  void theResponsibleHasANameAFirstNameAndARole(
      String lastName, String firstName, String role, String violations) {
    assertThatViolations(withResponsible(lastName, firstName, role))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleIsAllowedForTheResponsible(Role role) {
    assertThatViolations(withResponsible("Gagnon", "Sophie", role.name())).isEmpty();
  }

  @ParameterizedTest(name = "responsible [{0}]")
  @ValueSource(strings = {"absent", "blank", "placeholder only"})
  void anAbsentResponsibleGivesTheRequiredRuleOfEachField(String how) {
    ParentChildRecord record =
        switch (how) {
          case "absent" -> minimal().withResponsible(Option.none());
          case "blank" -> withResponsible(" ", "", "\t");
          default -> withResponsible(null, null, "CHOOSE");
        };

    assertThatViolations(record)
        .containsExactly(
            tuple(RESPONSIBLE_FIRST_NAME_REQUIRED, "responsible.firstName"),
            tuple(RESPONSIBLE_LAST_NAME_REQUIRED, "responsible.lastName"),
            tuple(RESPONSIBLE_ROLE_REQUIRED, "responsible.role"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void responsibleLastNameIsAtMostFiftyCodePoints(
      String description, String name, boolean tooLong) {
    assertThatViolations(withResponsible(name, "Sophie", "MOTHER"))
        .containsExactly(
            reportedIf(tooLong, RESPONSIBLE_LAST_NAME_TOO_LONG, "responsible.lastName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void responsibleFirstNameIsAtMostFiftyCodePoints(
      String description, String name, boolean tooLong) {
    assertThatViolations(withResponsible("Gagnon", name, "MOTHER"))
        .containsExactly(
            reportedIf(tooLong, RESPONSIBLE_FIRST_NAME_TOO_LONG, "responsible.firstName"));
  }

  /** CSG Nom/Prénom/Rôle de l'autre responsable c1: optional, but all or nothing. */
  @ParameterizedTest(name = "[{0}] [{1}] [{2}]: {3}")
  @CsvSource({
    "        ,      ,       , ",
    "''      , ' '  , ''    , ",
    "        ,      , CHOOSE, ",
    "Tremblay, Karim, FATHER, ",
    "Tremblay, Karim, OTHER , ",
    "        , Karim,       , OTHER_RESPONSIBLE_LAST_NAME_REQUIRED@otherResponsible.lastName;"
        + "OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role",
    "Tremblay,      ,       , OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED@otherResponsible.firstName;"
        + "OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role",
    "        ,      , FATHER, OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED@otherResponsible.firstName;"
        + "OTHER_RESPONSIBLE_LAST_NAME_REQUIRED@otherResponsible.lastName",
    "'  '    , ''   , OTHER , OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED@otherResponsible.firstName;"
        + "OTHER_RESPONSIBLE_LAST_NAME_REQUIRED@otherResponsible.lastName",
    "Tremblay, Karim,       , OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role",
    "Tremblay, Karim, ' '   , OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role",
    "Tremblay, Karim, CHOOSE, OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role",
    "Tremblay,      , CHOOSE, OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED@otherResponsible.firstName;"
        + "OTHER_RESPONSIBLE_ROLE_REQUIRED@otherResponsible.role",
    "Tremblay, Karim, PAPA  , VALUE_NOT_ALLOWED@otherResponsible.role",
    "        ,      , PAPA  , OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED@otherResponsible.firstName;"
        + "OTHER_RESPONSIBLE_LAST_NAME_REQUIRED@otherResponsible.lastName;"
        + "VALUE_NOT_ALLOWED@otherResponsible.role",
  })
  void theOtherResponsibleIsAllOrNothing(
      String lastName, String firstName, String role, String violations) {
    assertThatViolations(withOther(lastName, firstName, role))
        .containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void otherResponsibleLastNameIsAtMostFiftyCodePoints(
      String description, String name, boolean tooLong) {
    assertThatViolations(withOther(name, "Karim", "FATHER"))
        .containsExactly(
            reportedIf(tooLong, OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG, "otherResponsible.lastName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(NameLengths.CASES)
  void otherResponsibleFirstNameIsAtMostFiftyCodePoints(
      String description, String name, boolean tooLong) {
    assertThatViolations(withOther("Tremblay", name, "FATHER"))
        .containsExactly(
            reportedIf(
                tooLong, OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG, "otherResponsible.firstName"));
  }

  @Test
  void noOtherResponsibleIsFine() {
    assertThatViolations(minimal().withOtherResponsible(Option.none())).isEmpty();
  }
}
