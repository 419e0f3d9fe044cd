package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads N} on the batches ({@code validate --jsonl}, {@code occupation --jsonl}): the
 * same output, byte for byte, on one thread or several; a count outside 1–256, or {@code --threads}
 * without {@code --jsonl}, is a usage error.
 */
class BatchThreadsTest {
  @TempDir Path folder;

  private final String valid = Fixtures.validRecord().toString();
  private final String invalid =
      Fixtures.read(Fixtures.golden("invalid-identification.json")).toString();
  private final String occupation =
      Fixtures.read(Fixtures.golden("occupation-record.json")).toString();

  /** A batch of 600 lines of every kind: valid, invalid, unusable, blank. */
  private String mixedBatch() {
    return IntStream.range(0, 600)
        .mapToObj(
            i ->
                switch (i % 6) {
                  case 0 -> valid;
                  case 1 -> invalid;
                  case 2 -> "{\"child\": ";
                  case 3 -> "";
                  case 4 -> occupation;
                  default -> "{\"child\": {\"sex\": 1}}";
                })
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"fr", "en"})
  void validateGivesTheSameOutputOnOneThreadOrSeveral(String language) {
    String file = Fixtures.write(folder, "batch.jsonl", mixedBatch());

    for (List<String> format : List.of(List.of("--json"), List.<String>of())) {
      Run one = run(format, "validate", "--jsonl", file, "--lang", language, "--threads", "1");
      Run three = run(format, "validate", "--jsonl", file, "--lang", language, "--threads", "3");
      Run all = run(format, "validate", "--jsonl", file, "--lang", language);

      assertThat(one.exit()).isEqualTo(1);
      assertThat(one.err()).isEmpty();
      assertThat(three).isEqualTo(one);
      assertThat(all).isEqualTo(one);
    }
  }

  @Test
  void occupationGivesTheSameOutputOnOneThreadOrSeveral() {
    String file = Fixtures.write(folder, "batch.jsonl", mixedBatch());

    for (List<String> format : List.of(List.of("--json"), List.<String>of())) {
      Run one =
          run(
              format,
              "occupation",
              "--jsonl",
              file,
              "--from",
              "2024-04-01",
              "--to",
              "2025-03-31",
              "--by",
              "month",
              "--threads",
              "1");
      Run four =
          run(
              format,
              "occupation",
              "--jsonl",
              file,
              "--from",
              "2024-04-01",
              "--to",
              "2025-03-31",
              "--by",
              "month",
              "--threads",
              "4");

      assertThat(one.exit()).isEqualTo(1);
      assertThat(one.err()).isEmpty();
      assertThat(four).isEqualTo(one);
    }
  }

  private static Run run(List<String> format, String... args) {
    return Run.of(
        java.util.stream.Stream.concat(java.util.Arrays.stream(args), format.stream())
            .toArray(String[]::new));
  }

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"0", "-1", "257", "1000000"})
  void aThreadCountOutsideOneTo256IsAUsageError(String threads) {
    String file = Fixtures.write(folder, "batch.jsonl", valid + "\n");

    for (Run run :
        List.of(
            Run.of("validate", "--jsonl", file, "--threads", threads),
            Run.of(
                "occupation",
                "--jsonl",
                file,
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--threads",
                threads))) {
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .contains("--threads must be a whole number from 1 to 256, not " + threads);
    }
  }

  @Test
  void theBoundsOfTheThreadCountAreAccepted() {
    String file = Fixtures.write(folder, "batch.jsonl", valid + "\n" + valid + "\n");

    for (String threads : List.of("1", "256")) {
      Run run = Run.of("validate", "--jsonl", file, "--json", "--threads", threads);
      assertThat(run.exit()).isZero();
      assertThat(run.outLines()).hasSize(2);
    }
  }

  @Test
  void aThreadCountThatIsNotANumberIsAUsageError() {
    String file = Fixtures.write(folder, "batch.jsonl", valid + "\n");

    Run run = Run.of("validate", "--jsonl", file, "--threads", "two");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("--threads");
  }

  @Test
  void threadsWithoutJsonLinesIsAUsageError() {
    String record = Fixtures.write(folder, "record.json", valid);

    Run validate = Run.of("validate", record, "--threads", "2");
    Run count =
        Run.of(
            "occupation", record, "--from", "2024-01-01", "--to", "2024-12-31", "--threads", "2");

    for (Run run : List.of(validate, count)) {
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).singleElement().asString().contains("--threads needs --jsonl");
    }
  }

  @Test
  void eachLineOfABatchCountIsTheCountOfItsRecordAfterItsLineNumber() throws Exception {
    String record = Fixtures.write(folder, "record.json", occupation);
    String file = Fixtures.write(folder, "batch.jsonl", occupation + "\n\n[1]\n" + valid + "\r\n");
    String[] range = {"--from", "2024-04-01", "--to", "2025-03-31", "--by", "fiscal-year"};

    Run batch = Run.of(concat(new String[] {"occupation", "--jsonl", file, "--json"}, range));
    Run single = Run.of(concat(new String[] {"occupation", record, "--json"}, range));
    Run other =
        Run.of(
            concat(
                new String[] {"occupation", Fixtures.write(folder, "valid.json", valid), "--json"},
                range));

    assertThat(batch.exit()).isEqualTo(1);
    assertThat(batch.err()).isEmpty();
    List<JsonNode> lines = batch.outLines().stream().map(Run::parse).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(numbered(1, single.json()));
    assertThat(lines.get(1).toString())
        .isEqualTo("{\"line\":3,\"error\":\"expected a record (a JSON object), found an array\"}");
    assertThat(lines.get(2)).isEqualTo(numbered(4, other.json()));
    assertThat(batch.outLines().get(0)).startsWith("{\"line\":1,\"from\":\"2024-04-01\",");
    assertThat(Files.readString(Path.of(file))).isNotEmpty();
  }

  @Test
  void aBatchCountWithOnlyUsableLinesExitsZeroAndWithoutByHasNoPeriods() {
    String file = Fixtures.write(folder, "batch.jsonl", occupation + "\n" + valid + "\n");

    Run run =
        Run.of(
            "occupation", "--jsonl", file, "--from", "2024-04-01", "--to", "2025-03-31", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines()).allSatisfy(line -> assertThat(line).doesNotContain("byPeriod"));
  }

  @Test
  void aBatchCountInTextNamesEachLineThenPrintsItsCount() {
    String file = Fixtures.write(folder, "batch.jsonl", occupation + "\n{\n");
    String record = Fixtures.write(folder, "record.json", occupation);

    Run french =
        Run.of("occupation", "--jsonl", file, "--from", "2024-04-01", "--to", "2025-03-31");
    Run english =
        Run.of(
            "occupation",
            "--jsonl",
            file,
            "--from",
            "2024-04-01",
            "--to",
            "2025-03-31",
            "--lang",
            "en");
    Run single = Run.of("occupation", record, "--from", "2024-04-01", "--to", "2025-03-31");

    assertThat(french.exit()).isEqualTo(1);
    List<String> count = single.outLines();
    assertThat(french.outLines())
        .startsWith("Ligne 1 — " + count.get(0))
        .containsSubsequence(count.subList(1, count.size()))
        .last()
        .asString()
        .startsWith("Ligne 2 — inutilisable : column ");
    assertThat(french.outLines()).hasSize(count.size() + 1);
    assertThat(english.outLines().get(0)).startsWith("Line 1 — Planned occupation");
    assertThat(english.outLines().get(english.outLines().size() - 1))
        .startsWith("Line 2 — unusable: column ");
  }

  @Test
  void anEmptyBatchCountPrintsNothingAndExitsZero() {
    String file = Fixtures.write(folder, "empty.jsonl", "");

    Run run = Run.of("occupation", "--jsonl", file, "--from", "2024-04-01", "--to", "2025-03-31");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  private static JsonNode numbered(long line, JsonNode document) {
    ObjectNode numbered = Run.parse("{\"line\": " + line + "}").deepCopy();
    document.properties().forEach(field -> numbered.set(field.getKey(), field.getValue()));
    return numbered;
  }

  private static String[] concat(String[] first, String[] second) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(first), java.util.Arrays.stream(second))
        .toArray(String[]::new);
  }
}
