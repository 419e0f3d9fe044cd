package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.RecordLine;
import io.github.childcarerules.json.internal.UnusableInputException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A JSON Lines batch of records ({@code --jsonl}): each record's result printed in input order, as
 * soon as it and the lines before it are done, by {@code --threads} threads. Each record's block is
 * printed on a worker thread into its own buffer, then written whole; an unusable line is reported
 * and the batch goes on; only a failure to read the input itself ends the batch (unusable input,
 * naming the file).
 */
final class RecordBatch {
  /** How many threads a batch may use at most: far above any machine's cores, below harm. */
  static final int MAX_THREADS = 256;

  /** How often, in results, the batch asks whether the output still takes them. */
  private static final int CHECK_OUTPUT_EVERY = 1_024;

  private RecordBatch() {}

  /** What one record printed, and whether it is a finding (exit status 1). */
  static final class Printed {
    private final byte[] text;
    private final boolean finding;

    private Printed(byte[] text, boolean finding) {
      this.text = text;
      this.finding = finding;
    }
  }

  /** Prints the result of one record into {@code out}; returns whether it is a finding. */
  @FunctionalInterface
  interface Printer {
    boolean print(long line, ParentChildRecord record, PrintStream out);
  }

  /**
   * The number of threads asked with {@code --threads}, every available processor when none; a
   * number outside 1–{@value #MAX_THREADS} is a usage error.
   */
  static int threads(CommandSpec spec, @org.jspecify.annotations.Nullable Integer asked) {
    if (asked == null) {
      return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }
    if (asked < 1 || asked > MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(),
          "--threads must be a whole number from 1 to " + MAX_THREADS + ", not " + asked);
    }
    return asked;
  }

  /**
   * Runs the batch of {@code file}; returns the exit status: {@link ExitStatus#FINDING} when a
   * record is a finding or a line is unusable.
   *
   * @param printer prints one record's result (on any thread)
   * @param unusable prints an unusable line's report, given its number and error (in order)
   */
  static int run(
      String file, StandardStreams streams, int threads, Printer printer, Unusable unusable) {
    PrintStream out = streams.out();
    boolean[] finding = {false};
    long[] printed = {0};
    Consumer<Printed> write =
        block -> {
          out.write(block.text, 0, block.text.length);
          finding[0] |= block.finding;
        };
    try (InputStream input = new FlushBeforeWaiting(Inputs.open(file, streams.in()), out)) {
      ChildcareJson.forEachRecordLine(
          input,
          threads,
          (line, record) -> print(line, record, printer),
          outcome -> {
            if (outcome instanceof RecordLine.Read<Printed> read) {
              write.accept(read.result());
            } else if (outcome instanceof RecordLine.Unusable<Printed> bad) {
              finding[0] = true;
              unusable.print(bad.line(), bad.error().message(), out);
            }
            // nobody reads the results any more: Main reports the failed write
            return ++printed[0] % CHECK_OUTPUT_EVERY != 0 || !out.checkError();
          });
    } catch (IOException e) {
      throw Inputs.unreadable(e).in(Inputs.name(file));
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(Objects.requireNonNull(e.getCause())).in(Inputs.name(file));
    } catch (UnusableInputException e) {
      throw e.in(Inputs.name(file));
    }
    out.flush();
    return finding[0] ? ExitStatus.FINDING : ExitStatus.DONE;
  }

  /** Prints an unusable line's report. */
  @FunctionalInterface
  interface Unusable {
    void print(long line, String error, PrintStream out);
  }

  private static Printed print(long line, ParentChildRecord record, Printer printer) {
    Scratch scratch = SCRATCH.get();
    scratch.bytes.reset();
    boolean finding = printer.print(line, record, scratch.out);
    scratch.out.flush();
    return new Printed(scratch.bytes.toByteArray(), finding);
  }

  /** Each worker thread's buffer for the block it prints, reused from record to record. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4_096);
    private final PrintStream out = new PrintStream(bytes, false, UTF_8);
  }

  /**
   * The input, which flushes the output before a read that would wait: a batch fed through a pipe
   * line by line sees each result before it sends the next line.
   */
  private static final class FlushBeforeWaiting extends FilterInputStream {
    private final PrintStream out;

    FlushBeforeWaiting(InputStream in, PrintStream out) {
      super(in);
      this.out = out;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      flushBeforeWaiting();
      return in.read(bytes, offset, length);
    }

    @Override
    public int read() throws IOException {
      flushBeforeWaiting();
      return in.read();
    }

    private void flushBeforeWaiting() {
      boolean ready;
      try {
        ready = in.available() > 0;
      } catch (IOException e) {
        ready = false; // some inputs (a FIFO) cannot tell: flush, the read may wait
      }
      if (!ready) {
        out.flush();
      }
    }
  }
}
