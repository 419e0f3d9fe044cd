package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.record.AgeBracket;
import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Objects;

/**
 * The age brackets of a record as the rules and the counts read them (RULES.md §5): the well-formed
 * effective date of each bracket, and the bracket in force on each day, the one whose effective
 * date is the latest on or before the day (on equal dates, the older bracket). Keys that are not
 * brackets and blank or malformed dates are left out (validation reports them). The bracket in
 * force changes only on effective dates, so it is kept as runs: from {@code start(i)} to the day
 * before {@code start(i + 1)} the bracket {@code bracket(i)} is in force; before {@code start(0)}
 * none is.
 *
 * @since 0.1.0
 */
public final class BracketsInForce {
  /**
   * {@code Option.some} of each bracket, by ordinal: finding the bracket in force allocates none.
   */
  private static final Array<Option<AgeBracket>> SOME =
      Array.of(AgeBracket.values()).map(Option::some);

  private static final AgeBracket[] YOUNGEST_FIRST = AgeBracket.values();

  private final EnumMap<AgeBracket, LocalDate> dates;
  private final long[] start;
  private final AgeBracket[] bracket;
  private final Option<LocalDate> earliest;
  private final Option<LocalDate> schoolAge;

  private BracketsInForce(
      EnumMap<AgeBracket, LocalDate> dates, long[] start, AgeBracket[] bracket) {
    this.dates = dates;
    this.start = start;
    this.bracket = bracket;
    LocalDate first = null;
    for (AgeBracket key : YOUNGEST_FIRST) {
      LocalDate date = dates.get(key);
      if (date != null && (first == null || date.isBefore(first))) {
        first = date;
      }
    }
    this.earliest = Option.of(first);
    this.schoolAge = Option.of(dates.get(AgeBracket.SCHOOL_AGE));
  }

  /**
   * Reads the age brackets as entered.
   *
   * @param entered the record's {@code ageBrackets}: bracket name to effective date
   * @return the brackets' well-formed dates and the runs of the bracket in force
   */
  public static BracketsInForce of(Map<String, String> entered) {
    Objects.requireNonNull(entered, "entered");
    EnumMap<AgeBracket, LocalDate> dates = new EnumMap<>(AgeBracket.class);
    for (var entry : entered) {
      AgeBracket.parse(entry._1)
          .forEach(key -> Entered.date(Option.of(entry._2)).forEach(date -> dates.put(key, date)));
    }
    return of(dates);
  }

  /**
   * The brackets of effective dates already read (validation reads them once, reporting those that
   * are malformed).
   *
   * @param dates each bracket's well-formed effective date; kept, not copied
   * @return the runs of the bracket in force
   */
  public static BracketsInForce of(EnumMap<AgeBracket, LocalDate> dates) {
    Objects.requireNonNull(dates, "dates");
    // By date, then from the youngest to the oldest bracket (the enum's order, the map's): on
    // equal dates the older bracket replaces the younger one.
    long[] starts = new long[dates.size()];
    AgeBracket[] brackets = new AgeBracket[dates.size()];
    int sorted = 0;
    for (AgeBracket key : YOUNGEST_FIRST) { // a stable insertion by date
      LocalDate date = dates.get(key);
      if (date == null) {
        continue;
      }
      long day = date.toEpochDay();
      int at = sorted;
      for (; at > 0 && starts[at - 1] > day; at--) {
        starts[at] = starts[at - 1];
        brackets[at] = brackets[at - 1];
      }
      starts[at] = day;
      brackets[at] = key;
      sorted++;
    }
    int runs = 0;
    for (int i = 0; i < sorted; i++) {
      if (runs > 0 && starts[runs - 1] == starts[i]) {
        runs--; // the same date as a younger bracket: the older one is in force
      }
      starts[runs] = starts[i];
      brackets[runs] = brackets[i];
      runs++;
    }
    return new BracketsInForce(dates, Arrays.copyOf(starts, runs), Arrays.copyOf(brackets, runs));
  }

  /**
   * The well-formed effective dates, youngest bracket first.
   *
   * @return bracket to effective date, brackets without a usable date left out
   */
  public Map<AgeBracket, LocalDate> effectiveDates() {
    return LinkedHashMap.ofAll(dates);
  }

  /**
   * The earliest well-formed effective date.
   *
   * @return the first day some bracket is in force, when any
   */
  public Option<LocalDate> earliest() {
    return earliest;
  }

  /**
   * The school-age effective date, when well formed.
   *
   * @return the date entered for {@code SCHOOL_AGE}
   */
  public Option<LocalDate> schoolAge() {
    return schoolAge;
  }

  /**
   * The bracket in force on {@code day}.
   *
   * @param day any date
   * @return the bracket of the last run starting on or before {@code day}; none before the first
   */
  public Option<AgeBracket> inForceOn(LocalDate day) {
    int index = Arrays.binarySearch(start, day.toEpochDay());
    int run = index >= 0 ? index : -index - 2;
    return run >= 0 ? SOME.get(bracket[run].ordinal()) : Option.none();
  }

  /**
   * Number of runs.
   *
   * @return how many times the bracket in force changes
   */
  public int size() {
    return start.length;
  }

  /**
   * The epoch day from which {@link #bracket(int)} is in force.
   *
   * @param i a run, from 0 to {@link #size()} excluded
   * @return the run's first day, as an epoch day
   */
  public long start(int i) {
    return start[i];
  }

  /**
   * The bracket in force during run {@code i}.
   *
   * @param i a run, from 0 to {@link #size()} excluded
   * @return its bracket
   */
  public AgeBracket bracket(int i) {
    return bracket[i];
  }
}
