package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An upper bound of the care days a record plans, to keep generated records clear of the two RCR
 * art. 6 warnings of RULES.md §7. A date counts at most one care day, and only when a
 * reduced-contribution agreement covers it and some schedule of that agreement occupies its
 * weekday. Any 28 consecutive days hold each weekday 4 times, so an agreement occupying at most 5
 * weekdays never plans more than 20 care days in them.
 */
final class CareDayBound {
  /** The window of {@code TWENTY_DAYS_PER_FOUR_WEEKS}: 28 days, each weekday 4 times. */
  static final int WINDOW_DAYS = Rule.TWENTY_DAYS_PER_FOUR_WEEKS.limit().get().getDays();

  /** At most 20 care days in the window: 5 weekdays occupied, 4 times each. */
  static final int WEEKDAYS_PER_FOUR_WEEKS =
      Rule.TWENTY_DAYS_PER_FOUR_WEEKS.maximum().get() / (WINDOW_DAYS / 7);

  /** At most 261 care days in a reference year. */
  static final int REFERENCE_YEAR_LIMIT = Rule.REFERENCE_YEAR_261_DAYS.maximum().get();

  private CareDayBound() {}

  /** True when one of the warnings might fire. */
  static boolean mayWarn(ParentChildRecord record) {
    return record.agreements().exists(agreement -> fourWeeksMayExceed(record, agreement))
        || yearMayExceed(record);
  }

  /**
   * True when the agreement might plan more than 20 care days in 28 days. Agreements overlapping it
   * (only in mutated records) lend their weekdays too, whichever way their slots are added up.
   */
  private static boolean fourWeeksMayExceed(ParentChildRecord record, Agreement agreement) {
    Option<Span> covered = Facts.coveredDays(agreement);
    if (!counts(agreement) || !covered.exists(days -> days.length() >= WINDOW_DAYS)) {
      return false;
    }
    EnumSet<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    for (Agreement other : record.agreements()) {
      if (counts(other) && Facts.coveredDays(other).exists(covered.get()::overlaps)) {
        weekdays.addAll(Facts.occupiedDays(other));
      }
    }
    return weekdays.size() > WEEKDAYS_PER_FOUR_WEEKS;
  }

  /** True when the care days of some reference year (1 September to 31 August) might exceed 261. */
  static boolean yearMayExceed(ParentChildRecord record) {
    Set<LocalDate> careDates = new HashSet<>();
    for (Agreement agreement : record.agreements()) {
      Option<Span> covered = Facts.coveredDays(agreement);
      if (counts(agreement) && covered.isDefined()) {
        EnumSet<DayOfWeek> weekdays = Facts.occupiedDays(agreement);
        covered
            .get()
            .days()
            .filter(day -> weekdays.contains(day.getDayOfWeek()))
            .forEach(careDates::add);
      }
    }
    Map<Integer, Integer> perYear = new HashMap<>();
    careDates.forEach(day -> perYear.merge(Facts.referenceYear(day), 1, Integer::sum));
    return perYear.values().stream().anyMatch(days -> days > REFERENCE_YEAR_LIMIT);
  }

  private static boolean counts(Agreement agreement) {
    return agreement.reducedContribution() && !agreement.replacement();
  }
}
