package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader that stops reading (a pipe into {@code head}) stops the run at the next write: one line
 * on standard error, exit 2, long before the whole output would have been computed.
 */
class ClosedOutputTest {
  @TempDir Path folder;

  /** Runs the command line in a new JVM, reads {@code bytes} of its output, then closes it. */
  private static Process runAndStopReading(int bytes, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    Collections.addAll(command, arguments);
    Process process = new ProcessBuilder(command).start();
    try (InputStream out = process.getInputStream()) {
      assertThat(out.readNBytes(bytes)).hasSize(bytes);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped at the failed write").isTrue();
    return process;
  }

  @Test
  void aCountWhoseReaderWentAwayStopsWithOneLine() throws Exception {
    String record = Fixtures.golden("occupation-record.json");

    // 36 MB of JSON if it were all printed
    Process run =
        runAndStopReading(
            1_000,
            "occupation",
            record,
            "--from",
            "0001-01-01",
            "--to",
            "9999-12-31",
            "--by",
            "month",
            "--json");

    assertThat(run.exitValue()).isEqualTo(2);
    assertThat(new String(run.getErrorStream().readAllBytes(), UTF_8))
        .isEqualTo(
            "childcare-rules: cannot write the results to standard output (closed, or no space"
                + " left)\n");
  }

  @Test
  void aBatchWhoseReaderWentAwayStopsWithOneLine() throws Exception {
    String batch = (Fixtures.validRecord().toString() + "\n").repeat(200_000);
    String file = Fixtures.write(folder, "batch.jsonl", batch);

    Process run = runAndStopReading(1_000, "validate", "--jsonl", file, "--json", "--threads", "2");

    assertThat(run.exitValue()).isEqualTo(2);
    assertThat(new String(run.getErrorStream().readAllBytes(), UTF_8))
        .isEqualTo(
            "childcare-rules: cannot write the results to standard output (closed, or no space"
                + " left)\n");
  }
}
