package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The days covered by a list of periods (ECP or disability periods), as disjoint runs of epoch days
 * in date order: the union of the periods that have a well-formed extent. A period whose start is
 * missing or malformed, whose end is malformed or before its start takes part in nothing; a period
 * with no end is open and runs to {@link #FOREVER}. Overlapping periods (an error the validation
 * reports) count each day once. The extent of each period is {@link Extents#of}'s.
 *
 * @since 0.1.0
 */
public final class DayRuns {
  /** The last epoch day of an open run: later than any date a record can hold. */
  public static final long FOREVER = LocalDate.MAX.toEpochDay();

  private final long[] first;
  private final long[] last;

  private static final DayRuns NONE = new DayRuns(new long[0], new long[0]);

  private DayRuns(long[] first, long[] last) {
    this.first = first;
    this.last = last;
  }

  /**
   * The union of the usable periods of {@code periods}.
   *
   * @param periods ECP or disability periods as entered
   * @return their days as disjoint runs
   */
  public static DayRuns of(Seq<SpecialPeriod> periods) {
    if (periods.isEmpty()) {
      return NONE;
    }
    int size = periods.size();
    long[] first = new long[size];
    long[] last = new long[size];
    int count = 0;
    for (SpecialPeriod period : periods) {
      long[] extent = extent(period);
      if (extent != null) {
        // Insertion by first day: lists of periods are short.
        int at = count;
        while (at > 0 && first[at - 1] > extent[0]) {
          first[at] = first[at - 1];
          last[at] = last[at - 1];
          at--;
        }
        first[at] = extent[0];
        last[at] = extent[1];
        count++;
      }
    }
    int runs = 0;
    for (int i = 0; i < count; i++) {
      if (runs > 0 && first[i] <= last[runs - 1] + 1) {
        last[runs - 1] = Math.max(last[runs - 1], last[i]);
      } else {
        first[runs] = first[i];
        last[runs] = last[i];
        runs++;
      }
    }
    return runs == size
        ? new DayRuns(first, last)
        : new DayRuns(Arrays.copyOf(first, runs), Arrays.copyOf(last, runs));
  }

  /**
   * Number of runs.
   *
   * @return how many disjoint runs there are
   */
  public int size() {
    return first.length;
  }

  /**
   * First epoch day of run {@code i}.
   *
   * @param i from 0 to {@link #size()} excluded
   * @return its first day
   */
  public long first(int i) {
    return first[i];
  }

  /**
   * Last epoch day (included) of run {@code i}.
   *
   * @param i from 0 to {@link #size()} excluded
   * @return its last day; {@link #FOREVER} when open
   */
  public long last(int i) {
    return last[i];
  }

  private static long @Nullable [] extent(SpecialPeriod period) {
    Option<DatePeriod> days = Extents.of(period, true);
    if (days.isEmpty()) {
      return null;
    }
    return new long[] {
      days.get().startInclusive().toEpochDay(),
      days.get().endInclusive().map(LocalDate::toEpochDay).getOrElse(FOREVER)
    };
  }
}
