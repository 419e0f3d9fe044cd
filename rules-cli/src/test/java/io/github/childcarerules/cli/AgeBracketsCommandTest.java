package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code age-brackets --birth-date D [--on D]}: the nominal brackets of RULES.md §5. */
class AgeBracketsCommandTest {
  @Test
  void jsonGivesTheStartOfEveryBracketAndTheBracketOnTheDay() {
    Run run = Run.of("age-brackets", "--birth-date", "2019-09-30", "--on", "2024-10-15", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().replace(System.lineSeparator(), "\n"))
        .isEqualTo(
            """
            {
              "birthDate": "2019-09-30",
              "starts": {
                "MONTHS_0_17": "2019-09-30",
                "MONTHS_18_59": "2021-03-30",
                "SCHOOL_AGE": "2024-09-01"
              },
              "on": "2024-10-15",
              "bracket": "SCHOOL_AGE"
            }
            """);
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2}, school age from {3}")
  @CsvSource({
    "2019-09-30, 2024-08-31, MONTHS_18_59, 2024-09-01",
    "2019-09-30, 2024-09-01, SCHOOL_AGE, 2024-09-01",
    "2019-10-01, 2024-09-01, MONTHS_18_59, 2025-09-01",
    "2019-10-01, 2025-09-01, SCHOOL_AGE, 2025-09-01",
    "2019-10-01, 2021-03-31, MONTHS_0_17, 2025-09-01",
    "2019-10-01, 2021-04-01, MONTHS_18_59, 2025-09-01",
  })
  void theBracketChangesOnItsNominalDate(
      String birth, String day, String bracket, String schoolAge) {
    Run run = Run.of("age-brackets", "--birth-date", birth, "--on", day, "--json");

    assertThat(run.json().get("bracket").textValue()).isEqualTo(bracket);
    assertThat(run.json().get("starts").get("SCHOOL_AGE").textValue()).isEqualTo(schoolAge);
  }

  @Test
  void beforeBirthThereIsNoBracket() {
    Run run = Run.of("age-brackets", "--birth-date", "2019-09-30", "--on", "2019-09-29", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("bracket").isNull()).isTrue();
  }

  @Test
  void withoutOnThereIsNoDay() {
    Run run = Run.of("age-brackets", "--birth-date", "2019-09-30", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().propertyStream().map(Map.Entry::getKey).toList())
        .isEqualTo(List.of("birthDate", "starts"));
  }

  @Test
  void textIsFrenchByDefaultAndEnglishOnRequest() {
    Run french = Run.of("age-brackets", "--birth-date", "2019-10-01", "--on", "2019-09-30");
    assertThat(french.exit()).isZero();
    assertThat(french.outLines())
        .containsExactly(
            "Tranches d’âge nominales d’un enfant né le 2019-10-01 (RCR art. 1 et 14) :",
            "  0 à 17 mois : à partir du 2019-10-01",
            "  18 à 59 mois : à partir du 2021-04-01",
            "  âge scolaire : à partir du 2025-09-01",
            "Le 2019-09-30 : aucune (avant la naissance)",
            "Les règles d’occupation permettent des exceptions : ce sont les dates à proposer, pas"
                + " des obligations.");

    Run english =
        Run.of("age-brackets", "--birth-date", "2019-10-01", "--on", "2025-09-01", "--lang", "en");
    assertThat(english.outLines())
        .containsExactly(
            "Nominal age brackets of a child born on 2019-10-01 (RCR art. 1 and 14):",
            "  0 to 17 months: from 2019-10-01",
            "  18 to 59 months: from 2021-04-01",
            "  school age: from 2025-09-01",
            "On 2025-09-01: school age",
            "The occupation rules allow exceptions: these are the dates to propose, not"
                + " requirements.");
  }

  @ParameterizedTest(name = "--birth-date [{0}]")
  @ValueSource(strings = {"2019-02-29", "2019-9-30", "30/09/2019", ""})
  void aMalformedBirthDateIsAUsageError(String birth) {
    Expect.unusable(Run.of("age-brackets", "--birth-date", birth), "--birth-date");
  }

  @Test
  void aMissingBirthDateOrAMalformedDayIsAUsageError() {
    Expect.unusable(Run.of("age-brackets"), "--birth-date");
    Expect.unusable(Run.of("age-brackets", "--on", "2024-10-15"), "--birth-date");
    Expect.unusable(
        Run.of("age-brackets", "--birth-date", "2019-09-30", "--on", "2024-13-01"),
        "--on",
        "2024-13-01");
    Expect.unusable(Run.of("age-brackets", "--birth-date", "2019-09-30", "--lang", "de"), "--lang");
    Expect.unusable(Run.of("age-brackets", "--birth-date", "2019-09-30", "--unknown"), "--unknown");
  }
}
