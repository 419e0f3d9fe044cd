package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.CHILD_LAST_NAME_REQUIRED;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §1, the {@code *_IMMUTABLE} rules of {@code validateChange}: birth date, NIREC and NECSG
 * of a saved record cannot change. The child here is born outside Québec, so that neither number is
 * required and a number can be removed without another violation.
 */
class ImmutableFieldRulesTest {

  private static Child childWith(String field, String value) {
    Child child = ValidRecords.child().withBornOutsideQuebec(Option.some(true));
    Option<String> given = Option.of(value);
    return switch (field) {
      case "birthDate" -> child.withBirthDate(given);
      case "nirec" -> child.withNirec(given);
      default -> child.withNecsg(given);
    };
  }

  private static ParentChildRecord record(String field, String value) {
    return minimal().withChild(Option.some(childWith(field, value)));
  }

  @ParameterizedTest(name = "{0}: saved [{1}], proposed [{2}]: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          birthDate | 2022-11-03     | 2022-11-03     |
          birthDate | 2022-11-03     | 2022-11-04     | CHILD_BIRTH_DATE_IMMUTABLE@child.birthDate
          birthDate |                | 2022-11-03     | CHILD_BIRTH_DATE_IMMUTABLE@child.birthDate
          birthDate | 2022-11-03     |                | CHILD_BIRTH_DATE_IMMUTABLE@child.birthDate; CHILD_BIRTH_DATE_REQUIRED@child.birthDate
          birthDate | ' 2022-11-03 ' | 2022-11-03     |
          birthDate | '  '           |                | CHILD_BIRTH_DATE_REQUIRED@child.birthDate
          nirec     | GAGE22110301   | GAGE22110301   |
          nirec     | GAGE22110301   | GAGE22110302   | CHILD_NIREC_IMMUTABLE@child.nirec
          nirec     | GAGE22110301   | gage22110301   | CHILD_NIREC_IMMUTABLE@child.nirec
          nirec     |                | GAGE22110301   | CHILD_NIREC_IMMUTABLE@child.nirec
          nirec     | GAGE22110301   |                | CHILD_NIREC_IMMUTABLE@child.nirec
          nirec     | GAGE22110301   | ''             | CHILD_NIREC_IMMUTABLE@child.nirec
          nirec     | ' GAGE22110301'| 'GAGE22110301 '|
          nirec     | ''             |                |
          necsg     | N1234567       | N1234567       |
          necsg     | N1234567       | N1234568       | CHILD_NECSG_IMMUTABLE@child.necsg
          necsg     |                | N1234567       | CHILD_NECSG_IMMUTABLE@child.necsg
          necsg     | N1234567       |                | CHILD_NECSG_IMMUTABLE@child.necsg
          necsg     | '\tN1234567'   | 'N1234567  '   |
          necsg     | '  '           |                |
          """)
  void aSavedValueCannotBeAddedRemovedOrChanged(
      String field, String saved, String proposed, String violations) {
    var report = RecordValidator.validateChange(record(field, saved), record(field, proposed));

    assertThatViolations(report).containsExactly(expected(violations));
  }

  @Test
  void theSavedRecordsOwnViolationsAreNotReported() {
    ParentChildRecord saved =
        minimal()
            .withChild(Option.some(ValidRecords.child().withLastName(Option.some("a".repeat(51)))))
            .withResponsible(Option.none())
            .withAddress(Option.none())
            .withAgreements(List.empty())
            .withAgeBrackets(io.vavr.collection.HashMap.of("MONTHS_0_17", "2023-3-06"));

    assertThatViolations(RecordValidator.validateChange(saved, minimal())).isEmpty();
  }

  @Test
  void theProposedRecordsViolationsAreReported() {
    ParentChildRecord proposed =
        minimal().withChild(Option.some(ValidRecords.child().withLastName(Option.none())));

    assertThatViolations(RecordValidator.validateChange(minimal(), proposed))
        .containsExactly(tuple(CHILD_LAST_NAME_REQUIRED, "child.lastName"));
  }

  @Test
  void everyChangedFieldIsReported() {
    ParentChildRecord proposed =
        minimal()
            .withChild(
                Option.some(
                    ValidRecords.child()
                        .withBornOutsideQuebec(Option.some(true))
                        .withBirthDate(Option.some("2022-11-04"))
                        .withNirec(Option.some("GAGE22110402"))
                        .withNecsg(Option.some("N1"))));

    assertThatViolations(RecordValidator.validateChange(minimal(), proposed))
        .containsExactly(
            expected(
                "CHILD_BIRTH_DATE_IMMUTABLE@child.birthDate; CHILD_NECSG_IMMUTABLE@child.necsg;"
                    + " CHILD_NIREC_IMMUTABLE@child.nirec"));
  }

  @Test
  void validateAloneNeverComparesWithASavedRecord() {
    ParentChildRecord changed = record("nirec", "OTHER123");

    assertThatViolations(RecordValidator.validate(changed)).isEmpty();
  }
}
