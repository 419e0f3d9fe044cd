package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record of examples/, as the README shows it: its exit status and its violations. */
class BundledExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("valid-two-agreements", 0, List.of()),
        Arguments.of("occupation-record", 0, List.of()),
        Arguments.of("attestation-record", 0, List.of()),
        Arguments.of("born-outside-quebec", 0, List.of()),
        Arguments.of("transitional-measure", 0, List.of()),
        Arguments.of("changed-birth-date", 0, List.of()),
        Arguments.of(
            "six-days-warning",
            0,
            List.of(tuple("TWENTY_DAYS_PER_FOUR_WEEKS", "agreements[0]", "WARNING"))),
        Arguments.of(
            "invalid-many-problems",
            1,
            List.of(
                tuple("ADDRESS_POSTAL_CODE_FORMAT", "address.postalCode", "ERROR"),
                tuple("VALUE_NOT_ALLOWED", "agreements[1].schedule.weeks[0].MER", "ERROR"),
                tuple("DATE_FORMAT", "child.birthDate", "ERROR"),
                tuple("PARENT_NOT_APPLICABLE", "parent", "ERROR"))),
        Arguments.of(
            "invalid-agreements",
            1,
            List.of(
                tuple(
                    "SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT",
                    "agreements[0].specialSchedules[0]",
                    "ERROR"),
                tuple("AGREEMENTS_OVERLAP", "agreements[1]", "ERROR"),
                tuple("AGREEMENT_TERMINATION_OUTSIDE", "agreements[1].terminatedOn", "ERROR"))));
  }

  @Test
  void everyBundledRecordIsCovered() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<String> bundled =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .map(name -> name.substring(0, name.length() - ".json".length()))
              .filter(name -> !name.startsWith("invalid-identification"))
              .filter(name -> !name.startsWith("invalid-other-responsible"))
              .toList();
      assertThat(examples().map(arguments -> (String) arguments.get()[0]))
          .containsExactlyInAnyOrderElementsOf(bundled);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validateGivesTheExpectedOutcome(String name, int exit, List<Tuple> violations) {
    Run run = Run.of("validate", example(name + ".json"), "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(exit);
    assertThat(run.json().get("valid").booleanValue()).isEqualTo(exit == 0);
    assertThat(Run.violations(run.json())).containsExactlyElementsOf(violations);
  }

  @Test
  void aSavedRecordsBirthDateAndNirecCannotChange() {
    Run run =
        Run.of(
            "validate",
            example("changed-birth-date.json"),
            "--saved",
            example("valid-two-agreements.json"),
            "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(Run.violations(run.json()))
        .containsExactly(
            tuple("CHILD_BIRTH_DATE_IMMUTABLE", "child.birthDate", "ERROR"),
            tuple("CHILD_NIREC_IMMUTABLE", "child.nirec", "ERROR"));
  }

  @Test
  void theBatchAnswersEveryLineAndGoesOnPastTheBrokenOne() {
    Run run = Run.of("validate", "--jsonl", example("records.jsonl"), "--json");

    assertThat(run.exit()).isEqualTo(1);
    List<JsonNode> lines = run.outLines().stream().map(Run::parse).toList();
    assertThat(lines).extracting(line -> line.get("line").intValue()).containsExactly(1, 2, 4, 5);
    assertThat(lines)
        .extracting(line -> line.has("error"))
        .containsExactly(false, false, true, false);
    assertThat(lines.get(1).get("violations")).hasSize(3);
    assertThat(lines.get(3).get("valid").booleanValue()).isTrue();
  }

  private static String example(String file) {
    return EXAMPLES.resolve(file).toString();
  }
}
