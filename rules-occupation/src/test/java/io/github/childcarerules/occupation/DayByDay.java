package io.github.childcarerules.occupation;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The test oracle: RULES.md §5, §7 and §8 read literally, one day at a time. For each day: which
 * agreements cover it, which schedule (normal or special) and which week of it applies, the slots
 * of that weekday, the bracket in force, whether an ECP or disability period holds the day. Slow,
 * and meant to be obviously right.
 */
public final class DayByDay {
  private DayByDay() {}

  /** The planned half-days of {@code agreement} on {@code day} (RULES.md §8, first bullet). */
  public static int halfDaysOn(Agreement agreement, LocalDate day) {
    if (agreement.replacement()) {
      return 0;
    }
    LocalDate start = date(agreement.start());
    LocalDate end = date(agreement.end());
    if (start == null || end == null || end.isBefore(start)) {
      return 0;
    }
    LocalDate effectiveEnd = end;
    if (given(agreement.terminatedOn())) {
      effectiveEnd = date(agreement.terminatedOn());
      if (effectiveEnd == null || effectiveEnd.isBefore(start)) {
        return 0;
      }
    }
    if (day.isBefore(start) || day.isAfter(effectiveEnd)) {
      return 0;
    }
    // The special schedule holding the day: the one starting first, then the one listed first.
    SpecialSchedule applying = null;
    LocalDate applyingStart = null;
    for (SpecialSchedule special : agreement.specialSchedules()) {
      LocalDate from = date(special.start());
      LocalDate to = date(special.end());
      if (from == null || to == null || to.isBefore(from)) {
        continue;
      }
      if (!day.isBefore(from) && !day.isAfter(to)) {
        if (applying == null || from.isBefore(applyingStart)) {
          applying = special;
          applyingStart = from;
        }
      }
    }
    if (applying != null) {
      return slots(applying.schedule(), applyingStart, day);
    }
    return slots(agreement.schedule(), start, day);
  }

  /** Distinct valid slots of the day's weekday, in the week of the schedule the day falls in. */
  static int slots(Option<Schedule> schedule, LocalDate scheduleStart, LocalDate day) {
    if (schedule.isEmpty() || schedule.get().weeks().isEmpty()) {
      return 0;
    }
    List<Week> weeks = schedule.get().weeks().toJavaList();
    LocalDate weekOne = scheduleStart;
    while (weekOne.getDayOfWeek() != DayOfWeek.MONDAY) {
      weekOne = weekOne.minusDays(1);
    }
    long weeksSince = Math.floorDiv(ChronoUnit.DAYS.between(weekOne, day), 7);
    Week week = weeks.get((int) Math.floorMod(weeksSince, (long) weeks.size()));
    String key = day.getDayOfWeek().name().substring(0, 3);
    Set<String> distinct = new HashSet<>();
    for (var entry : week.days()) {
      if (entry._1.equals(key)) {
        for (String slot : entry._2) {
          if (Slot.parse(slot).isDefined()) {
            distinct.add(slot);
          }
        }
      }
    }
    return distinct.size();
  }

  /** The bracket with the latest well-formed effective date on or before the day; ties: older. */
  public static AgeBracket bracketOn(ParentChildRecord record, LocalDate day) {
    AgeBracket inForce = null;
    LocalDate inForceSince = null;
    for (var entry : record.ageBrackets()) {
      Option<AgeBracket> bracket = AgeBracket.parse(entry._1);
      LocalDate date = entry._2.isBlank() ? null : IsoDate.parse(entry._2).getOrNull();
      if (bracket.isEmpty() || date == null || date.isAfter(day)) {
        continue;
      }
      if (inForce == null
          || date.isAfter(inForceSince)
          || (date.equals(inForceSince) && bracket.get().compareTo(inForce) > 0)) {
        inForce = bracket.get();
        inForceSince = date;
      }
    }
    return inForce;
  }

  /** True when a period with a well-formed extent (open when its end is blank) holds the day. */
  public static boolean inside(Iterable<SpecialPeriod> periods, LocalDate day) {
    for (SpecialPeriod period : periods) {
      LocalDate start = date(period.start());
      if (start == null) {
        continue;
      }
      if (!given(period.end())) {
        if (!day.isBefore(start)) {
          return true;
        }
        continue;
      }
      LocalDate end = date(period.end());
      if (end != null && !end.isBefore(start) && !day.isBefore(start) && !day.isAfter(end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The counts of FORMAT.md's occupation report, one day at a time, with the periods of every
   * grouping at once.
   */
  public static Counts count(ParentChildRecord record, LocalDate from, LocalDate to) {
    Counts counts = new Counts(from);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      long reduced = 0;
      long full = 0;
      for (Agreement agreement : record.agreements()) {
        int halfDays = halfDaysOn(agreement, day);
        if (agreement.reducedContribution()) {
          reduced += halfDays;
        } else {
          full += halfDays;
        }
      }
      AgeBracket bracket = bracketOn(record, day);
      boolean ecp = inside(record.ecpPeriods(), day);
      boolean disability = inside(record.disabilityPeriods(), day);
      counts.add(reduced, full, bracket, ecp, disability);
      for (Grouping grouping : Grouping.values()) {
        List<Counts> periods = counts.periods.get(grouping);
        if (day.equals(from) || startsPeriod(grouping, day)) {
          periods.add(new Counts(day));
        }
        periods.get(periods.size() - 1).add(reduced, full, bracket, ecp, disability);
      }
    }
    return counts;
  }

  private static boolean startsPeriod(Grouping by, LocalDate day) {
    switch (by) {
      case MONTH:
        return day.getDayOfMonth() == 1;
      case REFERENCE_YEAR:
        return day.getMonthValue() == 9 && day.getDayOfMonth() == 1;
      default:
        return day.getMonthValue() == 4 && day.getDayOfMonth() == 1;
    }
  }

  /**
   * What {@link #count} finds from its first day; with the same counts for each period of every
   * grouping (in {@code periods}; theirs is empty).
   */
  public static final class Counts {
    public final LocalDate first;
    public long halfDays;
    public final long[] byBracket = new long[3];
    public long reduced;
    public long full;
    public long ecp;
    public long disability;
    public final java.util.Map<Grouping, List<Counts>> periods =
        new java.util.EnumMap<>(Grouping.class);

    Counts(LocalDate first) {
      this.first = first;
      for (Grouping grouping : Grouping.values()) {
        periods.put(grouping, new ArrayList<>());
      }
    }

    /**
     * One day: its half-days at each contribution, the bracket in force, whether it is inside an
     * ECP or a disability period. ECP exempts from paying the reduced contribution only.
     */
    void add(
        long reducedHalfDays,
        long fullHalfDays,
        AgeBracket bracket,
        boolean inEcp,
        boolean inDisability) {
      long all = reducedHalfDays + fullHalfDays;
      halfDays += all;
      reduced += reducedHalfDays;
      full += fullHalfDays;
      if (bracket != null) {
        byBracket[bracket.ordinal()] += all;
      }
      if (inEcp) {
        ecp += reducedHalfDays;
      }
      if (inDisability) {
        disability += all;
      }
    }
  }

  static boolean given(Option<String> value) {
    return value.exists(text -> !text.isBlank());
  }

  static LocalDate date(Option<String> value) {
    return given(value) ? IsoDate.parse(value.get()).getOrNull() : null;
  }
}
