package io.github.childcarerules.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.internal.MessageBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The command line's own words exist in both languages. */
class LabelsTest {
  @Test
  void theFrenchAndEnglishLabelsHaveTheSameKeys() {
    MessageBundle labels =
        MessageBundle.of(
            locale ->
                ResourceBundle.getBundle("io.github.childcarerules.cli.report.messages", locale));
    assertThat(labels.keys(Locale.FRENCH))
        .contains("report.valid", "scenario.valid")
        .containsExactlyInAnyOrderElementsOf(labels.keys(Locale.ENGLISH));
  }

  @Test
  void labelsAreFrenchUnlessEnglishIsAsked() {
    assertThat(new Labels(Locale.CANADA_FRENCH).text("report.valid")).isEqualTo("Dossier valide");
    assertThat(new Labels(Locale.GERMAN).text("report.valid")).isEqualTo("Dossier valide");
    assertThat(new Labels(Locale.ENGLISH).text("report.valid"))
        .isNotEqualTo("Dossier valide")
        .isNotBlank();
  }
}
