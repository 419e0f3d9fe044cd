package io.github.childcarerules.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch example of docs/guide/json-and-services.md, run on the bundled batch. */
class RecordBatchReadmeTest {
  @Test
  void theGuidesBatchExampleSaysWhatItsCommentSays() throws IOException {
    Path batch = Path.of("..", "examples", "records.jsonl");

    // README snippet: record-batch — spotless:off
    List<String> summary = new ArrayList<>();
    try (InputStream lines = Files.newInputStream(batch)) {
      ChildcareJson.<ValidationReport>forEachRecordLine(
          lines,
          Runtime.getRuntime().availableProcessors(),
          (line, record) -> RecordValidator.validate(record),
          outcome -> {
            if (outcome instanceof RecordLine.Read<ValidationReport> read) {
              summary.add(read.line() + (read.result().isValid() ? " valid" : " invalid"));
            } else if (outcome instanceof RecordLine.Unusable<ValidationReport> unusable) {
              summary.add(unusable.line() + " unusable: " + unusable.error().message());
            }
            return true; // go on to the next line
          });
    }
    // summary: "1 valid", "2 invalid", "4 unusable: column 34: …", "5 valid" (line 3 is blank)
    // README snippet end — spotless:on

    assertThat(summary).hasSize(4);
    assertThat(summary.get(0)).isEqualTo("1 valid");
    assertThat(summary.get(1)).isEqualTo("2 invalid");
    assertThat(summary.get(2)).startsWith("4 unusable: column 34: ");
    assertThat(summary.get(3)).isEqualTo("5 valid");
  }
}
