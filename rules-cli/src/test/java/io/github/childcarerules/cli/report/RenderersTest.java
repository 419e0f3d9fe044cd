package io.github.childcarerules.cli.report;

import static io.github.childcarerules.cli.report.TextRendererTest.printed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.cli.csv.CoverageCsv;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the renderers print that the commands' tests do not pin down: each JSON document ends with
 * exactly one line break, the text of a scenario that cannot be allocated, the words of the demo,
 * and the totals of a coverage table.
 */
class RenderersTest {
  private static final String NL = System.lineSeparator();

  private static final ValidationReport TWO_ERRORS =
      ValidationReport.of(
          List.of(
              Violation.of(Rule.CHILD_SEX_REQUIRED, "child.sex"),
              Violation.of(Rule.DATE_FORMAT, "child.birthDate")));

  private static ParentChildRecord record() {
    try (InputStream in =
        RenderersTest.class.getResourceAsStream("/golden/occupation-record.json")) {
      return ChildcareJson.readRecord(in).get();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aJsonReportIsTheDocumentThenOneLineBreak() {
    Renderer json = Renderer.of(true, Locale.ENGLISH);
    String document = ChildcareJson.writeReport(TWO_ERRORS, Locale.ENGLISH);

    assertThat(printed(out -> json.report(TWO_ERRORS, out))).isEqualTo(document + NL);
    assertThat(json.scenarioReport(TWO_ERRORS)).isEqualTo(document);
  }

  @Test
  void eachJsonBatchLineIsOneLineOfJsonLines() {
    Renderer json = Renderer.of(true, Locale.ENGLISH);

    assertThat(printed(out -> json.batchResult(3, TWO_ERRORS, out)))
        .isEqualTo(ChildcareJson.writeReportLine(3, TWO_ERRORS, Locale.ENGLISH) + NL);
    assertThat(printed(out -> json.batchError(4, "line 1: oops", out)))
        .startsWith("{")
        .endsWith("}" + NL)
        .contains("4", "line 1: oops")
        .hasLineCount(1);
  }

  @Test
  void theJsonCatalogueEndsWithOneLineBreak() {
    String catalogue =
        printed(out -> Renderer.of(true, Locale.ENGLISH).catalogue(List.of(Rule.DATE_FORMAT), out));

    assertThat(catalogue).endsWith("]" + NL).doesNotEndWith(NL + NL).contains("\"DATE_FORMAT\"");
  }

  @Test
  void theJsonOccupationAndAttestationEndWithOneLineBreak() {
    ParentChildRecord record = record();
    OccupationCount count =
        Occupation.of(record)
            .count(
                DatePeriod.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)),
                Grouping.MONTH);
    OccupationRenderer json = new OccupationRenderer(true, Locale.ENGLISH);

    String occupation = printed(out -> json.occupation(count, true, out));
    String attestation =
        printed(out -> json.attestation(Attestation.of(record, LocalDate.of(2024, 8, 31)), out));

    assertThat(occupation).endsWith("}" + NL).doesNotEndWith(NL + NL).contains("\"byPeriod\"");
    assertThat(attestation)
        .endsWith("}" + NL)
        .doesNotEndWith(NL + NL)
        .contains("\"attestationDue\"");
  }

  @Test
  void aScenarioThatCannotBeAllocatedIsHeadedSoWithoutAFinalLineBreak() {
    TextRenderer text = new TextRenderer(Locale.ENGLISH);

    assertThat(text.scenarioReport(ValidationReport.of(List.empty()))).isEqualTo("Scenario valid");
    assertThat(text.scenarioReport(TWO_ERRORS).split(NL, -1))
        .hasSize(3)
        .startsWith("Scenario not valid, no place is allocated: 2 errors, 0 warnings")
        .allSatisfy(line -> assertThat(line).isNotEmpty());
    assertThat(text.scenarioReport(TWO_ERRORS).split(NL)[1])
        .startsWith("  ERROR child.birthDate (DATE_FORMAT): ");
  }

  @Test
  void theDemoSpeaksInTheRenderersLanguage() {
    TextRenderer text = new TextRenderer(Locale.ENGLISH);

    assertThat(text.demoIntroduction(9))
        .startsWith("Demo: a guided tour of childcare-rules in 9 steps, over the examples");
    assertThat(text.demoStep(2, 9, "care-unit", "care-unit --help"))
        .isEqualTo(
            "=== Step 2/9: the care unit (a day, a half-day or none) of one day’s stays."
                + " Command: childcare-rules care-unit --help");
    assertThat(text.demoAnyRecord()).isEqualTo("examples/FILE.json");
    assertThat(text.demoExample(3, 12, "a.json")).isEqualTo("[3/12] a.json");
    assertThat(text.demoUnusable("line 1:\u001B[2J"))
        .isEqualTo("Unusable example: line 1:\\u001B[2J");
    assertThat(text.demoMissing("examples/x.json"))
        .isEqualTo(
            "Step skipped: the example examples/x.json is not bundled with this installation.");
    assertThat(text.demoSummary(1, 2)).isEqualTo("Summary: 1 record valid out of 2.");
    assertThat(text.demoConclusion()).startsWith("To go further: childcare-rules COMMAND --help");
    assertThat(text.demoAnyPage()).isEqualTo("FILE.html");
    assertThat(text.demoPagesWritten("/tmp/pages"))
        .isEqualTo("Pages written in /tmp/pages (open them in a browser, or print them):");
    assertThat(text.demoPage("a.html", "a.json")).isEqualTo("  a.html ← examples/a.json");
    assertThat(text.demoPagesUnwritable("read-only"))
        .isEqualTo("Step skipped: the folder of the pages could not be made (read-only).");
  }

  @Test
  void theTotalsOfACoverageTableComeAfterItsRowsUnderTheirHeading() {
    String table =
        "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n"
            + "A,1,100,1,80,80,,,\n"
            + "TOTAL,1,90,1,80,,,,\n";
    CoverageAudit audit =
        CoverageTables.audit(CoverageCsv.read(new ByteArrayInputStream(table.getBytes(UTF_8))));

    assertThat(printed(out -> new PlacesTextRenderer(Locale.ENGLISH).coverageAudit(audit, out)))
        .isEqualTo(
            String.join(
                NL,
                "Coverage table: 1 finding",
                "A: coverage rate 80.00 %",
                "TOTAL:",
                "  TOTAL_MISMATCH (children): stated 90, computed 100",
                ""));
  }
}
