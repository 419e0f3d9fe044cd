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
    AgeBracket[] all = AgeBracket.values();
    long[] dates = new long[all.length];
    AgeBracket[] brackets = new AgeBracket[all.length];
    int count = 0;
    for (var entry : record.ageBrackets()) {
      Option<AgeBracket> key = AgeBracket.parse(entry._1);
      Option<LocalDate> date = entry._2.isBlank() ? Option.none() : IsoDate.parse(entry._2);
      if (key.isDefined() && date.isDefined()) {
        dates[count] = date.get().toEpochDay();
        brackets[count] = key.get();
        count++;
      }
    }
    // By date, then from the youngest to the oldest bracket (insertion sort of at most three).
    for (int i = 1; i < count; i++) {
      for (int j = i; j > 0 && after(dates, brackets, j - 1, j); j--) {
        long date = dates[j];
        dates[j] = dates[j - 1];
        dates[j - 1] = date;
        AgeBracket bracket = brackets[j];
        brackets[j] = brackets[j - 1];
        brackets[j - 1] = bracket;
      }
    }
    int runs = 0;
    for (int i = 0; i < count; i++) {
      if (runs > 0 && dates[runs - 1] == dates[i]) {
        runs--; // the same date as a younger bracket: the older one is in force
      }
      dates[runs] = dates[i];
      brackets[runs] = brackets[i];
      runs++;
    }
    return new BracketsInForce(
        runs == all.length ? dates : Arrays.copyOf(dates, runs),
        runs == all.length ? brackets : Arrays.copyOf(brackets, runs));
  }

  private static boolean after(long[] dates, AgeBracket[] brackets, int i, int j) {
    return dates[i] != dates[j] ? dates[i] > dates[j] : brackets[i].compareTo(brackets[j]) > 0;
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
}
