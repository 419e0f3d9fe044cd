package io.github.childcarerules.json.internal;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.RecordLine;
import io.github.childcarerules.json.UnusableInput;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Lines batch of records, each line read and worked on (on one thread or several) and its
 * outcome handed on in input order, on the calling thread, as soon as it and every line before it
 * are done. Memory follows the lines in flight, never the batch: at most {@link #LINES_IN_FLIGHT}
 * lines and {@link #BYTES_IN_FLIGHT} bytes of them wait at a time. A line of up to {@link
 * #WHOLE_LINE_BYTES} is held whole and read the fast way ({@link JsonRecords#readLine(byte[],
 * int)}); a longer one (a hostile one, at most {@link JsonLines#MAX_LINE_BYTES}) is streamed and
 * read on the calling thread, once every line before it is handed on. Before a read that would wait
 * for input (a pipe), every line read so far is handed on. Lines go to the threads in chunks of up
 * to {@link Chunk#LINES} lines in a row, each chunk worked on in order by one thread. When every
 * processor is asked for, the calling thread works alone at first, while the JIT compiler warms the
 * code up ({@link Warmup}).
 */
public final class LineBatch {
  /** Lines held whole in memory and read on any thread: up to 1 MB (a typical record is 1 KB). */
  static final int WHOLE_LINE_BYTES = 1 << 20;

  /** The most lines read and not yet handed on. */
  static final int LINES_IN_FLIGHT = 1_024;

  /** The most bytes of lines read and not yet handed on (beyond the line being read). */
  static final long BYTES_IN_FLIGHT = 16L << 20;

  private static final String NOT_ENOUGH_MEMORY = "not enough memory to read this line";

  private LineBatch() {}

  /**
   * Runs the batch.
   *
   * @param input the batch's bytes, read to the end (or until {@code inOrder} says stop)
   * @param threads how many threads work on records: 1 works on the calling thread
   * @param work the work on each record
   * @param inOrder takes each outcome in input order; returns false to stop the batch
   * @param <R> the type of the work's result
   * @throws UncheckedIOException if the input cannot be read (the batch ends there)
   */
  public static <R> void run(
      InputStream input,
      int threads,
      RecordLine.Work<? extends R> work,
      Predicate<? super RecordLine<R>> inOrder) {
    run(input, threads, work, inOrder, Warmup.of(threads));
  }

  /** {@link #run(InputStream, int, RecordLine.Work, Predicate)} with the start {@code warmup}. */
  static <R> void run(
      InputStream input,
      int threads,
      RecordLine.Work<? extends R> work,
      Predicate<? super RecordLine<R>> inOrder,
      Warmup warmup) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    JsonLines lines = new JsonLines(input);
    try {
      if (threads == 1) {
        sequential(lines, work, inOrder, () -> true);
      } else {
        parallel(lines, threads, work, inOrder, warmup);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Works on lines on the calling thread, each handed on at once, while {@code alone} holds; false
   * once the batch is over (its input ended, or {@code inOrder} said stop).
   */
  private static <R> boolean sequential(
      JsonLines lines,
      RecordLine.Work<? extends R> work,
      Predicate<? super RecordLine<R>> inOrder,
      BooleanSupplier alone)
      throws IOException {
    while (alone.getAsBoolean()) {
      if (!lines.next()) {
        return false;
      }
      RecordLine<R> outcome = judge(lines.number(), lines.take(WHOLE_LINE_BYTES), work);
      if (outcome != null && !inOrder.test(outcome)) {
        return false;
      }
    }
    return true;
  }

  private static <R> void parallel(
      JsonLines lines,
      int threads,
      RecordLine.Work<? extends R> work,
      Predicate<? super RecordLine<R>> inOrder,
      Warmup warmup)
      throws IOException {
    if (!sequential(lines, work, inOrder, () -> !warmup.isOver())) {
      return;
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "childcare-rules-batch");
              thread.setDaemon(true);
              return thread;
            });
    InFlight<R> inFlight = new InFlight<>(inOrder);
    Chunk chunk = new Chunk();
    try {
      while (lines.next()) {
        long number = lines.number();
        JsonLines.Line line = lines.take(WHOLE_LINE_BYTES);
        if (!line.isWhole()) {
          inFlight.add(workers, chunk, work);
          chunk = new Chunk();
          if (!inFlight.handOnAll()) {
            return;
          }
          RecordLine<R> outcome = judge(number, line, work);
          if (outcome != null && !inOrder.test(outcome)) {
            return;
          }
          continue;
        }
        if (!inFlight.makeRoom(chunk.size + 1, chunk.bytes + (long) line.length())) {
          return;
        }
        chunk.add(number, line);
        boolean ready = lines.ready();
        if (chunk.isFull() || !ready) {
          inFlight.add(workers, chunk, work);
          chunk = new Chunk();
          if (!inFlight.handOnDone() || !(ready || inFlight.handOnAll())) {
            return;
          }
        }
      }
      inFlight.add(workers, chunk, work);
      inFlight.handOnAll();
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Lines worked on together by one thread, in order: a task per line would cost more in handing
   * over than a small record costs to read and check.
   */
  static final class Chunk {
    /** At most this many lines to a chunk. */
    static final int LINES = 64;

    /** At most about this many bytes to a chunk (a line is never split). */
    static final int BYTES = 256 << 10;

    final long[] numbers = new long[LINES];
    final JsonLines.Line[] lines = new JsonLines.Line[LINES];
    int size;
    int bytes;

    void add(long number, JsonLines.Line line) {
      numbers[size] = number;
      lines[size] = line;
      size++;
      bytes += line.length();
    }

    boolean isFull() {
      return size == LINES || bytes >= BYTES;
    }

    <R> List<@Nullable RecordLine<R>> judge(RecordLine.Work<? extends R> work) {
      List<@Nullable RecordLine<R>> outcomes = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        outcomes.add(LineBatch.judge(numbers[i], lines[i], work));
      }
      return outcomes;
    }
  }

  /** The chunks submitted and not yet handed on, oldest first. */
  private static final class InFlight<R> {
    private final Predicate<? super RecordLine<R>> inOrder;
    private final ArrayDeque<Future<List<@Nullable RecordLine<R>>>> outcomes = new ArrayDeque<>();
    private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    private int lines;
    private long bytes;

    InFlight(Predicate<? super RecordLine<R>> inOrder) {
      this.inOrder = inOrder;
    }

    /** Submits {@code chunk} unless it is empty. */
    void add(ExecutorService workers, Chunk chunk, RecordLine.Work<? extends R> work) {
      if (chunk.size == 0) {
        return;
      }
      outcomes.add(workers.submit(() -> chunk.<R>judge(work)));
      chunks.add(chunk);
      lines += chunk.size;
      bytes += chunk.bytes;
    }

    /**
     * Hands on the oldest chunks, waiting for them, until {@code moreLines} and {@code moreBytes}
     * fit beside the rest within {@link #LINES_IN_FLIGHT} and {@link #BYTES_IN_FLIGHT}; false when
     * told to stop.
     */
    boolean makeRoom(int moreLines, long moreBytes) {
      while (!outcomes.isEmpty()
          && (lines + moreLines > LINES_IN_FLIGHT || bytes + moreBytes > BYTES_IN_FLIGHT)) {
        if (!handOnOne()) {
          return false;
        }
      }
      return true;
    }

    /** Hands on the oldest chunk, waiting for it; false when told to stop. */
    boolean handOnOne() {
      Future<List<@Nullable RecordLine<R>>> oldest = outcomes.remove();
      Chunk chunk = chunks.remove();
      lines -= chunk.size;
      bytes -= chunk.bytes;
      for (RecordLine<R> outcome : outcome(oldest)) {
        if (outcome != null && !inOrder.test(outcome)) {
          return false;
        }
      }
      return true;
    }

    /** Hands on the oldest chunks that are done, without waiting. */
    boolean handOnDone() {
      while (!outcomes.isEmpty() && outcomes.element().isDone()) {
        if (!handOnOne()) {
          return false;
        }
      }
      return true;
    }

    /** Hands on every chunk, waiting for each. */
    boolean handOnAll() {
      while (!outcomes.isEmpty()) {
        if (!handOnOne()) {
          return false;
        }
      }
      return true;
    }

    private static <R> List<@Nullable RecordLine<R>> outcome(
        Future<List<@Nullable RecordLine<R>>> future) {
      try {
        return future.get();
      } catch (ExecutionException e) {
        Throwable cause = Objects.requireNonNull(e.getCause());
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a line's outcome", e);
      }
    }
  }

  /** The outcome of one line; null for a blank line. */
  private static <R> @Nullable RecordLine<R> judge(
      long number, JsonLines.Line line, RecordLine.Work<? extends R> work) {
    try {
      Option<ParentChildRecord> record =
          line.isWhole()
              ? JsonRecords.readLine(line.bytes(), line.length())
              : JsonRecords.readLine(line.rest());
      return record
          .<RecordLine<R>>map(read -> new RecordLine.Read<>(number, work.apply(number, read)))
          .getOrNull();
    } catch (UnusableInputException e) {
      return new RecordLine.Unusable<>(number, new UnusableInput(String.valueOf(e.getMessage())));
    } catch (OutOfMemoryError e) {
      return new RecordLine.Unusable<>(number, new UnusableInput(NOT_ENOUGH_MEMORY));
    }
  }
}
