package io.github.childcarerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.ByteRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The eight-at-a-time search gives what a byte-by-byte one gives. */
class EightBytesTest {
  private static int plainIndexOf(byte[] bytes, int from, int to, byte value) {
    int i = from;
    while (i < to && bytes[i] != value) {
      i++;
    }
    return i;
  }

  @Test
  void findsTheByteAtEveryPlaceOfAWordAndPastTheLastWhole() {
    for (int length = 0; length <= 24; length++) {
      for (int at = 0; at < length; at++) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[at] = '\n';
        assertThat(EightBytes.indexOf(bytes, 0, length, (byte) '\n')).isEqualTo(at);
        assertThat(EightBytes.indexOf(bytes, at + 1, length, (byte) '\n')).isEqualTo(length);
      }
    }
  }

  @Test
  void aByteOneAboveTheOneSoughtAfterItDoesNotHideIt() {
    // '\n' ^ '\n' is zero and the borrow marks the next byte, 0x0B ^ 0x0A = 0x01, too
    byte[] bytes = {'a', 0x0B, '\n', 0x0B, 'b', 'c', 'd', 'e', 'f'};
    assertThat(EightBytes.indexOf(bytes, 0, bytes.length, (byte) '\n')).isEqualTo(2);
    byte[] before = {'a', 0x0B, 0x0B, 0x0B, 'b', 'c', 'd', '\n', 'f'};
    assertThat(EightBytes.indexOf(before, 0, before.length, (byte) '\n')).isEqualTo(7);
  }

  @Test
  void aByteAboveTheAsciiRangeIsFoundToo() {
    byte[] bytes = {'a', (byte) 0xC3, (byte) 0xA9, 'b', 'c', 'd', 'e', 'f', 'g'};
    assertThat(EightBytes.indexOf(bytes, 0, bytes.length, (byte) 0xA9)).isEqualTo(2);
  }

  @Test
  void plainAsciiIsSevenBitsAndNoNul() {
    assertThat(EightBytes.isPlainAscii(EightBytes.get("abcdefgh".getBytes(), 0))).isTrue();
    assertThat(
            EightBytes.isPlainAscii(
                EightBytes.get(new byte[] {'a', 0, 'b', 'c', 'd', 'e', 'f', 'g'}, 0)))
        .isFalse();
    assertThat(
            EightBytes.isPlainAscii(
                EightBytes.get(new byte[] {'a', 'b', 'c', 'd', 'e', 'f', 'g', (byte) 0x80}, 0)))
        .isFalse();
  }

  @Property
  void findsWhatTheByteByByteSearchFinds(
      @ForAll @Size(max = 40) @ByteRange(min = 8, max = 12) byte[] bytes,
      @ForAll @IntRange(min = 0, max = 40) int from,
      @ForAll @IntRange(min = 0, max = 40) int to,
      @ForAll @ByteRange(min = 8, max = 12) byte value) {
    int start = Math.min(from, bytes.length);
    int end = Math.max(start, Math.min(to, bytes.length));
    assertThat(EightBytes.indexOf(bytes, start, end, value))
        .isEqualTo(plainIndexOf(bytes, start, end, value));
  }
}
