package io.github.childcarerules.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report line escapes every value that could fake or hide a line. */
class TextRendererEscapesTest {
  @Test
  void aReportLinePrintsThePathTheMessageAndTheSourceEscaped() {
    ValidationReport report =
        ValidationReport.of(
            List.of(Violation.of(Rule.AGE_BRACKET_NOT_IN_FORCE, "x\ny", "2024-01-01\nDossier")));

    String printed =
        TextRendererTest.printed(out -> new TextRenderer(Locale.ENGLISH).report(report, out));

    assertThat(printed.lines()).hasSize(2);
    assertThat(printed.lines().toList().get(1))
        .startsWith("  ERROR x\\u000Ay (AGE_BRACKET_NOT_IN_FORCE)")
        .contains("2024-01-01\\u000ADossier");
  }
}
