package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The way the care-day warnings are usually computed: walk every day, look its slots up in the
 * schedule, keep a 28-day sliding window and a running total per reference year. Normal schedule
 * only (no special schedules), which is all the benchmark's records have.
 */
final class DayByDayCareDays {
  private DayByDayCareDays() {}

  /** The largest 28-day count and the largest reference-year count, in half care days. */
  static long[] maxima(Agreement agreement) {
    DatePeriod days = PlannedOccupation.covered(agreement).get();
    LocalDate first = days.startInclusive();
    LocalDate last = days.endInclusive().get();
    Schedule schedule = agreement.schedule().get();
    LocalDate anchor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
    int length = (int) ChronoUnit.DAYS.between(first, last) + 1;
    int[] window = new int[28];
    long inWindow = 0;
    long bestWindow = 0;
    long inYear = 0;
    long bestYear = 0;
    LocalDate day = first;
    for (int i = 0; i < length; i++, day = day.plusDays(1)) {
      long weekIndex = ChronoUnit.WEEKS.between(anchor, day) % schedule.weeks().size();
      Week week = schedule.weeks().get((int) weekIndex);
      int units = Math.min(2, week.slotsOn(Day.values()[day.getDayOfWeek().ordinal()]));
      inWindow += units - window[i % 28];
      window[i % 28] = units;
      if (i >= 27) {
        bestWindow = Math.max(bestWindow, inWindow);
      }
      if (day.getMonthValue() == 9 && day.getDayOfMonth() == 1) {
        inYear = 0;
      }
      inYear += units;
      bestYear = Math.max(bestYear, inYear);
    }
    return new long[] {bestWindow, bestYear};
  }
}
