package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Places.agreement;
import static io.github.childcarerules.testkit.Places.agreements;
import static io.github.childcarerules.testkit.Places.keyed;
import static io.github.childcarerules.testkit.Places.specialEnd;
import static io.github.childcarerules.testkit.Places.specialStart;
import static io.github.childcarerules.testkit.Places.specials;
import static io.github.childcarerules.testkit.Shapes.BLANK;
import static io.github.childcarerules.testkit.Shapes.DATE;
import static io.github.childcarerules.testkit.Shapes.MALFORMED;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.testkit.Places.At;
import io.github.childcarerules.testkit.Places.Keyed;
import io.github.childcarerules.testkit.Places.WeekAt;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;

/**
 * The mutation table of RULES.md §7 for the schedules (normal and special) and the special
 * schedules of agreements.
 */
final class ScheduleTable {
  private static final List<String> UNKNOWN_DAYS =
      List.of("MOM", "LUN", "MONDAY", "mon", "Tue", "SAM");
  private static final List<String> UNKNOWN_SLOTS =
      List.of("DAY_3", "DAY", "EVENING", "NIGHT_0", "day_1", "AM", "P/2");

  static final Seq<Row<?>> ROWS =
      List.of(
          new Row<>(
              "malformed special schedule date",
              Rule.DATE_FORMAT,
              Places::specialDates,
              MALFORMED,
              DATE),
          new Row<>(
              "schedule of 0 or more than 4 weeks",
              Rule.SCHEDULE_PERIODICITY,
              Places::schedules,
              ScheduleTable::periodicity,
              (record, at) -> at.path()),
          new Row<>(
              "unknown day key",
              Rule.VALUE_NOT_ALLOWED,
              keyed(Places::weeks, UNKNOWN_DAYS),
              (record, day, c) -> listed(record, day, slots -> List.of("DAY_1", "DAY_2")),
              (record, day) -> day.place().path() + "." + day.key()),
          new Row<>(
              "unknown slot",
              Rule.VALUE_NOT_ALLOWED,
              ScheduleTable::days,
              (record, day, c) -> listed(record, day, slots -> slots.append(c.of(UNKNOWN_SLOTS))),
              (record, day) ->
                  day.place().path()
                      + "."
                      + day.key()
                      + "["
                      + Places.week(record, day.place()).days().get(day.key()).get().size()
                      + "]"),
          new Row<>(
              "special schedule without start",
              Rule.SPECIAL_SCHEDULE_START_REQUIRED,
              record -> specials(record).map(at -> specialStart(record, at)),
              BLANK,
              DATE),
          new Row<>(
              "special schedule without end",
              Rule.SPECIAL_SCHEDULE_END_REQUIRED,
              record -> specials(record).map(at -> specialEnd(record, at)),
              BLANK,
              DATE),
          new Row<>(
              "special schedule beyond its agreement",
              Rule.SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT,
              agreements((record, agreement) -> !agreement.replacement()),
              ScheduleTable::specialOutside,
              (record, i) -> Edits.special(i, agreement(record, i).specialSchedules().size())),
          new Row<>(
              "special schedule overlapping another",
              Rule.SPECIAL_SCHEDULES_OVERLAP,
              Places::specials,
              ScheduleTable::specialOverlap,
              (record, at) ->
                  Edits.special(
                      at.agreement(),
                      agreement(record, at.agreement()).specialSchedules().size())));

  private ScheduleTable() {}

  /** The day (known or not) listed in its week with the slots {@code slots} gives for it. */
  private static Option<ParentChildRecord> listed(
      ParentChildRecord record, Keyed<WeekAt> day, UnaryOperator<List<String>> slots) {
    return Option.some(
        Places.withWeek(
            record,
            day.place(),
            week ->
                week.withDays(
                    week.days()
                        .put(
                            day.key(),
                            slots.apply(week.days().get(day.key()).getOrElse(List.empty()))))));
  }

  /** The days listed in some week of a schedule of an agreement that is not a replacement. */
  private static Seq<Keyed<WeekAt>> days(ParentChildRecord record) {
    return Places.weeks(record)
        .flatMap(
            at ->
                Places.week(record, at)
                    .days()
                    .keySet()
                    .toSortedSet()
                    .toList()
                    .map(day -> new Keyed<>(at, day)));
  }

  /** No week, or 5 to 8 (the weeks repeated, or empty ones). */
  private static Option<ParentChildRecord> periodicity(ParentChildRecord record, At at, Choices c) {
    int weeks = c.below(2) == 0 ? 0 : 5 + c.below(4);
    return Option.some(
        Edits.schedule(
            record,
            at.agreement(),
            at.special(),
            schedule -> {
              List<Week> given = schedule.map(Schedule::weeks).getOrElse(List.empty());
              List<Week> repeated =
                  List.range(0, weeks)
                      .map(k -> given.isEmpty() ? Week.empty() : given.get(k % given.size()));
              return Option.some(Schedule.builder().weeks(repeated).build());
            }));
  }

  /**
   * A new special schedule reaching at least one day beyond the agreement's planned end (or before
   * its start), and overlapping none of the others.
   */
  private static Option<ParentChildRecord> specialOutside(
      ParentChildRecord record, int i, Choices c) {
    Agreement agreement = agreement(record, i);
    Span planned = Facts.planned(agreement).get();
    List<Span> others = agreement.specialSchedules().map(s -> Facts.extent(s).get());
    // after the planned end, from the day after the last special schedule at the earliest, or
    // before the start, up to the day before the first one at the latest
    Span added =
        c.below(2) == 0
            ? Span.of(
                Facts.max(
                    others
                        .map(Span::last)
                        .max()
                        .getOrElse(planned.start().minusDays(1))
                        .plusDays(1),
                    planned.last().minusDays(c.below(10))),
                planned.last().plusDays(c.days(30)))
            : Span.of(
                planned.start().minusDays(c.days(30)),
                Facts.min(
                    others
                        .map(Span::start)
                        .min()
                        .getOrElse(planned.last().plusDays(1))
                        .minusDays(1),
                    planned.start().plusDays(c.below(10))));
    Option<Schedule> schedule =
        agreement.specialSchedules().isEmpty()
            ? Option.none()
            : c.of(agreement.specialSchedules()).schedule();
    return Option.some(
        Edits.addSpecial(
            record,
            i,
            SpecialSchedule.builder()
                .start(added.start().toString())
                .end(added.last().toString())
                .schedule(schedule)
                .build()));
  }

  /** The special schedule listed twice, or a new one on its last day. */
  private static Option<ParentChildRecord> specialOverlap(
      ParentChildRecord record, At at, Choices c) {
    SpecialSchedule special = Places.special(record, at);
    SpecialSchedule added = c.below(2) == 0 ? special : special.withStart(special.end());
    return Option.some(Edits.addSpecial(record, at.agreement(), added));
  }
}
