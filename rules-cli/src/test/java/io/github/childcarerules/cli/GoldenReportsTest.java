package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worked examples of the contract (docs/contract/examples): {@code validate FILE --json} gives
 * their exit status and their violations, in order. Message and source are ours: they must be
 * there.
 */
class GoldenReportsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "valid-two-agreements",
        "invalid-agreements",
        "invalid-identification",
        "invalid-other-responsible-and-periods"
      })
  void validateWithJsonPrintsTheExpectedReport(String name) {
    JsonNode expected = Fixtures.read(Fixtures.golden(name + ".expected.json"));

    Run run = Run.of("validate", Fixtures.golden(name + ".json"), "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(expected.get("exit").intValue());
    JsonNode report = run.json();
    assertThat(report.get("valid").booleanValue())
        .isEqualTo(expected.get("report").get("valid").booleanValue());
    assertThat(Run.violations(report))
        .containsExactlyElementsOf(Run.violations(expected.get("report")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"valid-two-agreements", "invalid-agreements"})
  void theReportHasExactlyTheFieldsOfTheContractInItsOrder(String name) {
    JsonNode report = Run.of("validate", Fixtures.golden(name + ".json"), "--json").json();

    assertThat(fieldNames(report)).containsExactly("valid", "violations");
    for (JsonNode violation : report.get("violations")) {
      assertThat(fieldNames(violation))
          .containsExactly("rule", "severity", "path", "message", "source");
      assertThat(violation.get("message").textValue()).isNotBlank();
      assertThat(violation.get("source").textValue()).isNotBlank();
    }
  }

  private static List<String> fieldNames(JsonNode object) {
    return object.propertyStream().map(Map.Entry::getKey).toList();
  }
}
