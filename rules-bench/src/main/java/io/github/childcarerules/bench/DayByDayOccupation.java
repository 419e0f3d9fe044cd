package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The occupation report as it is usually computed: read the record's dates once, then walk every
 * day of the range and, for each agreement covering it, find the schedule (normal or special) and
 * its week, add the day's slots, and file them under the bracket in force, ECP, disability and the
 * month. The same reading as the tests' oracle, without re-parsing dates every day.
 */
final class DayByDayOccupation {
  private DayByDayOccupation() {}

  private record Plan(
      LocalDate start, LocalDate end, boolean reduced, List<Week> weeks, List<Special> specials) {}

  private record Special(LocalDate start, LocalDate end, List<Week> weeks) {}

  /** A record's dates, read once. */
  record Read(
      List<Plan> plans,
      LocalDate[] brackets,
      List<LocalDate[]> ecp,
      List<LocalDate[]> disability) {}

  /** Total, the three brackets, reduced, full, ECP, disability; then one count per month. */
  static long[] count(ParentChildRecord record, LocalDate from, LocalDate to, boolean byMonth) {
    return count(read(record), from, to, byMonth);
  }

  /** Reads the agreements, brackets and periods of {@code record}. */
  static Read read(ParentChildRecord record) {
    List<Plan> plans = new ArrayList<>();
    for (Agreement agreement : record.agreements()) {
      DatePeriod covered = PlannedOccupation.covered(agreement).getOrNull();
      if (covered == null || agreement.replacement()) {
        continue;
      }
      List<Special> specials = new ArrayList<>();
      for (SpecialSchedule special : agreement.specialSchedules()) {
        PlannedOccupation.extent(special)
            .forEach(
                days ->
                    specials.add(
                        new Special(
                            days.startInclusive(),
                            days.endInclusive().get(),
                            weeks(special.schedule().getOrNull()))));
      }
      plans.add(
          new Plan(
              covered.startInclusive(),
              covered.endInclusive().get(),
              agreement.reducedContribution(),
              weeks(agreement.schedule().getOrNull()),
              specials));
    }
    LocalDate[] brackets = new LocalDate[AgeBracket.values().length];
    for (var entry : record.ageBrackets()) {
      AgeBracket.parse(entry._1)
          .forEach(bracket -> brackets[bracket.ordinal()] = IsoDate.parse(entry._2).getOrNull());
    }
    return new Read(
        plans, brackets, periods(record.ecpPeriods()), periods(record.disabilityPeriods()));
  }

  /** Counts, one day at a time, what {@code read} plans from {@code from} to {@code to}. */
  static long[] count(Read read, LocalDate from, LocalDate to, boolean byMonth) {
    List<Plan> plans = read.plans();
    LocalDate[] brackets = read.brackets();
    List<LocalDate[]> ecp = read.ecp();
    List<LocalDate[]> disability = read.disability();
    int months = byMonth ? (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to) + 1 : 0;
    long[] counts = new long[8 + months];
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      long reduced = 0;
      long full = 0;
      for (Plan plan : plans) {
        if (day.isBefore(plan.start()) || day.isAfter(plan.end())) {
          continue;
        }
        LocalDate weekOne = plan.start();
        List<Week> weeks = plan.weeks();
        for (Special special : plan.specials()) {
          if (!day.isBefore(special.start()) && !day.isAfter(special.end())) {
            weekOne = special.start();
            weeks = special.weeks();
            break;
          }
        }
        int slots = slots(weeks, weekOne, day);
        if (plan.reduced()) {
          reduced += slots;
        } else {
          full += slots;
        }
      }
      long all = reduced + full;
      counts[0] += all;
      AgeBracket inForce = null;
      for (AgeBracket bracket : AgeBracket.values()) {
        LocalDate date = brackets[bracket.ordinal()];
        if (date != null
            && !date.isAfter(day)
            && (inForce == null || !date.isBefore(brackets[inForce.ordinal()]))) {
          inForce = bracket;
        }
      }
      if (inForce != null) {
        counts[1 + inForce.ordinal()] += all;
      }
      counts[4] += reduced;
      counts[5] += full;
      counts[6] += inside(ecp, day) ? reduced : 0; // the exemption is from the reduced contribution
      counts[7] += inside(disability, day) ? all : 0;
      if (byMonth) {
        counts[8 + (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), day)] += all;
      }
    }
    return counts;
  }

  private static int slots(List<Week> weeks, LocalDate weekOne, LocalDate day) {
    if (weeks.isEmpty()) {
      return 0;
    }
    LocalDate monday = weekOne.minusDays(weekOne.getDayOfWeek().getValue() - 1L);
    long week = ChronoUnit.WEEKS.between(monday, day) % weeks.size();
    return weeks.get((int) week).slotsOn(Day.values()[day.getDayOfWeek().ordinal()]);
  }

  private static List<Week> weeks(Schedule schedule) {
    return schedule == null ? List.of() : schedule.weeks().toJavaList();
  }

  private static List<LocalDate[]> periods(Iterable<SpecialPeriod> periods) {
    List<LocalDate[]> days = new ArrayList<>();
    for (SpecialPeriod period : periods) {
      LocalDate start = period.start().flatMap(IsoDate::parse).getOrNull();
      LocalDate end = period.end().flatMap(IsoDate::parse).getOrElse(LocalDate.MAX);
      if (start != null && !end.isBefore(start)) {
        days.add(new LocalDate[] {start, end});
      }
    }
    return days;
  }

  private static boolean inside(List<LocalDate[]> periods, LocalDate day) {
    for (LocalDate[] period : periods) {
      if (!day.isBefore(period[0]) && !day.isAfter(period[1])) {
        return true;
      }
    }
    return false;
  }
}
