package io.github.childcarerules.core.validation;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Both sides of the 50-character limit of every name (RULES.md, Conventions): length in Unicode
 * code points, after removing surrounding white space and applying NFC.
 */
final class NameLengths {
  /** For {@code @MethodSource}: (description, name, too long). */
  static final String CASES = "io.github.childcarerules.core.validation.NameLengths#cases";

  /** "Éloïse" with combining accents: 8 code points, 6 after NFC. */
  static final String ELOISE_COMBINING = "E\u0301lo\u0308ise";

  /** U+1D49C MATHEMATICAL SCRIPT CAPITAL A: one code point, two Java chars. */
  private static final String SCRIPT_A = "\uD835\uDC9C";

  /**
   * U+FB2C HEBREW LETTER SHIN WITH DAGESH AND SHIN DOT: one char that NFC makes three code points,
   * the most it makes of one char.
   */
  private static final String SHIN = "\uFB2C";

  private NameLengths() {}

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("1 letter", "a", false),
        Arguments.of("50 letters", "a".repeat(50), false),
        Arguments.of("51 letters", "a".repeat(51), true),
        Arguments.of(
            "combining Éloïse + 44 = 50 after NFC", ELOISE_COMBINING + "a".repeat(44), false),
        Arguments.of(
            "combining Éloïse + 45 = 51 after NFC", ELOISE_COMBINING + "a".repeat(45), true),
        Arguments.of("precomposed Éloïse + 44 = 50", "Éloïse" + "a".repeat(44), false),
        Arguments.of("precomposed Éloïse + 45 = 51", "Éloïse" + "a".repeat(45), true),
        Arguments.of("50 letters inside white space", "  \t" + "a".repeat(50) + " \t ", false),
        Arguments.of("51 letters inside white space", " " + "a".repeat(51) + " ", true),
        Arguments.of("50 inner characters with inner spaces", "a b".repeat(16) + "ab", false),
        Arguments.of("50 supplementary code points (100 chars)", SCRIPT_A.repeat(50), false),
        Arguments.of("51 supplementary code points", SCRIPT_A.repeat(51), true),
        Arguments.of("16 chars NFC makes three code points each: 48", SHIN.repeat(16), false),
        Arguments.of("17 chars NFC makes three code points each: 51", SHIN.repeat(17), true));
  }

  static {
    // The combining spelling really is longer than 50 code points before NFC.
    String combined = ELOISE_COMBINING + "a".repeat(44);
    String nfc = Normalizer.normalize(combined, Normalizer.Form.NFC);
    if (combined.codePointCount(0, combined.length()) != 52
        || nfc.codePointCount(0, nfc.length()) != 50) {
      throw new AssertionError("fixture: combining Éloïse is not what it claims");
    }
  }
}
