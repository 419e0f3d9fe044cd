package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lines of a batch, read through every buffer boundary (an input that gives one byte, two bytes
 * or everything at a time): LF ends a line, a CR right before it is dropped, any other CR stays; a
 * byte order mark is dropped on the first line only; a line over the limit fails at the limit and
 * the next line is read whole.
 */
class JsonLinesTest {
  /**
   * An input that hands out at most {@code chunk} bytes a call, as a pipe may, and refuses a range
   * outside the array as {@link InputStream#read(byte[], int, int)} does.
   */
  private static InputStream trickle(String text, int chunk) {
    byte[] bytes = text.getBytes(UTF_8);
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
        int n = Math.min(Math.min(chunk, length), bytes.length - at);
        System.arraycopy(bytes, at, into, offset, n);
        at += n;
        return n;
      }
    };
  }

  private static List<String> lines(JsonLines lines) throws IOException {
    List<String> all = new ArrayList<>();
    while (lines.next()) {
      assertThat(lines.number()).isEqualTo(all.size() + 1L);
      all.add(new String(lines.line().readAllBytes(), UTF_8));
    }
    return all;
  }

  @ParameterizedTest(name = "{0} byte(s) at a time")
  @ValueSource(ints = {1, 2, 3, 65_536})
  void linesEndAtLfAndACrBeforeItIsDropped(int chunk) throws IOException {
    String text = "\uFEFFa\r\nb\rc\n\r\n\uFEFFd\r\r\ne";
    assertThat(lines(new JsonLines(trickle(text, chunk))))
        .containsExactly("a", "b\rc", "", "\uFEFFd\r", "e");
  }

  @ParameterizedTest(name = "{0} byte(s) at a time")
  @ValueSource(ints = {1, 4, 65_536})
  void aLineOfTheLimitIsReadAndALongerOneFailsThenTheNextIsReadWhole(int chunk) throws IOException {
    JsonLines lines = new JsonLines(trickle("12345\r\n123456\n12\r", chunk), 5);

    assertThat(lines.next()).isTrue();
    assertThat(new String(lines.line().readAllBytes(), UTF_8)).isEqualTo("12345");
    assertThat(lines.next()).isTrue();
    InputStream tooLong = lines.line();
    assertThatThrownBy(tooLong::readAllBytes)
        .isInstanceOf(JsonLines.LineTooLongException.class)
        .hasMessage("line longer than 5 bytes, not read");
    assertThat(lines.next()).isTrue();
    assertThat(lines.number()).isEqualTo(3);
    assertThat(new String(lines.line().readAllBytes(), UTF_8)).isEqualTo("12\r");
    assertThat(lines.next()).isFalse();
  }

  @ParameterizedTest(name = "{0} byte(s) at a time")
  @ValueSource(ints = {1, 65_536})
  void aLineReadByteByByteEndsWithMinusOne(int chunk) throws IOException {
    JsonLines lines = new JsonLines(trickle("\u00e9\nz", chunk));
    assertThat(lines.next()).isTrue();
    InputStream line = lines.line();
    assertThat(line.read()).isEqualTo(0xC3);
    assertThat(line.read()).isEqualTo(0xA9);
    assertThat(line.read()).isEqualTo(-1);
    assertThat(line.read(new byte[4], 0, 0)).isEqualTo(-1);
    assertThat(lines.next()).isTrue();
    assertThat(lines.line().read(new byte[4], 0, 0)).isZero();
  }

  @ParameterizedTest(name = "input {index}")
  @ValueSource(strings = {"", "\uFEFF", "\uFEFF\n"})
  void aByteOrderMarkAloneIsAnEmptyFirstLine(String text) throws IOException {
    List<String> all = lines(new JsonLines(new ByteArrayInputStream(text.getBytes(UTF_8))));
    assertThat(all).containsExactlyElementsOf(text.isEmpty() ? List.of() : List.of(""));
  }

  @ParameterizedTest(name = "{0} byte(s) at a time")
  @ValueSource(ints = {1, 2, 65_536})
  void aLineLongerThanTheBufferIsReadWhole(int chunk) throws IOException {
    String longLine = "x".repeat(200_000) + "\r";
    assertThat(lines(new JsonLines(trickle(longLine + "\r\n" + longLine, chunk))))
        .containsExactly(longLine, longLine);
  }

  private static String whole(JsonLines.Line line) {
    assertThat(line.isWhole()).isTrue();
    return new String(line.bytes(), 0, line.length(), UTF_8);
  }

  @ParameterizedTest(name = "{0} byte(s) at a time")
  @ValueSource(ints = {1, 3, 65_536})
  void aLineUpToTheBoundIsTakenWholeAndALongerOneAsAStreamFromItsStart(int chunk)
      throws IOException {
    String text = "abc\r\nabcd\nabcde\r\n\r\n\u00e9\u00e9\nab\rc\nlast";
    JsonLines lines = new JsonLines(trickle(text, chunk));

    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(4))).isEqualTo("abc");
    assertThat(lines.next()).isTrue();
    JsonLines.Line exactly = lines.take(4);
    assertThat(exactly.isWhole()).isFalse();
    assertThat(exactly.length()).isNegative();
    assertThat(new String(exactly.rest().readAllBytes(), UTF_8)).isEqualTo("abcd");
    assertThat(lines.next()).isTrue();
    JsonLines.Line longer = lines.take(4);
    assertThat(longer.isWhole()).isFalse();
    assertThat(new String(longer.rest().readAllBytes(), UTF_8)).isEqualTo("abcde");
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(4))).isEmpty();
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(5))).isEqualTo("\u00e9\u00e9");
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(5))).isEqualTo("ab\rc");
    assertThat(lines.next()).isTrue();
    assertThat(lines.number()).isEqualTo(7);
    assertThat(whole(lines.take(1_000))).isEqualTo("last");
    assertThat(lines.next()).isFalse();
  }

  @Test
  void aLineTakenWholeStillCountsAgainstTheLimit() throws IOException {
    JsonLines lines = new JsonLines(trickle("123456\nok", 65_536), 5);

    assertThat(lines.next()).isTrue();
    assertThatThrownBy(() -> lines.take(1_000)).isInstanceOf(JsonLines.LineTooLongException.class);
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(1_000))).isEqualTo("ok");
  }

  @Test
  void anEmptyFirstLineIsTakenEmpty() throws IOException {
    JsonLines lines = new JsonLines(trickle("\n\r\nx\n", 65_536));

    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(10))).isEmpty();
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(10))).isEmpty();
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(10))).isEqualTo("x");
    assertThat(lines.next()).isFalse();
  }

  @Test
  void theRestOfALineStartedAsAStreamIsTakenCountingWhatWasReadBefore() throws IOException {
    JsonLines lines = new JsonLines(trickle("abcdef\nabcd\nlast\n", 65_536), 5);

    assertThat(lines.next()).isTrue();
    assertThat(lines.line().readNBytes(2)).isEqualTo("ab".getBytes(UTF_8));
    assertThatThrownBy(() -> lines.take(1_000)).isInstanceOf(JsonLines.LineTooLongException.class);
    assertThat(lines.next()).isTrue();
    assertThat(lines.line().readNBytes(1)).isEqualTo("a".getBytes(UTF_8));
    assertThat(whole(lines.take(1_000))).isEqualTo("bcd");
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(1_000))).isEqualTo("last");
  }

  @Test
  void aLineNotTakenIsSkippedByNext() throws IOException {
    JsonLines lines = new JsonLines(trickle("x".repeat(100_000) + "\nsecond", 7));

    assertThat(lines.next()).isTrue();
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(10))).isEqualTo("second");
  }

  @Test
  void readyWhenBytesAreBufferedOrTheInputHasSomeOrHasEnded() throws IOException {
    java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
    java.io.PipedInputStream pipe = new java.io.PipedInputStream(writer);
    JsonLines lines = new JsonLines(pipe);

    assertThat(lines.ready()).isFalse();
    writer.write("a\nb\n".getBytes(UTF_8));
    assertThat(lines.ready()).isTrue();
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(10))).isEqualTo("a");
    assertThat(lines.ready()).isTrue(); // "b" is buffered
    assertThat(lines.next()).isTrue();
    assertThat(whole(lines.take(10))).isEqualTo("b");
    assertThat(lines.ready()).isFalse();
    writer.close();
    assertThat(lines.next()).isFalse();
    assertThat(lines.ready()).isTrue();
  }

  @Test
  void anInputThatCannotTellIsNotReady() {
    InputStream mute =
        new InputStream() {
          @Override
          public int read() throws IOException {
            return -1;
          }

          @Override
          public int available() throws IOException {
            throw new IOException("cannot tell");
          }
        };
    assertThat(new JsonLines(mute).ready()).isFalse();
  }

  @Test
  void aLineIsGivenAsSoonAsItsBytesAreInWithoutWaitingForMore() throws IOException {
    InputStream pipe =
        new InputStream() {
          private boolean given;

          @Override
          public int read() throws IOException {
            throw new IOException("nothing more yet");
          }

          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            if (given) {
              throw new IOException("nothing more yet");
            }
            given = true;
            into[offset] = '{';
            into[offset + 1] = '}';
            into[offset + 2] = '\n';
            return 3;
          }
        };
    JsonLines lines = new JsonLines(pipe);

    assertThat(lines.next()).isTrue();
    assertThat(new String(lines.line().readAllBytes(), UTF_8)).isEqualTo("{}");
    assertThatThrownBy(lines::next)
        .isInstanceOf(JsonLines.InputFailure.class)
        .hasRootCauseMessage("nothing more yet");
  }
}
