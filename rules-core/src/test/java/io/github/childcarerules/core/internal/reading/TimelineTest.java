package io.github.childcarerules.core.internal.reading;

import static io.github.childcarerules.core.internal.reading.ScheduleArbitraries.BASE;
import static io.github.childcarerules.core.internal.reading.ScheduleArbitraries.BASE_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.childcarerules.core.internal.reading.ScheduleArbitraries.DayFunction;
import io.github.childcarerules.core.internal.reading.ScheduleArbitraries.TimelineSpec;
import io.vavr.collection.Array;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link Timeline}: sums, window maxima, combinations and scans equal a plain day-by-day reference
 * over random schedules and ranges, ranges before the cycles' anchors and outside every segment
 * included.
 */
class TimelineTest {

  @Provide
  Arbitrary<TimelineSpec> timelines() {
    return ScheduleArbitraries.timelines();
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(28)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 60)));
  }

  private static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  @Property
  void valueOnIsTheSegmentsCycleOrZero(
      @ForAll("timelines") TimelineSpec spec, @ForAll @IntRange(min = -300, max = 900) int offset) {
    long d = BASE_DAY + offset;

    assertThat(spec.timeline().valueOn(day(d))).isEqualTo(spec.valueOn(d));
  }

  @Property
  void sumOverAnyRangeEqualsTheDayByDayLoop(
      @ForAll("timelines") TimelineSpec spec,
      @ForAll @IntRange(min = -400, max = 900) int fromOffset,
      @ForAll @IntRange(min = 1, max = 400) int length) {
    long from = BASE_DAY + fromOffset;
    long to = from + length - 1;

    assertThat(spec.timeline().sum(day(from), day(to))).isEqualTo(spec.sum(from, to));
  }

  @Property
  void maxWindowSumIsTheLargestSumOfAnyWindowInsideTheRange(
      @ForAll("timelines") TimelineSpec spec,
      @ForAll("windows") int windowDays,
      @ForAll @IntRange(min = -300, max = 800) int fromOffset,
      @ForAll @IntRange(min = 1, max = 300) int length) {
    long first = BASE_DAY + fromOffset;
    long last = first + length - 1;
    long best = 0;
    for (long start = first; start + windowDays - 1 <= last; start++) {
      best = Math.max(best, spec.sum(start, start + windowDays - 1));
    }

    assertThat(spec.timeline().maxWindowSum(windowDays, day(first), day(last))).isEqualTo(best);
  }

  @Property
  void heaviestWindowIsTheEarliestWindowWithTheLargestSum(
      @ForAll("timelines") TimelineSpec spec,
      @ForAll("windows") int windowDays,
      @ForAll @IntRange(min = -300, max = 800) int fromOffset,
      @ForAll @IntRange(min = 1, max = 300) int length) {
    long first = BASE_DAY + fromOffset;
    long last = first + length - 1;
    Optional<Long> earliest = Optional.empty();
    long best = -1;
    for (long start = first; start + windowDays - 1 <= last; start++) {
      long sum = spec.sum(start, start + windowDays - 1);
      if (sum > best) {
        best = sum;
        earliest = Optional.of(start);
      }
    }

    var window = spec.timeline().heaviestWindow(windowDays, day(first), day(last));

    assertThat(window.map(w -> w.days().startInclusive()).toJavaOptional())
        .isEqualTo(earliest.map(TimelineTest::day));
    long largest = best;
    window.forEach(
        w -> {
          assertThat(w.sum()).isEqualTo(largest);
          assertThat(w.days().endInclusive().get())
              .isEqualTo(w.days().startInclusive().plusDays(windowDays - 1L));
        });
  }

  @Property
  void combineIsTheDayByDaySumWithTheFunctionOnCoveredDays(
      @ForAll @Size(min = 1, max = 4) List<@From("timelines") TimelineSpec> parts,
      @ForAll DayFunction f,
      @ForAll @IntRange(min = -200, max = 800) int fromOffset,
      @ForAll @IntRange(min = 1, max = 200) int length) {
    Timeline combined = Timeline.combine(Array.ofAll(parts).map(TimelineSpec::timeline), f);
    long from = BASE_DAY + fromOffset;
    long to = from + length - 1;
    long expectedSum = 0;

    for (long d = from; d <= to; d++) {
      long dd = d;
      boolean covered = parts.stream().anyMatch(p -> p.covers(dd));
      int expected = covered ? f.applyAsInt(parts.stream().mapToInt(p -> p.valueOn(dd)).sum()) : 0;
      expectedSum += expected;
      assertThat(combined.valueOn(day(d))).as("%s", day(d)).isEqualTo(expected);
    }
    assertThat(combined.sum(day(from), day(to))).isEqualTo(expectedSum);
  }

  @Property
  void mapAppliesTheFunctionOnCoveredDaysOnly(
      @ForAll("timelines") TimelineSpec spec,
      @ForAll DayFunction f,
      @ForAll @IntRange(min = -300, max = 900) int offset) {
    long d = BASE_DAY + offset;

    assertThat(spec.timeline().map(f).valueOn(day(d)))
        .isEqualTo(spec.covers(d) ? f.applyAsInt(spec.valueOn(d)) : 0);
  }

  @Property
  void firstAndLastNonZeroEqualAScanOfTheRange(
      @ForAll("timelines") TimelineSpec spec,
      @ForAll @IntRange(min = -300, max = 800) int fromOffset,
      @ForAll @IntRange(min = 1, max = 400) int length) {
    long from = BASE_DAY + fromOffset;
    long to = from + length - 1;
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    for (long d = from; d <= to; d++) {
      if (spec.valueOn(d) != 0) {
        if (first.isEmpty()) {
          first = Optional.of(day(d));
        }
        last = Optional.of(day(d));
      }
    }

    Timeline timeline = spec.timeline();
    assertThat(timeline.firstNonZero(day(from), day(to)).toJavaOptional()).isEqualTo(first);
    assertThat(timeline.lastNonZero(day(from), day(to)).toJavaOptional()).isEqualTo(last);
  }

  @Example
  void anEmptyTimelineIsZeroEverywhere() {
    Timeline empty = Timeline.empty();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.sum(BASE, BASE.plusYears(10))).isZero();
    assertThat(empty.maxWindowSum(28, BASE, BASE.plusYears(1))).isZero();
    assertThat(empty.firstNonZero(BASE, BASE.plusYears(1)).isEmpty()).isTrue();
  }

  /**
   * A three-week cycle (a week of 1s, two weeks of 0s) from 2024-01-01 all year; the range starts
   * inside the segment, on Monday 2024-01-08 (week 2). The best 28-day window starts on Monday
   * 2024-01-22 and holds two weeks of 1s: 14.
   */
  @Example
  void maxWindowSumConsidersEveryWindowOfARangeStartingInsideASegment() {
    int[] values = new int[21];
    java.util.Arrays.fill(values, 0, 7, 1);
    Timeline timeline =
        Timeline.builder().add(BASE, LocalDate.of(2024, 12, 31), Cycle.of(BASE, values)).build();

    assertThat(timeline.maxWindowSum(28, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 12, 31)))
        .isEqualTo(14);
  }

  @Example
  void aWindowLongerThanTheRangeSumsToZero() {
    Timeline busy =
        Timeline.builder()
            .add(BASE, BASE.plusYears(1), Cycle.of(BASE, new int[] {2, 2, 2, 2, 2, 2, 2}))
            .build();

    assertThat(busy.maxWindowSum(28, BASE, BASE.plusDays(26))).isZero();
    assertThat(busy.maxWindowSum(28, BASE, BASE.plusDays(27))).isEqualTo(56);
  }

  @Example
  void segmentsAreAddedInOrderWithoutOverlap() {
    Cycle cycle = Cycle.of(BASE, new int[7]);
    Timeline.Builder builder = Timeline.builder().add(BASE, BASE.plusDays(9), cycle);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.add(BASE.plusDays(9), BASE.plusDays(20), cycle));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeline.builder().add(BASE.plusDays(1), BASE, cycle));
  }
}
