package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.CareDayUnits;
import io.github.childcarerules.core.internal.reading.Planned;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.internal.reading.ReferenceYear;
import io.github.childcarerules.core.internal.reading.Timeline;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The two warnings of RULES.md §7 on planned care days (RCR art. 6). A date with two or more
 * occupied slots is a care day, with one slot half a day: counted here in half care days ("units"),
 * 0, 1 or 2 a date, on closed-form timelines (cost in schedule changes, not days). Each agreement's
 * timeline is read once ({@link Planned}) and serves both warnings.
 */
final class CareDays {
  /** More than 20 care days in the window, in units. */
  private static final long WINDOW_LIMIT_UNITS =
      (long) Rule.TWENTY_DAYS_PER_FOUR_WEEKS.maximum().get() * CareDayUnits.CARE_DAY;

  /** More than 261 care days in a reference year, in units. */
  private static final long YEAR_LIMIT_UNITS =
      (long) Rule.REFERENCE_YEAR_261_DAYS.maximum().get() * CareDayUnits.CARE_DAY;

  private CareDays() {}

  /**
   * Checks the warnings on {@code agreements}, whose covered days ({@link
   * PlannedOccupation#covered}) are read, by index, in {@code covered}.
   */
  static void check(
      Seq<Agreement> agreements, IndexedSeq<Option<DatePeriod>> covered, Findings findings) {
    Planned planned = Planned.of(agreements, covered);
    for (int i = 0; i < planned.size(); i++) {
      // Planned keeps the record's order and leaves out what plans nothing (replacements too).
      if (planned.reducedContribution(i)) {
        Timeline units = CareDayUnits.of(planned.halfDays(i));
        DatePeriod days = covered.get(planned.index(i)).get(); // what plans something covers days
        // the 28 days that plan the most (the window the record's page draws)
        long most =
            units.maxWindowSum(
                CareDayUnits.FOUR_WEEKS, days.startInclusive(), days.endInclusive().get());
        if (most > WINDOW_LIMIT_UNITS) {
          findings.report(
              Rule.TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[" + planned.index(i) + "]", days(most));
        }
      }
    }
    referenceYears(planned, findings);
  }

  /** Once per record: the first reference year (1 September to 31 August) over 261 care days. */
  private static void referenceYears(Planned planned, Findings findings) {
    Timeline units = CareDayUnits.of(planned.reducedContributionHalfDays());
    if (units.isEmpty()) {
      return;
    }
    LocalDate last = units.lastDay();
    for (ReferenceYear year = ReferenceYear.containing(units.firstDay());
        !year.startInclusive().isAfter(last);
        year = year.next()) {
      long yearUnits = units.sum(year.startInclusive(), year.endInclusive());
      if (yearUnits > YEAR_LIMIT_UNITS) {
        findings.report(Rule.REFERENCE_YEAR_261_DAYS, "", year.days().toString(), days(yearUnits));
        return;
      }
    }
  }

  private static String days(long units) {
    return CareDayUnits.asDays(units);
  }
}
