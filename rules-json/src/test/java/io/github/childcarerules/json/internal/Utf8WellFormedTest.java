package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Utf8Reader#isWellFormed} says yes exactly where the strict decoder decodes: each edge of
 * Unicode's table of well-formed sequences, on both sides, and any bytes at all.
 */
class Utf8WellFormedTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "41, true",
    "7F, true",
    "80, false",
    "BF, false",
    "C1 BF, false",
    "C2 80, true",
    "C2 7F, false",
    "C2 C0, false",
    "DF BF, true",
    "E0 9F BF, false",
    "E0 A0 80, true",
    "E1 80 80, true",
    "E1 80 7F, false",
    "EC BF BF, true",
    "ED 9F BF, true",
    "ED A0 80, false",
    "ED BF BF, false",
    "EE 80 80, true",
    "EF BF BF, true",
    "EF BF C0, false",
    "F0 8F BF BF, false",
    "F0 90 80 80, true",
    "F1 80 80 80, true",
    "F3 BF BF BF, true",
    "F3 BF BF C0, false",
    "F4 8F BF BF, true",
    "F4 90 80 80, false",
    "F5 80 80 80, false",
    "F8 80 80 80, false",
    "FF, false",
    "C3, false",
    "E0 A0, false",
    "F0 90 80, false",
    "41 C3 A9 42, true",
    "41 C3 A9 C3, false",
  })
  void eachEdgeOfTheTable(String hex, boolean wellFormed) {
    byte[] bytes = bytes(hex);

    assertThat(Utf8Reader.isWellFormed(bytes, 0, bytes.length)).isEqualTo(wellFormed);
    assertThat(decodes(bytes)).isEqualTo(wellFormed);
  }

  @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
  @CsvSource({
    "FF 41 42, 1, 3, true",
    "41 42 FF, 0, 2, true",
    "41 42 FF, 0, 3, false",
    "C3 A9, 0, 1, false",
    "C3 A9, 1, 2, false",
    "C3 A9, 0, 0, true",
  })
  void onlyTheBytesInRangeAreChecked(String hex, int from, int to, boolean wellFormed) {
    assertThat(Utf8Reader.isWellFormed(bytes(hex), from, to)).isEqualTo(wellFormed);
  }

  @Property(tries = 5_000)
  void saysYesExactlyWhereTheStrictDecoderDecodes(@ForAll("utf8ish") byte[] bytes) {
    assertThat(Utf8Reader.isWellFormed(bytes, 0, bytes.length)).isEqualTo(decodes(bytes));
  }

  /** Short runs of bytes drawn mostly from the leads and continuations of UTF-8. */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<Byte> interesting =
        Arbitraries.oneOf(
            Arbitraries.bytes().between((byte) 0x80, (byte) 0xBF),
            Arbitraries.of(
                (byte) 0x41,
                (byte) 0xC1,
                (byte) 0xC2,
                (byte) 0xDF,
                (byte) 0xE0,
                (byte) 0xE1,
                (byte) 0xED,
                (byte) 0xEF,
                (byte) 0xF0,
                (byte) 0xF3,
                (byte) 0xF4,
                (byte) 0xF5,
                (byte) 0xFF,
                (byte) 0x80,
                (byte) 0x9F,
                (byte) 0xA0,
                (byte) 0x8F,
                (byte) 0x90),
            Arbitraries.bytes());
    return interesting.array(byte[].class).ofMaxSize(8);
  }

  private static boolean decodes(byte[] bytes) {
    try {
      UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.trim().split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }
}
