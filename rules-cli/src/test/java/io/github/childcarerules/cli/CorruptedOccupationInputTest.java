package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Counting commands never crash on bad input: any corruption of the occupation example ends with
 * exit 0 and a report (the record is not judged), or exit 2 with one line on standard error.
 */
class CorruptedOccupationInputTest {
  private static final String RECORD =
      Fixtures.read(Fixtures.golden("occupation-record.json")).toPrettyString();
  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    "null",
    "0",
    "true",
    "\"\"",
    "\"2024-02-30\"",
    "\"2024-13-01\"",
    "{}",
    "[]",
    "\"DAY_1\"",
    "\"MER\"",
    "\"2024-09-01\"",
    "\"\\u0000\""
  };

  @Property(tries = 200)
  void occupationOfACorruptedRecord(@ForAll("corrupted") String document) {
    check(
        Run.withInput(
            document,
            "occupation",
            "-",
            "--from",
            "2023-01-01",
            "--to",
            "2025-12-31",
            "--by",
            "month",
            "--json"));
  }

  @Property(tries = 200)
  void attestationOfACorruptedRecord(@ForAll("corrupted") String document) {
    check(Run.withInput(document, "attestation", "-", "--as-of", "2025-01-31", "--json"));
  }

  private static void check(Run run) {
    assertThat(run.exit()).isIn(0, 2);
    if (run.exit() == 2) {
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).hasSize(1);
      assertThat(run.err()).doesNotContain("Exception", "\tat ");
    } else {
      assertThat(run.err()).isEmpty();
      assertThat(run.json().isObject()).isTrue();
    }
  }

  @Provide
  Arbitrary<String> corrupted() {
    return Combinators.combine(
            Arbitraries.integers().between(0, RECORD.length()),
            Arbitraries.integers().between(0, 30),
            Arbitraries.of(TOKENS))
        .as(
            (at, cut, token) ->
                RECORD.substring(0, at)
                    + token
                    + RECORD.substring(Math.min(RECORD.length(), at + cut)));
  }
}
