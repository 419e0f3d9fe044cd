package io.github.childcarerules.occupation;

import io.github.childcarerules.core.internal.reading.BracketsInForce;
import io.github.childcarerules.core.internal.reading.DayRuns;
import io.github.childcarerules.core.internal.reading.Planned;
import io.github.childcarerules.core.internal.reading.RecordReading;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The planned occupation of a parent-child record (RULES.md §8), ready to be counted over any
 * closed range of days:
 *
 * <pre>{@code
 * Occupation occupation = Occupation.of(record);
 * OccupationCount year = occupation.count(DatePeriod.ofClosed(april1, march31));
 * OccupationCount months = occupation.count(range, Grouping.MONTH);
 * }</pre>
 *
 * <p>{@code Occupation.checked(record, range)} counts only a record without error and gives the
 * validation report otherwise; {@code of(record)} counts any record as it plans. Counting does not
 * judge the record: agreements, special schedules and periods whose dates are missing, malformed or
 * inverted take part in nothing, and replacement agreements plan nothing. Counts are exact, in
 * half-days, and cost time in the number of agreements, special schedules, age-bracket changes, ECP
 * and disability periods and grouping periods, never in days: the range is cut where one of these
 * changes, and each agreement's timeline is summed in closed form over each piece.
 *
 * @since 0.1.0
 */
public final class Occupation {
  private final Planned planned;
  private final BracketsInForce brackets;
  private final DayRuns ecp;
  private final DayRuns disability;

  private Occupation(RecordReading reading) {
    this.planned = reading.planned();
    this.brackets = reading.brackets();
    this.ecp = reading.ecpDays();
    this.disability = reading.disabilityDays();
  }

  /**
   * Reads what {@code record} plans: agreements, age brackets, ECP and disability periods.
   *
   * @param record the record as entered, valid or not
   * @return its planned occupation, read once and counted as often as needed
   */
  public static Occupation of(ParentChildRecord record) {
    Objects.requireNonNull(record, "record");
    return new Occupation(RecordReading.of(record));
  }

  /**
   * The planned half-days of the days of {@code range}.
   *
   * @param range the days to count, a closed period
   * @return the count of the whole range, without {@link OccupationCount#byPeriod()}
   * @throws IllegalArgumentException when the range is open
   */
  public OccupationCount count(DatePeriod range) {
    return count(range, Option.none());
  }

  /**
   * The planned half-days of the days of {@code range}, also split by the periods of {@code
   * grouping} that meet the range (cut at its ends).
   *
   * @param range the days to count, a closed period
   * @param grouping the calendar periods to split the count by
   * @return the count of the whole range, with one count per period in {@link
   *     OccupationCount#byPeriod()}
   * @throws IllegalArgumentException when the range is open or leaves the years 0001–9999 ({@code
   *     LocalDate.MIN} and {@code MAX} included)
   */
  public OccupationCount count(DatePeriod range, Grouping grouping) {
    return count(range, Option.some(Objects.requireNonNull(grouping, "grouping")));
  }

  /**
   * The count of {@code record} over {@code range}, only when the record has no {@code ERROR}: a
   * record with overlapping agreements, say, would count the same days twice.
   *
   * @param record the record as entered
   * @param range the days to count, a closed period
   * @return {@code Valid(count)} when {@code RecordValidator.validate(record)} finds no error
   *     (warnings allowed), else {@code Invalid(report)}, the whole report
   * @throws IllegalArgumentException as {@link #count(DatePeriod)}, whatever the record
   */
  public static Validation<ValidationReport, OccupationCount> checked(
      ParentChildRecord record, DatePeriod range) {
    return checked(record, range, Option.none());
  }

