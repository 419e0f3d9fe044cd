package io.github.childcarerules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax of a violation's path: plain keys after a dot, any other key quoted in brackets. */
class ViolationPathsTest {

  @ParameterizedTest(name = "[{0}] after {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "MONTHS_18_59 | ageBrackets | ageBrackets.MONTHS_18_59",
        "RSG-12       | answersByBatch | answersByBatch.RSG-12",
        "0            | answersByBatch | answersByBatch.0",
        "child        | ''             | child",
        "B1.x[0]      | answersByBatch | answersByBatch[\"B1.x[0]\"]",
        "''           | answersByBatch | answersByBatch[\"\"]",
        "' '          | ageBrackets    | ageBrackets[\" \"]",
        "a\"b\\c       | x              | x[\"a\\\"b\\\\c\"]",
        "Lundi é      | weeks[0]       | weeks[0][\"Lundi é\"]",
        "B1.x[0]      | ''             | [\"B1.x[0]\"]",
      })
  void aPlainKeyFollowsADotAndAnyOtherIsQuotedInBrackets(String key, String parent, String path) {
    assertThat(ViolationPaths.key(parent, key)).isEqualTo(path);
  }

  @Test
  void controlCharactersInAKeyAreWrittenAsJsonEscapes() {
    assertThat(ViolationPaths.key("w", "M\nO\rN\t\u0001\b\f"))
        .isEqualTo("w[\"M\\nO\\rN\\t\\u0001\\b\\f\"]");
  }

  @Test
  void twoKeysThatReadTheSameUnquotedGetTwoPaths() {
    String nested = ViolationPaths.index(ViolationPaths.key("answersByBatch", "B1.x"), 0);
    String oneKey = ViolationPaths.key("answersByBatch", "B1.x[0]");

    assertThat(nested).isEqualTo("answersByBatch[\"B1.x\"][0]");
    assertThat(oneKey).isNotEqualTo(nested);
  }

  @Test
  void anElementIsItsIndexInBrackets() {
    assertThat(ViolationPaths.index("agreements", 3)).isEqualTo("agreements[3]");
  }

  @Test
  void aKeyIsPlainWhenItIsAsciiLettersDigitsUnderscoresAndDashes() {
    assertThat(ViolationPaths.isPlain("Ab_9-z")).isTrue();
    assertThat(ViolationPaths.isPlain("")).isFalse();
    assertThat(ViolationPaths.isPlain("a.b")).isFalse();
    assertThat(ViolationPaths.isPlain("a[0]")).isFalse();
    assertThat(ViolationPaths.isPlain("é")).isFalse();
    assertThat(ViolationPaths.isPlain("a b")).isFalse();
    assertThat(ViolationPaths.isPlain("\u0660")).isFalse();
  }
}
