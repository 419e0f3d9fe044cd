package io.github.childcarerules.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The text a person reads: a summary line, then one line per violation. */
class TextRendererTest {
  /** What {@code print} prints, as text. */
  static String printed(java.util.function.Consumer<java.io.PrintStream> print) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out =
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
    print.accept(out);
    out.flush();
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private final ValidationReport warningOnTheRecord =
      ValidationReport.of(
          List.of(Violation.of(Rule.REFERENCE_YEAR_261_DAYS, "", "2023-09-01/2024-08-31", "262")));

  private final ValidationReport twoErrors =
      ValidationReport.of(
          List.of(
              Violation.of(Rule.CHILD_SEX_REQUIRED, "child.sex"),
              Violation.of(Rule.DATE_FORMAT, "child.birthDate")));

  @Test
  void aWarningLeavesTheRecordValidAndTheWholeRecordIsNamed() {
    assertThat(
            printed(out -> new TextRenderer(Locale.CANADA_FRENCH).report(warningOnTheRecord, out))
                .lines())
        .containsExactly(
            "Dossier valide : 0 erreur, 1 avertissement",
            "  AVERTISSEMENT (dossier entier) (REFERENCE_YEAR_261_DAYS) : "
                + warningOnTheRecord.violations().head().message(Locale.CANADA_FRENCH)
                + " [source : RCR art. 6]");
  }

  @Test
  void eachViolationLineHoldsSeverityPathRuleMessageAndSource() {
    Violation sex = twoErrors.violations().get(1);

    assertThat(printed(out -> new TextRenderer(Locale.ENGLISH).report(twoErrors, out)).lines())
        .hasSize(3)
        .startsWith("Record not valid: 2 errors, 0 warnings")
        .contains(
            "  ERROR child.sex (CHILD_SEX_REQUIRED): "
                + sex.message(Locale.ENGLISH)
                + " [source: "
                + sex.source()
                + "]");
  }

  @Test
  void aBatchResultStartsWithItsLineNumber() {
    assertThat(
            printed(
                out -> new TextRenderer(Locale.CANADA_FRENCH).batchResult(12_345, twoErrors, out)))
        .startsWith("Ligne 12345 — Dossier non valide : 2 erreurs, 0 avertissement");
    assertThat(
            printed(out -> new TextRenderer(Locale.ENGLISH).batchError(7, "column 1: oops", out)))
        .isEqualTo("Line 7 — unusable: column 1: oops" + System.lineSeparator());
  }

  @Test
  void theCatalogueIsAlignedInColumns() {
    java.util.List<String> rows =
        printed(
                out ->
                    new TextRenderer(Locale.ENGLISH)
                        .catalogue(List.of(Rule.DATE_FORMAT, Rule.TWENTY_DAYS_PER_FOUR_WEEKS), out))
            .lines()
            .toList();

    assertThat(rows).hasSize(3);
    int severityColumn = rows.get(0).indexOf("Severity");
    assertThat(rows.get(1).indexOf("ERROR")).isEqualTo(severityColumn);
    assertThat(rows.get(2).indexOf("WARNING")).isEqualTo(severityColumn);
    assertThat(rows.get(2)).endsWith(Rule.TWENTY_DAYS_PER_FOUR_WEEKS.description(Locale.ENGLISH));
  }
}
