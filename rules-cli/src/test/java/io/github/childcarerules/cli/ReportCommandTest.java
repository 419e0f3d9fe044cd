package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.Auditor;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.cli.csv.CoverageCsv;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.report.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report FILE [--out FILE.html] [--audit]}: a record's, a scenario's (its allocation run or
 * its audit) or a coverage table's page, told by content.
 */
class ReportCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void aRecordGivesItsPageOnStandardOutput(String lang) throws IOException {
    Path file = EXAMPLES.resolve("invalid-agreements.json");

    Run run = Run.of("report", file.toString(), "--lang", lang);

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            Reports.record(
                ChildcareJson.readRecord(Files.readString(file, UTF_8)).get(),
                Locale.forLanguageTag(lang)));
  }

  @Test
  void aCoverageTableGivesItsPageAndOutWritesItToAFile() throws IOException {
    Path table = EXAMPLES.resolve("coverage/coverage-table.csv");
    Path page = folder.resolve("coverage.html");

    Run run = Run.of("report", table.toString(), "--out", page.toString(), "--lang", "en");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    try (InputStream in = Files.newInputStream(table)) {
      assertThat(Files.readString(page, UTF_8))
          .isEqualTo(Reports.coverage(CoverageCsv.read(in), Locale.ENGLISH));
    }
  }

  @Test
  void theContentNotTheFileNameTellsWhatTheFileIs() throws IOException {
    Path record = folder.resolve("record.csv");
    Files.copy(EXAMPLES.resolve("valid-two-agreements.json"), record);
    Path table = folder.resolve("table.json");
    Files.copy(EXAMPLES.resolve("coverage/coverage-table.csv"), table);

    assertThat(Run.of("report", record.toString()).out()).contains("<h1>Dossier parent-enfant : ");
    assertThat(Run.of("report", table.toString()).out())
        .contains("<h1>Tableau de taux de couverture : audit</h1>");
    assertThat(Run.withInput("\uFEFF \n{\"agreements\": []}", "report", "-").out())
        .contains("<h1>Dossier parent-enfant : enfant sans nom</h1>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void aScenarioGivesThePageOfItsAllocationRun(String lang) throws IOException {
    Path file = EXAMPLES.resolve("allocation/girouette.json");
    Scenario scenario = ChildcareJson.readScenario(Files.readString(file, UTF_8)).get();

    Run run = Run.of("report", file.toString(), "--lang", lang);

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            Reports.allocation(
                Allocator.allocate(scenario).get(), scenario, Locale.forLanguageTag(lang)));
  }

  @Test
  void auditGivesThePageOfTheAuditOfAScenariosDecisions() throws IOException {
    Path file = Path.of("src/test/resources/golden/audit-decisions.json");
    Scenario scenario = ChildcareJson.readScenario(Files.readString(file, UTF_8)).get();
    Path page = folder.resolve("audit.html");

    Run run = Run.of("report", file.toString(), "--audit", "--out", page.toString());

    assertThat(run.exit()).isZero(); // the page is written, departures or not
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(page, UTF_8))
        .isEqualTo(
            Reports.audit(
                Auditor.audit(scenario).get(),
                Allocator.allocate(scenario).get(),
                scenario,
                Locale.FRENCH));
  }

  @Test
  void aScenarioWithAnErrorHasNoPageItsReportIsPrintedAsAllocatePrintsIt() {
    String broken = "{\"batches\": [{\"id\": \"B1\"}], \"requests\": []}";
    Path page = folder.resolve("never.html");

    Run run = Run.withInput(broken, "report", "-", "--out", page.toString(), "--lang", "en");
    Run audit = Run.withInput(broken, "report", "-", "--audit", "--lang", "en");

    assertThat(run.exit()).isEqualTo(ExitStatus.FINDING);
    assertThat(run.out()).isEqualTo(Run.withInput(broken, "allocate", "-", "--lang", "en").out());
    assertThat(run.out()).contains("SCENARIO_FIELD_REQUIRED");
    assertThat(page).doesNotExist();
    assertThat(audit.exit()).isEqualTo(ExitStatus.FINDING);
    assertThat(audit.out()).isEqualTo(run.out());
  }

  @Test
  void auditAppliesToAScenarioOnlyAndSaysSoOnOneLine() {
    Run run = Run.of("report", EXAMPLES.resolve("valid-two-agreements.json").toString(), "--audit");

    assertThat(run.exit()).isEqualTo(ExitStatus.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "childcare-rules: ../examples/valid-two-agreements.json: --audit applies to an"
                + " allocation scenario (a JSON object with batches or requests), not to a record");
  }

  @Test
  void otherContentIsUnusableOnOneLine() {
    assertThat(Run.withInput("", "report", "-").errLines())
        .containsExactly(
            "childcare-rules: standard input: empty input, expected a record (JSON) or a coverage"
                + " table (CSV)");
    assertThat(Run.withInput("[1]", "report", "-").errLines())
        .containsExactly(
            "childcare-rules: standard input: a JSON array, expected a record (a JSON object) or a"
                + " coverage table (CSV)");
    assertThat(
            Run.of("report", EXAMPLES.resolve("places/provider-places.json").toString()).errLines())
        .containsExactly(
            "childcare-rules: ../examples/places/provider-places.json: a JSON object with none of a"
                + " record's fields (child, agreements…), expected a record or a coverage table"
                + " (CSV)");
    Run broken = Run.withInput("{\"child\": [", "report", "-");
    assertThat(broken.exit()).isEqualTo(ExitStatus.UNUSABLE);
    assertThat(broken.errLines())
        .singleElement()
        .asString()
        .startsWith("childcare-rules: standard input: line 1, column 12: ");
    Run notATable = Run.withInput("sector,children\nA,1\n", "report", "-");
    assertThat(notATable.exit()).isEqualTo(ExitStatus.UNUSABLE);
    assertThat(notATable.errLines())
        .containsExactly(
            "childcare-rules: standard input: line 1: missing column area_km2 in the header row");
  }

  @Test
  void aPageThatCannotBeWrittenIsAUsageErrorOnOneLine() {
    Path missing = folder.resolve("no/such/folder/page.html");

    Run run =
        Run.of(
            "report",
            EXAMPLES.resolve("valid-two-agreements.json").toString(),
            "--out",
            missing.toString());

    assertThat(run.exit()).isEqualTo(ExitStatus.UNUSABLE);
    assertThat(run.errLines())
        .containsExactly("childcare-rules: --out " + missing + ": cannot write: no such folder");
    assertThat(
            Run.of(
                    "report",
                    EXAMPLES.resolve("valid-two-agreements.json").toString(),
                    "--out",
                    folder.toString())
                .errLines())
        .containsExactly(
            "childcare-rules: --out " + folder + ": cannot write: is a directory, expected a file");
  }
}
