package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.period.DatePeriod;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Day values that are periodic piece by piece: disjoint segments of dates, each following its own
 * {@link Cycle}, and zero between them. This is how planned occupation is represented: an
 * agreement's normal schedule, interrupted by special schedules. Every operation costs time in the
 * number of segments (and, for windows, the window's length), never in the number of days.
 *
 * @since 0.1.0
 */
public final class Timeline {
  private static final Timeline EMPTY = new Timeline(new long[0], new long[0], new Cycle[0]);

  private final long[] from;
  private final long[] to;
  private final Cycle[] cycles;

  private Timeline(long[] from, long[] to, Cycle[] cycles) {
    this.from = from;
    this.to = to;
    this.cycles = cycles;
  }

  /**
   * Zero every day.
   *
   * @return the timeline without a segment
   */
  public static Timeline empty() {
    return EMPTY;
  }

  /**
   * A builder of segments added in date order.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The segments, in date order: first day, last day (both included) and the cycle they follow.
   *
   * @return the segments; empty for {@link #empty()}
   */
  public Seq<Tuple3<LocalDate, LocalDate, Cycle>> segments() {
    return Array.range(0, cycles.length)
        .map(i -> Tuple.of(LocalDate.ofEpochDay(from[i]), LocalDate.ofEpochDay(to[i]), cycles[i]));
  }

  /**
   * The first day of the first segment.
   *
   * @return that day
   * @throws IllegalStateException when the timeline is {@link #isEmpty() empty}
   */
  public LocalDate firstDay() {
    if (isEmpty()) {
      throw new IllegalStateException("an empty timeline has no first day");
    }
    return LocalDate.ofEpochDay(from[0]);
  }

  /**
   * The last day of the last segment.
   *
   * @return that day
   * @throws IllegalStateException when the timeline is {@link #isEmpty() empty}
   */
  public LocalDate lastDay() {
    if (isEmpty()) {
      throw new IllegalStateException("an empty timeline has no last day");
    }
    return LocalDate.ofEpochDay(to[to.length - 1]);
  }

  /**
   * True when no day has a segment.
   *
   * @return whether the timeline is zero every day
   */
  public boolean isEmpty() {
    return cycles.length == 0;
  }

  /**
   * The value of one day.
   *
   * @param day any date
   * @return its segment's cycle value on that day, zero outside every segment
   */
  public int valueOn(LocalDate day) {
    long epochDay = day.toEpochDay();
    int i = firstEndingOnOrAfter(epochDay);
    return i < cycles.length && from[i] <= epochDay ? cycles[i].valueAt(epochDay) : 0;
  }

  /**
   * Sum of the values from {@code fromInclusive} to {@code toInclusive}.
   *
   * @param fromInclusive the first day summed
   * @param toInclusive the last day summed
   * @return the sum (half-days, for planned occupation); 0 for an inverted range
   */
  public long sum(LocalDate fromInclusive, LocalDate toInclusive) {
    return sum(fromInclusive.toEpochDay(), toInclusive.toEpochDay());
  }

  long sum(long first, long last) {
    long total = 0;
    for (int i = firstEndingOnOrAfter(first); i < cycles.length && from[i] <= last; i++) {
      total += cycles[i].sum(Math.max(first, from[i]), Math.min(last, to[i]));
    }
    return total;
  }

  /**
   * The first day of the range with a non-zero value.
   *
   * @param fromInclusive the first day looked at
   * @param toInclusive the last day looked at
   * @return that day, or none when every day of the range is zero
   */
  public Option<LocalDate> firstNonZero(LocalDate fromInclusive, LocalDate toInclusive) {
    long first = fromInclusive.toEpochDay();
    long last = toInclusive.toEpochDay();
    for (int i = firstEndingOnOrAfter(first); i < cycles.length && from[i] <= last; i++) {
      long day = cycles[i].firstNonZeroFrom(Math.max(first, from[i]), Math.min(last, to[i]));
      if (day != Long.MIN_VALUE) {
        return Option.some(LocalDate.ofEpochDay(day));
      }
    }
    return Option.none();
  }

  /**
   * The last day of the range with a non-zero value.
   *
   * @param fromInclusive the first day looked at
   * @param toInclusive the last day looked at
   * @return that day, or none when every day of the range is zero
   */
  public Option<LocalDate> lastNonZero(LocalDate fromInclusive, LocalDate toInclusive) {
    long first = fromInclusive.toEpochDay();
    long last = toInclusive.toEpochDay();
    for (int i = lastStartingOnOrBefore(last); i >= 0 && to[i] >= first; i--) {
      long day = cycles[i].lastNonZeroUntil(Math.max(first, from[i]), Math.min(last, to[i]));
      if (day != Long.MIN_VALUE) {
        return Option.some(LocalDate.ofEpochDay(day));
      }
    }
    return Option.none();
  }

  /**
   * This timeline with {@code f} applied to each day's value inside its segments.
   *
   * @param f the function of a day's value; days between segments stay zero
   * @return a timeline of the same segments; this one when {@code f} changes no value
   */
  public Timeline map(IntUnaryOperator f) {
    Cycle[] mapped = new Cycle[cycles.length];
    boolean changed = false;
    for (int i = 0; i < cycles.length; i++) {
      // a cycle shared with the segment before (combine keeps one while the sums stay the same) is
      // mapped once
      mapped[i] = i > 0 && cycles[i] == cycles[i - 1] ? mapped[i - 1] : cycles[i].map(f);
      changed |= mapped[i] != cycles[i];
    }
    return changed ? new Timeline(from, to, mapped) : this;
  }

  /**
   * The day-by-day sum of {@code parts}, then {@code f} applied on the days that some part covers.
   * For example the care units of a child with several agreements: {@code combine(parts, v ->
   * Math.min(v, 2))}. One sweep over the parts' segment bounds in date order: cycles of one to
   * four, six or twelve weeks are added to and taken from a running twelve-week sum as their
   * segments start and end, so the cost is n log n in the number of segments however they overlap;
   * only other cycle lengths (absurd schedules) are combined interval by interval.
   *
   * @param parts the timelines to add up day by day
   * @param f the function of each covered day's sum
   * @return the combined timeline; zero on the days no part covers
   */
  public static Timeline combine(Seq<Timeline> parts, IntUnaryOperator f) {
    Objects.requireNonNull(parts, "parts");
    if (parts.size() == 1) {
      return parts.head().map(f);
    }
    if (oneAfterTheOther(parts)) {
      return joined(parts).map(f);
    }
    int count = 0;
    for (Timeline part : parts) {
      count += part.cycles.length;
    }
    long[] days = new long[2 * count];
    Cycle[] changes = new Cycle[2 * count];
    boolean[] starts = new boolean[2 * count];
    Integer[] order = new Integer[2 * count];
    int e = 0;
    for (Timeline part : parts) {
      for (int i = 0; i < part.cycles.length; i++) {
        days[e] = part.from[i];
        changes[e] = part.cycles[i];
        starts[e] = true;
        order[e] = e++;
        days[e] = part.to[i] + 1;
        changes[e] = part.cycles[i];
        order[e] = e++;
      }
    }
    Arrays.sort(order, (a, b) -> Long.compare(days[a], days[b]));
    Builder result = builder();
    int[] regular = new int[COMMON_PERIOD];
    IdentityHashMap<Cycle, Integer> others = new IdentityHashMap<>();
    int active = 0;
    @Nullable Cycle last = null;
    int @Nullable [] lastValues = null;
    for (int k = 0; k < order.length; ) {
      long day = days[order[k]];
      for (; k < order.length && days[order[k]] == day; k++) {
        int event = order[k];
        int sign = starts[event] ? 1 : -1;
        active += sign;
        Cycle cycle = changes[event];
        if (COMMON_PERIOD % cycle.length() == 0) {
          for (int i = 0; i < COMMON_PERIOD; i++) {
            regular[i] += sign * cycle.valueAt(Cycle.ZERO_ANCHOR + i);
          }
        } else {
          others.merge(cycle, sign, (x, y) -> x + y == 0 ? null : x + y);
        }
      }
      if (active > 0 && k < order.length) {
        long end = days[order[k]] - 1;
        if (others.isEmpty()) {
          int[] values = Cycle.shortestPeriod(regular, f);
          Cycle current = last;
          if (current == null || lastValues == null || !Arrays.equals(values, lastValues)) {
            current = Cycle.anchored(values);
            last = current;
            lastValues = values;
          }
          result.add(day, end, current);
        } else {
          ArrayList<Cycle> combined = new ArrayList<>();
          combined.add(Cycle.anchored(regular.clone()));
          others.forEach(
              (cycle, times) -> {
                for (int t = 0; t < times; t++) {
                  combined.add(cycle);
                }
              });
          result.add(day, end, Cycle.combine(Array.ofAll(combined), f, day, end));
        }
      }
    }
    return result.build();
  }

  /**
   * Whether each part's segments all come after the previous part's, without a shared day: then no
   * day is covered twice and the sum of the parts is the parts laid end to end (the agreements of a
   * valid record, listed in date order).
   */
  private static boolean oneAfterTheOther(Seq<Timeline> parts) {
    long lastDay = Long.MIN_VALUE;
    for (Timeline part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.from[0] <= lastDay) {
        return false;
      }
      lastDay = part.to[part.to.length - 1];
    }
    return true;
  }

  /** The segments of {@link #oneAfterTheOther} parts, in one timeline. */
  private static Timeline joined(Seq<Timeline> parts) {
    int count = 0;
    for (Timeline part : parts) {
      count += part.cycles.length;
    }
    long[] from = new long[count];
    long[] to = new long[count];
    Cycle[] cycles = new Cycle[count];
    int at = 0;
    for (Timeline part : parts) {
      int length = part.cycles.length;
      System.arraycopy(part.from, 0, from, at, length);
      System.arraycopy(part.to, 0, to, at, length);
      System.arraycopy(part.cycles, 0, cycles, at, length);
      at += length;
    }
    return new Timeline(from, to, cycles);
  }

  /** Twelve weeks: a multiple of every schedule of one to four weeks. */
  private static final int COMMON_PERIOD = 84;

  /**
   * The largest sum over {@code windowDays} consecutive days lying inside {@code [rangeFirst,
   * rangeLast]}; zero when the range is shorter than the window. Only windows starting near a
   * segment boundary, or within one cycle of a segment's start, need to be summed: inside a segment
   * the sum of a window is periodic in its start.
   *
   * @param windowDays the window's length in days (28 for the four weeks of RULES.md §7)
   * @param rangeFirst the first day a window may hold
   * @param rangeLast the last day a window may hold
   * @return the largest window sum, 0 when no window fits
   */
  public long maxWindowSum(int windowDays, LocalDate rangeFirst, LocalDate rangeLast) {
    long[] best = heaviest(windowDays, rangeFirst, rangeLast);
    return best == null ? 0 : best[1];
  }

  /**
   * The earliest window of {@code windowDays} consecutive days inside {@code [rangeFirst,
   * rangeLast]} whose sum is {@link #maxWindowSum}: the four weeks a 20-in-28 warning is about. The
   * windows summed are those of {@link #maxWindowSum}; the earliest with the largest sum is among
   * them, since a window inside a segment has the sum of the one a whole number of cycles before
   * it, down to the segment's first cycle.
   *
   * @param windowDays the window's length in days
   * @param rangeFirst the first day a window may hold
   * @param rangeLast the last day a window may hold
   * @return the window's days and sum; none when no window fits in the range
   */
  public Option<Window> heaviestWindow(int windowDays, LocalDate rangeFirst, LocalDate rangeLast) {
    long[] best = heaviest(windowDays, rangeFirst, rangeLast);
    if (best == null) {
      return Option.none();
    }
    return Option.some(
        new Window(
            DatePeriod.ofClosed(
                LocalDate.ofEpochDay(best[0]), LocalDate.ofEpochDay(best[0] + windowDays - 1)),
            best[1]));
  }

  /** {@link #heaviestWindow}'s first day (an epoch day) and sum; null when no window fits. */
  private long @Nullable [] heaviest(int windowDays, LocalDate rangeFirst, LocalDate rangeLast) {
    long lowest = rangeFirst.toEpochDay();
    long highest = rangeLast.toEpochDay() - windowDays + 1;
    if (windowDays <= 0 || highest < lowest) {
      return null;
    }
    long[] best = {lowest, sum(lowest, lowest + windowDays - 1)};
    for (int i = 0; i < cycles.length; i++) {
      long firstInside = Math.max(from[i], lowest);
      long lastInside = Math.min(firstInside + cycles[i].length() - 1, to[i] - windowDays + 1);
      scan(best, firstInside, lastInside, lowest, highest, windowDays);
      scan(best, from[i] - windowDays + 1, from[i] - 1, lowest, highest, windowDays);
      scan(best, to[i] - windowDays + 2, to[i], lowest, highest, windowDays);
    }
    return best;
  }

  /**
   * Windows of {@code windowDays} starting from {@code firstStart} to {@code lastStart} (within
   * {@code [lowest, highest]}): {@code best} becomes the earliest start with the largest sum.
   */
  private void scan(
      long[] best, long firstStart, long lastStart, long lowest, long highest, int windowDays) {
    for (long d = Math.max(firstStart, lowest); d <= Math.min(lastStart, highest); d++) {
      long sum = sum(d, d + windowDays - 1);
      if (sum > best[1] || (sum == best[1] && d < best[0])) {
        best[0] = d;
        best[1] = sum;
      }
    }
  }

  /**
   * A window of consecutive days and the sum of their values.
   *
   * @param days the window's days, both ends included
   * @param sum the sum of the values of those days
   * @since 0.1.0
   */
  public record Window(DatePeriod days, long sum) {}

  private int firstEndingOnOrAfter(long epochDay) {
    int index = Arrays.binarySearch(to, epochDay);
    return index >= 0 ? index : -index - 1;
  }

  private int lastStartingOnOrBefore(long epochDay) {
    int index = Arrays.binarySearch(from, epochDay);
    return index >= 0 ? index : -index - 2;
  }

  @Override
  public String toString() {
    return segments().mkString("Timeline[", ", ", "]");
  }

  /**
   * Adds segments in date order; they may not overlap.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long[] from = new long[1];
    private long[] to = new long[1];
    private Cycle[] cycles = new Cycle[1];
    private int size;

    private Builder() {}

    /**
     * Adds the days from {@code first} to {@code last} following {@code cycle}.
     *
     * @param first the segment's first day
     * @param last the segment's last day, included
     * @param cycle the values the segment follows
     * @return this builder
     * @throws IllegalArgumentException when the segment is inverted or does not start after the
     *     previous one
     */
    public Builder add(LocalDate first, LocalDate last, Cycle cycle) {
      return add(first.toEpochDay(), last.toEpochDay(), cycle);
    }

    Builder add(long first, long last, Cycle cycle) {
      Objects.requireNonNull(cycle, "cycle");
      if (last < first) {
        throw new IllegalArgumentException("segment ends before it starts");
      }
      if (size > 0 && to[size - 1] >= first) {
        throw new IllegalArgumentException("segments must be added in order, without overlap");
      }
      if (size == cycles.length) {
        from = Arrays.copyOf(from, 2 * size);
        to = Arrays.copyOf(to, 2 * size);
        cycles = Arrays.copyOf(cycles, 2 * size);
      }
      from[size] = first;
      to[size] = last;
      cycles[size] = cycle;
      size++;
      return this;
    }

    /**
     * The timeline of the segments added.
     *
     * @return a timeline; the builder may go on adding later segments
     */
    public Timeline build() {
      if (size == 0) {
        return EMPTY;
      }
      if (size == cycles.length) {
        // full arrays are shared: the next segment added goes to new, larger ones
        return new Timeline(from, to, cycles);
      }
      return new Timeline(
          Arrays.copyOf(from, size), Arrays.copyOf(to, size), Arrays.copyOf(cycles, size));
    }
  }
}
