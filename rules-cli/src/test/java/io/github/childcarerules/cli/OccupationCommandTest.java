package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code occupation FILE --from D --to D [--by ...]} (FORMAT.md "Occupation report"). */
class OccupationCommandTest {
  private static final String RECORD = Fixtures.golden("occupation-record.json");

  @Test
  void theContractExamplePrintsTheExpectedReport() {
    JsonNode expected = Fixtures.read(Fixtures.golden("occupation-record.expected.json"));

    Run run =
        Run.of(
            "occupation",
            RECORD,
            "--from",
            "2024-04-01",
            "--to",
            "2025-03-31",
            "--by",
            "fiscal-year",
            "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(expected.get("exit").intValue());
    JsonNode report = run.json();
    expected
        .get("output")
        .properties()
        .forEach(
            field ->
                assertThat(report.get(field.getKey()))
                    .as(field.getKey())
                    .isEqualTo(field.getValue()));
    assertThat(fieldNames(report))
        .containsExactly(
            "from",
            "to",
            "halfDays",
            "byAgeBracket",
            "reducedContribution",
            "fullContribution",
            "ecpExempt",
            "disability",
            "byPeriod");
    assertThat(report.get("from").textValue()).isEqualTo("2024-04-01");
    assertThat(report.get("to").textValue()).isEqualTo("2025-03-31");
    assertThat(fieldNames(report.get("byAgeBracket")))
        .containsExactly("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE");
    for (JsonNode period : report.get("byPeriod")) {
      assertThat(fieldNames(period))
          .containsExactly(
              "from",
              "to",
              "halfDays",
              "byAgeBracket",
              "reducedContribution",
              "fullContribution",
              "ecpExempt",
              "disability");
      assertThat(fieldNames(period.get("byAgeBracket")))
          .containsExactly("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE");
    }
  }

  @Test
  void everyPeriodCarriesTheFullSplitAndThePeriodsAddUpToTheRange() {
    JsonNode report =
        Run.of(
                "occupation",
                RECORD,
                "--from",
                "2024-04-01",
                "--to",
                "2025-03-31",
                "--by",
                "month",
                "--json")
            .json();

    assertThat(report.get("byPeriod")).hasSize(12);
    for (String field :
        List.of("halfDays", "reducedContribution", "fullContribution", "ecpExempt", "disability")) {
      assertThat(
              report.get("byPeriod").valueStream().mapToLong(p -> p.get(field).longValue()).sum())
          .as(field)
          .isEqualTo(report.get(field).longValue());
    }
    for (String bracket : List.of("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE")) {
      assertThat(
              report
                  .get("byPeriod")
                  .valueStream()
                  .mapToLong(p -> p.get("byAgeBracket").get(bracket).longValue())
                  .sum())
          .as(bracket)
          .isEqualTo(report.get("byAgeBracket").get(bracket).longValue());
    }
    // May 2024: the 18-59 months bracket takes effect on 3 May; September: ECP from the 1st
    JsonNode may = report.get("byPeriod").get(1);
    assertThat(may.get("byAgeBracket").get("MONTHS_0_17").intValue()).isEqualTo(2);
    assertThat(may.get("byAgeBracket").get("MONTHS_18_59").intValue())
        .isEqualTo(may.get("halfDays").intValue() - 2)
        .isPositive();
    assertThat(report.get("byPeriod").get(4).get("ecpExempt").intValue()).isZero();
    assertThat(report.get("byPeriod").get(5).get("ecpExempt").intValue())
        .isEqualTo(report.get("byPeriod").get(5).get("halfDays").intValue());
  }

  @Test
  void theTextReportPrintsOneRowPerPeriod() {
    Run run =
        Run.of(
            "occupation",
            RECORD,
            "--from",
            "2024-08-15",
            "--to",
            "2024-10-10",
            "--by",
            "month",
            "--lang",
            "en");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "  by period (half-days):",
            "    period                   total  0-17 months  18-59 months  school age  reduced"
                + "  full  ECP  disability",
            "    2024-08-15 – 2024-08-31     14            0            14           0       14"
                + "     0    0           0",
            "    2024-09-01 – 2024-09-30     22            0            22           0       22"
                + "     0   22           0",
            "    2024-10-01 – 2024-10-10      6            0             6           0        6"
                + "     0    6           0");
  }

