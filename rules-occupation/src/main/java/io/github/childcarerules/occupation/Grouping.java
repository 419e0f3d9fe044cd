package io.github.childcarerules.occupation;

import io.github.childcarerules.core.internal.reading.ReferenceYear;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * How a count is split in periods of the calendar (RULES.md §8).
 *
 * @since 0.1.0
 */
public enum Grouping {
  /** Calendar months. */
  MONTH(Month.JANUARY, 1),
  /** Reference years, 1 September to 31 August (RCR). */
  REFERENCE_YEAR(ReferenceYear.FIRST_MONTH, 12),
  /** Fiscal years of the government of Québec, 1 April to 31 March. */
  FISCAL_YEAR(Month.APRIL, 12);

  private final Month firstMonth;
  private final int months;

  Grouping(Month firstMonth, int months) {
    this.firstMonth = firstMonth;
    this.months = months;
  }

  /**
   * The first day of the period holding {@code day}.
   *
   * @param day any date
   * @return the 1st of its month, the 1 September or the 1 April on or before it
   */
  public LocalDate periodStartOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (months == 1) {
      return day.withDayOfMonth(1);
    }
    if (this == REFERENCE_YEAR) {
      return ReferenceYear.containing(day).startInclusive();
    }
    LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
    return day.isBefore(start) ? start.minusYears(1) : start;
  }

  /**
   * The first day of the period after the one starting on {@code periodStart}.
   *
   * @param periodStart a first day, as {@link #periodStartOn(LocalDate)} returns it
   * @return the first day of the next month or year
   */
  public LocalDate nextPeriodStart(LocalDate periodStart) {
    return periodStart.plusMonths(months);
  }
}
