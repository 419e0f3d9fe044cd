package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad input never crashes the command line: any corruption of a real record (cut, inserted token,
 * swapped value type) ends with exit 0 or 1 and a well-formed report, or exit 2 with exactly one
 * line on standard error, never a stack trace.
 */
class CorruptedInputTest {
  private static final String RECORD = Fixtures.golden("invalid-agreements.json");
  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "0",
    "-1.5e309",
    "true",
    "\"x\"",
    "\"\"",
    "\"2024-02-30\"",
    "\"MOM\"",
    "{}",
    "[]",
    "\\u0000",
    "é",
    "\"DAY_1\""
  };

  @Property(tries = 400)
  void anyCorruptedRecordGivesAnOutcomeAndNeverACrash(@ForAll("corrupted") String document) {
    Run run = Run.withInput(document, "validate", "-", "--json");

    assertThat(run.exit()).isBetween(0, 2);
    if (run.exit() == 2) {
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).hasSize(1);
      assertThat(run.err()).doesNotContain("Exception", "\tat ");
    } else {
      assertThat(run.err()).isEmpty();
      JsonNode report = run.json();
      assertThat(report.get("valid").asBoolean()).isEqualTo(run.exit() == 0);
      assertThat(report.get("violations").isArray()).isTrue();
    }
  }

  @Property(tries = 200)
  void aBatchOfCorruptedLinesAnswersEveryLine(
      @ForAll("corrupted") String first, @ForAll("corrupted") String second) {
    String batch = oneLine(first) + "\n\n" + oneLine(second) + "\n";

    Run run = Run.withInput(batch, "validate", "--jsonl", "-", "--json");

    assertThat(run.exit()).isIn(0, 1);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(2);
    assertThat(Run.parse(run.outLines().get(0)).get("line").asInt()).isEqualTo(1);
    assertThat(Run.parse(run.outLines().get(1)).get("line").asInt()).isEqualTo(3);
  }

  @Provide
  Arbitrary<String> corrupted() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, RECORD.length());
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> token = Arbitraries.of(TOKENS);
    Arbitrary<String> once =
        Combinators.combine(position, length, token)
            .as((at, cut, inserted) -> corrupt(RECORD, at, cut, inserted));
    Arbitrary<String> twice =
        Combinators.combine(position, length, token, position, token)
            .as(
                (at, cut, inserted, at2, inserted2) ->
                    corrupt(corrupt(RECORD, at, cut, inserted), at2, 0, inserted2));
    return Arbitraries.oneOf(once, twice);
  }

  private static String corrupt(String text, int at, int cut, String inserted) {
    int start = Math.min(at, text.length());
    int end = Math.min(start + cut, text.length());
    return text.substring(0, start) + inserted + text.substring(end);
  }

  private static String oneLine(String document) {
    return document.replace('\n', ' ').replace('\r', ' ');
  }
}
