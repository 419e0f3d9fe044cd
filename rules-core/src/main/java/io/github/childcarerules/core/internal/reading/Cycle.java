package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.Seq;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * A value per day that repeats every {@link #length()} days (a whole number of weeks) from a Monday
 * anchor: the slots a schedule occupies, or any value derived from them. Sums over a date range are
 * computed in constant time from prefix sums, whatever the range's length.
 *
 * @since 0.1.0
 */
public final class Cycle {
  /** Zero every day. */
  public static final Cycle ZERO = new Cycle(LocalDate.of(1970, 1, 5).toEpochDay(), new int[7]);

  /** The epoch day of {@link #ZERO}'s anchor, a Monday. */
  static final long ZERO_ANCHOR = LocalDate.of(1970, 1, 5).toEpochDay();

  private static final Day[] DAYS = Day.values();

  private final long anchorEpochDay;
  private final int[] values;
  private final long[] prefix;

  private Cycle(long anchorEpochDay, int[] values) {
    this.anchorEpochDay = anchorEpochDay;
    this.values = values;
    this.prefix = new long[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      prefix[i + 1] = prefix[i] + values[i];
    }
  }

  /**
   * A cycle whose day {@code anchorMonday} holds {@code values[0]}.
   *
   * @param anchorMonday a Monday, the first day of the cycle's first week
   * @param values the value of each day of the cycle, Monday of week 1 first; copied
   * @return the cycle
   * @throws IllegalArgumentException when the anchor is not a Monday or the values are not whole
   *     weeks
   */
  public static Cycle of(LocalDate anchorMonday, int[] values) {
    Objects.requireNonNull(anchorMonday, "anchorMonday");
    Objects.requireNonNull(values, "values");
    if (anchorMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("anchor must be a Monday: " + anchorMonday);
    }
    if (values.length == 0 || values.length % 7 != 0) {
      throw new IllegalArgumentException("values must cover whole weeks: " + values.length);
    }
    return new Cycle(anchorMonday.toEpochDay(), values.clone());
  }

  /**
   * The slot counts of {@code schedule} as a cycle whose week 1 is the calendar week holding {@code
   * start} (RULES.md §7: week 1 of a schedule is the week of the start of its agreement or special
   * schedule). A schedule with no week plans nothing.
   *
   * @param schedule the schedule; a slot misspelt counts for nothing
   * @param start the first day of its agreement or special schedule
   * @return occupied half-days per day, repeating every {@code weeks().size()} weeks
   */
  public static Cycle of(Schedule schedule, LocalDate start) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(start, "start");
    if (schedule.weeks().isEmpty()) {
      return ZERO;
    }
    int[] values = new int[7 * schedule.weeks().size()];
    int offset = 0;
    for (Week week : schedule.weeks()) {
      for (Day day : DAYS) {
        values[offset + day.ordinal()] = week.slotsOn(day);
      }
      offset += 7;
    }
    long monday = start.toEpochDay() - start.getDayOfWeek().ordinal(); // mondayOf(start)
    return new Cycle(monday, values);
  }

  /**
   * The Monday of the calendar week holding {@code day}.
   *
   * @param day any date
   * @return {@code day} itself when a Monday, else the Monday before it
   */
  public static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Days before the values repeat.
   *
   * @return a whole number of weeks, in days (7, 14, …)
   */
  public int length() {
    return values.length;
  }

  /**
   * Sum of the values of one whole cycle.
   *
   * @return the sum over {@link #length()} days (half-days, for a schedule's cycle)
   */
  public long total() {
    return prefix[values.length];
  }

  /**
   * True when every day's value is zero.
   *
   * @return whether the cycle plans nothing
   */
  public boolean isZero() {
    for (int value : values) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of one day.
   *
   * @param day any date
   * @return the value of the day's place in the cycle
   */
  public int valueOn(LocalDate day) {
    return valueAt(day.toEpochDay());
  }

  int valueAt(long epochDay) {
    return values[Math.floorMod(epochDay - anchorEpochDay, values.length)];
  }

  /**
   * Sum of the values of the days from {@code fromInclusive} to {@code toInclusive}, in constant
   * time.
   *
   * @param fromInclusive the first day summed
   * @param toInclusive the last day summed
   * @return the sum; 0 when {@code toInclusive} is before {@code fromInclusive}
   */
  public long sum(LocalDate fromInclusive, LocalDate toInclusive) {
    return sum(fromInclusive.toEpochDay(), toInclusive.toEpochDay());
  }

  long sum(long fromEpochDay, long toEpochDay) {
    if (toEpochDay < fromEpochDay) {
      return 0;
    }
    return before(toEpochDay + 1) - before(fromEpochDay);
  }

  /** Sum of the values of the days from the anchor up to {@code epochDay} excluded (signed). */
  private long before(long epochDay) {
    long offset = epochDay - anchorEpochDay;
    int length = values.length;
    return Math.floorDiv(offset, length) * total() + prefix[Math.floorMod(offset, length)];
  }

  /** The first day on or after {@code fromEpochDay} with a non-zero value, or -1 past 1 cycle. */
  long firstNonZeroFrom(long fromEpochDay, long toEpochDay) {
    long last = Math.min(toEpochDay, fromEpochDay + values.length - 1);
    for (long day = fromEpochDay; day <= last; day++) {
      if (valueAt(day) != 0) {
        return day;
      }
    }
    return Long.MIN_VALUE;
  }

  /** The last day on or before {@code toEpochDay} with a non-zero value, looking one cycle back. */
  long lastNonZeroUntil(long fromEpochDay, long toEpochDay) {
    long first = Math.max(fromEpochDay, toEpochDay - values.length + 1);
    for (long day = toEpochDay; day >= first; day--) {
      if (valueAt(day) != 0) {
        return day;
      }
    }
    return Long.MIN_VALUE;
  }

  /**
   * This cycle with {@code f} applied to each day's value.
   *
   * @param f the function of a day's value
   * @return a cycle of the same anchor and length; this one when {@code f} changes no value
   */
  public Cycle map(IntUnaryOperator f) {
    int[] mapped = null; // allocated at the first value f changes
    for (int i = 0; i < values.length; i++) {
      int value = f.applyAsInt(values[i]);
      if (mapped == null && value != values[i]) {
        mapped = Arrays.copyOf(values, values.length);
      }
      if (mapped != null) {
        mapped[i] = value;
      }
    }
    return mapped == null ? this : new Cycle(anchorEpochDay, mapped);
  }

  /**
   * The day-by-day sum of {@code parts}, then {@code f} applied, on the days from {@code first} to
   * {@code last}: a cycle as long as the least common multiple of the parts' lengths (at most
   * twelve weeks for schedules of one to four weeks), or, when that would be longer, as long as the
   * weeks holding those days (whatever absurd periodicities an invalid record holds, the cost stays
   * bounded by its days).
   */
  static Cycle combine(Seq<Cycle> parts, IntUnaryOperator f, long first, long last) {
    if (parts.size() == 1) {
      return parts.head().map(f);
    }
    long anchor = first - Math.floorMod(first - ZERO.anchorEpochDay, 7L);
    long span = (last - anchor) / 7 * 7 + 7;
    long lcm = 7;
    for (Cycle part : parts) {
      lcm = lcm / gcd(lcm, part.length()) * part.length();
      if (lcm >= span) {
        break;
      }
    }
    int[] combined = new int[Math.toIntExact(Math.min(lcm, span))];
    for (int i = 0; i < combined.length; i++) {
      int sum = 0;
      for (Cycle part : parts) {
        sum += part.valueAt(anchor + i);
      }
      combined[i] = f.applyAsInt(sum);
    }
    return new Cycle(anchor, combined);
  }

  /** A cycle of {@code values} anchored on {@link #ZERO_ANCHOR} (values not copied). */
  static Cycle anchored(int[] values) {
    return new Cycle(ZERO_ANCHOR, values);
  }

  /**
   * {@code f} applied to {@code sums} (a whole number of weeks from {@link #ZERO_ANCHOR}), cut to
   * the shortest whole number of weeks after which they repeat.
   */
  static int[] shortestPeriod(int[] sums, IntUnaryOperator f) {
    int[] mapped = new int[sums.length];
    for (int i = 0; i < sums.length; i++) {
      mapped[i] = f.applyAsInt(sums[i]);
    }
    for (int period = 7; period < mapped.length; period += 7) {
      if (mapped.length % period == 0 && repeatsEvery(mapped, period)) {
        return Arrays.copyOf(mapped, period);
      }
    }
    return mapped;
  }

  private static boolean repeatsEvery(int[] values, int period) {
    for (int i = period; i < values.length; i++) {
      if (values[i] != values[i - period]) {
        return false;
      }
    }
    return true;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  @Override
  public String toString() {
    return "Cycle" + Arrays.toString(values) + " from " + LocalDate.ofEpochDay(anchorEpochDay);
  }
}
