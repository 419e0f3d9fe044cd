package io.github.childcarerules.json.internal;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The physical lines of a JSON Lines batch, read as bytes: a line ends at a line feed (LF) only; a
 * carriage return right before it is dropped, anywhere else it stays in the line (where JSON takes
 * it for white space). A line is read as a stream ({@link #line()}), or held whole only up to the
 * bound its reader asks ({@link #take(int)}), the rest of a longer one streamed: a line longer than
 * {@link #MAX_LINE_BYTES} fails with {@link LineTooLongException} when the reader reaches the
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
  private final byte[] skipped = new byte[8192];

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
   * The current line read whole into memory when it holds at most {@code atMost} bytes; else the
   * line as a stream from its first byte ({@link Line#rest()}), its start already read. The bound
   * of {@link #MAX_LINE_BYTES} holds either way.
   *
   * @param atMost the most bytes held in memory
   * @return the line
   * @throws IOException if the input cannot be read or the line is over {@link #MAX_LINE_BYTES}
   */
  public Line take(int atMost) throws IOException {
    Line buffered = takeBuffered(atMost);
    if (buffered != null) {
      return buffered;
    }
    byte[] bytes = new byte[Math.max(1, Math.min(atMost, 1024))];
    int length = 0;
    while (true) {
      if (length == bytes.length) {
        if (length >= atMost) {
          InputStream start = new java.io.ByteArrayInputStream(bytes, 0, length);
          return new Line(bytes, -1, new java.io.SequenceInputStream(start, line()));
        }
        bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(atMost, 2L * length));
      }
      int read = readLine(bytes, length, bytes.length - length, true);
      if (read < 0) {
        return new Line(bytes, length, InputStream.nullInputStream());
      }
      length += read;
    }
  }

  /**
   * The current line, copied out at once, when none of it is read yet and the buffer holds it to
   * its line feed (a typical line); null otherwise, and nothing is read. The result is what the
   * byte-by-byte way of {@link #take(int)} gives: a line of {@code atMost} bytes or more, or over
   * the bound, is left to it.
   */
  private @Nullable Line takeBuffered(int atMost) {
    if (lineEnded || lineBytes > 0) {
      return null;
    }
    int lineFeed = EightBytes.indexOf(buffer, position, limit, (byte) '\n');
    if (lineFeed == limit) {
      return null;
    }
    int stop = lineFeed > position && buffer[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
    int length = stop - position;
    if (length >= atMost || length > maxLineBytes) {
      return null;
    }
    byte[] bytes = java.util.Arrays.copyOfRange(buffer, position, stop);
    lineBytes = length;
    position = lineFeed + 1;
    lineEnded = true;
    return new Line(bytes, length, InputStream.nullInputStream());
  }

  /** A line of the batch: whole in memory, or too long for that and to be read as a stream. */
  public static final class Line {
    private final byte[] bytes;
    private final int length;
    private final InputStream rest;

    Line(byte[] bytes, int length, InputStream rest) {
      this.bytes = bytes;
      this.length = length;
      this.rest = rest;
    }

    /**
     * Whether the line is whole in {@link #bytes()}.
     *
     * @return whether the line is held whole
     */
    public boolean isWhole() {
      return length >= 0;
    }

    /**
     * The line's bytes when it is whole: the first {@link #length()} of them.
     *
     * @return the bytes (not copied)
     */
    public byte[] bytes() {
      return bytes;
    }

    /**
     * How many of {@link #bytes()} the line holds; negative when it is not whole.
     *
     * @return the length
     */
    public int length() {
      return length;
    }

    /**
     * The whole line as a stream, when it is not whole in memory.
     *
     * @return the line's bytes from its first, to its end
     */
    public InputStream rest() {
      return rest;
    }
  }

  /**
   * Whether a read of the next bytes would not wait: some are buffered, or the input says it has
   * some ready (so a batch read from a pipe prints its results before it waits for more lines).
   *
   * @return whether bytes are ready
   */
  public boolean ready() {
    if (position < limit || end) {
      return true;
    }
    try {
      return in.available() > 0;
    } catch (IOException e) {
      return false; // some inputs (a FIFO) cannot tell: the read may wait
    }
  }

  /**
   * Passes over the rest of the current line without keeping it.
   *
   * @throws IOException if the input cannot be read
   */
  public void skipRestOfLine() throws IOException {
    while (!lineEnded) {
      readLine(skipped, 0, skipped.length, false);
    }
  }

  /**
   * Up to {@code length} bytes of the current line into {@code into}; -1 once the line has ended.
   * Runs of bytes up to the next line end are copied at once; a carriage return is dropped only
   * right before a line feed, so one at the end of the buffer waits for the next read.
   */
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
      int stop = Math.min(limit, position + (length - count));
      int next = position;
      while (next < stop && buffer[next] != '\n' && buffer[next] != '\r') {
        next++;
      }
      int run = next - position;
      if (run > 0) {
        take(into, offset + count, run, bounded);
        count += run;
        continue;
      }
      if (buffer[position] == '\n') {
        position++;
        lineEnded = true;
        break;
      }
      // a carriage return: the line's end when a line feed follows, else a byte of the line
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
      take(into, offset + count, 1, bounded);
      count++;
    }
    return count == 0 && lineEnded ? -1 : count;
  }

  /** Moves {@code run} bytes of the buffer to {@code into}, counting them against the limit. */
  private void take(byte[] into, int at, int run, boolean bounded) throws LineTooLongException {
    if (bounded) {
      lineBytes += run;
      if (lineBytes > maxLineBytes) {
        throw new LineTooLongException(maxLineBytes);
      }
    }
    System.arraycopy(buffer, position, into, at, run);
    position += run;
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
