package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The strict UTF-8 decoder: a bad sequence is located by its line and by the offset of its first
 * byte in the whole input (past the first buffer too); characters land where the caller asks, a
 * leading byte order mark is dropped however the bytes arrive, and closing closes the input.
 */
class Utf8ReaderTest {
  /** An input that hands out one byte a call and checks its arguments, as a pipe may. */
  private static InputStream oneByteAtATime(byte[] bytes) {
    return new InputStream() {
      private int at;

      @Override
      public int read() {
        return at < bytes.length ? bytes[at++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (at == bytes.length) {
          return -1;
        }
        into[offset] = bytes[at++];
        return 1;
      }
    };
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[16];
    for (int n = reader.read(chunk, 0, chunk.length); n >= 0; n = reader.read(chunk, 0, 16)) {
      // A reader gives at least one character or the end: 0 would have the caller ask forever.
      assertThat(n).isPositive();
      text.append(chunk, 0, n);
    }
    return text.toString();
  }

  private static byte[] withBadByteAfter(String text) {
    byte[] good = text.getBytes(UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 2);
    bytes[good.length] = (byte) 0xFF;
    bytes[good.length + 1] = 'x';
    return bytes;
  }

  @Test
  void aBadSequenceIsLocatedByItsLineAndItsByteOffset() {
    byte[] bytes = withBadByteAfter("{\n\"a\":\n\"é");

    assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(bytes))))
        .isInstanceOf(Utf8Reader.MalformedException.class)
        .hasMessage("line 3, byte 10: not valid UTF-8");
  }

  @Test
  void aBadSequencePastTheFirstBufferIsLocatedInTheWholeInput() {
    byte[] bytes = withBadByteAfter("x".repeat(10_000) + "\n" + "y".repeat(9_000));

    assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(bytes))))
        .isInstanceOf(Utf8Reader.MalformedException.class)
        .hasMessage("line 2, byte 19001: not valid UTF-8");
  }

  @Test
  void charactersLandAtTheOffsetAskedWithOrWithoutAByteOrderMark() throws IOException {
    char[] buffer = new char[15];
    Arrays.fill(buffer, '.');
    Utf8Reader plain = new Utf8Reader(new ByteArrayInputStream("ab".getBytes(UTF_8)));

    assertThat(plain.read(buffer, 5, 10)).isEqualTo(2);
    assertThat(new String(buffer)).isEqualTo(".....ab........");
    assertThat(plain.read(buffer, 5, 10)).isEqualTo(-1);

    Arrays.fill(buffer, '.');
    Utf8Reader marked = new Utf8Reader(new ByteArrayInputStream("\uFEFFcd".getBytes(UTF_8)));

    assertThat(marked.read(buffer, 5, 10)).isEqualTo(2);
    assertThat(new String(buffer, 5, 2)).isEqualTo("cd");
    assertThat(marked.read(buffer, 0, 0)).isZero();
  }

  @Test
  void aByteOrderMarkDecodedAloneIsDroppedAndTheNextCharacterIsGiven() throws IOException {
    Utf8Reader reader = new Utf8Reader(oneByteAtATime("\uFEFF{}".getBytes(UTF_8)));
    char[] buffer = new char[8];

    assertThat(reader.read(buffer, 0, 8)).isEqualTo(1);
    assertThat(buffer[0]).isEqualTo('{');
    assertThat(readAll(reader)).isEqualTo("}");
  }

  @Test
  void aByteOrderMarkIsKeptWhenAskedOrWhenItIsNotFirst() throws IOException {
    assertThat(
            readAll(
                new Utf8Reader(new ByteArrayInputStream("\uFEFFa\uFEFF".getBytes(UTF_8)), false)))
        .isEqualTo("\uFEFFa\uFEFF");
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream("\uFEFFa\uFEFF".getBytes(UTF_8)))))
        .isEqualTo("a\uFEFF");
  }

  @Test
  void closingTheReaderClosesTheInput() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    new Utf8Reader(in).close();

    assertThat(closed[0]).isTrue();
  }
}
