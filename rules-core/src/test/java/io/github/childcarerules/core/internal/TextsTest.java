package io.github.childcarerules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
