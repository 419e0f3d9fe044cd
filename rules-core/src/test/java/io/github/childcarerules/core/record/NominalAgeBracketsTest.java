package io.github.childcarerules.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §5, the nominal brackets: 18 months; 1 September of the year of 5 on 30 September. */
class NominalAgeBracketsTest {

  @ParameterizedTest(name = "born {0}: 18 months on {1}, school age on {2}")
  @CsvSource({
    "2019-09-30, 2021-03-30, 2024-09-01",
    "2019-10-01, 2021-04-01, 2025-09-01",
    "2019-09-01, 2021-03-01, 2024-09-01",
    "2019-01-01, 2020-07-01, 2024-09-01",
    "2019-12-31, 2021-06-30, 2025-09-01",
    "2020-02-29, 2021-08-29, 2025-09-01",
    "2022-08-31, 2024-02-29, 2027-09-01",
    "2023-08-31, 2025-02-28, 2028-09-01",
  })
  void eachBracketStartsOnItsNominalDate(String birth, String months18, String schoolAge) {
    NominalAgeBrackets nominal = NominalAgeBrackets.of(LocalDate.parse(birth));

    assertThat(nominal.startOf(AgeBracket.MONTHS_0_17)).isEqualTo(birth);
    assertThat(nominal.startOf(AgeBracket.MONTHS_18_59)).isEqualTo(months18);
    assertThat(nominal.startOf(AgeBracket.SCHOOL_AGE)).isEqualTo(schoolAge);
    assertThat(nominal.schoolAge()).isEqualTo(schoolAge);
    assertThat(nominal.starts().values().map(LocalDate::toString))
        .containsExactly(birth, months18, schoolAge);
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    "2019-09-30, 2019-09-29, ",
    "2019-09-30, 2019-09-30, MONTHS_0_17",
    "2019-09-30, 2021-03-29, MONTHS_0_17",
    "2019-09-30, 2021-03-30, MONTHS_18_59",
    "2019-09-30, 2024-08-31, MONTHS_18_59",
    "2019-09-30, 2024-09-01, SCHOOL_AGE",
    "2019-10-01, 2024-09-01, MONTHS_18_59",
    "2019-10-01, 2025-08-31, MONTHS_18_59",
    "2019-10-01, 2025-09-01, SCHOOL_AGE",
    "2019-10-01, 2040-01-01, SCHOOL_AGE",
  })
  void theBracketOnADayIsTheOldestStartedOnOrBeforeIt(String birth, String day, String bracket) {
    assertThat(NominalAgeBrackets.of(LocalDate.parse(birth)).on(LocalDate.parse(day)))
        .isEqualTo(Option.of(bracket).map(AgeBracket::valueOf));
  }

  @Test
  void theHelperNamesItsBirthDateAndItsStarts() {
    NominalAgeBrackets nominal = NominalAgeBrackets.of(LocalDate.of(2019, 9, 30));

    assertThat(nominal.birthDate()).isEqualTo("2019-09-30");
    assertThat(nominal).isEqualTo(NominalAgeBrackets.of(LocalDate.of(2019, 9, 30)));
    assertThat(nominal).isNotEqualTo(NominalAgeBrackets.of(LocalDate.of(2019, 10, 1)));
    assertThat(nominal).hasSameHashCodeAs(NominalAgeBrackets.of(LocalDate.of(2019, 9, 30)));
    assertThat(nominal)
        .hasToString("MONTHS_0_17 2019-09-30, MONTHS_18_59 2021-03-30, SCHOOL_AGE 2024-09-01");
  }

  @ParameterizedTest(name = "born {0}: refused, a nominal date would leave 0001-9999")
  @CsvSource({"9994-10-01", "9995-01-01", "9999-12-31", "+999999999-12-31", "0000-12-31"})
  void aBirthDateWhoseNominalDatesLeaveTheYears0001To9999IsRefused(String birth) {
    LocalDate date = LocalDate.parse(birth);

    assertThatThrownBy(() -> NominalAgeBrackets.of(date))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("birthDate " + date)
        .hasMessageContaining("9994-09-30");
  }

  @Test
  void theLastBirthDateReachesSchoolAgeInTheYear9999() {
    NominalAgeBrackets last = NominalAgeBrackets.of(NominalAgeBrackets.LAST_BIRTH_DATE);

    assertThat(last.schoolAge()).isEqualTo("9999-09-01");
    assertThat(NominalAgeBrackets.of(LocalDate.of(1, 1, 1)).schoolAge()).isEqualTo("0006-09-01");
  }

  @Test
  void theLargestDateIsRefusedAsAnArgumentNotAsADateTimeException() {
    assertThatThrownBy(() -> NominalAgeBrackets.of(LocalDate.MAX))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NominalAgeBrackets.of(LocalDate.MIN))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  // Properties against the definitions of RULES.md §5, read as plainly as possible

  @Provide
  Arbitrary<LocalDate> births() {
    return Arbitraries.integers()
        .between(0, 365 * 40)
        .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-30, 365 * 8);
  }

  @Property
  void schoolAgeStartsOnTheFirstSeptemberOfTheYearTheChildIsFiveOnSeptember30(
      @ForAll("births") LocalDate birth) {
    LocalDate schoolAge = NominalAgeBrackets.of(birth).schoolAge();

    assertThat(schoolAge.getMonth()).isEqualTo(Month.SEPTEMBER);
    assertThat(schoolAge.getDayOfMonth()).isEqualTo(1);
    LocalDate september30 = schoolAge.withDayOfMonth(30);
    assertThat(Period.between(birth, september30).getYears()).isEqualTo(5);
    assertThat(Period.between(birth, september30.minusYears(1)).getYears()).isLessThan(5);
  }

  @Property
  void theBracketOnADayFollowsTheAgeOfTheChild(
      @ForAll("births") LocalDate birth, @ForAll("offsets") int offset) {
    LocalDate day = birth.plusDays(offset);
    Option<AgeBracket> bracket = NominalAgeBrackets.of(birth).on(day);

    Option<AgeBracket> expected;
    if (day.isBefore(birth)) {
      expected = Option.none();
    } else if (Period.between(birth, LocalDate.of(reference(day), 9, 30)).getYears() >= 5) {
      expected = Option.some(AgeBracket.SCHOOL_AGE);
    } else if (monthsOld(birth, day) >= 18) {
      expected = Option.some(AgeBracket.MONTHS_18_59);
    } else {
      expected = Option.some(AgeBracket.MONTHS_0_17);
    }
    assertThat(bracket).isEqualTo(expected);
  }

  /**
   * Whole months of age, a month being complete on the same day of the month, or on the last day of
   * a shorter month (born on 31 August: one month old on 30 September).
   */
  private static long monthsOld(LocalDate birth, LocalDate day) {
    long months =
        (day.getYear() * 12L + day.getMonthValue())
            - (birth.getYear() * 12L + birth.getMonthValue());
    boolean monthComplete =
        day.getDayOfMonth() >= birth.getDayOfMonth() || day.getDayOfMonth() == day.lengthOfMonth();
    return monthComplete ? months : months - 1;
  }

  /** The year whose 1 September starts the reference year holding {@code day}. */
  private static int reference(LocalDate day) {
    return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
  }
}
