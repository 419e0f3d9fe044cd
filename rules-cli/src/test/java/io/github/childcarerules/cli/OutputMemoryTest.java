package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory that follows the input, not the output: each command runs in a JVM of its own with a small
 * heap and must print its whole result. Before, every document was built whole (a tree, then one
 * string) before it was printed: a 2 KB record counted by month over 0001–9999 (36 MB of JSON) and
 * a 0.9 MB record with 120,000 violations (29 MB of JSON) both ended with "not enough memory" under
 * these heaps, and so did a 240 KB scenario whose allocation is 64 MB of JSON.
 */
class OutputMemoryTest {
  @TempDir Path folder;

  /** Runs the command line in a new JVM of {@code heap} MB; returns its exit and output size. */
  private static long[] run(int heap, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    Collections.addAll(command, arguments);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long bytes = 0;
    try (InputStream out = process.getInputStream()) {
      byte[] buffer = new byte[1 << 16];
      for (int read = out.read(buffer); read >= 0; read = out.read(buffer)) {
        bytes += read;
      }
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new long[] {process.exitValue(), bytes};
  }

  @Test
  void aCountByMonthOverTenThousandYearsIsPrintedWithinASmallHeap() throws Exception {
    String record = Fixtures.golden("occupation-record.json");
    String[] range = {"--from", "0001-01-01", "--to", "9999-12-31", "--by", "month"};

    long[] json = run(64, concat(new String[] {"occupation", record, "--json"}, range));
    long[] text = run(64, concat(new String[] {"occupation", record}, range));

    assertThat(json[0]).isZero();
    assertThat(json[1]).isGreaterThan(36_000_000);
    assertThat(text[0]).isZero();
    assertThat(text[1]).isGreaterThan(12_000_000);
  }

  @Test
  void aReportThirtyTimesTheSizeOfItsRecordIsPrintedWithinASmallHeap() throws Exception {
    StringBuilder agreements = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      agreements.append(i == 0 ? "" : ",").append("{\"end\":\"x\",\"terminatedOn\":\"y\"}");
    }
    String valid = Fixtures.validRecord().toString();
    int at = valid.indexOf("\"agreements\"");
    int end = valid.indexOf("\"serviceOffer\"");
    String record =
        valid.substring(0, at) + "\"agreements\":[" + agreements + "]," + valid.substring(end);
    Path file = Files.writeString(folder.resolve("record.json"), record, UTF_8);

    long[] json = run(48, "validate", file.toString(), "--json");

    assertThat(json[0]).isEqualTo(1);
    assertThat(json[1]).isGreaterThan(30L * Files.size(file));
  }

  @Test
  void anAllocationWhoseTrailIsTwoHundredTimesItsScenarioIsPrintedWithinASmallHeap()
      throws Exception {
    // 200 used batches and 2,000 requests whose offers never suit the child: every batch's trail
    // names every request (400,000 events). Built whole, 64 MB of JSON did not fit in 64 MB.
    StringBuilder scenario = new StringBuilder("{\"asOf\":\"2016-03-01\",\"sectors\":[");
    scenario.append(
        "{\"name\":\"S\",\"children\":400,\"places\":100,\"installationPlaces\":10,"
            + "\"parentNeeds\":1}],\"batches\":[");
    for (int i = 0; i < 200; i++) {
      scenario
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"B")
          .append(i)
          .append(
              "\",\"places\":1,\"sector\":\"S\",\"availableOn\":\"2016-03-01\","
                  + "\"kind\":\"PERMANENT\",\"status\":\"USED\",\"origin\":\"RETURNED\","
                  + "\"child\":{\"ageMonths\":30,\"needs\":[],\"characteristics\":[]}}");
    }
    scenario.append("],\"requests\":[");
    for (int i = 0; i < 2_000; i++) {
      scenario
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"R")
          .append(i)
          .append("\",\"type\":\"INCREASE\",\"provider\":\"P")
          .append(i % 100)
          .append("\",\"sector\":\"S\",\"receivedOn\":\"2015-04-01\",\"places\":1}");
    }
    scenario.append("],\"providers\":[");
    for (int i = 0; i < 100; i++) {
      scenario
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"P")
          .append(i)
          .append(
              "\",\"sector\":\"S\",\"offer\":{\"ageGroups\":[\"MONTHS_0_17\"],"
                  + "\"needs\":[],\"characteristics\":[]}}");
    }
    scenario.append("]}");
    Path file = Files.writeString(folder.resolve("scenario.json"), scenario, UTF_8);

    long[] json = run(64, "allocate", file.toString(), "--json");
    long[] text = run(64, "allocate", file.toString());

    assertThat(json[0]).isZero();
    assertThat(json[1]).isGreaterThan(200L * Files.size(file));
    assertThat(text[0]).isZero();
    assertThat(text[1]).isGreaterThan(150L * Files.size(file));
  }

  private static String[] concat(String[] first, String[] second) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(second));
    return all.toArray(String[]::new);
  }
}
