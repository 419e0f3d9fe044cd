package io.github.childcarerules.occupation.internal;

import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The age bracket in force on each day (RULES.md §5), read as rules-core reads it: the bracket
 * whose effective date is the latest well-formed one on or before the day; on equal dates, the
 * older bracket. Keys that are not brackets and blank or malformed dates are left out. It changes
 * only on effective dates, so it is kept as runs: from {@code start(i)} to the day before {@code
 * start(i + 1)} the bracket {@code bracket(i)} is in force; before {@code start(0)} none is.
 */
public final class BracketsInForce {
  private final long[] start;
  private final AgeBracket[] bracket;

  private BracketsInForce(long[] start, AgeBracket[] bracket) {
    this.start = start;
    this.bracket = bracket;
  }

  public static BracketsInForce of(ParentChildRecord record) {
    long[] dates = new long[AgeBracket.values().length];
    Arrays.fill(dates, Long.MAX_VALUE);
    for (var entry : record.ageBrackets()) {
      Option<AgeBracket> key = AgeBracket.parse(entry._1);
      if (key.isDefined() && !entry._2.isBlank()) {
        IsoDate.parse(entry._2).forEach(date -> dates[key.get().ordinal()] = date.toEpochDay());
      }
    }
    // By date, then from the youngest to the oldest bracket: on equal dates the last one wins.
    AgeBracket[] order = AgeBracket.values().clone();
    Arrays.sort(
        order,
        (a, b) ->
            dates[a.ordinal()] != dates[b.ordinal()]
                ? Long.compare(dates[a.ordinal()], dates[b.ordinal()])
                : Integer.compare(a.ordinal(), b.ordinal()));
    long[] starts = new long[order.length];
    AgeBracket[] brackets = new AgeBracket[order.length];
    int runs = 0;
    for (AgeBracket candidate : order) {
      long date = dates[candidate.ordinal()];
      if (date == Long.MAX_VALUE) {
        break;
      }
      if (runs > 0 && starts[runs - 1] == date) {
        runs--; // the same date as a younger bracket: the older one is in force
      }
      starts[runs] = date;
      brackets[runs] = candidate;
      runs++;
    }
    return new BracketsInForce(Arrays.copyOf(starts, runs), Arrays.copyOf(brackets, runs));
  }

  /** Number of runs. */
  public int size() {
    return start.length;
  }

  /** The epoch day from which {@link #bracket(int)} is in force. */
  public long start(int i) {
    return start[i];
  }

  public AgeBracket bracket(int i) {
    return bracket[i];
  }

  /** The bracket in force on {@code day}, if any. */
  public Option<AgeBracket> on(LocalDate day) {
    int i = Arrays.binarySearch(start, day.toEpochDay());
    int run = i >= 0 ? i : -i - 2;
    return run >= 0 ? Option.some(bracket[run]) : Option.none();
  }
}
