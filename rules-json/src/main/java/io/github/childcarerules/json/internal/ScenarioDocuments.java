package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.github.childcarerules.allocation.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads an allocation scenario (FORMAT.md "Allocation scenario") exactly as {@link
 * JsonRecords#readScenario} does, faster: the document's bytes are read whole, and a document of
 * plain UTF-8 (no NUL byte, no byte order mark, which would make Jackson guess another encoding) is
 * read straight from the parser's tokens into the scenario ({@link ScenarioTokens}); anything else,
 * and any document that is not a well-formed scenario, is read again the reference way, which gives
 * its error. A read that fails part way is handed to the reference way too, as the bytes read
 * before the failure followed by the same failure, so that it reports what it would have met first.
 */
public final class ScenarioDocuments {
  private ScenarioDocuments() {}

  /**
   * The allocation scenario of a whole document (UTF-8), read to its end.
   *
   * @param document the bytes of a scenario document
   * @return the scenario, its problems left to {@code Allocator.check}
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static Scenario read(InputStream document) {
    Bytes bytes = new Bytes();
    try {
      bytes.readAll(document);
    } catch (IOException e) {
      return JsonRecords.readScenario(new SequenceInputStream(bytes.stream(), new Failing(e)));
    }
    if (isPlain(bytes.bytes, bytes.length)) {
      try (JsonParser parser = Jackson.NAMES_UNCHECKED.createParser(bytes.bytes, 0, bytes.length)) {
        return ScenarioTokens.read(parser);
      } catch (IOException | ScenarioTokens.Detour e) {
        // the reference way below says what is wrong
      }
    }
    return JsonRecords.readScenario(bytes.stream());
  }

  /**
   * The bytes of a document, read into one array sized by what the stream says it holds (a file
   * says its size), grown by doubling when it holds more: no copy of the whole document for a file.
   */
  static final class Bytes {
    /** The least first size of the array. */
    static final int LEAST = 8192;

    /** The largest array the virtual machine allocates. */
    static final int MOST = Integer.MAX_VALUE - 8;

    byte[] bytes = new byte[0];
    int length;

    void readAll(InputStream in) throws IOException {
      bytes = new byte[Math.max(LEAST, Math.min(MOST, in.available() + 1))];
      int read;
      while ((read = in.read(bytes, length, bytes.length - length)) >= 0) {
        length += read;
        if (length == bytes.length) {
          if (length == MOST) {
            throw new IOException("the document is larger than 2 GB");
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(MOST, 2L * length));
        }
      }
    }

    InputStream stream() {
      return new ByteArrayInputStream(bytes, 0, length);
    }
  }

  /** A stream whose first read fails as the document's read failed. */
  private static final class Failing extends InputStream {
    private final IOException failure;

    Failing(IOException failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }
  }

  /** Eight bytes read at once, in any order (each byte is judged alone). */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** Whether each of eight bytes is ASCII (below 0x80) and none is NUL. */
  private static boolean isPlainAscii(long eight) {
    boolean someHighBit = (eight & HIGH_BITS) != 0;
    boolean someZero = ((eight - LOW_BITS) & ~eight & HIGH_BITS) != 0;
    return !someHighBit && !someZero;
  }

  /** Well-formed UTF-8 with no NUL byte and no byte order mark at the start. */
  static boolean isPlain(byte[] bytes, int length) {
    boolean byteOrderMark =
        length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    if (byteOrderMark) {
      return false;
    }
    int i = 0;
    while (i < length) {
      if (i + Long.BYTES <= length && isPlainAscii((long) EIGHT_BYTES.get(bytes, i))) {
        i += Long.BYTES;
        continue;
      }
      byte b = bytes[i];
      if (b > 0) {
        i++;
      } else if (b == 0) {
        return false;
      } else {
        i = Utf8Reader.endOfSequence(bytes, i, length);
        if (i < 0) {
          return false;
        }
      }
    }
    return true;
  }
}
