package io.github.childcarerules.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A builder or a {@code withX} takes plain values, enums and dates, and {@code null} for absent; a
 * {@code null} argument to a function is a misuse named by its parameter.
 */
class NullMeansAbsentTest {
  private static final String NO_STRING = null;
  private static final LocalDate NO_DATE = null;
  private static final Sex NO_SEX = null;
  private static final Role NO_ROLE = null;
  private static final Child NO_CHILD = null;

  @Test
  void aNullPlainValueGivenToABuilderLeavesTheFieldAbsent() {
    Child child =
        Child.builder()
            .lastName(NO_STRING)
            .firstName("Léa")
            .sex(NO_SEX)
            .birthDate(NO_DATE)
            .nirec(NO_STRING)
            .bornOutsideQuebec((Boolean) null)
            .build();

    assertThat(child.lastName()).isEmpty();
    assertThat(child.firstName()).contains("Léa");
    assertThat(child.sex()).isEmpty();
    assertThat(child.birthDate()).isEmpty();
    assertThat(child.bornOutsideQuebec()).isEmpty();
    assertThat(ParentChildRecord.builder().child(NO_CHILD).build().child()).isEmpty();
    assertThat(Person.builder().role(NO_ROLE).lastName(NO_STRING).build())
        .isEqualTo(Person.builder().build());
  }

  @Test
  void enumsAndDatesAreStoredAsTheTextTheyWouldBeEntered() {
    Child child = Child.builder().sex(Sex.F).birthDate(LocalDate.of(2023, 5, 14)).build();

    assertThat(child.sex()).contains("F");
    assertThat(child.birthDate()).contains("2023-05-14");
    assertThat(Person.builder().role(Role.LEGAL_GUARDIAN).build().role())
        .contains("LEGAL_GUARDIAN");
    assertThat(SpecialPeriod.builder().start(LocalDate.of(2024, 1, 1)).end(NO_DATE).build())
        .isEqualTo(SpecialPeriod.from(LocalDate.of(2024, 1, 1)));
    Agreement agreement =
        Agreement.builder()
            .start(LocalDate.of(2024, 1, 1))
            .end(LocalDate.of(2024, 6, 30))
            .terminatedOn(NO_DATE)
            .build();
    assertThat(agreement.start()).contains("2024-01-01");
    assertThat(agreement.end()).contains("2024-06-30");
    assertThat(agreement.terminatedOn()).isEmpty();
    assertThat(SpecialSchedule.builder().start(LocalDate.of(2024, 2, 1)).end(NO_DATE).build().end())
        .isEmpty();
  }

  @Test
  void withTakesAPlainValueADateAnEnumOrNullBesideAnOption() {
    Child child = Child.builder().lastName("Tremblay").sex("F").birthDate("2023-05-14").build();

    assertThat(child.withBirthDate(LocalDate.of(2023, 5, 15)).birthDate()).contains("2023-05-15");
    assertThat(child.withBirthDate("2023-05-16").birthDate()).contains("2023-05-16");
    assertThat(child.withBirthDate(NO_DATE).birthDate()).isEmpty();
    assertThat(child.withLastName(NO_STRING).lastName()).isEmpty();
    assertThat(child.withSex(Sex.X).sex()).contains("X");
    assertThat(child.withSex(NO_SEX).sex()).isEmpty();
    assertThat(child.withLastName(Option.of("Roy")).lastName()).contains("Roy");

    ParentChildRecord record = ParentChildRecord.builder().child(child).build();
    ParentChildRecord changed =
        record.withChild(record.child().get().withBirthDate(LocalDate.of(2023, 5, 15)));
    assertThat(changed.child().flatMap(Child::birthDate)).contains("2023-05-15");
    assertThat(record.withChild(NO_CHILD).child()).isEmpty();
  }

  @Test
  void aNullDateForAnAgeBracketLeavesTheBracketOut() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .ageBracket(AgeBracket.MONTHS_0_17, NO_DATE)
            .ageBracket(AgeBracket.MONTHS_18_59, LocalDate.of(2024, 9, 1))
            .build();

    assertThat(record.ageBrackets().keySet()).containsExactly("MONTHS_18_59");
  }

  @Test
  void aNullOptionOrANullArgumentToAFunctionIsAMisuseNamedByItsParameter() {
    assertThatThrownBy(() -> Child.builder().lastName((Option<String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> RecordValidator.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record");
    assertThatThrownBy(
            () -> RecordValidator.validateChange(ParentChildRecord.builder().build(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("proposed");
  }
}
