package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output as a terminal may safely show it: every control character (C0, DEL and C1, so
 * terminal escape sequences from names or CSV cells) other than line feed and tab, and every
 * character that moves text around or hides (U+2028 and U+2029, the bidirectional controls
 * U+202A–U+202E and U+2066–U+2069, the zero-width characters U+200B–U+200D, U+2060 and U+FEFF), is
 * written as a visible {@code \u005Cu001B}-style escape, as {@code --json} already escapes them.
 * JSON output holds none, so it passes unchanged. This is the last guard: every text renderer
 * already escapes each value it prints ({@code TextEscapes}), line feeds included, which only a
 * renderer can tell from the line ends it writes itself.
 */
final class ControlCharacters extends PrintStream {
  private final PrintStream target;

  private ControlCharacters(PrintStream target) {
    super(new Neutraliser(target), false, UTF_8);
    this.target = target;
  }

  /** {@code target} behind the filter. */
  static PrintStream neutralise(PrintStream target) {
    return new ControlCharacters(target);
  }

  /** A failed write of the target is a failed write of this stream. */
  @Override
  public boolean checkError() {
    return super.checkError() || target.checkError();
  }

  /**
   * The byte-level filter on UTF-8. C1 controls are U+0080–U+009F, written C2 80 to C2 9F; the
   * other characters escaped are written E2 80 8B–8D, E2 80 A8–AE, E2 81 A0, E2 81 A6–A9 and EF BB
   * BF. The first bytes of such a sequence wait in {@code pending} until the sequence is complete
   * or proves to be another character.
   */
  private static final class Neutraliser extends FilterOutputStream {
    /**
     * The bytes {@link #write(int)} may do something else than write as they are: the first bytes
     * of the sequences to escape, and the controls other than line feed and tab.
     */
    private static final boolean[] STOPS = new boolean[256];

    static {
      for (int b = 0; b < 0x20; b++) {
        STOPS[b] = b != '\n' && b != '\t';
      }
      STOPS[0x7F] = true;
      STOPS[0xC2] = true;
      STOPS[0xE2] = true;
      STOPS[0xEF] = true;
    }

    private final byte[] pending = new byte[2];
    private int pendingLength;

    Neutraliser(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int value) throws IOException {
      int b = value & 0xFF;
      if (pendingLength > 0) {
        int codePoint = complete(b);
        if (codePoint >= 0) {
          escape(codePoint);
          pendingLength = 0;
          return;
        }
        if (continues(b)) {
          pending[pendingLength++] = (byte) b;
          return;
        }
        writePending();
      }
      if (b == 0xC2 || b == 0xE2 || b == 0xEF) {
        pending[pendingLength++] = (byte) b;
      } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
        escape(b);
      } else {
        out.write(b);
      }
    }

    /** The code point to escape that {@code b} completes after the pending bytes; -1 if none. */
    private int complete(int b) {
      int first = pending[0] & 0xFF;
      if (pendingLength == 1) {
        return first == 0xC2 && b >= 0x80 && b <= 0x9F ? b : -1;
      }
      int second = pending[1] & 0xFF;
      int codePoint = ((first & 0x0F) << 12) | ((second & 0x3F) << 6) | (b & 0x3F);
      boolean continuation = (b & 0xC0) == 0x80;
      return continuation && isHidden(codePoint) ? codePoint : -1;
    }

    /** Whether {@code b}, after one pending byte, may still start a character to escape. */
    private boolean continues(int b) {
      int first = pending[0] & 0xFF;
      return pendingLength == 1
          && ((first == 0xE2 && (b == 0x80 || b == 0x81)) || (first == 0xEF && b == 0xBB));
    }

    private static boolean isHidden(int codePoint) {
      return (codePoint >= 0x200B && codePoint <= 0x200D)
          || (codePoint >= 0x2028 && codePoint <= 0x202E)
          || codePoint == 0x2060
          || (codePoint >= 0x2066 && codePoint <= 0x2069)
          || codePoint == 0xFEFF;
    }

    private void writePending() throws IOException {
      out.write(pending, 0, pendingLength);
      pendingLength = 0;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int safe = offset; // start of the run of bytes written as they are
      for (int i = offset; i < offset + length; i++) {
        int b = bytes[i] & 0xFF;
        if (pendingLength > 0 || STOPS[b]) {
          out.write(bytes, safe, i - safe);
          write(b);
          safe = i + 1;
        }
      }
      out.write(bytes, safe, offset + length - safe);
    }

    /** Writes what is pending too: a flush ends what was written so far. */
    @Override
    public void flush() throws IOException {
      writePending();
      out.flush();
    }

    private void escape(int codePoint) throws IOException {
      out.write(String.format("\\u%04X", codePoint).getBytes(UTF_8));
    }
  }
}
