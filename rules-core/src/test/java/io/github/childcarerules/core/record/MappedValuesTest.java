package io.github.childcarerules.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an application maps from its own classes: a {@code Boolean} that may be {@code null} for
 * every flag (absent is false, RULES.md), {@code Day.of(DayOfWeek)}, and each entered date read
 * back as a date beside the text as entered.
 */
class MappedValuesTest {
  private static final Boolean NO_FLAG = null;

  @Test
  void aNullBooleanGivenToAnAgreementFlagIsAbsentThatIsFalse() {
    Agreement agreement =
        Agreement.builder()
            .reducedContribution(NO_FLAG)
            .replacement(NO_FLAG)
            .signed(NO_FLAG)
            .build();

    assertThat(agreement.reducedContribution()).isFalse();
    assertThat(agreement.replacement()).isFalse();
    assertThat(agreement.signed()).isFalse();
    assertThat(agreement.isAbsent()).isTrue();
    assertThat(agreement).isEqualTo(Agreement.builder().build());
  }

  @Test
  void aBooleanTrueOrFalseGivenToAnAgreementFlagIsKept() {
    Agreement yes =
        Agreement.builder()
            .reducedContribution(Boolean.TRUE)
            .replacement(Boolean.TRUE)
            .signed(Boolean.TRUE)
            .build();
    Agreement no = Agreement.builder().signed(Boolean.FALSE).build();

    assertThat(yes.reducedContribution()).isTrue();
    assertThat(yes.replacement()).isTrue();
    assertThat(yes.signed()).isTrue();
    assertThat(no.signed()).isFalse();
  }

  @Test
  void aNullBooleanGivenToAnAgreementCopyResetsTheFlag() {
    Agreement yes =
        Agreement.builder().reducedContribution(true).replacement(true).signed(true).build();

    assertThat(yes.withReducedContribution(NO_FLAG).reducedContribution()).isFalse();
    assertThat(yes.withReplacement(NO_FLAG).replacement()).isFalse();
    assertThat(yes.withSigned(NO_FLAG).signed()).isFalse();
    assertThat(Agreement.builder().build().withSigned(Boolean.TRUE).signed()).isTrue();
    assertThat(
            Agreement.builder().build().withReducedContribution(Boolean.TRUE).reducedContribution())
        .isTrue();
    assertThat(Agreement.builder().build().withReplacement(Boolean.TRUE).replacement()).isTrue();
  }

  @Test
  void aNullBooleanGivenToTheServiceOfferIsAbsentThatIsFalse() {
    assertThat(ServiceOffer.of(NO_FLAG).cisssReservationConvention()).isFalse();
    assertThat(ServiceOffer.of(Boolean.TRUE).cisssReservationConvention()).isTrue();
    assertThat(ServiceOffer.builder().cisssReservationConvention(NO_FLAG).build())
        .isEqualTo(ServiceOffer.of(false));
    assertThat(ServiceOffer.of(true).withCisssReservationConvention(NO_FLAG))
        .isEqualTo(ServiceOffer.of(false));
    assertThat(ServiceOffer.of(false).withCisssReservationConvention(Boolean.TRUE))
        .isEqualTo(ServiceOffer.of(true));
  }

  @Test
  void aRecordWhoseEveryMappedFieldIsNullValidatesWithoutThrowing() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(
                Child.builder()
                    .lastName((String) null)
                    .birthDate((LocalDate) null)
                    .bornOutsideQuebec((Boolean) null)
                    .build())
            .addAgreements(
                Agreement.builder()
                    .start((LocalDate) null)
                    .reducedContribution(NO_FLAG)
                    .signed(NO_FLAG)
                    .build())
            .serviceOffer(ServiceOffer.of(NO_FLAG))
            .build();

    assertThat(RecordValidator.validate(record).isValid()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(DayOfWeek.class)
  void dayOfNamesTheSameDayAsJavaTime(DayOfWeek dayOfWeek) {
    assertThat(Day.of(dayOfWeek).dayOfWeek()).isEqualTo(dayOfWeek);
    assertThat(Day.of(dayOfWeek).name()).isEqualTo(dayOfWeek.name().substring(0, 3));
  }

  @Test
  void dayOfRefusesNullNamingIt() {
    assertThat(Day.of(LocalDate.of(2024, 9, 2).getDayOfWeek())).isEqualTo(Day.MON);
    assertThat(Day.of(DayOfWeek.SUNDAY)).isEqualTo(Day.SUN);
    assertThatThrownBy(() -> Day.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dayOfWeek");
  }

  @Test
  void everyEnteredDateIsReadAsADateBesideTheText() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    Agreement agreement = Agreement.builder().start(day).end(day).terminatedOn(day).build();
    SpecialSchedule special = SpecialSchedule.builder().start(day).end(day).build();
    SpecialPeriod period = SpecialPeriod.builder().start(day).end(day).build();
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(Child.builder().birthDate(day).build())
            .ageBracket(AgeBracket.MONTHS_18_59, day)
            .build();

    assertThat(agreement.start()).contains("2024-02-29");
    assertThat(agreement.startAsDate()).contains(day);
    assertThat(agreement.endAsDate()).contains(day);
    assertThat(agreement.terminatedOnAsDate()).contains(day);
    assertThat(special.startAsDate()).contains(day);
    assertThat(special.endAsDate()).contains(day);
    assertThat(period.startAsDate()).contains(day);
    assertThat(period.endAsDate()).contains(day);
    assertThat(record.child().flatMap(Child::birthDateAsDate)).contains(day);
    assertThat(record.ageBracketStart(AgeBracket.MONTHS_18_59)).contains(day);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2023-02-29", "2024-1-05", " 2024-01-05", "", "  ", "0000-01-01", "demain"})
  void aDateEnteredMalformedOrBlankIsNoDateButKeepsItsText(String text) {
    Agreement agreement = Agreement.builder().start(text).end(text).terminatedOn(text).build();
    Child child = Child.builder().birthDate(text).build();
    ParentChildRecord record =
        ParentChildRecord.builder().putAgeBrackets(AgeBracket.SCHOOL_AGE.name(), text).build();

    assertThat(agreement.start()).contains(text);
    assertThat(agreement.startAsDate()).isEmpty();
    assertThat(agreement.endAsDate()).isEmpty();
    assertThat(agreement.terminatedOnAsDate()).isEmpty();
    assertThat(SpecialSchedule.builder().start(text).build().startAsDate()).isEmpty();
    assertThat(SpecialPeriod.builder().end(text).build().endAsDate()).isEmpty();
    assertThat(child.birthDateAsDate()).isEmpty();
    assertThat(record.ageBracketStart(AgeBracket.SCHOOL_AGE)).isEmpty();
  }

  @Test
  void anAbsentDateIsNoDate() {
    assertThat(Agreement.builder().build().startAsDate()).isEqualTo(Option.none());
    assertThat(Child.builder().build().birthDateAsDate()).isEmpty();
    assertThat(ParentChildRecord.builder().build().ageBracketStart(AgeBracket.MONTHS_0_17))
        .isEmpty();
    assertThatThrownBy(() -> ParentChildRecord.builder().build().ageBracketStart(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bracket");
  }
}
