package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.UnusableInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line prints what rules-json gives a service, unchanged: the same one line for
 * unusable input (after the program's and the file's names), the same documents with {@code
 * --json}.
 */
class JsonModuleParityTest {
  @TempDir Path folder;

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "[]",
        "{} {}",
        "{\"child\": }",
        "{\"child\": {\"lastName\": \"A\", \"lastName\": \"B\"}}",
        "{\"child\": {\"nirec\": 5}}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MON\": [null]}]}}]}",
        "{\n  \"child\":\n  [1, 2,\n}"
      })
  void anUnusableRecordIsTheSameLineOnStandardError(String json) throws IOException {
    String file = Files.writeString(folder.resolve("record.json"), json, UTF_8).toString();
    UnusableInput unusable = ChildcareJson.readRecord(json).getError();

    Run run = Run.of("validate", file);

    assertThat(run.exit()).isEqualTo(ExitStatus.UNUSABLE);
    assertThat(run.err())
        .isEqualTo("childcare-rules: " + file + ": " + unusable.message() + System.lineSeparator());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"[]", "{\"sectors\": [{\"children\": \"many\"}]}", "{\"asOf\": 1}"})
  void anUnusableScenarioIsTheSameLineOnStandardError(String json) throws IOException {
    String file = Files.writeString(folder.resolve("scenario.json"), json, UTF_8).toString();

    Run run = Run.of("allocate", file);

    assertThat(run.err())
        .isEqualTo(
            "childcare-rules: "
                + file
                + ": "
                + ChildcareJson.readScenario(json).getError().message()
                + System.lineSeparator());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"valid-two-agreements", "invalid-agreements", "invalid-identification"})
  void aReportIsTheDocumentRulesJsonWrites(String name) throws IOException {
    String file = Fixtures.golden(name + ".json");
    String json = Files.readString(Path.of(file), UTF_8);

    Run french = Run.of("validate", file, "--json");
    Run english = Run.of("validate", file, "--json", "--lang", "en");

    var report = RecordValidator.validate(ChildcareJson.readRecord(json).get());
    assertThat(french.out()).isEqualTo(ChildcareJson.writeReport(report) + System.lineSeparator());
    assertThat(english.out())
        .isEqualTo(ChildcareJson.writeReport(report, Locale.ENGLISH) + System.lineSeparator());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"allocation-scenario", "allocation-letters"})
  void anAllocationIsTheDocumentRulesJsonWrites(String name) throws IOException {
    String file = Fixtures.golden(name + ".json");
    var result =
        Allocator.allocate(ChildcareJson.readScenario(Files.readString(Path.of(file), UTF_8)).get())
            .get();

    assertThat(Run.of("allocate", file, "--json").out())
        .isEqualTo(ChildcareJson.writeAllocationResult(result) + System.lineSeparator());
    assertThat(Run.of("allocate", file, "--grid", "--json").out())
        .isEqualTo(ChildcareJson.writeGrids(result) + System.lineSeparator());
  }
}
