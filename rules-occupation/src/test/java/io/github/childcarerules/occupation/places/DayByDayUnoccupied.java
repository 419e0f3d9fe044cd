package io.github.childcarerules.occupation.places;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.vavr.collection.List;
import java.time.LocalDate;

/** The reference oracle: unoccupied places counted day by day, runs read off for each k. */
final class DayByDayUnoccupied {
  private DayByDayUnoccupied() {}

  static List<UnoccupiedRun> runs(
      List<PlaceEntry> places, List<Agreement> agreements, LocalDate from, LocalDate to) {
    List<LocalDate> days = List.empty();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days = days.append(day);
    }
    List<Integer> unoccupied = days.map(day -> unoccupied(places, agreements, day));
    int most = unoccupied.max().getOrElse(0);
    List<UnoccupiedRun> runs = List.empty();
    for (int k = 1; k <= most; k++) {
      LocalDate start = null;
      for (int i = 0; i <= days.size(); i++) {
        boolean free = i < days.size() && unoccupied.get(i) >= k;
        if (free && start == null) {
          start = days.get(i);
        } else if (!free && start != null) {
          LocalDate end = days.get(i - 1);
          if (java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1 > 90) {
            runs = runs.append(UnoccupiedRun.of(k, start, end, start.equals(from), end.equals(to)));
          }
          start = null;
        }
      }
    }
    return runs;
  }

  private static int unoccupied(
      List<PlaceEntry> places, List<Agreement> agreements, LocalDate day) {
    int count =
        places.filter(entry -> entry.days().contains(day)).map(PlaceEntry::count).sum().intValue();
    int occupied =
        agreements
            .filter(agreement -> agreement.reducedContribution() && !agreement.replacement())
            .filter(
                agreement ->
                    PlannedOccupation.covered(agreement).exists(days -> days.contains(day)))
            .size();
    return Math.max(0, count - occupied);
  }
}
