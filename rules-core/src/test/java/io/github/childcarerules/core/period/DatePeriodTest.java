package io.github.childcarerules.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closed periods (RULES.md, Conventions): the end is the last day included; an open period runs on
 * forever. Periods are written like {@code toString()}: {@code 2024-01-01/2024-01-31}, {@code
 * 2024-01-01/..}.
 */
class DatePeriodTest {

  private static DatePeriod period(String text) {
    return DatePeriod.parse(text).getOrElseThrow(() -> new IllegalArgumentException(text));
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "2024-01-01/2024-01-31, 2024-01-01, true",
    "2024-01-01/2024-01-31, 2024-01-31, true",
    "2024-01-01/2024-01-31, 2024-01-15, true",
    "2024-01-01/2024-01-31, 2023-12-31, false",
    "2024-01-01/2024-01-31, 2024-02-01, false",
    "2024-01-01/2024-01-01, 2024-01-01, true",
    "2024-01-01/..        , 2024-01-01, true",
    "2024-01-01/..        , 9999-12-31, true",
    "2024-01-01/..        , 2023-12-31, false",
  })
  void containsEveryDayFromStartToEndIncluded(String period, String day, boolean contained) {
    assertThat(period(period).contains(day(day))).isEqualTo(contained);
  }

  @ParameterizedTest(name = "{0} encloses {1}: {2}")
  @CsvSource({
    "2024-01-01/2024-01-31, 2024-01-01/2024-01-31, true",
    "2024-01-01/2024-01-31, 2024-01-10/2024-01-20, true",
    "2024-01-01/2024-01-31, 2024-01-01/2024-01-01, true",
    "2024-01-01/2024-01-31, 2024-01-31/2024-01-31, true",
    "2024-01-01/2024-01-31, 2023-12-31/2024-01-31, false",
    "2024-01-01/2024-01-31, 2024-01-01/2024-02-01, false",
    "2024-01-01/2024-01-31, 2024-01-10/..        , false",
    "2024-01-01/..        , 2024-01-10/..        , true",
    "2024-01-01/..        , 2024-01-01/2099-12-31, true",
    "2024-01-01/..        , 2023-12-31/2024-01-31, false",
    "2024-01-01/..        , 2023-12-31/..        , false",
  })
  void enclosesWhenEveryDayOfTheOtherIsInside(String outer, String inner, boolean encloses) {
    assertThat(period(outer).encloses(period(inner))).isEqualTo(encloses);
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({
    "2024-01-01/2024-01-31, 2024-01-31/2024-02-10, true",
    "2024-01-01/2024-01-31, 2024-02-01/2024-02-10, false",
    "2024-01-01/2024-01-31, 2024-01-10/2024-01-20, true",
    "2024-01-01/2024-01-31, 2023-12-01/2024-01-01, true",
    "2024-01-01/2024-01-31, 2023-12-01/2023-12-31, false",
    "2024-01-01/2024-01-01, 2024-01-01/2024-01-01, true",
    "2024-01-01/..        , 2099-01-01/2099-01-31, true",
    "2024-01-01/..        , 2023-12-01/2024-01-01, true",
    "2024-01-01/..        , 2023-12-01/2023-12-31, false",
    "2024-01-01/..        , 2030-01-01/..        , true",
  })
  void overlapsWhenSharingAtLeastOneDay(String first, String second, boolean overlaps) {
    assertThat(period(first).overlaps(period(second))).isEqualTo(overlaps);
    assertThat(period(second).overlaps(period(first))).isEqualTo(overlaps);
  }

  @ParameterizedTest(name = "{0} abuts {1}: {2}")
  @CsvSource({
    "2024-01-01/2024-01-31, 2024-02-01/2024-02-10, true",
    "2024-01-01/2024-01-31, 2024-01-31/2024-02-10, false",
    "2024-01-01/2024-01-31, 2024-02-02/2024-02-10, false",
    "2024-01-01/2024-01-31, 2024-02-01/..        , true",
    "2024-02-01/..        , 2024-01-01/2024-01-31, true",
    "2024-01-01/..        , 2030-01-01/..        , false",
    "2024-01-01/2024-01-01, 2024-01-02/2024-01-02, true",
  })
  void abutsWhenOneEndsTheDayBeforeTheOtherStarts(String first, String second, boolean abuts) {
    assertThat(period(first).abuts(period(second))).isEqualTo(abuts);
    assertThat(period(second).abuts(period(first))).isEqualTo(abuts);
  }

  @Test
  void aPeriodMayEndOnItsStartButNotBefore() {
    assertThat(DatePeriod.ofClosed(day("2024-01-10"), day("2024-01-10")).endInclusive())
        .isEqualTo(Option.some(day("2024-01-10")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatePeriod.ofClosed(day("2024-01-10"), day("2024-01-09")));
  }

  @Test
  void anOpenPeriodHasNoEnd() {
    DatePeriod open = DatePeriod.startingOn(day("2024-01-01"));

    assertThat(open.isOpen()).isTrue();
    assertThat(open.endInclusive().isEmpty()).isTrue();
    assertThat(DatePeriod.of(day("2024-01-01"), Option.none())).isEqualTo(open);
    assertThat(DatePeriod.ofClosed(day("2024-01-01"), day("2024-01-31")).isOpen()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024-01-01/2024-01-31", "2024-01-01/..", "2024-02-29/2024-02-29"})
  void toStringIsIsoAndRoundTripsThroughParse(String text) {
    DatePeriod parsed = period(text);

    assertThat(parsed.toString()).isEqualTo(text);
    assertThat(DatePeriod.parse(parsed.toString()).toJavaOptional()).contains(parsed);
  }

  @Test
  void toStringOfBuiltPeriods() {
    assertThat(DatePeriod.ofClosed(day("2024-01-01"), day("2024-01-31")))
        .hasToString("2024-01-01/2024-01-31");
    assertThat(DatePeriod.startingOn(day("2024-01-01"))).hasToString("2024-01-01/..");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "2024-01-31/2024-01-01",
        "2024-01-01",
        "2024-01-01/",
        "2024-01-01/...",
        "/2024-01-31",
        "2024-01-01/2024-1-31",
        "2023-02-29/..",
        "2024-01-01 / 2024-01-31",
        "2024-01-01--2024-01-31",
        ""
      })
  void parseRejectsAnythingElse(String text) {
    assertThat(DatePeriod.parse(text).isEmpty()).isTrue();
  }

  @Test
  void equalPeriodsAreEqual() {
    assertThat(period("2024-01-01/2024-01-31"))
        .isEqualTo(DatePeriod.ofClosed(day("2024-01-01"), day("2024-01-31")))
        .hasSameHashCodeAs(DatePeriod.ofClosed(day("2024-01-01"), day("2024-01-31")))
        .isNotEqualTo(period("2024-01-01/2024-01-30"))
        .isNotEqualTo(period("2024-01-01/.."));
  }
}
