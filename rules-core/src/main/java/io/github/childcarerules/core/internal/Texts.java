package io.github.childcarerules.core.internal;

import io.vavr.control.Option;
import java.text.Normalizer;

/** How entered text is read: blank counts as absent, and lengths are NFC code points. */
final class Texts {
  /** The limit of every name field (CSG: 50 characters). */
  static final int NAME_LIMIT = 50;

  private Texts() {}

  /** True when a value is entered: present and not white space only. */
  static boolean given(Option<String> value) {
    return value.isDefined() && !value.get().isBlank();
  }

  /** The entered value, blank counting as absent. */
  static Option<String> entered(Option<String> value) {
    return value.filter(text -> !text.isBlank());
  }

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
