package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.report.internal.Words;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pages' words: the same keys in French and English. */
class WordsTest {
  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(Words.bundle().keys(Locale.ENGLISH))
        .containsExactlyInAnyOrderElementsOf(Words.bundle().keys(Locale.FRENCH));
  }

  @Test
  void aControlCharacterIsWrittenAsAVisibleEscape() {
    assertThat(
            Words.in(Locale.FRENCH).entered(io.vavr.control.Option.some("a\u001B[31mb\u0085c\td")))
        .isEqualTo("a\\u001B[31mb\\u0085c\td");
  }

  @Test
  void aVeryLongValueIsCutAndItsLengthSaid() {
    String value = "é".repeat(300);

    assertThat(Words.in(Locale.ENGLISH).entered(io.vavr.control.Option.some(value)))
        .isEqualTo("é".repeat(120) + "… (300 characters in all)");
  }
}