  @Test
  void withoutByThereIsNoByPeriod() {
    JsonNode report =
        Run.of("occupation", RECORD, "--from", "2024-04-01", "--to", "2025-03-31", "--json").json();

    assertThat(report.has("byPeriod")).isFalse();
    assertThat(report.get("halfDays").intValue()).isEqualTo(240);
  }

  @Test
  void byMonthListsEveryMonthCutAtTheRangeEndsZeroCountsIncluded() {
    JsonNode report =
        Run.of(
                "occupation",
                RECORD,
                "--from",
                "2025-02-15",
                "--to",
                "2025-04-10",
                "--by",
                "month",
                "--json")
            .json();

    assertThat(
            report
                .get("byPeriod")
                .valueStream()
                .map(
                    p ->
                        p.get("from").textValue()
                            + "/"
                            + p.get("to").textValue()
                            + "="
                            + p.get("halfDays").intValue()))
        .containsExactly(
            "2025-02-15/2025-02-28=10", "2025-03-01/2025-03-31=0", "2025-04-01/2025-04-10=0");
  }

  @Test
  void byReferenceYearChangesOnTheFirstOfSeptember() {
    JsonNode report =
        Run.of(
                "occupation",
                RECORD,
                "--from",
                "2024-08-31",
                "--to",
                "2024-09-02",
                "--by",
                "reference-year",
                "--json")
            .json();

    assertThat(report.get("byPeriod")).hasSize(2);
    assertThat(report.get("byPeriod").get(1).get("from").textValue()).isEqualTo("2024-09-01");
    assertThat(report.get("ecpExempt").intValue())
        .isEqualTo(report.get("byPeriod").get(1).get("halfDays").intValue());
  }

  @Test
  void aRecordThatIsNotValidIsStillCounted(@TempDir Path folder) {
    String broken =
        Fixtures.write(
            folder,
            "broken.json",
            Fixtures.read(RECORD).toString().replace("\"2024-03-04\"", "\"2024-03-32\""));

    Run run = Run.of("occupation", broken, "--from", "2024-04-01", "--to", "2025-03-31", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.json().get("halfDays").intValue()).isZero();
  }

  @Test
  void readsStandardInput() {
    Run run =
        Run.withInput(
            Fixtures.read(RECORD).toString(),
            "occupation",
            "-",
            "--from",
            "2024-04-01",
            "--to",
            "2025-03-31",
            "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("halfDays").intValue()).isEqualTo(240);
  }

  @Test
  void textIsFrenchByDefault() {
    Run run =
        Run.of(
            "occupation",
            RECORD,
            "--from",
            "2024-04-01",
            "--to",
            "2025-03-31",
            "--by",
            "fiscal-year");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Occupation prévue du 2024-04-01 au 2025-03-31 : 240 demi-journées (120 jours)",
            "  0 à 17 mois : 26",
            "  18 à 59 mois : 214",
            "  âge scolaire : 0",
            "  contribution réduite : 240",
            "  contribution pleine : 0",
            "  exemption de la contribution (ECP) : 130",
            "  handicap : 0",
            "  par période (demi-journées) :",
            "    période                  total  0-17 mois  18-59 mois  scolaire  réduite  pleine"
                + "  ECP  handicap",
            "    2024-04-01 – 2025-03-31    240         26         214         0      240       0"
                + "  130         0");
  }

