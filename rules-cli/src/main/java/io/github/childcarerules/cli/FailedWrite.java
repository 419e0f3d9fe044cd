package io.github.childcarerules.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that stops the run at its first failed write (a closed pipe, a full disk): a
 * {@link java.io.PrintStream} keeps such a failure to itself and lets the command compute and print
 * the rest for nobody, so this stream, beneath it, throws {@link Failure} instead, which ends the
 * command at once with the one line {@link Main} prints for a failed write.
 */
final class FailedWrite extends FilterOutputStream {
  /** A write to standard output failed: nothing more can be printed. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  FailedWrite(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new Failure(e);
    }
  }
}
