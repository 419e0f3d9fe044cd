package io.github.childcarerules.occupation;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import java.time.LocalDate;

/** Short ways to write the records and ranges of the example tests. */
public final class Build {
  public static final Slot[] FULL_DAY = {Slot.DAY_1, Slot.DAY_2};
  public static final Day[] WEEKDAYS = {Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI};

  private Build() {}

  public static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  public static DatePeriod range(String from, String to) {
    return DatePeriod.ofClosed(day(from), day(to));
  }

  /** A week occupying {@code slots} on each of {@code days}. */
  public static Week week(Day[] days, Slot... slots) {
    Week.Builder week = Week.builder();
    for (Day d : days) {
      week.on(d, slots);
    }
    return week.build();
  }

  /** A week of full days on {@code days}. */
  public static Week fullDays(Day... days) {
    return week(days, FULL_DAY);
  }

  /** A reduced-contribution agreement from {@code start} to {@code end}. */
  public static Agreement.Builder agreement(String start, String end, Week... weeks) {
    return Agreement.builder()
        .start(start)
        .end(end)
        .reducedContribution(true)
        .signed(true)
        .schedule(Schedule.of(weeks));
  }

  /** A record of {@code agreements}, the youngest bracket in force from 2020. */
  public static ParentChildRecord.Builder record(Agreement... agreements) {
    return ParentChildRecord.builder()
        .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2020, 1, 1))
        .addAgreements(agreements);
  }

  public static OccupationCount count(ParentChildRecord record, String from, String to) {
    return Occupation.of(record).count(range(from, to));
  }
}
