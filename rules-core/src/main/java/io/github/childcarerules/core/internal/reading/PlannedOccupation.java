package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * What an agreement plans, read from its dates and schedules as RULES.md §7–8 say: the days it
 * covers (start to effective end) and the half-days it occupies on each of them. Elements whose
 * dates are missing, malformed or inverted take part in nothing; a replacement agreement occupies
 * nothing.
 *
 * @since 0.1.0
 */
public final class PlannedOccupation {
  private PlannedOccupation() {}

  /**
   * Start to end as planned, when both dates are well formed and the end is not before the start.
   *
   * @param agreement the agreement as entered
   * @return the days from its start to its end date, termination ignored; none when unreadable
   */
  public static Option<DatePeriod> planned(Agreement agreement) {
    return Extents.closed(agreement.start(), agreement.end());
  }

  /**
   * The days the agreement covers: from its start to its effective end (the termination date when
   * given, else the end date). None when a date it needs is missing or malformed, or when the
   * effective end is before the start.
   *
   * @param agreement the agreement as entered
   * @return the covered days, or none
   */
  public static Option<DatePeriod> covered(Agreement agreement) {
    return covered(
        planned(agreement),
        Entered.given(agreement.terminatedOn()),
        Entered.date(agreement.terminatedOn()));
  }

  /**
   * {@link #covered(Agreement)} of an agreement whose dates are already read.
   *
   * @param planned its {@link #planned(Agreement)} days
   * @param terminated whether a termination date is given
   * @param terminatedOn the termination date, when well formed
   * @return the covered days, or none
   */
  public static Option<DatePeriod> covered(
      Option<DatePeriod> planned, boolean terminated, Option<LocalDate> terminatedOn) {
    if (planned.isEmpty() || !terminated) {
      return planned;
    }
    LocalDate start = planned.get().startInclusive();
    return terminatedOn.isDefined() && !terminatedOn.get().isBefore(start)
        ? Option.some(DatePeriod.ofClosed(start, terminatedOn.get()))
        : Option.none();
  }

  /**
   * The days of a special schedule, when both its dates are well formed and in order.
   *
   * @param special the special schedule as entered
   * @return its days, or none when a date is missing, malformed or the end is before the start
   */
  public static Option<DatePeriod> extent(SpecialSchedule special) {
    return Extents.closed(special.start(), special.end());
  }

  /**
   * Occupied half-days per day: zero outside the covered days and for a replacement agreement; the
   * normal schedule (week 1 = the calendar week of the start) except inside special schedules, each
   * following its own schedule from the calendar week of its own start. Where special schedules
   * overlap (an error), the one that starts first, then the one listed first, applies.
   *
   * @param agreement the agreement as entered
   * @return the occupied half-days (0 to 6) of each day; empty when the agreement covers nothing
   */
  public static Timeline halfDays(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return halfDays(agreement, covered(agreement));
  }

  /**
   * {@link #halfDays(Agreement)} of an agreement whose covered days are already read.
   *
   * @param agreement the agreement as entered
   * @param covered its {@link #covered(Agreement)} days
   * @return the occupied half-days (0 to 6) of each day; empty when the agreement covers nothing
   */
  public static Timeline halfDays(Agreement agreement, Option<DatePeriod> covered) {
    if (agreement.replacement() || covered.isEmpty()) {
      return Timeline.empty();
    }
    LocalDate first = covered.get().startInclusive();
    LocalDate last = covered.get().endInclusive().get();
    Cycle normal = cycle(agreement.schedule(), first);

    Timeline.Builder timeline = Timeline.builder();
    LocalDate next = first;
    for (var special : specialsInOrder(agreement)) {
      DatePeriod days = special._1;
      LocalDate from = max(next, days.startInclusive());
      LocalDate to = min(last, days.endInclusive().get());
      if (from.isAfter(to)) {
        continue;
      }
      add(timeline, next, from.minusDays(1), normal);
      add(timeline, from, to, cycle(special._2.schedule(), days.startInclusive()));
      next = to.plusDays(1);
    }
    add(timeline, next, last, normal);
    return timeline.build();
  }

  /** The special schedules with days, by start (stable: in the list's order on equal starts). */
  private static List<io.vavr.Tuple2<DatePeriod, SpecialSchedule>> specialsInOrder(
      Agreement agreement) {
    if (agreement.specialSchedules().isEmpty()) {
      return List.empty();
    }
    return agreement
        .specialSchedules()
        .flatMap(special -> extent(special).map(days -> io.vavr.Tuple.of(days, special)))
        .sorted(Comparator.comparing(pair -> pair._1.startInclusive()));
  }

  private static void add(Timeline.Builder timeline, LocalDate from, LocalDate to, Cycle cycle) {
    if (!from.isAfter(to) && !cycle.isZero()) {
      timeline.add(from, to, cycle);
    }
  }

  private static Cycle cycle(Option<Schedule> schedule, LocalDate start) {
    return schedule.isDefined() ? Cycle.of(schedule.get(), start) : Cycle.ZERO;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
