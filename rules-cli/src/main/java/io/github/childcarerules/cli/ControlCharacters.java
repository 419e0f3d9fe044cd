package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output as a terminal may safely show it: every control character (C0, DEL and C1, so
 * terminal escape sequences from names or CSV cells) other than line feed and tab is written as a
 * visible {@code \u001B}-style escape, as {@code --json} already escapes them. JSON output holds
 * none, so it passes unchanged.
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

  /** The byte-level filter on UTF-8: C1 controls are U+0080–U+009F, written C2 80 to C2 9F. */
  private static final class Neutraliser extends FilterOutputStream {
    private boolean afterC2;

    Neutraliser(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int value) throws IOException {
      int b = value & 0xFF;
      if (afterC2) {
        afterC2 = false;
        if (b >= 0x80 && b <= 0x9F) {
          escape(b);
          return;
        }
        out.write(0xC2);
      }
      if (b == 0xC2) {
        afterC2 = true;
      } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
        escape(b);
      } else {
        out.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int safe = offset; // start of the run of bytes written as they are
      for (int i = offset; i < offset + length; i++) {
        int b = bytes[i] & 0xFF;
        if (afterC2 || b == 0xC2 || b < 0x20 || b == 0x7F) {
          out.write(bytes, safe, i - safe);
          write(b);
          safe = i + 1;
        }
      }
      out.write(bytes, safe, offset + length - safe);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    private void escape(int codePoint) throws IOException {
      out.write(String.format("\\u%04X", codePoint).getBytes(UTF_8));
    }
  }
}
