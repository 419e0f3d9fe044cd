package io.github.childcarerules.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Auditor;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.careunit.CareUnits;
import io.github.childcarerules.occupation.careunit.Stay;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import io.github.childcarerules.occupation.places.UnoccupiedPlaces;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The writers to a stream: the same characters as the writers to a {@code String}, in UTF-8,
 * whatever the text; and the escapes that keep every character of a document visible and every
 * string distinct.
 */
class ChildcareJsonStreamTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "contract", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Locale ENGLISH = Locale.ENGLISH;

  private static String streamed(Consumer<OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toString(UTF_8);
  }

  private static void assertSame(Supplier<String> string, Consumer<OutputStream> stream) {
    String expected = string.get();
    assertThat(streamed(stream)).isEqualTo(expected);
    assertThat(new String(expected.getBytes(UTF_8), UTF_8)).isEqualTo(expected);
  }

  private static ParentChildRecord record(String name) {
    try {
      return ChildcareJson.readRecord(Files.readString(EXAMPLES.resolve(name), UTF_8)).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyStreamedReportIsTheStringReportInUtf8() {
    ValidationReport report =
        RecordValidator.validate(record("invalid-other-responsible-and-periods.json"));
    assertSame(
        () -> ChildcareJson.writeReport(report, ENGLISH),
        out -> ChildcareJson.writeReport(report, ENGLISH, out));
    assertSame(
        () -> ChildcareJson.writeReportLine(7, report, ENGLISH),
        out -> ChildcareJson.writeReportLine(7, report, ENGLISH, out));
    assertSame(
        () -> ChildcareJson.writeErrorLine(3, new UnusableInput("line 3: bad\u2028")),
        out -> ChildcareJson.writeErrorLine(3, new UnusableInput("line 3: bad\u2028"), out));
    assertSame(
        () -> ChildcareJson.writeCatalogue(Rule.catalogue(), ENGLISH),
        out -> ChildcareJson.writeCatalogue(Rule.catalogue(), ENGLISH, out));
  }

  @Test
  void aStreamedLineWithNothingFoundIsTheGeneratorsLineWhateverItsNumber() {
    ValidationReport nothing = ValidationReport.of(List.empty());
    for (long line : new long[] {0, 1, 9, 10, 99, 100, 1_234_567_890_123L, Long.MAX_VALUE}) {
      assertSame(
          () -> ChildcareJson.writeReportLine(line, nothing, ENGLISH),
          out -> ChildcareJson.writeReportLine(line, nothing, ENGLISH, out));
    }
    assertThat(ChildcareJson.writeReportLine(12, nothing, Locale.CANADA_FRENCH))
        .isEqualTo("{\"line\":12,\"valid\":true,\"violations\":[]}");
  }

  @Test
  void everyStreamedAllocationGridAndAuditIsTheStringDocumentInUtf8() throws IOException {
    for (String name :
        List.of(
            "allocation-scenario.json",
            "allocation-letters.json",
            "allocation-board-refusal.json",
            "audit-decisions.json")) {
      Scenario scenario =
          ChildcareJson.readScenario(Files.readString(EXAMPLES.resolve(name), UTF_8)).get();
      AllocationResult result = Allocator.allocate(scenario).get();
      AuditResult audit = Auditor.audit(scenario).get();
      assertThat(result.batches()).isNotEmpty();
      assertSame(
          () -> ChildcareJson.writeAllocationResult(result),
          out -> ChildcareJson.writeAllocationResult(result, out));
      assertSame(
          () -> ChildcareJson.writeGrids(result), out -> ChildcareJson.writeGrids(result, out));
      assertSame(
          () -> ChildcareJson.writeAudit(audit, ENGLISH),
          out -> ChildcareJson.writeAudit(audit, ENGLISH, out));
    }
  }

  @Test
  void everyStreamedCountIsTheStringCountInUtf8() {
    ParentChildRecord record = record("occupation-record.json");
    var count =
        Occupation.of(record)
            .count(
                DatePeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
                Grouping.MONTH);
    assertSame(
        () -> ChildcareJson.writeOccupation(count, true),
        out -> ChildcareJson.writeOccupation(count, true, out));
    assertSame(
        () -> ChildcareJson.writeOccupation(count, false),
        out -> ChildcareJson.writeOccupation(count, false, out));
    Attestation attestation = Attestation.of(record, LocalDate.of(2025, 6, 1));
    assertSame(
        () -> ChildcareJson.writeAttestation(attestation),
        out -> ChildcareJson.writeAttestation(attestation, out));
    var runs =
        UnoccupiedPlaces.runs(
            List.of(
                io.github.childcarerules.occupation.places.PlaceEntry.from(
                    LocalDate.of(2024, 1, 1), 3)),
            List.of(record),
            DatePeriod.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(runs).isNotEmpty();
    assertSame(
        () -> ChildcareJson.writeUnoccupiedPlaces(runs),
        out -> ChildcareJson.writeUnoccupiedPlaces(runs, out));
    var unit =
        CareUnits.assess(
                LocalDate.of(2019, 9, 30),
                LocalDate.of(2024, 10, 15),
                List.of(Stay.of(LocalTime.of(7, 0), LocalTime.of(8, 0))))
            .get();
    assertSame(
        () -> ChildcareJson.writeCareUnit(unit), out -> ChildcareJson.writeCareUnit(unit, out));
    var audit =
        CoverageTables.audit(
            List.of(
                CoverageRow.builder()
                    .sector("Lyster \u202Eetyl\u202C \uD83D\uDE00 R\uD800")
                    .children(new BigDecimal("80"))
                    .places(new BigDecimal("20"))
                    .statedRate(new BigDecimal("2.5"))
                    .build(),
                CoverageRow.builder().sector("Vide").places(BigDecimal.ONE).build(),
                CoverageRow.builder()
                    .sector("TOTAL")
                    .children(new BigDecimal("0.0000000000000000000000000001"))
                    .build()));
    assertSame(
        () -> ChildcareJson.writeCoverageAudit(audit),
        out -> ChildcareJson.writeCoverageAudit(audit, out));
    var brackets = NominalAgeBrackets.of(LocalDate.of(2019, 9, 30));
    assertSame(
        () -> ChildcareJson.writeAgeBrackets(brackets, Option.none()),
        out -> ChildcareJson.writeAgeBrackets(brackets, Option.none(), out));
    assertSame(
        () -> ChildcareJson.writeAgeBrackets(brackets, Option.some(LocalDate.of(2010, 1, 1))),
        out ->
            ChildcareJson.writeAgeBrackets(brackets, Option.some(LocalDate.of(2010, 1, 1)), out));
  }

  @Property(tries = 300)
  void anyTextIsWrittenTheSameToAStringAndToAStream(@ForAll String path, @ForAll String text) {
    ValidationReport report =
        ValidationReport.of(List.of(Violation.of(Rule.VALUE_NOT_ALLOWED, path, text)));

    String written = ChildcareJson.writeReport(report, ENGLISH);

    assertThat(streamed(out -> ChildcareJson.writeReport(report, ENGLISH, out))).isEqualTo(written);
    assertThat(readPath(new String(written.getBytes(UTF_8), UTF_8))).isEqualTo(path);
  }

  @Test
  void twoPathsThatDifferOnlyInALoneSurrogateStayTwoPathsOnceEncoded() {
    String high = "R\uD800";
    String low = "R\uDC00";
    String a = written(high);
    String b = written(low);

    String decodedA = new String(a.getBytes(UTF_8), UTF_8);
    String decodedB = new String(b.getBytes(UTF_8), UTF_8);

    assertThat(decodedA).isNotEqualTo(decodedB).contains("R\\uD800").doesNotContain("R?");
    assertThat(decodedB).contains("R\\uDC00");
    assertThat(readPath(decodedA)).isEqualTo(high);
    assertThat(readPath(decodedB)).isEqualTo(low);
  }

  @Test
  void invisibleCharactersAreWrittenAsEscapesAndReadBackAsThemselves() {
    String path =
        "a\u2028b\u2029c\u202Ad\u202Ee\u2066f\u2069g\u200Bh\u200Di\u2060j\uFEFFk\uD83D\uDE00";

    String written = written(path);

    assertThat(written)
        .contains(
            "a\\u2028b\\u2029c\\u202Ad\\u202Ee\\u2066f\\u2069g\\u200Bh\\u200Di\\u2060j\\uFEFFk"
                + "\\uD83D\\uDE00")
        .doesNotContain("\u2028", "\u202E", "\u200B", "\uFEFF");
    assertThat(readPath(written)).isEqualTo(path);
  }

  @Test
  void everyOtherCharacterIsWrittenAsItselfAsBefore() {
    String path = "Québec ’ « » \u00A0\u202F ü 中 \u2027 \u202F \u206A";

    assertThat(written(path)).contains(path);
  }

  private static String written(String path) {
    return ChildcareJson.writeReport(
        ValidationReport.of(List.of(Violation.of(Rule.AGREEMENT_REQUIRED, path))), ENGLISH);
  }

  private static String readPath(String document) {
    try {
      JsonNode node = JSON.readTree(document);
      return node.get("violations").get(0).get("path").textValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