  @Test
  void textInEnglishOnRequestWithHalfDays() {
    Run run =
        Run.of("occupation", RECORD, "--from", "2024-03-04", "--to", "2024-03-04", "--lang", "en");

    assertThat(run.outLines().get(0))
        .isEqualTo("Planned occupation from 2024-03-04 to 2024-03-04: 2 half-days (1 day)");
    assertThat(run.out())
        .contains("0 to 17 months: 2", "reduced contribution: 2")
        .doesNotContain("demi");
  }

  @Test
  void halfDaysAndDaysAgreeInNumber() {
    assertThat(
            Run.of("occupation", RECORD, "--from", "2024-03-02", "--to", "2024-03-03")
                .outLines()
                .get(0))
        .endsWith(": 0 demi-journée (0 jour)");
    assertThat(
            Run.of("occupation", RECORD, "--from", "2024-03-04", "--to", "2024-03-05")
                .outLines()
                .get(0))
        .endsWith(": 4 demi-journées (2 jours)");
    assertThat(
            Run.of(
                    "occupation",
                    RECORD,
                    "--from",
                    "2024-03-04",
                    "--to",
                    "2024-03-05",
                    "--lang",
                    "en")
                .outLines()
                .get(0))
        .endsWith(": 4 half-days (2 days)");
    String halfDays =
        "{\"agreements\": [{\"start\": \"2024-03-04\", \"end\": \"2024-03-10\", \"schedule\":"
            + " {\"weeks\": [{\"MON\": [\"DAY_1\"], \"TUE\": [\"DAY_1\", \"DAY_2\"]}]}}]}";
    assertThat(
            Run.withInput(halfDays, "occupation", "-", "--from", "2024-03-04", "--to", "2024-03-10")
                .outLines()
                .get(0))
        .endsWith(": 3 demi-journées (1,5 jour)");
    assertThat(
            Run.withInput(
                    halfDays,
                    "occupation",
                    "-",
                    "--from",
                    "2024-03-04",
                    "--to",
                    "2024-03-04",
                    "--lang",
                    "en")
                .outLines()
                .get(0))
        .endsWith(": 1 half-day (0.5 days)");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    Expect.unusable(
        Run.of("occupation", RECORD, "--from", "2024-13-01", "--to", "2025-03-31"),
        "--from",
        "'2024-13-01'");
    Expect.unusable(
        Run.of("occupation", RECORD, "--from", "2024-04-01", "--to", "2025-02-29"),
        "--to",
        "'2025-02-29'");
    Expect.unusable(
        Run.of("occupation", RECORD, "--from", "2025-04-01", "--to", "2025-03-31"),
        "--from",
        "after",
        "--to");
    Expect.unusable(
        Run.of("occupation", RECORD, "--from", "2024-04-01", "--to", "2025-03-31", "--by", "week"),
        "--by",
        "'week'");
    Expect.unusable(Run.of("occupation", RECORD, "--to", "2025-03-31"), "--from");
    Expect.unusable(Run.of("occupation", RECORD, "--from", "2024-04-01"), "--to");
    Expect.unusable(Run.of("occupation", "--from", "2024-04-01", "--to", "2025-03-31"), "FILE");
    Expect.unusable(
        Run.of("occupation", "missing.json", "--from", "2024-04-01", "--to", "2025-03-31"),
        "missing.json",
        "no such file");
    Expect.unusable(
        Run.withInput(
            "{\"agreements\": [", "occupation", "-", "--from", "2024-04-01", "--to", "2025-03-31"),
        "standard input");
    Expect.unusable(
        Run.of("occupation", RECORD, "--from", "2024-04-01", "--to", "2025-03-31", "--lang", "de"),
        "--lang");
  }

  @Test
  void aFromEqualToToIsOneDay() {
    Run run = Run.of("occupation", RECORD, "--from", "2024-03-04", "--to", "2024-03-04", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("halfDays").intValue()).isEqualTo(2);
  }

  static List<String> fieldNames(JsonNode object) {
    return object.propertyStream().map(Map.Entry::getKey).toList();
  }
}
