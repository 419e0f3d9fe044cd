package io.github.childcarerules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A name's length is counted in NFC code points, whether or not the normalizer is asked. */
class TextsTest {

  @Test
  void textBelowTheCombiningMarksIsCountedAsItIs() {
    assertThat(Texts.length("Éloïse")).isEqualTo(6);
    assertThat(Texts.length("  Gagnon ")).isEqualTo(6);
    assertThat(Texts.length("a\u02FF")).isEqualTo(2); // the last character before U+0300
  }

  @Test
  void combiningMarksAreComposedBeforeCounting() {
    assertThat(Texts.length("E\u0301loi\u0308se")).isEqualTo(6);
    assertThat(Texts.length("e\u0300")).isEqualTo(1); // U+0300 itself composes
    assertThat(Texts.length("\u0300")).isEqualTo(1); // alone, it stays
  }

  @Test
  void codePointsBeyondTheBasicPlaneCountOnce() {
    assertThat(Texts.length("a\uD83D\uDE00")).isEqualTo(2);
  }

  @Test
  void nfcMakesAtMostThreeCodePointsOfOneChar() {
    assertThat(Texts.length("\uFB2C")).isEqualTo(Texts.MOST_CODE_POINTS_PER_CHAR);
    assertThat(Texts.length("\u0958\u0344")).isEqualTo(4); // two chars NFC makes two each
  }

  @Property
  void noTextIsLongerThanThreeCodePointsPerChar(@ForAll String text) {
    assertThat(Texts.length(text))
        .isLessThanOrEqualTo(text.length() * Texts.MOST_CODE_POINTS_PER_CHAR);
  }
}
