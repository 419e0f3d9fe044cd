package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions shared by the tests of the command line's failures. */
final class Expect {
  private Expect() {}

  /**
   * Unusable input or usage: exit status 2, nothing on standard output, and exactly one line on
   * standard error, holding every fragment and no trace of a Java exception.
   */
  static void unusable(Run run, String... fragments) {
    assertThat(run.exit()).as("exit status, stderr: %s", run.err()).isEqualTo(2);
    assertThat(run.out()).as("standard output").isEmpty();
    assertThat(run.errLines()).as("standard error").hasSize(1);
    assertThat(run.err())
        .startsWith("childcare-rules: ")
        .contains(fragments)
        .doesNotContain("Exception", "\tat ");
  }
}
