package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.internal.reading.Timeline;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import java.time.LocalDate;

/**
 * The two warnings of RULES.md §7 on planned care days (RCR art. 6). A date with two or more
 * occupied slots is a care day, with one slot half a day: counted here in half care days ("units"),
 * 0, 1 or 2 a date, on closed-form timelines (cost in schedule changes, not days).
 */
final class CareDays {
  /** More than 20 care days in 28 consecutive days. */
  private static final int WINDOW_DAYS = 28;

  private static final long WINDOW_LIMIT_UNITS = 40;
  private static final long YEAR_LIMIT_UNITS = 522;

  private CareDays() {}

  static void check(List<Agreement> agreements, Findings findings) {
    List<Agreement> counted = agreements.filter(CareDays::counts);
    int index = 0;
    for (Agreement agreement : agreements) {
      if (counts(agreement)) {
        String path = "agreements[" + index + "]";
        PlannedOccupation.covered(agreement)
            .forEach(
                days -> {
                  long units =
                      careUnits(PlannedOccupation.halfDays(agreement))
                          .maxWindowSum(
                              WINDOW_DAYS, days.startInclusive(), days.endInclusive().get());
                  findings.reportIf(
                      units > WINDOW_LIMIT_UNITS,
                      Rule.TWENTY_DAYS_PER_FOUR_WEEKS,
                      path,
                      days(units));
                });
      }
      index++;
    }
    referenceYears(counted, findings);
  }

  /** Care days are planned under reduced-contribution agreements; replacements plan none. */
  private static boolean counts(Agreement agreement) {
    return agreement.reducedContribution() && !agreement.replacement();
  }

  /** Once per record: the first reference year (1 September to 31 August) over 261 care days. */
  private static void referenceYears(List<Agreement> counted, Findings findings) {
    Timeline units = careUnits(Timeline.combine(counted.map(PlannedOccupation::halfDays), v -> v));
    if (units.isEmpty()) {
      return;
    }
    LocalDate first = units.segments().head()._1;
    LocalDate last = units.segments().last()._2;
    for (LocalDate year = referenceYearOf(first); !year.isAfter(last); year = year.plusYears(1)) {
      long yearUnits = units.sum(year, year.plusYears(1).minusDays(1));
      if (yearUnits > YEAR_LIMIT_UNITS) {
        findings.report(
            Rule.REFERENCE_YEAR_261_DAYS,
            "",
            DatePeriod.ofClosed(year, year.plusYears(1).minusDays(1)).toString(),
            days(yearUnits));
        return;
      }
    }
  }

  private static Timeline careUnits(Timeline halfDays) {
    return halfDays.map(slots -> Math.min(slots, 2));
  }

  /** 1 September on or before {@code day}. */
  static LocalDate referenceYearOf(LocalDate day) {
    LocalDate september = LocalDate.of(day.getYear(), 9, 1);
    return day.isBefore(september) ? september.minusYears(1) : september;
  }

  private static String days(long units) {
    return units % 2 == 0 ? String.valueOf(units / 2) : units / 2 + ".5";
  }
}
