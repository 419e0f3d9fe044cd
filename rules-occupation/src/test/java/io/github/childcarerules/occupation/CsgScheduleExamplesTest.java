package io.github.childcarerules.occupation;

import static io.github.childcarerules.occupation.Build.FULL_DAY;
import static io.github.childcarerules.occupation.Build.WEEKDAYS;
import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.count;
import static io.github.childcarerules.occupation.Build.fullDays;
import static io.github.childcarerules.occupation.Build.record;
import static io.github.childcarerules.occupation.Build.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import org.junit.jupiter.api.Test;

/**
 * The examples of the CSG guide, section "Horaire normal" and "Horaire particulier": each schedule
 * gives the occupation the guide states. The agreements start on Wednesday 2024-09-04, so week 1 of
 * a two-week schedule is the calendar week of Monday 2024-09-02 (RULES.md §7).
 */
class CsgScheduleExamplesTest {
  private static final String START = "2024-09-04";
  private static final String END = "2025-08-29";

  private static long halfDays(String from, String to, Week... weeks) {
    return count(record(agreement(START, END, weeks).build()).build(), from, to).halfDays();
  }

  @Test
  void everyWeekdayIsFiveDaysAWeek() {
    Week week = fullDays(WEEKDAYS);

    assertThat(halfDays("2024-09-09", "2024-09-15", week)).isEqualTo(10);
    assertThat(halfDays("2024-09-09", "2024-10-06", week)).isEqualTo(40);
    assertThat(halfDays("2024-09-04", "2024-09-08", week))
        .as("from a Wednesday start")
        .isEqualTo(6);
  }

  @Test
  void partTimeMondayTuesdayThursdayMorningFridayAfternoonIsThreeDays() {
    Week week =
        Week.builder()
            .on(Day.MON, FULL_DAY)
            .on(Day.TUE, FULL_DAY)
            .on(Day.THU, Slot.DAY_1)
            .on(Day.FRI, Slot.DAY_2)
            .build();

    assertThat(halfDays("2024-09-09", "2024-09-15", week)).isEqualTo(6);
    assertThat(halfDays("2024-09-12", "2024-09-12", week)).as("Thursday morning").isEqualTo(1);
    assertThat(halfDays("2024-09-11", "2024-09-11", week)).as("Wednesday").isZero();
  }

  @Test
  void fullTimeEveningIsFiveDaysAWeek() {
    Week week = week(WEEKDAYS, Slot.EVENING_1, Slot.EVENING_2);

    assertThat(halfDays("2024-09-09", "2024-09-15", week)).isEqualTo(10);
  }

  @Test
  void weekendCareIsTwoDaysAWeek() {
    Week week = fullDays(Day.SAT, Day.SUN);

    assertThat(halfDays("2024-09-09", "2024-09-15", week)).isEqualTo(4);
    assertThat(halfDays("2024-09-09", "2024-09-13", week)).as("Monday to Friday").isZero();
  }

  @Test
  void dayAndEveningIsADayAndAHalfEachDay() {
    Week week = week(WEEKDAYS, Slot.DAY_1, Slot.DAY_2, Slot.EVENING_1);

    assertThat(halfDays("2024-09-10", "2024-09-10", week)).isEqualTo(3);
    assertThat(halfDays("2024-09-09", "2024-09-15", week)).as("7.5 days").isEqualTo(15);
  }

  @Test
  void everyOtherWeekCountsFromTheCalendarWeekOfTheStart() {
    Week[] weeks = {fullDays(WEEKDAYS), Week.empty()};

    assertThat(halfDays("2024-09-04", "2024-09-08", weeks))
        .as("week 1, from Wednesday")
        .isEqualTo(6);
    assertThat(halfDays("2024-09-09", "2024-09-15", weeks)).as("week 2").isZero();
    assertThat(halfDays("2024-09-16", "2024-09-22", weeks)).as("week 1 again").isEqualTo(10);
    assertThat(halfDays("2024-09-04", "2024-09-29", weeks)).isEqualTo(16);
  }

  @Test
  void everyOtherDayAlternatesMondayWednesdayFridayWithTuesdayThursday() {
    Week[] weeks = {fullDays(Day.MON, Day.WED, Day.FRI), fullDays(Day.TUE, Day.THU)};

    assertThat(halfDays("2024-09-04", "2024-09-08", weeks))
        .as("Wed and Fri of week 1")
        .isEqualTo(4);
    assertThat(halfDays("2024-09-10", "2024-09-10", weeks)).as("Tuesday, week 2").isEqualTo(2);
    assertThat(halfDays("2024-09-09", "2024-09-09", weeks)).as("Monday, week 2").isZero();
    assertThat(halfDays("2024-09-17", "2024-09-17", weeks)).as("Tuesday, week 1").isZero();
    assertThat(halfDays("2024-09-16", "2024-09-16", weeks)).as("Monday, week 1").isEqualTo(2);
    assertThat(halfDays("2024-09-04", "2024-09-22", weeks)).isEqualTo(14);
  }

  @Test
  void aSpecialScheduleOfFridaysOnlyLeavesTheFirstFourDaysOfTheWeekUnoccupied() {
    ParentChildRecord record =
        record(
                agreement(START, END, fullDays(WEEKDAYS))
                    .addSpecialSchedules(
                        SpecialSchedule.of(
                            Build.day("2024-10-07"),
                            Build.day("2024-10-11"),
                            Schedule.of(fullDays(Day.FRI))))
                    .build())
            .build();

    assertThat(count(record, "2024-10-07", "2024-10-13").halfDays()).isEqualTo(2);
    assertThat(count(record, "2024-09-30", "2024-10-20").halfDays()).isEqualTo(22);
  }

  @Test
  void aTwoWeekSpecialScheduleCountsItsWeeksFromItsOwnStart() {
    ParentChildRecord record =
        record(
                agreement("2024-09-02", END, fullDays(WEEKDAYS))
                    .addSpecialSchedules(
                        SpecialSchedule.of(
                            Build.day("2024-10-10"),
                            Build.day("2024-10-27"),
                            Schedule.of(fullDays(Day.FRI), fullDays(Day.MON))))
                    .build())
            .build();

    assertThat(count(record, "2024-10-10", "2024-10-13").halfDays())
        .as("Fri of its week 1")
        .isEqualTo(2);
    assertThat(count(record, "2024-10-14", "2024-10-20").halfDays())
        .as("Mon of its week 2")
        .isEqualTo(2);
    assertThat(count(record, "2024-10-07", "2024-10-27").halfDays()).isEqualTo(6 + 6);
    assertThat(count(record, "2024-10-28", "2024-10-28").halfDays())
        .as("normal again")
        .isEqualTo(2);
  }
}
