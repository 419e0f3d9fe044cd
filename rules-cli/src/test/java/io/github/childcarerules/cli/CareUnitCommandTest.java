package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code care-unit} (FORMAT.md, "Care unit"). */
class CareUnitCommandTest {
  @Test
  void theFormatExamplePrintsItsDocument() {
    Run run =
        Run.of(
            "care-unit",
            "--birth-date",
            "2019-09-30",
            "--on",
            "2024-10-15",
            "--stay",
            "07:00-08:00,15:30-17:00",
            "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().replace(System.lineSeparator(), "\n"))
        .isEqualTo(
            """
            {
              "unit": "DAY",
              "ageRule": "FIVE_OR_OLDER_ON_SEPTEMBER_30",
              "minutes": 150,
              "overTenHours": false
            }
            """);
  }

  @Test
  void anUnderFiveChildsLongDayIsReportedOverTenHours() {
    Run run =
        Run.of(
            "care-unit",
            "--birth-date",
            "2021-03-01",
            "--on",
            "2024-10-15",
            "--stay",
            "06:30-12:00,12:00-16:31",
            "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("unit").textValue()).isEqualTo("DAY");
    assertThat(run.json().get("ageRule").textValue()).isEqualTo("UNDER_FIVE_ON_SEPTEMBER_30");
    assertThat(run.json().get("minutes").intValue()).isEqualTo(601);
    assertThat(run.json().get("overTenHours").booleanValue()).isTrue();
  }

  @Test
  void textIsFrenchByDefaultAndEnglishOnRequest() {
    String[] args = {
      "care-unit", "--birth-date", "2021-03-01", "--on", "2024-10-15", "--stay", "08:00-10:30"
    };
    Run french = Run.of(args);
    assertThat(french.exit()).isZero();
    assertThat(french.outLines())
        .containsExactly(
            "Unité de garde : demi-journée",
            "Règle d’âge : moins de 5 ans au 30 septembre (le plus long séjour continu décide)",
            "Durée totale des séjours : 150 minutes",
            "Plus de 10 heures de garde : non");

    Run english = Run.of(append(args, "--lang", "en"));
    assertThat(english.outLines())
        .containsExactly(
            "Care unit: half-day",
            "Age rule: under 5 on 30 September (the longest continuous stay decides)",
            "Total time of the stays: 150 minutes",
            "More than 10 hours of care: no");
  }

  @ParameterizedTest(name = "--stay {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "08:00-10:00,09:59-11:00; the stays 08:00-10:00 and 09:59-11:00 overlap",
        "10:00-09:59; the stay 10:00-09:59 ends before it starts",
        "22:00-02:00; the stay 22:00-02:00 ends before it starts"
      })
  void unusableStaysExitWithTwo(String stays, String message) {
    Run run =
        Run.of(
            "care-unit",
            "--birth-date",
            "2021-03-01",
            "--on",
            "2024-10-15",
            "--stay",
            stays,
            "--lang",
            "en");
    Expect.unusable(run, "--stay", message);
  }

  @Test
  void unusableStaysAreExplainedInFrenchByDefault() {
    Run run =
        Run.of(
            "care-unit",
            "--birth-date",
            "2021-03-01",
            "--on",
            "2024-10-15",
            "--stay",
            "08:00-10:00,09:00-09:30");
    Expect.unusable(run, "--stay", "les séjours 08:00-10:00 et 09:00-09:30 se chevauchent");
  }

  @Test
  void aBirthDateAfterTheDayIsUnusable() {
    Run run =
        Run.of(
            "care-unit",
            "--birth-date",
            "2024-10-16",
            "--on",
            "2024-10-15",
            "--stay",
            "08:00-10:00",
            "--lang",
            "en");
    Expect.unusable(run, "--birth-date", "the birth date 2024-10-16 is after the day 2024-10-15");
  }

  @ParameterizedTest(name = "--stay {0}")
  @ValueSource(
      strings = {"07:00-24:00", "7:00-08:00", "07:00", "07:00-08:60", "07:00-08:00,", "", "x"})
  void malformedStaysAreUsageErrors(String stays) {
    Run run =
        Run.of("care-unit", "--birth-date", "2021-03-01", "--on", "2024-10-15", "--stay", stays);
    Expect.unusable(run, "care-unit", "--stay", "HH:MM-HH:MM");
  }

  @Test
  void malformedAndMissingDatesAreUsageErrors() {
    Expect.unusable(
        Run.of(
            "care-unit",
            "--birth-date",
            "2021-02-30",
            "--on",
            "2024-10-15",
            "--stay",
            "08:00-09:00"),
        "--birth-date",
        "2021-02-30");
    Expect.unusable(
        Run.of("care-unit", "--birth-date", "2021-02-01", "--stay", "08:00-09:00"), "--on");
    Expect.unusable(
        Run.of("care-unit", "--birth-date", "2021-02-01", "--on", "2024-10-15"), "--stay");
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
