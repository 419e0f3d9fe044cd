package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The one UTF-8 decoder of every document the command line reads (JSON, JSON Lines, CSV): strict,
 * so malformed, overlong, truncated and surrogate sequences are not replaced but reported as a
 * {@link MalformedException} naming the line and the byte offset where the bad sequence starts. A
 * byte order mark at the very start is dropped.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private long offsetOfBuffer;
  private long line = 1;
  private boolean end;
  private boolean started;

  /**
   * Decodes {@code in}, whose first byte is at offset 0 of the input; drops a leading BOM.
   *
   * @param in the input's bytes
   */
  public Utf8Reader(InputStream in) {
    this(in, true);
  }

  /**
   * Decodes {@code in}; a leading byte order mark is dropped when {@code dropByteOrderMark}.
   *
   * @param in the input's bytes
   * @param dropByteOrderMark whether a leading byte order mark is dropped
   */
  public Utf8Reader(InputStream in, boolean dropByteOrderMark) {
    this.in = in;
    this.started = !dropByteOrderMark;
  }

  /** A sequence of bytes that is not UTF-8: unusable input. */
  public static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedException(long line, long offset) {
      super("line " + line + ", byte " + offset + ": not valid UTF-8");
    }
  }

  /**
   * Whether {@code bytes[from..to)} is well-formed UTF-8 as this reader decodes it: no malformed,
   * overlong, truncated or surrogate sequence, nothing past U+10FFFF. A check only, with no
   * decoding: when it holds, the bytes decode without a {@link MalformedException}.
   *
   * @param bytes the bytes
   * @param from the first byte checked
   * @param to the end of the bytes checked (excluded)
   * @return whether the bytes are UTF-8
   */
  public static boolean isWellFormed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (bytes[i] >= 0) {
        i++;
      } else {
        i = endOfSequence(bytes, i, to);
        if (i < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Where the multi-byte sequence that starts at {@code bytes[at]} ends, or -1 when it is not
   * well-formed UTF-8 (Unicode's table of well-formed byte sequences) within {@code bytes[..to)}.
   *
   * @param bytes the bytes
   * @param at the sequence's first byte, 0x80 or above
   * @param to the end of the bytes (excluded)
   * @return the index after the sequence, or -1
   */
  public static int endOfSequence(byte[] bytes, int at, int to) {
    int b = bytes[at] & 0xFF;
    int length;
    int lowest = 0x80;
    int highest = 0xBF; // the second byte's range
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      lowest = b == 0xE0 ? 0xA0 : 0x80; // overlong
      highest = b == 0xED ? 0x9F : 0xBF; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      lowest = b == 0xF0 ? 0x90 : 0x80; // overlong
      highest = b == 0xF4 ? 0x8F : 0xBF; // past U+10FFFF
    } else {
      return -1;
    }
    if (to - at < length) {
      return -1;
    }
    int second = bytes[at + 1] & 0xFF;
    if (second < lowest || second > highest) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      if ((bytes[at + k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return at + length;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      CoderResult result = decoder.decode(bytes, out, end);
      countLines(buffer, offset, out.position());
      if (result.isError()) {
        throw new MalformedException(line, offsetOfBuffer + bytes.position());
      }
      if (out.position() > offset) {
        break;
      }
      if (end) {
        return -1;
      }
      fill();
    }
    int start = offset;
    if (!started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        start++;
        if (out.position() == start) {
          return read(buffer, offset, length);
        }
        System.arraycopy(buffer, start, buffer, offset, out.position() - start);
        return out.position() - start;
      }
    }
    return out.position() - start;
  }

  private void countLines(char[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
  }

  private void fill() throws IOException {
    offsetOfBuffer += bytes.position();
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