  /**
   * The count of {@code record} over {@code range}, split by {@code grouping}, only when the record
   * has no {@code ERROR}.
   *
   * @param record the record as entered
   * @param range the days to count, a closed period
   * @param grouping the calendar periods to split the count by
   * @return {@code Valid(count)} when {@code RecordValidator.validate(record)} finds no error
   *     (warnings allowed), else {@code Invalid(report)}, the whole report
   * @throws IllegalArgumentException as {@link #count(DatePeriod, Grouping)}, whatever the record
   */
  public static Validation<ValidationReport, OccupationCount> checked(
      ParentChildRecord record, DatePeriod range, Grouping grouping) {
    return checked(record, range, Option.some(Objects.requireNonNull(grouping, "grouping")));
  }

  private static Validation<ValidationReport, OccupationCount> checked(
      ParentChildRecord record, DatePeriod range, Option<Grouping> grouping) {
    Objects.requireNonNull(record, "record");
    requireCountable(range);
    return RecordValidator.validate(record)
        .toValidation(record)
        .map(valid -> of(valid).count(range, grouping));
  }

  /** A misuse of the API, refused before anything is read: a null, open or unwritable range. */
  private static void requireCountable(DatePeriod range) {
    Objects.requireNonNull(range, "range");
    if (range.isOpen()) {
      throw new IllegalArgumentException("cannot count an open range: " + range);
    }
    IsoDate.requireSupported(range.startInclusive(), "range start");
    IsoDate.requireSupported(range.endInclusive().get(), "range end");
  }

  private OccupationCount count(DatePeriod range, Option<Grouping> grouping) {
    requireCountable(range);
    long first = range.startInclusive().toEpochDay();
    long last = range.endInclusive().get().toEpochDay();
    long[] groupStarts = grouping.isDefined() ? groupStarts(grouping.get(), range) : new long[0];
    long[] cuts = cuts(first, last, groupStarts);

    Totals whole = Totals.NONE;
    Totals[] byGroup = new Totals[groupStarts.length];
    Arrays.fill(byGroup, Totals.NONE);
    int bracket = -1;
    int ecpRun = 0;
    int disabilityRun = 0;
    int group = 0;
    for (int c = 0; c + 1 < cuts.length; c++) {
      // One piece of days on which nothing changes: its half-days at each contribution...
      long from = cuts[c];
      LocalDate fromDay = LocalDate.ofEpochDay(from);
      LocalDate toDay = LocalDate.ofEpochDay(cuts[c + 1] - 1);
      long reduced = 0;
      long full = 0;
      for (int a = 0; a < planned.size(); a++) {
        long halfDays = planned.halfDays(a).sum(fromDay, toDay);
        if (planned.reducedContribution(a)) {
          reduced += halfDays;
        } else {
          full += halfDays;
        }
      }
      if (reduced + full == 0) {
        continue;
      }
      // ...then what holds on its days: the bracket in force, an ECP period, a disability period.
      while (bracket + 1 < brackets.size() && brackets.start(bracket + 1) <= from) {
        bracket++;
      }
      ecpRun = runAt(ecp, ecpRun, from);
      disabilityRun = runAt(disability, disabilityRun, from);
      Piece piece =
          new Piece(
              reduced,
              full,
              bracket >= 0 ? Option.some(brackets.bracket(bracket)) : Option.none(),
              ecpRun < ecp.size() && ecp.first(ecpRun) <= from,
              disabilityRun < disability.size() && disability.first(disabilityRun) <= from);
      whole = whole.plus(piece);
      if (byGroup.length > 0) {
        while (group + 1 < groupStarts.length && groupStarts[group + 1] <= from) {
          group++;
        }
        byGroup[group] = byGroup[group].plus(piece);
      }
    }
    return OccupationCount.of(range, whole, periods(groupStarts, last, byGroup));
  }

  /**
   * A piece of days on which nothing changes: its half-days under reduced-contribution agreements
   * and under the others, the age bracket in force (none before the first one), and whether its
   * days lie inside an ECP period and inside a disability period.
   */
  private record Piece(
      long reduced, long full, Option<AgeBracket> bracket, boolean ecp, boolean disabled) {}

