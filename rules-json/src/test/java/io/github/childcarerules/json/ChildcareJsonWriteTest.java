package io.github.childcarerules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.Occupation;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writers of the public API, against the contract's worked examples (docs/contract/examples):
 * each example is read, computed and written with rules-json alone.
 */
class ChildcareJsonWriteTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "contract", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "allocation-scenario",
        "allocation-board-refusal",
        "allocation-sector-order",
        "allocation-letters"
      })
  void anAllocationExampleIsWrittenAsItsExpectedResult(String name) throws IOException {
    Validation<ValidationReport, AllocationResult> outcome =
        Allocator.allocate(ChildcareJson.readScenario(open(name + ".json")).get());

    String written = ChildcareJson.writeAllocationResult(outcome.get());

    assertThat(JSON.readTree(written)).isEqualTo(expected(name).get("output"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "valid-two-agreements",
        "invalid-agreements",
        "invalid-identification",
        "invalid-other-responsible-and-periods"
      })
  void aRecordExampleIsWrittenAsItsExpectedReport(String name) throws IOException {
    JsonNode expected = expected(name).get("report");

    JsonNode written =
        JSON.readTree(
            ChildcareJson.writeReport(
                RecordValidator.validate(ChildcareJson.readRecord(open(name + ".json")).get())));

    assertThat(written.get("valid")).isEqualTo(expected.get("valid"));
    assertThat(withoutWording(written.get("violations")))
        .isEqualTo(withoutWording(expected.get("violations")));
  }

  /** Message and source are the project's wording, left out of the examples. */
  private static List<JsonNode> withoutWording(JsonNode violations) {
    List<JsonNode> kept = new ArrayList<>();
    violations.forEach(
        violation ->
            kept.add(((ObjectNode) violation.deepCopy()).retain("rule", "severity", "path")));
    return kept;
  }

  @Test
  void theOccupationExampleIsWrittenAsItsExpectedCount() throws IOException {
    Occupation occupation =
        Occupation.of(ChildcareJson.readRecord(open("occupation-record.json")).get());
    DatePeriod range = DatePeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

    JsonNode written =
        JSON.readTree(
            ChildcareJson.writeOccupation(occupation.count(range, Grouping.FISCAL_YEAR), true));

    JsonNode expected = expected("occupation-record").get("output");
    expected
        .fieldNames()
        .forEachRemaining(
            field -> assertThat(written.get(field)).as(field).isEqualTo(expected.get(field)));
    assertThat(written.get("from").textValue()).isEqualTo("2024-04-01");
    assertThat(written.get("to").textValue()).isEqualTo("2025-03-31");
  }

  @Test
  void theOccupationHasNoPeriodsUnlessAsked() throws IOException {
    Occupation occupation =
        Occupation.of(ChildcareJson.readRecord(open("occupation-record.json")).get());
    DatePeriod range = DatePeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

    assertThat(
            JSON.readTree(ChildcareJson.writeOccupation(occupation.count(range))).has("byPeriod"))
        .isFalse();
  }

  @Test
  void aReportIsFrenchUnlessEnglishIsAsked() throws IOException {
    ValidationReport report =
        RecordValidator.validate(
            ChildcareJson.readRecord(open("invalid-identification.json")).get());

    String french = ChildcareJson.writeReport(report);
    String english = ChildcareJson.writeReport(report, Locale.ENGLISH);

    assertThat(french).isEqualTo(ChildcareJson.writeReport(report, Locale.CANADA_FRENCH));
    assertThat(french).isNotEqualTo(english);
    assertThat(JSON.readTree(french).get("violations").get(0).get("message").textValue())
        .isEqualTo(report.violations().get(0).message(Locale.FRENCH));
    assertThat(JSON.readTree(english).get("violations").get(0).get("message").textValue())
        .isEqualTo(report.violations().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aBatchLineIsCompactAndStartsWithItsNumber() {
    ValidationReport report =
        RecordValidator.validate(ChildcareJson.readRecordLine("{}").get().get());

    String line = ChildcareJson.writeReportLine(3, report, Locale.ENGLISH);

    assertThat(line).startsWith("{\"line\":3,\"valid\":false,\"violations\":[{\"rule\":");
    assertThat(line).doesNotContain("\n");
    assertThat(ChildcareJson.writeErrorLine(4, ChildcareJson.readRecordLine("{").getError()))
        .startsWith("{\"line\":4,\"error\":\"column 2: Unexpected end-of-input")
        .doesNotContain("\n");
  }

  @Test
  void aSingleDocumentIsIndentedWithoutAFinalLineBreak() {
    String written = ChildcareJson.writeReport(RecordValidator.validate(validRecord()));

    assertThat(written)
        .isEqualTo(
            "{"
                + System.lineSeparator()
                + "  \"valid\": true,"
                + System.lineSeparator()
                + "  \"violations\": []"
                + System.lineSeparator()
                + "}");
  }

  private static io.github.childcarerules.core.record.ParentChildRecord validRecord() {
    try {
      return ChildcareJson.readRecord(open("valid-two-agreements.json")).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCatalogueListsEveryRuleWithItsFourFields() throws IOException {
    JsonNode catalogue =
        JSON.readTree(ChildcareJson.writeCatalogue(Rule.catalogue(), Locale.ENGLISH));

    assertThat(catalogue.size()).isEqualTo(Rule.catalogue().size());
    assertThat(catalogue.get(0).get("id").textValue()).isEqualTo(Rule.catalogue().head().name());
    assertThat(catalogue.get(0).get("description").textValue())
        .isEqualTo(Rule.catalogue().head().description(Locale.ENGLISH));
  }

  @Test
  void theAgeBracketsGiveTheBracketOnTheDayAskedAndNullBeforeBirth() throws IOException {
    NominalAgeBrackets brackets = NominalAgeBrackets.of(LocalDate.of(2023, 5, 14));

    JsonNode before =
        JSON.readTree(
            ChildcareJson.writeAgeBrackets(brackets, Option.some(LocalDate.of(2023, 5, 13))));
    JsonNode born =
        JSON.readTree(
            ChildcareJson.writeAgeBrackets(brackets, Option.some(LocalDate.of(2023, 5, 14))));

    assertThat(before.get("bracket").isNull()).isTrue();
    assertThat(born.get("bracket").textValue()).isEqualTo("MONTHS_0_17");
    assertThat(JSON.readTree(ChildcareJson.writeAgeBrackets(brackets, Option.none())).has("on"))
        .isFalse();
  }

  @Test
  void aNullArgumentIsAMisuseNamedInTheException() {
    assertThatNullPointerException()
        .isThrownBy(() -> ChildcareJson.writeReport(null))
        .withMessage("report");
    assertThatNullPointerException()
        .isThrownBy(() -> ChildcareJson.writeReport(RecordValidator.validate(validRecord()), null))
        .withMessage("locale");
    assertThatNullPointerException()
        .isThrownBy(() -> ChildcareJson.writeAllocationResult(null))
        .withMessage("result");
  }

  private static InputStream open(String name) throws IOException {
    return Files.newInputStream(EXAMPLES.resolve(name));
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = open(name + ".expected.json")) {
      return JSON.readTree(in);
    }
  }
}
