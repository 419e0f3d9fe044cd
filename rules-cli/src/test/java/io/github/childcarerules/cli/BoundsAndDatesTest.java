package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Bounds that keep a run's output of the size of its input, and no date past 9999 in any output.
 * Each test failed on the code before: a places document of 5 KB wrote a million runs; {@code
 * age-brackets} printed {@code +10005-09-01}.
 */
class BoundsAndDatesTest {
  private static String places(int entries, int count) {
    String entry = "{\"from\": \"2024-01-01\", \"to\": null, \"count\": " + count + "}";
    return "{\"places\": ["
        + String.join(", ", Collections.nCopies(entries, entry))
        + "], \"records\": []}";
  }

  @Test
  void overlappingPlacesEntriesCannotPassTheDocumentsTotalOfTenThousandPlaces() {
    long start = System.nanoTime();
    Run run =
        Run.withInput(
            places(100, 10_000),
            "unoccupied-places",
            "-",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--json");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "childcare-rules: standard input: places[1].count: the places entries add up to")
        .contains("over 10000");
  }

  @Test
  void placesAddingUpToTenThousandAreUsable() {
    Run run =
        Run.withInput(
            places(4, 2_500),
            "unoccupied-places",
            "-",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).hasSize(1 + 10_000);
  }

  @Test
  void aBirthDateWhoseSchoolAgePasses9999IsUnusableNamingTheOption() {
    for (String birth : new String[] {"9999-12-31", "9994-10-01"}) {
      for (String format : new String[] {"--json", "--lang=en"}) {
        Run run = Run.of("age-brackets", "--birth-date", birth, format);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
            .singleElement()
            .asString()
            .startsWith("childcare-rules: age-brackets: --birth-date " + birth + ":")
            .contains("9994-09-30")
            .doesNotContain("+1");
      }
    }
  }

  @Test
  void theLastBirthDateReachesSchoolAgeIn9999() {
    Run run = Run.of("age-brackets", "--birth-date", "9994-09-30", "--on", "9999-12-31", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("starts").get("SCHOOL_AGE").textValue()).isEqualTo("9999-09-01");
    assertThat(run.json().get("bracket").textValue()).isEqualTo("SCHOOL_AGE");
  }

  @Test
  void aCareUnitOfAChildBornIn9999IsUnderFive() {
    Run run =
        Run.of(
            "care-unit",
            "--birth-date",
            "9999-01-01",
            "--on",
            "9999-12-31",
            "--stay",
            "08:00-13:00",
            "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("ageRule").textValue()).isEqualTo("UNDER_FIVE_ON_SEPTEMBER_30");
  }
}
