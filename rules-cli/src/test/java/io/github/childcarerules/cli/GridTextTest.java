package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.json.ChildcareJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysis grids a Java user prints in one call ({@code AnalysisGrid.text}) are the grids
 * {@code allocate --grid} prints, in French and in English; the Girouette example's grids carry
 * what the scenario records (analyst, names and addresses, the child's sex, priorities, the date
 * the confirmation was sent).
 */
class GridTextTest {
  private static final Path GIROUETTE = Path.of("..", "examples", "allocation", "girouette.json");

  private static AllocationResult girouette() throws Exception {
    Scenario scenario =
        ChildcareJson.readScenario(Files.readString(GIROUETTE))
            .toEither()
            .getOrElseThrow(input -> new AssertionError(input.message()));
    return Allocator.allocate(scenario)
        .toEither()
        .getOrElseThrow(report -> new AssertionError(report.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theGridsPrintedFromJavaAreTheGridsOfTheCommandLine(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    AllocationResult result = girouette();

    Run run = Run.of("allocate", GIROUETTE.toString(), "--grid", "--lang", language);

    assertThat(run.exit()).isZero();
    String fromJava =
        String.join(
            System.lineSeparator() + System.lineSeparator(),
            result.grids().map(grid -> grid.text(locale)));
    assertThat(run.out().stripTrailing()).isEqualTo(fromJava);
    assertThat(result.gridsText(locale)).isEqualTo(fromJava);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theGirouetteGridsShowWhatTheScenarioRecords(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    AllocationResult result = girouette();
    AnalysisGrid b2 = result.grids().find(grid -> grid.batch().equals("B2")).getOrNull();

    assertThat(b2).isNotNull();
    assertThat(b2.text(locale))
        .contains(
            "Sylvie Gingras",
            "2016-03-22",
            "RSG-L2 (R4)",
            "Garderie Les Coccinelles",
            "305, rue Vallée, Plessisville",
            "2016-03-15",
            "2016-03-18",
            language.equals("fr") ? "Sexe de l’enfant : F" : "Child’s sex: F");
    assertThat(b2.toString()).isEqualTo(b2.text(Locale.CANADA_FRENCH));
    // B.3: the child's atypical hours are one of the scenario's ministerial priorities
    assertThat(b2.distribution().ministerialPriorities().code()).contains("YES");
  }
}
