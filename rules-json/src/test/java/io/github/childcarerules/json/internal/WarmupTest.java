package io.github.childcarerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The start of a batch: over once the compiler uses less than a quarter of a processor over half a
 * second, or after the longest start, and over for good.
 */
class WarmupTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicLong compiled = new AtomicLong(50);
  private final Warmup warmup = new Warmup(now::get, compiled::get);

  /** Half a second passes, the compiler working {@code compilerMillis} of it. */
  private void halfASecond(long compilerMillis) {
    now.addAndGet(Warmup.WINDOW_NANOS);
    compiled.addAndGet(compilerMillis);
  }

  @Test
  void notOverBeforeHalfASecondHasPassedEvenWithAnIdleCompiler() {
    now.addAndGet(Warmup.WINDOW_NANOS - 1);
    assertThat(warmup.isOver()).isFalse();
    now.addAndGet(1);
    assertThat(warmup.isOver()).isTrue();
  }

  @Test
  void overOnceTheCompilerUsesLessThanAQuarterOfAProcessor() {
    halfASecond(125); // a quarter exactly: still warming up
    assertThat(warmup.isOver()).isFalse();
    halfASecond(124);
    assertThat(warmup.isOver()).isTrue();
  }

  @Test
  void eachHalfSecondIsJudgedOnItsOwn() {
    halfASecond(500);
    assertThat(warmup.isOver()).isFalse();
    now.addAndGet(Warmup.WINDOW_NANOS / 2); // a quarter of a second, the compiler idle
    assertThat(warmup.isOver()).isFalse(); // not yet a whole window since the last judgement
    halfASecond(100); // 100 ms over three quarters of a second
    assertThat(warmup.isOver()).isTrue();
  }

  @Test
  void overAfterTheLongestStartHoweverBusyTheCompiler() {
    long windows = Warmup.LONGEST_NANOS / Warmup.WINDOW_NANOS;
    for (long i = 1; i < windows; i++) {
      halfASecond(500);
      assertThat(warmup.isOver()).as("after %d half seconds", i).isFalse();
    }
    halfASecond(500);
    assertThat(warmup.isOver()).isTrue();
  }

  @Test
  void onceOverItStaysOver() {
    halfASecond(0);
    assertThat(warmup.isOver()).isTrue();
    halfASecond(500);
    assertThat(warmup.isOver()).isTrue();
  }

  @Test
  void fewerThreadsThanProcessorsNeedNoStart() {
    int processors = Runtime.getRuntime().availableProcessors();
    assertThat(Warmup.of(processors - 1).isOver()).isTrue();
    assertThat(Warmup.OVER.isOver()).isTrue();
  }
}
