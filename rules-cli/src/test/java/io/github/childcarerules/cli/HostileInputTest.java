package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs (docs/decisions.md, "Hostile input"): each test was written against the code
 * before the fix and failed there (a number that ends every JSON command, lines without an outcome,
 * lost output, a second decoder).
 */
class HostileInputTest {
  @TempDir Path folder;

  private final String valid = Fixtures.validRecord().toString();

  private String write(String name, byte[] content) {
    try {
      return Files.write(folder.resolve(name), content).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<JsonNode> results(Run run) {
    return run.outLines().stream().map(Run::parse).toList();
  }

  @Test
  void aHugeExponentInAnIgnoredFieldIsIgnored() {
    String record = valid.substring(0, valid.length() - 1) + ", \"note\": 1e-2147483648}";
    Run run = Run.withInput(record, "validate", "-", "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void aHugeExponentWhereANumberIsReadIsUnusableInputNamingItsPath() {
    String places = "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 1e-2147483648}]}";
    Run run =
        Run.withInput(
            places, "unoccupied-places", "-", "--from", "2024-01-01", "--to", "2024-12-31");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("places[0].count")
        .doesNotContain("internal error");
  }

  @Test
  void aHugeExponentOnOneLineOfABatchLeavesTheOtherLinesTheirOutcome() {
    String batch = "{\"x\": 1e-2147483648}\n" + valid + "\n";
    Run run = Run.withInput(batch, "validate", "--jsonl", "-", "--json");

    assertThat(run.err()).isEmpty();
    assertThat(results(run)).extracting(r -> r.get("line").intValue()).containsExactly(1, 2);
    assertThat(results(run).get(1).get("valid").booleanValue()).isTrue();
  }

  @Test
  void aBatchSplitsLinesOnLineFeedOnlyAndDropsACarriageReturnBeforeIt() {
    String batch = valid + "\r" + valid + "\n" + valid + "\r\n" + valid + "\n";
    Run run = Run.withInput(batch, "validate", "--jsonl", "-", "--json");

    List<JsonNode> results = results(run);
    assertThat(results).extracting(r -> r.get("line").intValue()).containsExactly(1, 2, 3);
    assertThat(results.get(0).get("error").textValue()).contains("after the record");
    assertThat(results.get(1).get("valid").booleanValue()).isTrue();
    assertThat(results.get(2).get("valid").booleanValue()).isTrue();
  }

  @Test
  void aLineOfWhiteSpaceThatIsNotJsonWhiteSpaceGetsAnOutcome() {
    String batch = "\u000B\n\f\n\u3000\n \t\r\n" + valid + "\n";
    Run run = Run.withInput(batch, "validate", "--jsonl", "-", "--json");

    List<JsonNode> results = results(run);
    assertThat(results).extracting(r -> r.get("line").intValue()).containsExactly(1, 2, 3, 5);
    assertThat(results.subList(0, 3)).allSatisfy(r -> assertThat(r.has("error")).isTrue());
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void overlongAndSurrogateUtf8InARecordIsUnusableInputNamingTheByte() {
    byte[] overlong = "{\"child\": {\"lastName\": \"\u00C0\u00AF\"}}".getBytes(UTF_8);
    byte[] record = "{\"child\": {\"lastName\": \"xx\"}}".getBytes(UTF_8);
    record[24] = (byte) 0xC0;
    record[25] = (byte) 0xAF;
    byte[] surrogate = "{\"child\": {\"lastName\": \"xxx\"}}".getBytes(UTF_8);
    surrogate[24] = (byte) 0xED;
    surrogate[25] = (byte) 0xA0;
    surrogate[26] = (byte) 0x80;
    assertThat(overlong).isNotEmpty();

    for (byte[] bytes : List.of(record, surrogate)) {
      Run run = Run.withInput(new ByteArrayInputStream(bytes), "validate", "-");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .contains("standard input")
          .contains("byte 24")
          .contains("UTF-8");
    }
  }

  @Test
  void malformedUtf8OnABatchLineIsThatLinesError() {
    byte[] bad = ("{\"child\": {\"lastName\": \"x\"}}").getBytes(UTF_8);
    bad[24] = (byte) 0xFF;
    byte[] batch = concat(bad, "\n".getBytes(UTF_8), (valid + "\n").getBytes(UTF_8));
    Run run = Run.withInput(new ByteArrayInputStream(batch), "validate", "--jsonl", "-", "--json");

    List<JsonNode> results = results(run);
    assertThat(results).extracting(r -> r.get("line").intValue()).containsExactly(1, 2);
    assertThat(results.get(0).get("error").textValue()).contains("UTF-8");
    assertThat(results.get(1).get("valid").booleanValue()).isTrue();
  }

  @Test
  void malformedUtf8InACoverageTableIsUnusableInput() {
    byte[] table =
        ("sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,"
                + "places_60_plus\nA\u00e9,1,1,1,1,,,,\n")
            .getBytes(UTF_8);
    table[table.length - 11] = (byte) 0xFF; // the second byte of é
    Run run = Run.of("coverage-audit", write("bad.csv", table));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("UTF-8").contains("line 2");
  }

  @Test
  void aLineOverTheLimitIsThatLinesErrorAndIsNotReadIntoMemory() {
    long size = io.github.childcarerules.json.internal.JsonLines.MAX_LINE_BYTES + 10;
    InputStream huge =
        new SequenceInputStream(
            new ByteArrayInputStream("{\"a\": ".getBytes(UTF_8)),
            new InputStream() {
              long left = size;

              @Override
              public int read() {
                return left-- > 0 ? ' ' : -1;
              }

              @Override
              public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                  return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
              }
            });
    InputStream batch =
        new SequenceInputStream(
            huge, new ByteArrayInputStream(("1}\n" + valid + "\n").getBytes(UTF_8)));
    Run run = Run.withInput(batch, "validate", "--jsonl", "-", "--json");

    List<JsonNode> results = results(run);
    assertThat(results).extracting(r -> r.get("line").intValue()).containsExactly(1, 2);
    assertThat(results.get(0).get("error").textValue()).contains("longer than");
    assertThat(results.get(1).get("valid").booleanValue()).isTrue();
  }

  @Test
  void aFailedWriteOfTheResultsIsExitTwoWithOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream broken =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("No space left on device");
              }
            },
            true,
            UTF_8);
    int exit =
        Main.run(
            new String[] {"validate", "--jsonl", "-"},
            new ByteArrayInputStream((valid + "\n").getBytes(UTF_8)),
            broken,
            new PrintStream(err, true, UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(UTF_8).lines()).singleElement().asString().contains("standard output");
  }

