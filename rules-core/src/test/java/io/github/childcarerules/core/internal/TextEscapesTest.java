package io.github.childcarerules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A value printed in text can neither end nor start a line, nor hide. */
class TextEscapesTest {

  @Test
  void everyCharacterThatFakesOrHidesALineIsAnEscape() {
    assertThat(TextEscapes.escape("a\nb\rc\td\u0000e\u007Ff\u0085g"))
        .isEqualTo("a\\u000Ab\\u000Dc\\u0009d\\u0000e\\u007Ff\\u0085g");
    assertThat(TextEscapes.escape("\u2028\u2029\u202A\u202B\u202C\u202D\u202E"))
        .isEqualTo("\\u2028\\u2029\\u202A\\u202B\\u202C\\u202D\\u202E");
    assertThat(TextEscapes.escape("\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF"))
        .isEqualTo("\\u2066\\u2067\\u2068\\u2069\\u200B\\u200C\\u200D\\u2060\\uFEFF");
  }

  @Test
  void aLoneSurrogateIsAnEscapeAndAPairIsACharacter() {
    assertThat(TextEscapes.escape("R\uD800")).isEqualTo("R\\uD800");
    assertThat(TextEscapes.escape("R\uDC00x")).isEqualTo("R\\uDC00x");
    assertThat(TextEscapes.escape("\uDC00\uD800")).isEqualTo("\\uDC00\\uD800");
    assertThat(TextEscapes.escape("a\uD83D\uDE00b\uD800")).isEqualTo("a\uD83D\uDE00b\\uD800");
  }

  @Test
  void anyOtherTextIsItself() {
    String text = "Québec — l’enfant « Léa » 中 \u00A0\u202F\u2027\u206A\u2010 €";
    assertThat(TextEscapes.escape(text)).isSameAs(text);
  }

  @Property
  void anEscapedValueHoldsNoCharacterToEscapeAndIsOneLine(@ForAll String value) {
    String escaped = TextEscapes.escape(value);

    assertThat(escaped.lines().count()).isLessThanOrEqualTo(1);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (Character.isSurrogate(c)) {
        assertThat(
                Character.isHighSurrogate(c)
                    ? i + 1 < escaped.length() && Character.isLowSurrogate(escaped.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(escaped.charAt(i - 1)))
            .isTrue();
      } else {
        assertThat(TextEscapes.mustEscape(c)).isFalse();
      }
    }
  }
}
