package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.CareDayUnits;
import io.github.childcarerules.core.internal.reading.Planned;
import io.github.childcarerules.core.internal.reading.ReferenceYear;
import io.github.childcarerules.core.internal.reading.Timeline;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import java.time.LocalDate;

/**
 * The two warnings of RULES.md §7 on planned care days (RCR art. 6). A date with two or more
 * occupied slots is a care day, with one slot half a day: counted here in half care days ("units"),
 * 0, 1 or 2 a date, on closed-form timelines (cost in schedule changes, not days).
 */
final class CareDays {
  private static final long WINDOW_LIMIT_UNITS = 40;
  private static final long YEAR_LIMIT_UNITS = 522;

  private CareDays() {}

  static void check(List<Agreement> agreements, Findings findings) {
    int index = 0;
    for (Agreement agreement : agreements) {
      if (counts(agreement)) {
        String path = "agreements[" + index + "]";
        // more than 20 care days in the 28 consecutive days that plan the most
        CareDayUnits.heaviestFourWeeks(agreement)
            .forEach(
                window ->
                    findings.reportIf(
                        window.sum() > WINDOW_LIMIT_UNITS,
                        Rule.TWENTY_DAYS_PER_FOUR_WEEKS,
                        path,
                        days(window.sum())));
      }
      index++;
    }
    referenceYears(Planned.of(agreements), findings);
  }

  /** Care days are planned under reduced-contribution agreements; replacements plan none. */
  private static boolean counts(Agreement agreement) {
    return agreement.reducedContribution() && !agreement.replacement();
  }

  /** Once per record: the first reference year (1 September to 31 August) over 261 care days. */
  private static void referenceYears(Planned planned, Findings findings) {
    Timeline units = CareDayUnits.of(planned.reducedContributionHalfDays());
    if (units.isEmpty()) {
      return;
    }
    LocalDate first = units.segments().head()._1;
    LocalDate last = units.segments().last()._2;
    for (ReferenceYear year = ReferenceYear.containing(first);
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
