package io.github.childcarerules.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict {@code YYYY-MM-DD} calendar dates (RULES.md, Conventions: "2013-02-29 is not"). */
class IsoDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024-02-29, 2024, 2, 29",
    "2000-02-29, 2000, 2, 29",
    "2013-01-22, 2013, 1, 22",
    "2024-12-31, 2024, 12, 31",
    "0001-01-01, 1, 1, 1",
    "9999-12-31, 9999, 12, 31",
  })
  void aRealCalendarDateWrittenYyyyMmDdParses(String text, int year, int month, int day) {
    assertThat(IsoDate.parse(text).toJavaOptional()).contains(LocalDate.of(year, month, day));
    assertThat(IsoDate.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "2023-02-29",
        "2013-02-29",
        "1900-02-29",
        "2024-04-31",
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "2024-01-32",
        "2024-1-05",
        "2024-01-5",
        "24-01-05",
        "20240105",
        "2024/01/05",
        "05-01-2024",
        " 2024-01-05",
        "2024-01-05 ",
        "2024-01-05T00:00",
        "+2024-01-05",
        "-2024-01-05",
        "\uFF12\uFF10\uFF12\uFF14-01-05",
        "2024-\u0661\u0662-05",
        "0000-01-01",
        "",
        "2024-01-0a",
        "2024_01_05"
      })
  void anythingElseDoesNot(String text) {
    assertThat(IsoDate.parse(text).isEmpty()).isTrue();
    assertThat(IsoDate.isValid(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}: writable {1}")
  @CsvSource({
    "0001-01-01, true",
    "9999-12-31, true",
    "2024-02-29, true",
    "0000-12-31, false",
    "+10000-01-01, false",
    "-0001-01-01, false",
    "+999999999-12-31, false",
  })
  void aDateIsWritableFromYear0001ToYear9999(String date, boolean writable) {
    LocalDate day = LocalDate.parse(date);

    assertThat(IsoDate.isWritable(day)).isEqualTo(writable);
    if (writable) {
      assertThat(IsoDate.requireSupported(day, "day")).isEqualTo(day);
    } else {
      assertThatThrownBy(() -> IsoDate.requireSupported(day, "day"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("day " + day);
    }
  }
}
