package io.github.childcarerules.core.internal;

/**
 * A value from a document (a name, an id, a key, a path, a CSV cell) as text output may print it:
 * no character of it can end a line, start one, move the text around or hide, so that no value can
 * fake a line of a report. Each such character is written as a visible {@code \u005Cu001B}-style
 * escape (four upper-case hexadecimal digits), as standard output already escapes control
 * characters:
 *
 * <ul>
 *   <li>every control character: C0 (line feed, carriage return and tab included), DEL and C1;
 *   <li>U+2028 and U+2029, the line and paragraph separators;
 *   <li>the bidirectional controls U+202A–U+202E and U+2066–U+2069;
 *   <li>the zero-width characters U+200B–U+200D, U+2060 and U+FEFF;
 *   <li>a lone surrogate, which UTF-8 cannot encode (it would print as {@code ?}, and two ids that
 *       differ only there would print the same); a surrogate pair is a character and stays.
 * </ul>
 *
 * <p>Every renderer of text (the command line's, and the library's own texts of an allocation, a
 * grid and an audit) calls {@link #escape(String)} on each value it did not write itself.
 */
public final class TextEscapes {
  private TextEscapes() {}

  /**
   * {@code value} with every character that could fake or hide a line written as an escape.
   *
   * @param value a value as entered
   * @return the value to print; {@code value} itself when it needs no escape
   */
  public static String escape(String value) {
    int first = firstToEscape(value);
    if (first < 0) {
      return value;
    }
    StringBuilder escaped = new StringBuilder(value.length() + 16).append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        escaped.append(c).append(value.charAt(i + 1));
        i++;
      } else if (mustEscape(c)) {
        escaped.append(String.format("\\u%04X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Whether {@code c}, not part of a surrogate pair, is written as an escape.
   *
   * @param c a UTF-16 code unit
   * @return true for a control character, a line or paragraph separator, a bidirectional control, a
   *     zero-width character or a surrogate
   */
  static boolean mustEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x200B && c <= 0x200D)
        || (c >= 0x2028 && c <= 0x202E)
        || c == 0x2060
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF
        || Character.isSurrogate(c);
  }

  private static int firstToEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (mustEscape(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
