package io.github.childcarerules.core.internal;

import java.text.Normalizer;

/**
 * How the length of entered text is measured: NFC code points (blank counts as absent: {@code
 * reading.Entered}).
 */
final class Texts {
  private Texts() {}

  /**
   * The most code points NFC makes of one UTF-16 char (UAX #15, "Design Goals": NFC expands text at
   * most threefold; U+FB2C is one char and three code points): text of {@code n} chars has a {@link
   * #length(String)} of at most three times {@code n}.
   */
  static final int MOST_CODE_POINTS_PER_CHAR = 3;

  /**
   * The length of a name: Unicode code points once surrounding white space is removed and the text
   * is NFC-normalized ("Éloïse" is 6 with precomposed or combining accents).
   */
  static int length(String text) {
    String stripped = text.strip();
    String normalized =
        belowCombiningMarks(stripped) || Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
            ? stripped
            : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    return normalized.codePointCount(0, normalized.length());
  }

  /**
   * Whether every character is below U+0300, where the combining marks begin: such text is in NFC
   * already (no character below U+0300 combines or decomposes under NFC), and is read without
   * asking the normalizer, which allocates.
   */
  private static boolean belowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }
}
