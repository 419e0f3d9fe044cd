package io.github.childcarerules.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.careunit.CareUnits;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At {@code LocalDate.MIN/MAX} and past year 9999 the API refuses as documented
 * (IllegalArgumentException naming the argument), never a DateTimeException.
 */
class DateEdgesTest {
  private final ParentChildRecord empty = ParentChildRecord.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "0001-08-31", "9999-09-01"})
  void anAttestationWhoseReferenceYearLeavesYearsOneToNineThousandIsRefused(String asOf) {
    assertThatThrownBy(() -> Attestation.of(empty, LocalDate.parse(asOf)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void anAttestationAtTheEdgesOfTheSupportedYearsIsAnswered() {
    assertThat(Attestation.of(empty, Attestation.FIRST_AS_OF).referenceYear())
        .hasToString("0001-09-01/0002-08-31");
    assertThat(Attestation.of(empty, Attestation.LAST_AS_OF).referenceYear())
        .hasToString("9998-09-01/9999-08-31");
  }

  @Test
  void countingOutsideTheSupportedYearsIsRefused() {
    Occupation occupation = Occupation.of(empty);
    assertThatThrownBy(
            () ->
                occupation.count(
                    DatePeriod.ofClosed(LocalDate.of(9999, 1, 1), LocalDate.MAX), Grouping.MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range end");
    assertThat(
            occupation
                .count(
                    DatePeriod.ofClosed(LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 31)),
                    Grouping.MONTH)
                .byPeriod())
        .hasSize(12);
  }

  @Test
  void aCareUnitOutsideTheSupportedYearsIsRefused() {
    assertThatThrownBy(() -> CareUnits.assess(LocalDate.MIN, LocalDate.MAX, List.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("birthDate");
  }

  @Test
  void periodsAtLocalDateMaxNeitherThrowNorAbut() {
    DatePeriod last = DatePeriod.ofClosed(LocalDate.MAX, LocalDate.MAX);
    DatePeriod before = DatePeriod.ofClosed(LocalDate.MAX.minusDays(1), LocalDate.MAX.minusDays(1));
    assertThat(last.abuts(last)).isFalse();
    assertThat(before.abuts(last)).isTrue();
    assertThat(last.abuts(before)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01/+10000-12-31", "-0001-01-01/..", "9999-12-31/+10000-01-01"})
  void periodsPastYearNineThousandRoundTrip(String text) {
    DatePeriod period = DatePeriod.parse(text).get();
    assertThat(DatePeriod.parse(period.toString())).contains(period);
    assertThat(period).hasToString(text);
  }
}
