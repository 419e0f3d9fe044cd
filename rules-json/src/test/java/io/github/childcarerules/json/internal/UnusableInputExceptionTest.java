package io.github.childcarerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where and what, on one line; a problem located in a file names the file first. */
class UnusableInputExceptionTest {
  @Test
  void theMessageIsWhereThenWhatOrWhatAlone() {
    assertThat(new UnusableInputException("places[0].count", "missing count").getMessage())
        .isEqualTo("places[0].count: missing count");
    assertThat(new UnusableInputException("", "empty document").getMessage())
        .isEqualTo("empty document");
  }

  @Test
  void aProblemLocatedInAFileStartsWithItsName() {
    UnusableInputException located =
        new UnusableInputException("line 2", "not valid UTF-8").in("records.jsonl");

    assertThat(located.getMessage()).isEqualTo("records.jsonl: line 2: not valid UTF-8");
  }

  @Test
  void lineBreaksBecomeSpacesAndLongTextIsCut() {
    assertThat(UnusableInputException.oneLine(" a\nb\r\nc ")).isEqualTo("a b c");
    assertThat(UnusableInputException.oneLine("x".repeat(1_000))).isEqualTo("x".repeat(1_000));
    assertThat(UnusableInputException.oneLine("x".repeat(1_001)))
        .isEqualTo("x".repeat(1_000) + "…");
  }
}