  @Test
  void anUnreadableStandardInputIsExitTwoWithOneLine() {
    InputStream closed =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Bad file descriptor");
          }
        };
    for (String[] args :
        List.of(new String[] {"validate", "-"}, new String[] {"validate", "--jsonl", "-"})) {
      Run run = Run.withInput(closed, args);
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .contains("standard input")
          .contains("Bad file descriptor");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = ';',
      value = {
        "{\"sectors\": [{\"name\": \"A\", \"children\": 1e30}]}; sectors[0].children",
        "{\"batches\": [{\"id\": \"B\", \"places\": 2147483648}]}; batches[0].places",
        "{\"batches\": [{\"id\": \"B\", \"status\": \"USED\", \"child\": {\"ageMonths\": 1e400}}]};"
            + " batches[0].child.ageMonths"
      })
  void aHugeNumberInAScenarioIsUnusableInputNamingItsPathNotAnotherFinding(
      String scenario, String path) {
    Run run = Run.withInput("{\"asOf\": \"2016-01-04\", " + scenario.substring(1), "allocate", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains(path + ": number")
        .contains("larger than");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"9999-12-31", "0001-01-01"})
  void anAttestationWhoseReferenceYearLeavesYearsOneToNineThousandIsAUsageError(String asOf) {
    Run run = Run.of("attestation", "../examples/attestation-record.json", "--as-of", asOf);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString().contains("--as-of " + asOf);
  }

  @Test
  void textOutputShowsControlCharactersOfNamesAndCellsInsteadOfSendingThemToTheTerminal() {
    String table =
        "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,"
            + "places_60_plus\n\"\u001B[2J\u009B31mA\rB\",1,10,1,1,99,,,\n";
    Run run = Run.of("coverage-audit", write("escapes.csv", table.getBytes(UTF_8)));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("\u001B", "\u009B", "\r");
    assertThat(run.out()).contains("\\u001B[2J\\u009B31mA\\u000DB");
  }

  private static final String HEADER =
      "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,"
          + "places_60_plus\n";

  @org.junit.jupiter.params.ParameterizedTest(name = "a negative {0} is unusable input")
  @org.junit.jupiter.params.provider.CsvSource({
    "area_km2, '-1,3,1,1,,,,'",
    "children, '1,-3,1,1,,,,'",
    "providers, '1,3,-1,1,,,,'",
    "places, '1,3,1,-1,,,,'",
    "places_0_17, '1,3,1,1,,-1,1,1'",
    "places_18_59, '1,3,1,1,,1,-0.5,1'",
    "places_60_plus, '1,3,1,1,,1,1,-1'"
  })
  void aNegativeCountOrAreaIsUnusableInputNamingTheLineAndTheColumn(String column, String cells) {
    String table = HEADER + "A,1,3,1,1,,,,\nTOTAL,1,3,1,1,,,,\nB," + cells + "\n";
    Run run = Run.of("coverage-audit", write("negative.csv", table.getBytes(UTF_8)), "--json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("line 4")
        .contains("column " + column)
        .contains("below zero");
  }

  @Test
  void aNegativeStatedRateIsAudited() {
    Run run =
        Run.of(
            "coverage-audit",
            write("rate.csv", (HEADER + "A,1,10,1,1,-10,,,\n").getBytes(UTF_8)),
            "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().at("/rows/0/findings/0/code").textValue()).isEqualTo("RATE_MISMATCH");
  }

  @Test
  void aCellWithMoreThanTenThousandDecimalsIsUnusableInput() {
    String table = HEADER + "A,1,3,1,1,22." + "3".repeat(10_001) + ",,,\n";
    Run run = Run.of("coverage-audit", write("decimals.csv", table.getBytes(UTF_8)), "--json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("line 2")
        .contains("column stated_rate")
        .contains("10000 digits");
  }

  @Test
  void aSecondTotalRowIsUnusableInputRatherThanReplacingTheFirst() {
    String table = HEADER + "A,1,3,1,1,,,,\nTOTAL,1,3,1,1,,,,\nTOTAL,2,5,1,1,,,,\n";
    Run run = Run.of("coverage-audit", write("totals.csv", table.getBytes(UTF_8)));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("line 4")
        .contains("second TOTAL row")
        .contains("line 3");
  }

  @Test
  void aStatedRateWithTenThousandDecimalsIsAudited() {
    String stated = "22." + "3".repeat(10_000);
    String table = HEADER + "A,1,3,1,1," + stated + ",,,\n";
    Run run = Run.of("coverage-audit", write("decimals.csv", table.getBytes(UTF_8)), "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("\"stated\": " + stated + ",");
  }

  @Test
  void aFifoIsReadAsAStreamLineByLine() throws Exception {
    Path fifo = folder.resolve("batch.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(fifo, (valid + "\n{\"child\": \n").getBytes(UTF_8));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    Run run = Run.of("validate", "--jsonl", fifo.toString(), "--json");
    writer.join();

    assertThat(results(run)).extracting(r -> r.get("line").intValue()).containsExactly(1, 2);
    assertThat(run.exit()).isEqualTo(1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
