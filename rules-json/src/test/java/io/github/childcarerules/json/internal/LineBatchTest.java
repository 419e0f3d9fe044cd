package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.RecordLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch read by {@link ChildcareJson#forEachRecordLine}: every line that is not blank gets one
 * outcome, in input order, whatever the number of threads; memory follows the lines in flight; a
 * batch from a pipe answers each line before it waits for the next.
 */
class LineBatchTest {
  private static final String RECORD = FastLineTest.RECORD;

  /** A batch of every kind of line, and what each becomes, in order. */
  private static final List<String> LINES =
      List.of(
          RECORD,
          "",
          "{\"child\": ",
          "   ",
          "{\"child\": {\"lastName\": \"Roy\"}}",
          "[1]",
          "{\"child\": {\"sex\": 1}}",
          "{\"child\": {\"lastName\": \"" + "x".repeat(LineBatch.WHOLE_LINE_BYTES) + "\"}}",
          "{\"child\": {\"lastName\": \"" + "x".repeat(LineBatch.WHOLE_LINE_BYTES) + "\", 1}}",
          RECORD);

  /**
   * The batch, its threads at work from the first line whatever the machine (no start on the
   * calling thread alone: {@link Warmup}).
   */
  private static <R> void batch(
      InputStream input,
      int threads,
      RecordLine.Work<? extends R> work,
      Predicate<? super RecordLine<R>> inOrder) {
    LineBatch.run(input, threads, work, inOrder, Warmup.OVER);
  }

  private static List<String> outcomes(String batch, int threads) {
    List<String> outcomes = new ArrayList<>();
    LineBatchTest.<String>batch(
        new ByteArrayInputStream(batch.getBytes(UTF_8)),
        threads,
        (line, record) ->
            line + ": " + record.child().flatMap(c -> c.lastName()).map(String::length),
        outcome -> outcomes.add(describe(outcome)));
    return outcomes;
  }

  private static String describe(RecordLine<String> outcome) {
    if (outcome instanceof RecordLine.Read<String> read) {
      assertThat(read.result()).startsWith(read.line() + ": ");
      return read.result();
    }
    RecordLine.Unusable<String> unusable = (RecordLine.Unusable<String>) outcome;
    return unusable.line() + ": " + unusable.error().message();
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2, 3, 8})
  void everyLineButTheBlankOnesGetsItsOutcomeInInputOrder(int threads) {
    String batch = String.join("\n", LINES) + "\n";

    List<String> outcomes = outcomes(batch, threads);

    assertThat(outcomes)
        .containsExactly(
            "1: Some(" + FastLineTest.typicalRecord().child().get().lastName().get().length() + ")",
            "3: column 11: Unexpected end-of-input within/between Object entries",
            "5: Some(3)",
            "6: expected a record (a JSON object), found an array",
            "7: child.sex: expected a string or null, found a number",
            "8: Some(" + LineBatch.WHOLE_LINE_BYTES + ")",
            outcomes.get(6),
            "10: " + outcomes.get(0).substring(3));
    assertThat(outcomes.get(6)).startsWith("9: column ");
  }

  @Test
  void manyLinesOnManyThreadsComeBackInOrderAsOnOne() {
    StringBuilder batch = new StringBuilder();
    int blank = 0;
    for (int i = 0; i < 5_000; i++) {
      boolean unusable = i % 7 == 3;
      boolean isBlank = !unusable && i % 11 == 5;
      blank += isBlank ? 1 : 0;
      batch.append(unusable ? "{\"child\": 1}" : isBlank ? "" : RECORD).append('\n');
    }

    assertThat(outcomes(batch.toString(), 4))
        .isEqualTo(outcomes(batch.toString(), 1))
        .hasSize(5_000 - blank);
  }

  @Test
  void noMoreThanTheBoundOfLinesIsWorkedOnAheadOfTheLastHandedOn() {
    int lines = LineBatch.LINES_IN_FLIGHT * 3;
    String batch = (RECORD + "\n").repeat(lines);
    AtomicLong furthest = new AtomicLong();
    List<Long> ahead = new ArrayList<>();
    LineBatchTest.<Long>batch(
        new ByteArrayInputStream(batch.getBytes(UTF_8)),
        2,
        (line, record) -> furthest.accumulateAndGet(line, Math::max),
        outcome -> ahead.add(furthest.get() - outcome.line()));

    assertThat(ahead).hasSize(lines);
    assertThat(ahead.stream().mapToLong(Long::longValue).max().getAsLong())
        .isPositive()
        .isLessThanOrEqualTo(LineBatch.LINES_IN_FLIGHT);
  }

  @Test
  void noMoreThanTheBoundOfBytesIsReadAheadOfTheLastHandedOn() {
    String big = "{\"child\": {\"lastName\": \"" + "x".repeat(200_000) + "\"}}";
    int lines = 200; // 40 MB: the bound of bytes, not of lines, holds them back
    byte[] batch = (big + "\n").repeat(lines).getBytes(UTF_8);
    AtomicLong read = new AtomicLong();
    InputStream counted =
        new java.io.FilterInputStream(new ByteArrayInputStream(batch)) {
          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            int count = super.read(into, offset, length);
            read.addAndGet(Math.max(0, count));
            return count;
          }
        };
    List<Long> ahead = new ArrayList<>();
    LineBatchTest.<Long>batch(
        counted,
        2,
        (line, record) -> slowly(line), // the reading runs ahead of the work: the bound holds it
        outcome -> ahead.add(read.get() - outcome.line() * (big.length() + 1)));

    assertThat(ahead).hasSize(lines);
    assertThat(ahead.stream().mapToLong(Long::longValue).max().getAsLong())
        .isGreaterThan(LineBatch.Chunk.BYTES)
        .isLessThanOrEqualTo(LineBatch.BYTES_IN_FLIGHT + 65_536 + big.length());
  }

  private static long slowly(long line) {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return line;
  }

  @Test
  void aChunkIsFullAtItsLinesOrItsBytes() {
    LineBatch.Chunk lines = new LineBatch.Chunk();
    for (int i = 1; i < LineBatch.Chunk.LINES; i++) {
      lines.add(i, line(1));
    }
    assertThat(lines.isFull()).isFalse();
    lines.add(LineBatch.Chunk.LINES, line(1));
    assertThat(lines.isFull()).isTrue();

    LineBatch.Chunk bytes = new LineBatch.Chunk();
    bytes.add(1, line(LineBatch.Chunk.BYTES - 2));
    bytes.add(2, line(1));
    assertThat(bytes.isFull()).isFalse();
    bytes.add(3, line(1));
    assertThat(bytes.isFull()).isTrue();
  }

  private static JsonLines.Line line(int length) {
    return new JsonLines.Line(new byte[length], length, InputStream.nullInputStream());
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void theBatchStopsWhereTheConsumerSaysSo(int threads) {
    String batch = (RECORD + "\n").repeat(3_000);
    List<Long> seen = new ArrayList<>();
    LineBatchTest.<ParentChildRecord>batch(
        new ByteArrayInputStream(batch.getBytes(UTF_8)),
        threads,
        (line, record) -> record,
        outcome -> seen.add(outcome.line()) && outcome.line() < 42);

    assertThat(seen).hasSize(42).last().isEqualTo(42L);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aFailureOfTheWorkIsTheBatchsFailure(int threads) {
    String batch = (RECORD + "\n").repeat(100);

    assertThatThrownBy(
            () ->
                LineBatchTest.<String>batch(
                    new ByteArrayInputStream(batch.getBytes(UTF_8)),
                    threads,
                    (line, record) -> {
                      throw new IllegalStateException("work failed on line " + line);
                    },
                    outcome -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("work failed on line 1");
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void anInputThatFailsEndsTheBatchAfterTheLinesReadBefore(int threads) {
    byte[] start = (RECORD + "\n" + RECORD + "\n").getBytes(UTF_8);
    InputStream failing =
        new InputStream() {
          private int at;

          @Override
          public int read() throws IOException {
            if (at < start.length) {
              return start[at++] & 0xFF;
            }
            throw new IOException("disk on fire");
          }
        };
    List<Long> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                LineBatchTest.<String>batch(
                    failing, threads, (line, record) -> "ok", outcome -> seen.add(outcome.line())))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThat(seen).isSubsetOf(1L, 2L);
  }

  @Test
  void atTheStartTheCallingThreadWorksAloneThenTheThreadsTakeOver() {
    AtomicLong now = new AtomicLong();
    Warmup warmup = new Warmup(now::get, () -> 0);
    Thread caller = Thread.currentThread();
    int lines = 1_000;
    List<Boolean> onCaller = new ArrayList<>();
    LineBatch.<Boolean>run(
        new ByteArrayInputStream((RECORD + "\n").repeat(lines).getBytes(UTF_8)),
        2,
        (line, record) -> {
          if (line == 100) {
            now.set(Warmup.WINDOW_NANOS); // the compiler has been idle: the start is over
          }
          return Thread.currentThread() == caller;
        },
        outcome -> onCaller.add(((RecordLine.Read<Boolean>) outcome).result()),
        warmup);

    assertThat(onCaller).hasSize(lines);
    assertThat(onCaller.subList(0, 100)).containsOnly(true);
    assertThat(onCaller.subList(100, lines)).containsOnly(false);
  }

  @Test
  void lessThanOneThreadIsAMisuse() {
    assertThatThrownBy(
            () ->
                ChildcareJson.<String>forEachRecordLine(
                    InputStream.nullInputStream(), 0, (line, record) -> "", outcome -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1, not 0");
  }

  @Test
  @Timeout(60)
  void aBatchFromAPipeAnswersEachLineBeforeTheNextIsSent() throws Exception {
    PipedOutputStream sender = new PipedOutputStream();
    PipedInputStream pipe = new PipedInputStream(sender, 1 << 20);
    BlockingQueue<Long> answers = new LinkedBlockingQueue<>();
    Thread batch =
        new Thread(
            () ->
                LineBatchTest.<String>batch(
                    pipe, 2, (line, record) -> "ok", outcome -> answers.add(outcome.line())));
    batch.start();
    for (long line = 1; line <= 5; line++) {
      sender.write((RECORD + "\n").getBytes(UTF_8));
      sender.flush();
      assertThat(answers.poll(30, TimeUnit.SECONDS)).isEqualTo(line);
    }
    sender.close();
    batch.join(30_000);
    assertThat(batch.isAlive()).isFalse();
    assertThat(answers).isEmpty();
  }
}
