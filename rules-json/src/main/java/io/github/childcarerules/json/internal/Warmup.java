package io.github.childcarerules.json.internal;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Whether the start of a batch is over, during which a batch that asks for every processor works on
 * the calling thread alone: at first the JIT compiler needs a processor of its own to compile the
 * code that reads and checks records, and threads that take every processor from it run the
 * uncompiled code for longer. On two cores, two threads from the first line were slower than one on
 * batches of up to about 300,000 records (docs/decisions.md).
 *
 * <p>The start is over once the compiler has used less than a quarter of a processor over {@link
 * #WINDOW_NANOS}, or after {@link #LONGEST_NANOS} whatever it does (by then the code that runs most
 * is compiled, and the threads gain more than they cost the compiler); at once when fewer threads
 * than processors are asked for (the compiler has one) or when the JVM does not tell its
 * compilation time.
 */
final class Warmup {
  /** The span over which the compiler's share is measured: half a second. */
  static final long WINDOW_NANOS = 500_000_000L;

  /** The longest start: four seconds. */
  static final long LONGEST_NANOS = 4_000_000_000L;

  /** A start already over. */
  static final Warmup OVER = new Warmup(() -> 0, () -> 0, true);

  private final LongSupplier nanoTime;
  private final LongSupplier compilationMillis;
  private final long start;
  private long windowStart;
  private long windowCompilation;
  private boolean over;

  /**
   * A start measured by these clocks, from now.
   *
   * @param nanoTime the time, in nanoseconds
   * @param compilationMillis the compiler's total time so far, in milliseconds
   */
  Warmup(LongSupplier nanoTime, LongSupplier compilationMillis) {
    this(nanoTime, compilationMillis, false);
  }

  private Warmup(LongSupplier nanoTime, LongSupplier compilationMillis, boolean over) {
    this.nanoTime = nanoTime;
    this.compilationMillis = compilationMillis;
    this.start = nanoTime.getAsLong();
    this.windowStart = start;
    this.windowCompilation = compilationMillis.getAsLong();
    this.over = over;
  }

  /** The start of a batch worked on by {@code threads} threads, on this JVM. */
  static Warmup of(int threads) {
    if (threads < Runtime.getRuntime().availableProcessors()) {
      return OVER;
    }
    @Nullable CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
      return OVER;
    }
    return new Warmup(System::nanoTime, compiler::getTotalCompilationTime);
  }

  /**
   * Whether the start is over; once over, it stays over.
   *
   * @return true once the compiler has settled or the longest start has passed
   */
  boolean isOver() {
    if (over) {
      return true;
    }
    long now = nanoTime.getAsLong();
    long window = now - windowStart;
    if (window < WINDOW_NANOS) {
      return false;
    }
    long compilation = compilationMillis.getAsLong();
    long compilerNanos = (compilation - windowCompilation) * 1_000_000L;
    over = compilerNanos * 4 < window || now - start >= LONGEST_NANOS;
    windowStart = now;
    windowCompilation = compilation;
    return over;
  }
}
