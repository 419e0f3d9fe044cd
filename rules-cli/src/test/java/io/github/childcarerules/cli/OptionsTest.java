package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.careunit.Stay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of the options and arguments, each on both sides of what it accepts, with the
 * exact message of what it refuses.
 */
class OptionsTest {
  @ParameterizedTest
  @CsvSource({
    "00:00-00:01, 00:00, 00:01",
    "09:05-19:58, 09:05, 19:58",
    "10:10-20:20, 10:10, 20:20",
    "23:58-23:59, 23:58, 23:59",
    "' 07:30-17:45 ', 07:30, 17:45"
  })
  void aStayIsTwoTimesOfTheDay(String argument, String arrival, String departure) {
    Stay stay = new StaysArgument().convert(argument).single();

    assertThat(stay.arrival()).isEqualTo(LocalTime.parse(arrival));
    assertThat(stay.departure()).isEqualTo(LocalTime.parse(departure));
  }

  @Test
  void staysAreSeparatedByCommasInTheirOrder() {
    assertThat(new StaysArgument().convert("07:00-09:00, 12:15-13:45,16:00-18:00"))
        .containsExactly(
            Stay.of(LocalTime.of(7, 0), LocalTime.of(9, 0)),
            Stay.of(LocalTime.of(12, 15), LocalTime.of(13, 45)),
            Stay.of(LocalTime.of(16, 0), LocalTime.of(18, 0)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "24:00-24:00",
        "08:00-24:00",
        "08:60-09:00",
        "8:00-09:00",
        "08:00",
        "08:00-09:00,",
        ",08:00-09:00",
        "08:00-09:00,,10:00-11:00",
        "08h00-09h00",
        ""
      })
  void anythingElseIsRefusedWholeInTheMessage(String argument) {
    assertThatThrownBy(() -> new StaysArgument().convert(argument))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "expected stays HH:MM-HH:MM[,HH:MM-HH:MM…] with times from 00:00 to 23:59, found '"
                + argument
                + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "2024-02-29", "9999-12-31"})
  void aDateIsACalendarDayWrittenYyyyMmDd(String value) {
    assertThat(new DateOption().convert(value)).isEqualTo(LocalDate.parse(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-1-01", "20240101", "+2024-01-01", ""})
  void anyOtherDateIsRefusedInTheMessage(String value) {
    assertThatThrownBy(() -> new DateOption().convert(value))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("expected a calendar date YYYY-MM-DD, found '" + value + "'");
  }

  @ParameterizedTest
  @CsvSource({"month, MONTH", "reference-year, REFERENCE_YEAR", "fiscal-year, FISCAL_YEAR"})
  void aGroupingIsOneOfThreeNames(String name, Grouping grouping) {
    assertThat(new GroupingOption.Converter().convert(name).grouping()).isEqualTo(grouping);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MONTH", "months", "year", ""})
  void anyOtherGroupingIsRefusedWithTheThreeNames(String name) {
    assertThatThrownBy(() -> new GroupingOption.Converter().convert(name))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("expected month, reference-year, fiscal-year, found '" + name + "'");
  }

  @Test
  void theLanguagesAreFrenchOfCanadaAndEnglish() {
    assertThat(new Language.Converter().convert("fr")).isEqualTo(Language.FRENCH);
    assertThat(new Language.Converter().convert("en")).isEqualTo(Language.ENGLISH);
    assertThat(Language.FRENCH.locale()).isEqualTo(Locale.CANADA_FRENCH);
    assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Language.FRENCH.code()).isEqualTo("fr");
    assertThat(Language.ENGLISH.code()).isEqualTo("en");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR", "fr-CA", "english", ""})
  void anyOtherLanguageIsRefusedWithTheTwoCodes(String code) {
    assertThatThrownBy(() -> new Language.Converter().convert(code))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("expected fr or en, found '" + code + "'");
  }
}
