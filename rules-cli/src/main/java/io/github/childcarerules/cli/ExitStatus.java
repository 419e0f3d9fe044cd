package io.github.childcarerules.cli;

/** The exit statuses of FORMAT.md's command line. */
final class ExitStatus {
  /** Done; for {@code validate}, every record is valid. */
  static final int DONE = 0;

  /** Done with a finding: {@code validate} found an ERROR, or a line of a batch was unusable. */
  static final int FINDING = 1;

  /** Unusable input or usage; one line on standard error says what. */
  static final int UNUSABLE = 2;

  private ExitStatus() {}
}
