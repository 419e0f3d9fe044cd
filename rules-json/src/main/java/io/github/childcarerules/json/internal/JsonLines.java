package io.github.childcarerules.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The physical lines of a JSON Lines batch, read as bytes: a line ends at a line feed (LF) only; a
 * carriage return right before it is dropped, anywhere else it stays in the line (where JSON takes
 * it for white space). Each line is read as a stream, never held whole in memory: a line longer
 * than {@link #MAX_LINE_BYTES} fails with {@link LineTooLongException} when the reader reaches the
 * limit, and {@link #skipRestOfLine()} then passes over the rest of it without keeping it.
 */
public final class JsonLines {
  /**
   * The longest line read, in bytes (100 MB): room for a record holding a string of the 20,000,000
   * characters FORMAT.md allows, written in any UTF-8 (up to 4 bytes a character) or with a few
   * escapes; a longer line is that line's error.
   */
  public static final long MAX_LINE_BYTES = 100_000_000L;

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[65_536];
  private int position;
  private int limit;
  private boolean end;
  private long number;
  private long lineBytes;
  private boolean lineEnded = true;

  /**
   * The lines of {@code in}.
   *
   * @param in the batch's bytes, lines ended by a line feed
   */
  public JsonLines(InputStream in) {
    this(in, MAX_LINE_BYTES);
  }

  JsonLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** A line over the limit. */
  public static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLongException(long limit) {
      super("line longer than " + limit + " bytes, not read");
    }
  }

  /**
   * Moves to the next line (skipping what is left of the current one).
   *
   * @return whether there is a line, false at the end of the input
   * @throws IOException if the input cannot be read
   */
  public boolean next() throws IOException {
    skipRestOfLine();
    if (!available()) {
      return false;
    }
    if (number == 0) {
      dropByteOrderMark();
    }
    number++;
    lineBytes = 0;
    lineEnded = false;
    return true;
  }

  /** A failure to read the input itself (not a problem of one line): it ends the batch. */
  public static final class InputFailure extends java.io.UncheckedIOException {
    private static final long serialVersionUID = 1L;

    InputFailure(IOException cause) {
      super(cause);
    }
  }

  /**
   * The number of the current line.
   *
   * @return the line number, from 1
   */
  public long number() {
    return number;
  }

  /**
   * The bytes of the current line, without its end.
   *
   * @return a stream that ends with the line; it fails with {@link LineTooLongException} past
   *     {@link #MAX_LINE_BYTES} bytes
   */
  public InputStream line() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        return readLine(into, offset, length, true);
      }
    };
  }

  /**
   * Passes over the rest of the current line without keeping it.
   *
   * @throws IOException if the input cannot be read
   */
  public void skipRestOfLine() throws IOException {
    byte[] waste = new byte[8192];
    while (readLine(waste, 0, waste.length, false) >= 0) {
      // discarded
    }
  }

  private int readLine(byte[] into, int offset, int length, boolean bounded) throws IOException {
    if (lineEnded || length == 0) {
      return lineEnded ? -1 : 0;
    }
    int count = 0;
    while (count < length) {
      if (!available()) {
        lineEnded = true;
        break;
      }
      byte b = buffer[position];
      if (b == '\n') {
        position++;
        lineEnded = true;
        break;
      }
      if (b == '\r') {
        if (position + 1 == limit && !end) {
          if (count > 0) {
            break; // give what we have, look ahead on the next call
          }
          compactAndFill();
          continue;
        }
        if (position + 1 < limit && buffer[position + 1] == '\n') {
          position += 2;
          lineEnded = true;
          break;
        }
      }
      if (bounded && ++lineBytes > maxLineBytes) {
        throw new LineTooLongException(maxLineBytes);
      }
      into[offset + count++] = b;
      position++;
    }
    return count == 0 && lineEnded ? -1 : count;
  }

  private void dropByteOrderMark() throws IOException {
    while (limit - position < 3 && !end) {
      compactAndFill();
    }
    if (limit - position >= 3
        && buffer[position] == (byte) 0xEF
        && buffer[position + 1] == (byte) 0xBB
        && buffer[position + 2] == (byte) 0xBF) {
      position += 3;
    }
  }

  private boolean available() throws IOException {
    while (position == limit && !end) {
      compactAndFill();
    }
    return position < limit;
  }

  private void compactAndFill() throws IOException {
    int kept = limit - position;
    System.arraycopy(buffer, position, buffer, 0, kept);
    position = 0;
    limit = kept;
    int read;
    try {
      read = in.read(buffer, limit, buffer.length - limit);
    } catch (IOException e) {
      throw new InputFailure(e);
    }
    if (read < 0) {
      end = true;
    } else {
      limit += read;
    }
  }
}
