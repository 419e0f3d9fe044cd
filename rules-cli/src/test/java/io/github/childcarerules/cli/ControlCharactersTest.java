package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The terminal's last guard, byte by byte: each character it escapes next to its neighbours that
 * pass unchanged, whether the bytes come one at a time or in one array, and whether a character's
 * bytes are split between two writes.
 */
class ControlCharactersTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = ControlCharacters.neutralise(new PrintStream(bytes, true, UTF_8));

  private String printed() {
    out.flush();
    return bytes.toString(UTF_8);
  }

  /** Writes each byte of {@code text} on its own. */
  private String printedByteByByte(String text) {
    for (byte b : text.getBytes(UTF_8)) {
      out.write(b);
    }
    return printed();
  }

  /** Writes {@code text} as one array. */
  private String printedAtOnce(String text) {
    out.print(text);
    return printed();
  }

  private static String escaped(int codePoint) {
    return String.format("\\u%04X", codePoint);
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x00, 0x08, 0x0B, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x200B, 0x200C, 0x200D, 0x2028, 0x2029,
        0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0xFEFF
      })
  void aCharacterThatHidesOrMovesTextIsEscapedBetweenTwoLetters(int codePoint) {
    String text = "a" + Character.toString(codePoint) + "b";

    assertThat(printedAtOnce(text)).isEqualTo("a" + escaped(codePoint) + "b");
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x00, 0x08, 0x0B, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x200B, 0x200D, 0x2028, 0x202E, 0x2060,
        0x2066, 0x2069, 0xFEFF
      })
  void soItIsWhenItsBytesComeOneByOne(int codePoint) {
    String text = "a" + Character.toString(codePoint) + "b";

    assertThat(printedByteByByte(text)).isEqualTo("a" + escaped(codePoint) + "b");
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        '\t', '\n', 0x20, 0x7E, 0xA0, 0xA9, 0xE9, 0x200A, 0x200E, 0x2027, 0x202F, 0x205F, 0x2061,
        0x2065, 0x206A, 0x20AC, 0x2192, 0xFEFE, 0xFFFD, 0x1F600
      })
  void theirNeighboursAndOtherCharactersPassUnchanged(int codePoint) {
    String text = "a" + Character.toString(codePoint) + "b";

    assertThat(printedAtOnce(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      ints = {'\t', '\n', 0x20, 0x7E, 0xA0, 0xE9, 0x200A, 0x200E, 0x2027, 0x202F, 0x2061, 0xFEFE})
  void soTheyDoWhenTheirBytesComeOneByOne(int codePoint) {
    String text = "a" + Character.toString(codePoint) + "b";

    assertThat(printedByteByByte(text)).isEqualTo(text);
  }

  @Test
  void aCharacterThatStartsWithTheBytesOfAnEscapedOneIsKept() {
    // the euro sign is E2 82 AC, é is C3 A9; U+0080 is C2 80 and U+200B is E2 80 8B
    assertThat(printedAtOnce("€\u0080é\u200Bx")).isEqualTo("€\\u0080é\\u200Bx");
  }

  @Test
  void aStartByteFollowedByAnotherStartByteIsWrittenAndTheSecondStillWaits() {
    byte[] text = {(byte) 0xE2, (byte) 0xE2, (byte) 0x80, (byte) 0x8B, 'x'};

    out.write(text, 0, text.length);

    out.flush();
    assertThat(bytes.toByteArray())
        .isEqualTo(concat(new byte[] {(byte) 0xE2}, "\\u200Bx".getBytes(UTF_8)));
  }

  @Test
  void twoBytesOfAnEscapedSequenceThenAnyOtherByteAreWrittenAsTheyCame() {
    byte[] text = {'a', (byte) 0xE2, (byte) 0x80, 'b', (byte) 0xEF, (byte) 0xBB, (byte) 0xC2, 'c'};

    out.write(text, 0, text.length);
    out.flush();

    assertThat(bytes.toByteArray()).isEqualTo(text);
  }

  @Test
  void aCharacterSplitBetweenTwoWritesIsStillEscaped() {
    byte[] first = {'a', (byte) 0xE2, (byte) 0x80};
    byte[] second = {(byte) 0xAE, 'b'};

    out.write(first, 0, first.length);
    out.write(second, 0, second.length);

    assertThat(printed()).isEqualTo("a\\u202Eb");
  }

  @Test
  void onlyThePartOfTheArrayAskedForIsWritten() {
    byte[] text = "xx\u001Bab\u200Byy".getBytes(UTF_8);

    out.write(text, 2, text.length - 4);

    assertThat(printed()).isEqualTo("\\u001Bab\\u200B");
  }

  @Test
  void aCharacterAfterAnEscapedOneIsReadAfreshNotWithItsBytes() {
    // é is C3 A9: A9 after the E2 80 of the escaped U+200B would make U+2029
    assertThat(printedByteByByte("\u200B\u00E9\u2029\u00E9"))
        .isEqualTo("\\u200B\u00E9\\u2029\u00E9");
  }

  @Test
  void aFlushReachesTheTarget() {
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(bytes);
    PrintStream filtered = ControlCharacters.neutralise(new PrintStream(buffered, false, UTF_8));

    filtered.print("ab");
    assertThat(bytes.toByteArray()).isEmpty();
    filtered.flush();

    assertThat(bytes.toString(UTF_8)).isEqualTo("ab");
  }

  @Test
  void aFlushWritesTheBytesThatWaitForTheRestOfTheirCharacter() {
    out.write(0xE2);
    out.flush();

    assertThat(bytes.toByteArray()).containsExactly(0xE2);
  }

  @Test
  void aWriteThatFailsOnTheTargetIsAnErrorOfTheFilter() {
    PrintStream failing =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("disk full");
              }
            },
            false,
            UTF_8);
    PrintStream filtered = ControlCharacters.neutralise(failing);

    assertThat(filtered.checkError()).isFalse();
    failing.print("x");
    assertThat(filtered.checkError()).isTrue();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = new byte[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