  /**
   * The counts of one range or one period, named as {@link OccupationCount} names them, added piece
   * by piece.
   */
  record Totals(
      long halfDays,
      long months0To17,
      long months18To59,
      long schoolAge,
      long reducedContribution,
      long fullContribution,
      long ecpExempt,
      long disability) {
    /** Nothing counted yet. */
    static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * These totals with {@code piece} added. Every half-day counts in its bracket when one is in
     * force; the ECP exemption is from paying the reduced contribution, so only
     * reduced-contribution half-days are exempt (RULES.md §8).
     */
    Totals plus(Piece piece) {
      long halfDays = piece.reduced() + piece.full();
      AgeBracket bracket = piece.bracket().getOrNull();
      return new Totals(
          this.halfDays + halfDays,
          months0To17 + (bracket == AgeBracket.MONTHS_0_17 ? halfDays : 0),
          months18To59 + (bracket == AgeBracket.MONTHS_18_59 ? halfDays : 0),
          schoolAge + (bracket == AgeBracket.SCHOOL_AGE ? halfDays : 0),
          reducedContribution + piece.reduced(),
          fullContribution + piece.full(),
          ecpExempt + (piece.ecp() ? piece.reduced() : 0),
          disability + (piece.disabled() ? halfDays : 0));
    }
  }

  /** The first run, from {@code run} on, that ends on or after {@code day}. */
  private static int runAt(DayRuns runs, int run, long day) {
    int i = run;
    while (i < runs.size() && runs.last(i) < day) {
      i++;
    }
    return i;
  }

  /**
   * The first day of each piece of {@code [first, last]} on which nothing changes (bracket in
   * force, ECP, disability, grouping period), then {@code last + 1}; sorted, distinct.
   */
  private long[] cuts(long first, long last, long[] groupStarts) {
    long[] cuts =
        new long[2 + brackets.size() + 2 * (ecp.size() + disability.size()) + groupStarts.length];
    int n = 0;
    cuts[n++] = first;
    cuts[n++] = last + 1;
    for (int i = 0; i < brackets.size(); i++) {
      cuts[n++] = brackets.start(i);
    }
    n = runCuts(ecp, cuts, n);
    n = runCuts(disability, cuts, n);
    for (long start : groupStarts) {
      cuts[n++] = start;
    }
    Arrays.sort(cuts, 0, n);
    int kept = 0;
    for (int i = 0; i < n; i++) {
      long cut = cuts[i];
      if (cut >= first && cut <= last + 1 && (kept == 0 || cuts[kept - 1] != cut)) {
        cuts[kept++] = cut;
      }
    }
    return Arrays.copyOf(cuts, kept);
  }

  private static int runCuts(DayRuns runs, long[] cuts, int n) {
    int next = n;
    for (int i = 0; i < runs.size(); i++) {
      cuts[next++] = runs.first(i);
      cuts[next++] = runs.last(i) == DayRuns.FOREVER ? runs.last(i) : runs.last(i) + 1;
    }
    return next;
  }

  /** The first day of each period of {@code grouping} meeting {@code range}, cut at its start. */
  private static long[] groupStarts(Grouping grouping, DatePeriod range) {
    LocalDate first = range.startInclusive();
    LocalDate last = range.endInclusive().get();
    LocalDate start = grouping.periodStartOn(first);
    int count = 0;
    for (LocalDate s = start; !s.isAfter(last); s = grouping.nextPeriodStart(s)) {
      count++;
    }
    long[] starts = new long[count];
    LocalDate s = start;
    for (int i = 0; i < count; i++, s = grouping.nextPeriodStart(s)) {
      starts[i] = i == 0 ? first.toEpochDay() : s.toEpochDay();
    }
    return starts;
  }

  private static List<OccupationCount> periods(long[] groupStarts, long last, Totals[] byGroup) {
    List<OccupationCount> periods = List.empty();
    long end = last;
    for (int i = groupStarts.length - 1; i >= 0; i--) {
      DatePeriod period =
          DatePeriod.ofClosed(LocalDate.ofEpochDay(groupStarts[i]), LocalDate.ofEpochDay(end));
      periods = periods.prepend(OccupationCount.of(period, byGroup[i], List.empty()));
      end = groupStarts[i] - 1;
    }
    return periods;
  }
}
