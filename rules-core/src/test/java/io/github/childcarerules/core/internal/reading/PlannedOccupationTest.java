package io.github.childcarerules.core.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Planned half-days of an agreement (RULES.md §8) against a plain day-by-day reference written from
 * the rule's text: zero outside the start and effective end and for a replacement; otherwise the
 * slots of the weekday in the schedule week the day falls in, a special schedule replacing the
 * normal one from the calendar week of its own start.
 */
class PlannedOccupationTest {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final String[] SLOT_VALUES = {
    "DAY_1", "DAY_2", "EVENING_1", "EVENING_2", "NIGHT_1", "NIGHT_2", "DAY_1", "DAY_3", " "
  };
  private static final String[] DAY_KEYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "MOM"};

  @Property(tries = 300)
  void halfDaysEqualTheDayByDayReference(@ForAll("agreements") Agreement agreement) {
    Timeline timeline = PlannedOccupation.halfDays(agreement);

    LocalDate first = BASE.minusDays(30);
    LocalDate last = BASE.plusDays(260);
    long total = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      int expected = reference(agreement, day);
      assertThat(timeline.valueOn(day)).as("%s", day).isEqualTo(expected);
      total += expected;
    }
    assertThat(timeline.sum(first, last)).isEqualTo(total);
  }

  @Example
  void theNormalScheduleGoesOnBeforeAndAfterASpecialSchedule() {
    Schedule weekdays =
        Schedule.of(
            Week.builder()
                .on(Day.MON, Slot.DAY_1, Slot.DAY_2)
                .on(Day.TUE, Slot.DAY_1, Slot.DAY_2)
                .on(Day.WED, Slot.DAY_1, Slot.DAY_2)
                .on(Day.THU, Slot.DAY_1, Slot.DAY_2)
                .on(Day.FRI, Slot.DAY_1, Slot.DAY_2)
                .build());
    Agreement agreement =
        Agreement.builder()
            .start("2024-01-01")
            .end("2024-01-28")
            .schedule(weekdays)
            .addSpecialSchedules(
                SpecialSchedule.of(
                    LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 14), Schedule.of(Week.empty())))
            .build();

    Timeline timeline = PlannedOccupation.halfDays(agreement);

    assertThat(timeline.sum(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7))).isEqualTo(10);
    assertThat(timeline.sum(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 14))).isZero();
    assertThat(timeline.sum(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 28))).isEqualTo(20);
  }

  /** RULES.md §8, one day at a time. */
  private static int reference(Agreement agreement, LocalDate day) {
    if (agreement.replacement()) {
      return 0;
    }
    Option<LocalDate> start = date(agreement.start());
    Option<LocalDate> end = date(agreement.end());
    Option<LocalDate> effectiveEnd =
        agreement.terminatedOn().isDefined() ? date(agreement.terminatedOn()) : end;
    if (start.isEmpty()
        || end.isEmpty()
        || effectiveEnd.isEmpty()
        || end.get().isBefore(start.get())
        || effectiveEnd.get().isBefore(start.get())
        || day.isBefore(start.get())
        || day.isAfter(effectiveEnd.get())) {
      return 0;
    }
    SpecialSchedule applying = null;
    LocalDate applyingStart = null;
    for (SpecialSchedule special : agreement.specialSchedules()) {
      Option<LocalDate> from = date(special.start());
      Option<LocalDate> to = date(special.end());
      if (from.isDefined()
          && to.isDefined()
          && !to.get().isBefore(from.get())
          && !day.isBefore(from.get())
          && !day.isAfter(to.get())
          && (applyingStart == null || from.get().isBefore(applyingStart))) {
        applying = special;
        applyingStart = from.get();
      }
    }
    return applying != null
        ? slots(applying.schedule(), applyingStart, day)
        : slots(agreement.schedule(), start.get(), day);
  }

  private static int slots(Option<Schedule> schedule, LocalDate weekOneHolds, LocalDate day) {
    if (schedule.isEmpty() || schedule.get().weeks().isEmpty()) {
      return 0;
    }
    LocalDate monday = weekOneHolds.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int weeks = schedule.get().weeks().size();
    int index = (int) Math.floorMod(ChronoUnit.WEEKS.between(monday, day), (long) weeks);
    Week week = schedule.get().weeks().get(index);
    String key = Day.values()[day.getDayOfWeek().getValue() - 1].name();
    return week.days()
        .get(key)
        .map(values -> values.filter(v -> Slot.parse(v).isDefined()).distinct().size())
        .getOrElse(0);
  }

  private static Option<LocalDate> date(Option<String> text) {
    return text.flatMap(IsoDate::parse);
  }

  /**
   * A special schedule placed relative to its agreement's start (it may stick out or be inverted).
   */
  private record Special(int fromOffset, int length, Option<Schedule> schedule) {
    SpecialSchedule at(LocalDate agreementStart) {
      LocalDate from = agreementStart.plusDays(fromOffset);
      return SpecialSchedule.builder()
          .start(from.toString())
          .end(from.plusDays(length).toString())
          .schedule(schedule)
          .build();
    }
  }

  @Provide
  Arbitrary<Agreement> agreements() {
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 60);
    Arbitrary<Integer> length = Arbitraries.integers().between(-3, 120);
    Arbitrary<Option<Integer>> termination =
        Arbitraries.integers().between(-5, 130).optional().map(Option::ofOptional);
    Arbitrary<Special> special =
        Combinators.combine(
                Arbitraries.integers().between(-40, 110),
                Arbitraries.integers().between(-2, 57),
                schedule().optional(0.8).map(Option::ofOptional))
            .as(Special::new);
    Arbitrary<Boolean> replacement = Arbitraries.of(true, false, false, false, false);
    return Combinators.combine(
            offset, length, termination, schedule(), special.list().ofMaxSize(3), replacement)
        .as(
            (from, days, terminated, schedule, specials, replaces) -> {
              LocalDate start = BASE.plusDays(from);
              Agreement.Builder agreement =
                  Agreement.builder()
                      .start(start)
                      .end(start.plusDays(days))
                      .replacement(replaces)
                      .schedule(schedule)
                      .specialSchedules(List.ofAll(specials).map(s -> s.at(start)));
              terminated.forEach(t -> agreement.terminatedOn(start.plusDays(t)));
              return agreement.build();
            });
  }

  private Arbitrary<Schedule> schedule() {
    Arbitrary<Week> week =
        Arbitraries.of(DAY_KEYS)
            .set()
            .ofMaxSize(8)
            .flatMap(
                keys ->
                    Arbitraries.of(SLOT_VALUES)
                        .list()
                        .ofMaxSize(4)
                        .list()
                        .ofSize(keys.size())
                        .map(
                            slotLists -> {
                              Week.Builder builder = Week.builder();
                              int i = 0;
                              for (String key : keys) {
                                builder.putDays(key, List.ofAll(slotLists.get(i++)));
                              }
                              return builder.build();
                            }));
    return week.list()
        .ofMinSize(0)
        .ofMaxSize(5)
        .map(weeks -> Schedule.builder().weeks(List.ofAll(weeks)).build());
  }
}
