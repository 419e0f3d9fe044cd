package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --jsonl FILE}: one result per non-blank line, in order, streaming. */
class BatchTest {
  @TempDir Path folder;

  private final String valid = Fixtures.validRecord().toString();
  private final String invalid =
      Fixtures.read(Fixtures.golden("invalid-identification.json")).toString();

  @Test
  void eachNonBlankLineGivesOneResultLineNumberedByPhysicalLine() {
    String batch =
        String.join(
            "\n",
            valid, // 1
            "", // 2
            invalid, // 3
            "{\"child\": ", // 4
            "   ", // 5
            "[1, 2]", // 6
            "{\"child\": {\"sex\": 1}}", // 7
            valid); // 8
    String file = Fixtures.write(folder, "batch.jsonl", batch + "\n");

    Run run = Run.of("validate", "--jsonl", file, "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    List<JsonNode> results = run.outLines().stream().map(Run::parse).toList();
    assertThat(results)
        .extracting(result -> result.get("line").intValue())
        .containsExactly(1, 3, 4, 6, 7, 8);
    assertThat(results.get(0).get("valid").booleanValue()).isTrue();
    assertThat(results.get(1).get("valid").booleanValue()).isFalse();
    assertThat(results.get(1).get("violations"))
        .extracting(v -> v.get("rule").textValue())
        .containsExactly(
            "CHILD_LAST_NAME_TOO_LONG", "CHILD_NIREC_REQUIRED", "RESPONSIBLE_ROLE_REQUIRED");
    assertThat(results.get(2).get("error").textValue()).startsWith("column ");
    assertThat(results.get(3).get("error").textValue()).contains("found an array");
    assertThat(results.get(4).get("error").textValue())
        .isEqualTo("child.sex: expected a string or null, found a number");
    assertThat(results.get(5).get("valid").booleanValue()).isTrue();
  }

  @Test
  void resultLinesHaveTheFieldsOfTheContract() {
    String file = Fixtures.write(folder, "batch.jsonl", invalid + "\n{\n");

    List<JsonNode> results =
        Run.of("validate", "--jsonl", file, "--json").outLines().stream().map(Run::parse).toList();

    assertThat(results.get(0).fieldNames())
        .toIterable()
        .containsExactly("line", "valid", "violations");
    assertThat(results.get(1).fieldNames()).toIterable().containsExactly("line", "error");
  }

  @Test
  void aBatchOfValidRecordsExitsZero() {
    String file = Fixtures.write(folder, "batch.jsonl", valid + "\r\n" + valid + "\r\n");

    Run run = Run.of("validate", "--jsonl", file, "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void anUnusableLineAloneMakesTheBatchExitOne() {
    String file = Fixtures.write(folder, "batch.jsonl", valid + "\nnot json\n");

    assertThat(Run.of("validate", "--jsonl", file, "--json").exit()).isEqualTo(1);
  }

  @Test
  void anEmptyFileIsAnEmptyBatch() {
    String file = Fixtures.write(folder, "empty.jsonl", "");

    Run run = Run.of("validate", "--jsonl", file, "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Run.of("validate", "--jsonl", file).out()).isEmpty();
  }

  @Test
  void aMissingBatchFileIsUnusable() {
    Expect.unusable(
        Run.of("validate", "--jsonl", "missing.jsonl"), "missing.jsonl", "no such file");
  }

  @Test
  void theTextFormNumbersEachResult() {
    Run run =
        Run.withInput(
            valid + "\n\n" + invalid + "\n]\n", "validate", "--jsonl", "-", "--lang", "en");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines())
        .startsWith("Line 1 — Record valid", "Line 3 — Record not valid: 3 errors, 0 warnings")
        .last()
        .asString()
        .startsWith("Line 4 — unusable: column 1");
  }

  @Test
  void eachResultIsPrintedBeforeTheNextLineIsRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream lines = new LineByLine(out, valid + "\n", invalid + "\n", valid + "\n");

    int exit =
        Main.run(
            new String[] {"validate", "--jsonl", "-", "--json"},
            lines,
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(err.toString(UTF_8)).isEmpty();
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(UTF_8).lines()).hasSize(3);
  }

  /**
   * Standard input that hands out one line per read, and refuses to hand out line n + 1 before the
   * result of line n is on standard output.
   */
  private static final class LineByLine extends InputStream {
    private final ByteArrayOutputStream out;
    private final List<byte[]> lines;
    private int line;
    private int position;

    LineByLine(ByteArrayOutputStream out, String... lines) {
      this.out = out;
      this.lines = Arrays.stream(lines).map(l -> l.getBytes(UTF_8)).toList();
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (line == lines.size()) {
        return -1;
      }
      if (position == 0) {
        assertThat(out.toString(UTF_8).lines().count())
            .as("results printed before line %d is read", line + 1)
            .isEqualTo(line);
      }
      byte[] current = lines.get(line);
      int count = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, count);
      position += count;
      if (position == current.length) {
        line++;
        position = 0;
      }
      return count;
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
