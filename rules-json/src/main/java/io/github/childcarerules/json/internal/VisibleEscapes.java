package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * JSON's standard escapes, and a <code>&#92;uXXXX</code> escape for every character that a terminal
 * or an encoder would not show as itself:
 *
 * <ul>
 *   <li>each half of a surrogate pair, so that a lone surrogate (which UTF-8 cannot encode, and an
 *       encoder replaces by {@code ?}) stays itself: <code>"R&#92;uD800"</code> and <code>
 *       "R&#92;uDC00"</code> remain two ids; a pair is written as its two escapes, which read back
 *       as the same character;
 *   <li>U+2028 and U+2029, the line and paragraph separators;
 *   <li>the bidirectional controls U+202A–U+202E and U+2066–U+2069;
 *   <li>the zero-width characters U+200B–U+200D, U+2060 and U+FEFF.
 * </ul>
 *
 * <p>Every reader of JSON reads the escaped document as the same value; no document holds one of
 * these characters raw, whichever writer or generator wrote it.
 */
final class VisibleEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  static final VisibleEscapes INSTANCE = new VisibleEscapes();

  private final int[] asciiEscapes = standardAsciiEscapesForJSON();

  private VisibleEscapes() {}

  @Override
  public int[] getEscapeCodesForAscii() {
    return asciiEscapes;
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    return isInvisible(ch) ? new SerializedString(escape(ch)) : null;
  }

  /**
   * Whether {@code ch} is one of the characters escaped beyond JSON's own: a surrogate, a line or
   * paragraph separator, a bidirectional control or a zero-width character.
   *
   * @param ch a UTF-16 code unit
   * @return true when it is written as a <code>&#92;uXXXX</code> escape
   */
  static boolean isInvisible(int ch) {
    return (ch >= 0xD800 && ch <= 0xDFFF)
        || (ch >= 0x200B && ch <= 0x200D)
        || (ch >= 0x2028 && ch <= 0x202E)
        || ch == 0x2060
        || (ch >= 0x2066 && ch <= 0x2069)
        || ch == 0xFEFF;
  }

  private static String escape(int ch) {
    return String.format("\\u%04X", ch);
  }
}
