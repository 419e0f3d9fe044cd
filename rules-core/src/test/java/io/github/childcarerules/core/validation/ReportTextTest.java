package io.github.childcarerules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Severity;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report and a violation printed for a person: French by default, English when asked. */
class ReportTextTest {
  private static final String NL = System.lineSeparator();

  private static final Violation NIREC = Violation.of(Rule.CHILD_NIREC_REQUIRED, "child.nirec");
  private static final Violation WHOLE = Violation.of(Rule.AGREEMENT_REQUIRED, "");
  private static final Violation SIX_DAYS =
      Violation.of(Rule.TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]", "2024-01-01", "21");

  @Test
  void aViolationPrintsItsSeverityPathRuleMessageAndSource() {
    assertThat(NIREC)
        .hasToString(
            "ERREUR child.nirec (CHILD_NIREC_REQUIRED) : "
                + NIREC.message()
                + " [source : "
                + Rule.CHILD_NIREC_REQUIRED.source()
                + "]");
    assertThat(NIREC.text(Locale.ENGLISH))
        .isEqualTo(
            "ERROR child.nirec (CHILD_NIREC_REQUIRED): "
                + NIREC.message(Locale.ENGLISH)
                + " [source: "
                + Rule.CHILD_NIREC_REQUIRED.source()
                + "]");
    assertThat(SIX_DAYS.text())
        .startsWith("AVERTISSEMENT agreements[0] (TWENTY_DAYS_PER_FOUR_WEEKS)");
  }

  @Test
  void everySeverityIsNamedInBothLanguages() {
    assertThat(Severity.ERROR.label(Locale.CANADA_FRENCH)).isEqualTo("ERREUR");
    assertThat(Severity.WARNING.label(Locale.FRENCH)).isEqualTo("AVERTISSEMENT");
    assertThat(Severity.INFO.label(Locale.FRENCH)).isEqualTo("INFO");
    assertThat(Severity.ERROR.label(Locale.ENGLISH)).isEqualTo("ERROR");
    assertThat(Severity.WARNING.label(Locale.ENGLISH)).isEqualTo("WARNING");
  }

  @Test
  void theWholeRecordIsNamedWhenThePathIsEmpty() {
    assertThat(WHOLE.text()).startsWith("ERREUR (dossier entier) (AGREEMENT_REQUIRED) : ");
    assertThat(WHOLE.text(Locale.ENGLISH))
        .startsWith("ERROR (whole record) (AGREEMENT_REQUIRED): ");
  }

  @Test
  void aReportWithoutViolationSaysValid() {
    ValidationReport empty = ValidationReport.of(List.empty());

    assertThat(empty).hasToString("Valide");
    assertThat(empty.text(Locale.ENGLISH)).isEqualTo("Valid");
  }

  @Test
  void aReportCountsItsErrorsAndWarningsThenListsThemInOrder() {
    ValidationReport report = ValidationReport.of(List.of(SIX_DAYS, NIREC, WHOLE));

    assertThat(report.toString().split(NL))
        .containsExactly(
            "Non valide : 2 erreurs, 1 avertissement",
            "  " + WHOLE.text(),
            "  " + SIX_DAYS.text(),
            "  " + NIREC.text());
    assertThat(report.text(Locale.ENGLISH).split(NL)[0])
        .isEqualTo("Not valid: 2 errors, 1 warning");
  }

  @Test
  void aReportWithWarningsOnlyIsValid() {
    ValidationReport report = ValidationReport.of(List.of(SIX_DAYS));

    assertThat(report.text().split(NL))
        .containsExactly("Valide : 0 erreur, 1 avertissement", "  " + SIX_DAYS.text());
    assertThat(report.text(Locale.GERMAN)).isEqualTo(report.text());
  }
}
