package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;

/**
 * Coverage-guided fuzzing of every reader and of what the commands do with what they read: whatever
 * the bytes, a command ends with an outcome (exit 0 or 1, nothing on standard error) or one line on
 * standard error and exit 2, never an internal error, within a bounded time. Without {@code
 * JAZZER_FUZZ} each test replays its corpus ({@code ReadersFuzzTestInputs/<test>/} under the test
 * resources, the hostile inputs of HostileInputTest among them); {@code JAZZER_FUZZ=1} fuzzes
 * (docs/guide/mutation-and-fuzzing.md).
 */
class ReadersFuzzTest {
  /**
   * JSON's and the contract's tokens, which the fuzzer splices into its inputs, and number-shaped
   * tokens at the edges of conversion (huge exponents, past 32 bits).
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @DictionaryEntries({
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "null",
    "true",
    "false",
    "0",
    "-1.2e+3",
    // Numbers at the edges of what a reader can convert, as JSON fuzzing dictionaries carry them.
    "e-2147483648",
    "1e400",
    "E+999999999",
    "2147483648",
    "-0.0",
    "\\u0000",
    "\\uD800",
    "\"child\"",
    "\"agreements\"",
    "\"start\"",
    "\"places\"",
    "\"count\"",
    "\"2024-01-01\"",
    "TOTAL",
    "sector,area_km2,children,providers,places,stated_rate,"
        + "places_0_17,places_18_59,places_60_plus"
  })
  @interface ContractTokens {}

  /** Far above what any input of the fuzzer's sizes needs: a hang, not a slow machine. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  /**
   * Runs before the bound applies: under the fuzzer's instrumentation the first runs load and
   * instrument every class, which takes tens of seconds on a busy machine.
   */
  private static final int WARM_UP = 50;

  private static int runs;

  @ContractTokens
  @FuzzTest(maxExecutions = 500)
  void record(byte[] input) {
    run(input, "validate", "-", "--json");
  }

  @ContractTokens
  @FuzzTest(maxExecutions = 500)
  void batchLine(byte[] input) {
    Run run = run(input, "validate", "--jsonl", "-", "--json");
    long lines = 0;
    for (String line : run.outLines()) {
      JsonNode result = Run.parse(line);
      assertThat(result.get("line").longValue()).isGreaterThan(lines);
      assertThat(result.has("error") || result.has("valid")).isTrue();
      lines = result.get("line").longValue();
    }
    if (run.exit() != 2) {
      assertThat(run.outLines()).hasSize(nonBlankLines(input));
    }
  }

  @ContractTokens
  @FuzzTest(maxExecutions = 500)
  void scenario(byte[] input) {
    run(input, "allocate", "-", "--json");
  }

  @ContractTokens
  @FuzzTest(maxExecutions = 500)
  void placesDocument(byte[] input) {
    run(input, "unoccupied-places", "-", "--from", "2024-01-01", "--to", "2025-12-31", "--json");
  }

  @ContractTokens
  @FuzzTest(maxExecutions = 500)
  void coverageTable(byte[] input) {
    run(input, "coverage-audit", "-", "--json");
  }

  @ContractTokens
  @FuzzTest(maxExecutions = 500)
  void countedRecord(byte[] input) {
    run(input, "occupation", "-", "--from", "2024-01-01", "--to", "2025-12-31", "--by", "month");
    run(input, "attestation", "-", "--as-of", "2025-06-30");
  }

  /**
   * Every target above in one, and the three structure-aware targets of {@link
   * MutatedDocumentsFuzzTest}: the first byte picks the target, the rest is its input. Fuzzing mode
   * runs one fuzz test per JVM, so {@code .ci/run} fuzzes this one for a fixed number of inputs to
   * cover all readers, validation and counting in one short run.
   */
  @ContractTokens
  @FuzzTest(maxExecutions = 1_000)
  void anyReader(byte[] input) {
    if (input.length == 0) {
      return;
    }
    byte[] rest = java.util.Arrays.copyOfRange(input, 1, input.length);
    switch (Math.floorMod(input[0], 9)) {
      case 0 -> record(rest);
      case 1 -> batchLine(rest);
      case 2 -> scenario(rest);
      case 3 -> placesDocument(rest);
      case 4 -> coverageTable(rest);
      case 5 -> countedRecord(rest);
      case 6 -> MutatedDocumentsFuzzTest.record(rest);
      case 7 -> MutatedDocumentsFuzzTest.places(rest);
      default -> MutatedDocumentsFuzzTest.scenario(rest);
    }
  }

  /** Runs the command line on {@code input} as standard input and checks the contract. */
  static Run run(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int exit =
        Main.run(
            args,
            new ByteArrayInputStream(input),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Run run = new Run(exit, out.toString(UTF_8), err.toString(UTF_8));

    if (++runs > WARM_UP) {
      assertThat(took).isLessThan(BOUND);
    }
    assertThat(exit).isBetween(0, 2);
    if (exit == 2) {
      List<String> lines = run.errLines();
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).startsWith("childcare-rules: ").doesNotContain("internal error");
    } else {
      assertThat(run.err()).isEmpty();
    }
    return run;
  }

  /**
   * The lines of a batch that must each get an outcome: lines split on LF, holding more than JSON
   * white space (a leading byte order mark on the first line set aside).
   */
  private static int nonBlankLines(byte[] input) {
    int count = 0;
    boolean blank = true;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (!blank && !(i == input.length && i > 0 && input[i - 1] == '\n')) {
          count++;
        }
        blank = true;
      } else {
        int b = input[i];
        boolean bom =
            i <= 2
                && input.length >= 3
                && (input[0] & 0xFF) == 0xEF
                && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF;
        if (b != ' ' && b != '\t' && b != '\r' && !bom) {
          blank = false;
        }
      }
    }
    return count;
  }
}
