package io.github.childcarerules.core.internal.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators and a plain reference model for {@link Cycle} and {@link Timeline}: the model computes
 * every value from the generated numbers with nothing but a modulo and day-by-day loops, the one
 * place where such loops belong (STYLE.md, Anti-patterns).
 */
final class ScheduleArbitraries {
  /** A Monday around which everything is generated. */
  static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  static final long BASE_DAY = BASE.toEpochDay();

  private ScheduleArbitraries() {}

  /** A cycle as generated: its Monday anchor and one value per day of 1 to 4 weeks. */
  record CycleSpec(LocalDate anchor, int[] values) {
    Cycle cycle() {
      return Cycle.of(anchor, values);
    }

    int valueOn(long epochDay) {
      return values[(int) Math.floorMod(epochDay - anchor.toEpochDay(), (long) values.length)];
    }

    long sum(long from, long to) {
      long total = 0;
      for (long day = from; day <= to; day++) {
        total += valueOn(day);
      }
      return total;
    }

    @Override
    public String toString() {
      return "Cycle" + Arrays.toString(values) + " from " + anchor;
    }
  }

  /** A segment: first and last epoch day (both included) following a cycle. */
  record Segment(long from, long to, CycleSpec cycle) {
    @Override
    public String toString() {
      return LocalDate.ofEpochDay(from) + ".." + LocalDate.ofEpochDay(to) + " " + cycle;
    }
  }

  /** A timeline as generated: disjoint segments in date order, zero between them. */
  record TimelineSpec(List<Segment> segments) {
    Timeline timeline() {
      Timeline.Builder builder = Timeline.builder();
      for (Segment segment : segments) {
        builder.add(
            LocalDate.ofEpochDay(segment.from()),
            LocalDate.ofEpochDay(segment.to()),
            segment.cycle().cycle());
      }
      return builder.build();
    }

    boolean covers(long epochDay) {
      return segments.stream().anyMatch(s -> s.from() <= epochDay && epochDay <= s.to());
    }

    int valueOn(long epochDay) {
      for (Segment segment : segments) {
        if (segment.from() <= epochDay && epochDay <= segment.to()) {
          return segment.cycle().valueOn(epochDay);
        }
      }
      return 0;
    }

    long sum(long from, long to) {
      long total = 0;
      for (long day = from; day <= to; day++) {
        total += valueOn(day);
      }
      return total;
    }
  }

  /** Functions applied to day values by {@code map} and {@code combine}. */
  enum DayFunction implements IntUnaryOperator {
    IDENTITY(v -> v),
    CAP_AT_TWO(v -> Math.min(v, 2)),
    PLUS_ONE(v -> v + 1),
    TRIPLE(v -> 3 * v);

    private final IntUnaryOperator f;

    DayFunction(IntUnaryOperator f) {
      this.f = f;
    }

    @Override
    public int applyAsInt(int value) {
      return f.applyAsInt(value);
    }
  }

  static Arbitrary<CycleSpec> cycles() {
    Arbitrary<LocalDate> anchors = Arbitraries.integers().between(-60, 60).map(BASE::plusWeeks);
    Arbitrary<int[]> values =
        Arbitraries.integers()
            .between(1, 4)
            .flatMap(
                weeks ->
                    Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(new int[7 * weeks])),
                        Tuple.of(
                            8,
                            Arbitraries.integers()
                                .between(-5, 6)
                                .map(v -> Math.max(v, 0))
                                .list()
                                .ofSize(7 * weeks)
                                .map(
                                    list -> list.stream().mapToInt(Integer::intValue).toArray()))));
    return Combinators.combine(anchors, values).as(CycleSpec::new);
  }

  static Arbitrary<TimelineSpec> timelines() {
    Arbitrary<int[]> gapAndLength =
        Combinators.combine(
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 90))
            .as((gap, length) -> new int[] {gap, length});
    Arbitrary<Segment> unplaced =
        Combinators.combine(gapAndLength, cycles())
            .as((gl, cycle) -> new Segment(gl[0], gl[1], cycle));
    return Combinators.combine(
            Arbitraries.integers().between(-100, 100), unplaced.list().ofMaxSize(5))
        .as(
            (offset, pieces) -> {
              List<Segment> segments = new ArrayList<>();
              long next = BASE_DAY + offset;
              for (Segment piece : pieces) {
                long from = next + piece.from();
                long to = from + piece.to() - 1;
                segments.add(new Segment(from, to, piece.cycle()));
                next = to + 1;
              }
              return new TimelineSpec(List.copyOf(segments));
            });
  }
}
