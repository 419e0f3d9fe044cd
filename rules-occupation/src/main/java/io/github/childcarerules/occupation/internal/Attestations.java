package io.github.childcarerules.occupation.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.CareDayUnits;
import io.github.childcarerules.core.internal.reading.DayRuns;
import io.github.childcarerules.core.internal.reading.Planned;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.internal.reading.RecordReading;
import io.github.childcarerules.core.internal.reading.ReferenceYear;
import io.github.childcarerules.core.internal.reading.Timeline;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The facts of an attestation of services provided (RCR art. 20; FORMAT.md "Attestation"), in
 * closed form: care days are read from the timeline of all reduced-contribution agreements
 * together, mapped to "1 on dates with two or more slots" and "1 on dates with one slot", and
 * summed over the pieces of the year inside and outside ECP periods.
 *
 * @since 0.1.0
 */
public final class Attestations {
  /** More days than this without service make an attestation due (RULES.md §8: 91 yes, 90 no). */
  public static final long MAX_DAYS_WITHOUT_SERVICE = 90;

  private Attestations() {}

  /**
   * What {@link #of} finds; {@code Attestation} holds the same facts under its public names.
   *
   * @param referenceYear the reference year holding the day of the attestation
   * @param firstDay the first day of planned occupation, or none
   * @param lastDay the last day of planned occupation up to the day of the attestation, or none
   * @param reducedDays dates of the year so far, outside ECP, with two or more slots at the reduced
   *     contribution
   * @param reducedHalfDays likewise, dates with exactly one slot
   * @param ecpDays dates inside an ECP period with two or more such slots
   * @param ecpHalfDays dates inside an ECP period with exactly one such slot
   * @param endedAgreements indexes of the agreements whose effective end falls in the year so far
   * @since 0.1.0
   */
  public record Facts(
      DatePeriod referenceYear,
      Option<LocalDate> firstDay,
      Option<LocalDate> lastDay,
      long reducedDays,
      long reducedHalfDays,
      long ecpDays,
      long ecpHalfDays,
      List<Integer> endedAgreements) {}

  /**
   * The facts of the attestation of {@code record} as of {@code asOf}.
   *
   * @param record the record as entered, valid or not
   * @param asOf the day of the attestation, its reference year within the years 0001–9999
   * @return the facts
   */
  public static Facts of(ParentChildRecord record, LocalDate asOf) {
    LocalDate yearStart = ReferenceYear.containing(asOf).startInclusive();
    RecordReading reading = RecordReading.of(record);
    Planned planned = reading.planned();

    java.util.List<Timeline> allParts = new java.util.ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      allParts.add(planned.halfDays(i));
    }
    java.util.List<Integer> endedIndexes = new java.util.ArrayList<>();
    int index = 0;
    for (Agreement agreement : record.agreements()) {
      LocalDate effectiveEnd =
          PlannedOccupation.covered(agreement).flatMap(DatePeriod::endInclusive).getOrNull();
      if (effectiveEnd != null
          && !effectiveEnd.isBefore(yearStart)
          && !effectiveEnd.isAfter(asOf)) {
        endedIndexes.add(index);
      }
      index++;
    }

    List<Timeline> all = List.ofAll(allParts);
    List<Integer> ended = List.ofAll(endedIndexes);
    Option<LocalDate> firstDay = firstDay(all);
    Option<LocalDate> lastDay = lastDay(all, asOf);

    CareDays outsideEcp = CareDays.NONE;
    CareDays insideEcp = CareDays.NONE;
    Timeline units = CareDayUnits.of(planned.reducedContributionHalfDays());
    if (!units.isEmpty()) {
      Timeline fullDays = units.map(u -> u == CareDayUnits.CARE_DAY ? 1 : 0);
      Timeline halfDays = units.map(u -> u == 1 ? 1 : 0);
      DayRuns ecp = reading.ecpDays();
      long from = yearStart.toEpochDay();
      long last = asOf.toEpochDay();
      for (int run = 0; run < ecp.size() && from <= last; run++) {
        long runFirst = Math.max(from, ecp.first(run));
        long runLast = Math.min(last, ecp.last(run));
        if (runFirst > runLast) {
          continue;
        }
        outsideEcp = outsideEcp.plus(fullDays, halfDays, from, runFirst - 1);
        insideEcp = insideEcp.plus(fullDays, halfDays, runFirst, runLast);
        from = runLast + 1;
      }
      outsideEcp = outsideEcp.plus(fullDays, halfDays, from, last);
    }
    return new Facts(
        ReferenceYear.containing(asOf).days(),
        firstDay,
        lastDay,
        outsideEcp.days(),
        outsideEcp.halfDays(),
        insideEcp.days(),
        insideEcp.halfDays(),
        ended);
  }

  /** The care days and the half care days of some stretches of days, added stretch by stretch. */
  private record CareDays(long days, long halfDays) {
    static final CareDays NONE = new CareDays(0, 0);

    /** These with the days from {@code first} to {@code last} (epoch days; none when inverted). */
    CareDays plus(Timeline fullDays, Timeline halfDays, long first, long last) {
      if (first > last) {
        return this;
      }
      LocalDate from = LocalDate.ofEpochDay(first);
      LocalDate to = LocalDate.ofEpochDay(last);
      return new CareDays(days + fullDays.sum(from, to), this.halfDays + halfDays.sum(from, to));
    }
  }

  private static Option<LocalDate> firstDay(List<Timeline> timelines) {
    Option<LocalDate> first = Option.none();
    for (Timeline timeline : timelines) {
      var segments = timeline.segments();
      Option<LocalDate> day = timeline.firstNonZero(segments.head()._1, segments.last()._2);
      if (day.isDefined() && first.forAll(f -> day.get().isBefore(f))) {
        first = day;
      }
    }
    return first;
  }

  private static Option<LocalDate> lastDay(List<Timeline> timelines, LocalDate asOf) {
    Option<LocalDate> last = Option.none();
    for (Timeline timeline : timelines) {
      LocalDate start = timeline.segments().head()._1;
      if (start.isAfter(asOf)) {
        continue;
      }
      Option<LocalDate> day = timeline.lastNonZero(start, asOf);
      if (day.isDefined() && last.forAll(l -> day.get().isAfter(l))) {
        last = day;
      }
    }
    return last;
  }
}
