package io.github.childcarerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The characters escaped beyond JSON's own, on both sides of every range: surrogates, zero-width
 * space to zero-width joiner, line separator to right-to-left override, word joiner, the isolates,
 * and the byte order mark; their neighbours are written as themselves.
 */
class VisibleEscapesTest {
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      ints = {
        0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x200B, 0x200D, 0x2028, 0x202E, 0x2060, 0x2066, 0x2069,
        0xFEFF
      })
  void isEscaped(int ch) {
    assertThat(VisibleEscapes.isInvisible(ch)).isTrue();
    assertThat(VisibleEscapes.INSTANCE.getEscapeSequence(ch).getValue())
        .isEqualTo(String.format("\\u%04X", ch));
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      ints = {
        'a', 0xD7FF, 0xE000, 0x200A, 0x200E, 0x2027, 0x202F, 0x205F, 0x2061, 0x2065, 0x206A, 0xFEFE,
        0xFF00
      })
  void isWrittenAsItself(int ch) {
    assertThat(VisibleEscapes.isInvisible(ch)).isFalse();
    assertThat(VisibleEscapes.INSTANCE.getEscapeSequence(ch)).isNull();
  }
}
