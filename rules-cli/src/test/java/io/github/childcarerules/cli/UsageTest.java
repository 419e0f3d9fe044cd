package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's usage: unknown commands and options are exit 2 with one line, help is 0. */
class UsageTest {
  private final String valid = Fixtures.golden("valid-two-agreements.json");

  @Test
  void anUnknownCommandIsNamed() {
    Expect.unusable(Run.of("occupy", valid), "unknown command 'occupy'");
  }

  @Test
  void noCommandIsAUsageError() {
    Expect.unusable(Run.of(), "missing command");
  }

  @Test
  void anUnknownOptionIsNamed() {
    Expect.unusable(Run.of("validate", valid, "--strict"), "--strict");
    Expect.unusable(Run.of("--verbose"), "--verbose");
  }

  @Test
  void anUnknownLanguageIsAMalformedOptionValue() {
    Expect.unusable(Run.of("validate", valid, "--lang", "de"), "--lang", "'de'");
  }

  @Test
  void validateNeedsAFile() {
    Expect.unusable(Run.of("validate"), "FILE");
  }

  @Test
  void validateTakesOneFile() {
    Expect.unusable(Run.of("validate", valid, valid), valid);
  }

  @Test
  void aSavedRecordDoesNotGoWithABatch() {
    Expect.unusable(Run.of("validate", "--jsonl", valid, "--saved", valid), "--saved", "--jsonl");
  }

  @Test
  void argumentsStartingWithAnAtSignAreFilesNotArgumentFiles() {
    Expect.unusable(Run.of("validate", "@args.txt"), "@args.txt", "no such file");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"bogus --help", "--help bogus", "bogus -h", "rules --help bogus"})
  void anUnknownCommandOrArgumentIsAUsageErrorEvenWithHelp(String arguments) {
    Run run = Run.of(arguments.split(" "));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString().contains("bogus");
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    Run run = Run.of("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("validate", "occupation", "attestation", "rules", "demo");
  }

  @Test
  void helpOfACommandListsItsOptions() {
    Run run = Run.of("validate", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--saved", "--jsonl", "--json", "--lang");
  }
}
