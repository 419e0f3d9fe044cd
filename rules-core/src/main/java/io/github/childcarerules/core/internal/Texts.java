package io.github.childcarerules.core.internal;

import java.text.Normalizer;

/**
 * How the length of entered text is measured: NFC code points (blank counts as absent: {@code
 * reading.Entered}).
 */
final class Texts {
  private Texts() {}

  /**
   * The length of a name: Unicode code points once surrounding white space is removed and the text
   * is NFC-normalized ("Éloïse" is 6 with precomposed or combining accents).
   */
  static int length(String text) {
    String stripped = text.strip();
    String normalized =
        Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
            ? stripped
            : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    return normalized.codePointCount(0, normalized.length());
  }
}
