package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Places.ALL_AGREEMENTS;
import static io.github.childcarerules.testkit.Places.agreement;
import static io.github.childcarerules.testkit.Places.agreementEnd;
import static io.github.childcarerules.testkit.Places.agreementStart;
import static io.github.childcarerules.testkit.Places.agreementTermination;
import static io.github.childcarerules.testkit.Places.agreements;
import static io.github.childcarerules.testkit.Places.coveredEnd;
import static io.github.childcarerules.testkit.Places.end;
import static io.github.childcarerules.testkit.Places.indexes;
import static io.github.childcarerules.testkit.Places.start;
import static io.github.childcarerules.testkit.Shapes.BEFORE_START;
import static io.github.childcarerules.testkit.Shapes.BLANK;
import static io.github.childcarerules.testkit.Shapes.DATE;
import static io.github.childcarerules.testkit.Shapes.END;
import static io.github.childcarerules.testkit.Shapes.MALFORMED;
import static io.github.childcarerules.testkit.Shapes.agreementPath;
import static io.github.childcarerules.testkit.Shapes.at;
import static io.github.childcarerules.testkit.Shapes.date;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.testkit.Places.Ends;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The mutation table of RULES.md §7, the agreements: their dates, their order, their schedules and
 * the care days they plan. An agreement moved never meets the next one nor crosses the school-age
 * date.
 */
final class AgreementTable {
  static final Seq<Row<?>> ROWS =
      List.of(
          new Row<>(
              "malformed agreement date",
              Rule.DATE_FORMAT,
              Places::agreementDates,
              MALFORMED,
              DATE),
          new Row<>(
              "no agreement",
              Rule.AGREEMENT_REQUIRED,
              Places.ANY_RECORD,
              (record, same, c) ->
                  Option.some(
                      record.withAgreements(
                          List.fill(c.below(3), () -> Agreement.builder().build()))),
              at("agreements")),
          new Row<>(
              "agreement without start",
              Rule.AGREEMENT_START_REQUIRED,
              record ->
                  agreements((r, a) -> !Facts.reliesOnSchoolAge(a))
                      .apply(record)
                      .map(i -> agreementStart(record, i)),
              BLANK,
              DATE),
          new Row<>(
              "agreement without end",
              Rule.AGREEMENT_END_REQUIRED,
              record -> ALL_AGREEMENTS.apply(record).map(i -> agreementEnd(record, i)),
              BLANK,
              DATE),
          new Row<>(
              "agreement ending before its start",
              Rule.AGREEMENT_END_BEFORE_START,
              record ->
                  agreements((r, a) -> !Facts.given(a.terminatedOn()))
                      .apply(record)
                      .map(i -> new Ends(start(agreement(record, i)), agreementEnd(record, i))),
              BEFORE_START,
              END),
          new Row<>(
              "agreement terminated before its start",
              Rule.AGREEMENT_TERMINATION_OUTSIDE,
              record ->
                  ALL_AGREEMENTS
                      .apply(record)
                      .map(
                          i ->
                              new Ends(
                                  start(agreement(record, i)), agreementTermination(record, i))),
              BEFORE_START,
              END),
          new Row<>(
              "agreement terminated after its end",
              Rule.AGREEMENT_TERMINATION_OUTSIDE,
              ALL_AGREEMENTS,
              AgreementTable::terminatedAfterEnd,
              agreementPath(".terminatedOn")),
          new Row<>(
              "agreement listed twice",
              Rule.AGREEMENTS_OVERLAP,
              ALL_AGREEMENTS,
              (record, i, c) ->
                  Option.some(
                      record.withAgreements(record.agreements().append(agreement(record, i)))),
              (record, i) -> Edits.agreement(record.agreements().size())),
          new Row<>(
              "agreement starting on the previous one's last day",
              Rule.AGREEMENTS_OVERLAP,
              record -> indexes(record.agreements().size() - 1),
              AgreementTable::startOnPreviousEnd,
              (record, i) -> Edits.agreement(i + 1)),
          new Row<>(
              "agreement without occupied slot",
              Rule.SCHEDULE_REQUIRED,
              agreements((r, a) -> !a.replacement() && !Facts.scheduleOptional(r, a)),
              (record, i, c) ->
                  Option.some(
                      Edits.agreement(
                          record,
                          i,
                          a ->
                              a.withSchedule(
                                  c.below(2) == 0
                                      ? Option.none()
                                      : a.schedule()
                                          .map(
                                              s ->
                                                  s.withWeeks(s.weeks().map(w -> Week.empty())))))),
              agreementPath(".schedule")),
          new Row<>(
              "transitional measure over a school-age agreement without schedule",
              Rule.SCHEDULE_REQUIRED,
              agreements(
                  (r, a) ->
                      Facts.reliesOnSchoolAge(a)
                          && r.disabilityPeriods().isEmpty()
                          && r.transitionalMeasure().isEmpty()),
              AgreementTable::measureOverSchoolAge,
              agreementPath(".schedule")),
          new Row<>(
              "agreement becomes a replacement",
              Rule.REPLACEMENT_WITH_SCHEDULE,
              agreements((r, a) -> Facts.occupies(a.schedule())),
              (record, i, c) ->
                  Option.some(Edits.agreement(record, i, a -> a.withReplacement(true))),
              agreementPath("")),
          new Row<>(
              "replacement with a special schedule",
              Rule.REPLACEMENT_WITH_SCHEDULE,
              agreements((r, a) -> a.replacement()),
              AgreementTable::replacementWithSpecial,
              agreementPath("")),
          new Row<>(
              "TWENTY_DAYS_PER_FOUR_WEEKS: 21 care days every 4 weeks",
              Rule.TWENTY_DAYS_PER_FOUR_WEEKS,
              agreements(
                  (r, a) ->
                      a.reducedContribution()
                          && !a.replacement()
                          && Facts.coveredDays(a).get().length() >= CareDayBound.WINDOW_DAYS),
              AgreementTable::twentyOneDays,
              agreementPath("")),
          new Row<>(
              "REFERENCE_YEAR_261_DAYS: 262 care days in a leap reference year",
              Rule.REFERENCE_YEAR_261_DAYS,
              Places.ANY_RECORD,
              (record, same, c) -> fullYear(record, true),
              at("")));

  private AgreementTable() {}

  /** Terminated after its end, staying before the next agreement and on its side of school age. */
  private static Option<ParentChildRecord> terminatedAfterEnd(
      ParentChildRecord record, int i, Choices c) {
    Agreement agreement = agreement(record, i);
    LocalDate limit = end(agreement).plusDays(30);
    if (i + 1 < record.agreements().size()) {
      limit = Facts.min(limit, start(agreement(record, i + 1)).minusDays(1));
    }
    Option<LocalDate> school = Facts.schoolAge(record);
    if (school.exists(start(agreement)::isBefore)) {
      limit = Facts.min(limit, school.get().minusDays(1));
    }
    if (!limit.isAfter(end(agreement))) {
      return Option.none();
    }
    LocalDate terminated =
        end(agreement).plusDays(c.days((int) BracketTable.days(end(agreement), limit)));
    return Option.some(Edits.agreement(record, i, a -> a.withTerminatedOn(date(terminated))));
  }

  /** The next agreement starts on this one's last day, without crossing school age. */
  private static Option<ParentChildRecord> startOnPreviousEnd(
      ParentChildRecord record, int i, Choices c) {
    LocalDate last = coveredEnd(record, i);
    LocalDate nextEnd = coveredEnd(record, i + 1);
    boolean crosses =
        Facts.schoolAge(record)
            .exists(school -> last.isBefore(school) && !nextEnd.isBefore(school));
    return Option.when(
        !crosses, () -> Edits.agreement(record, i + 1, a -> a.withStart(date(last))));
  }

  /**
   * A disability period and a transitional measure from the start of an agreement that has no
   * schedule by the school-age exception: the exception no longer holds. No other such agreement
   * starts inside the measure.
   */
  private static Option<ParentChildRecord> measureOverSchoolAge(
      ParentChildRecord record, int i, Choices c) {
    LocalDate start = start(agreement(record, i));
    Span measure = Span.of(start, start.plusDays(c.below(200)));
    SpecialPeriod disability =
        c.below(2) == 0
            ? SpecialPeriod.from(start.minusDays(c.below(100)))
            : SpecialPeriod.of(
                start.minusDays(c.below(100)), measure.last().plusDays(c.below(100)));
    boolean coversAnother =
        indexes(record.agreements().size())
            .filter(j -> j != i && Facts.reliesOnSchoolAge(agreement(record, j)))
            .exists(j -> measure.contains(start(agreement(record, j))));
    return Option.when(
        !coversAnother,
        () ->
            record
                .withDisabilityPeriods(List.of(disability))
                .withTransitionalMeasure(
                    Option.some(SpecialPeriod.of(measure.start(), measure.last()))));
  }

  /** A special schedule (without schedule, with an empty one or with a slot) in a replacement. */
  private static Option<ParentChildRecord> replacementWithSpecial(
      ParentChildRecord record, int i, Choices c) {
    Span planned = Facts.planned(agreement(record, i)).get();
    LocalDate start = planned.start().plusDays(c.below((int) planned.length()));
    LocalDate end = Facts.min(planned.last(), start.plusDays(c.below(30)));
    Option<Schedule> schedule =
        c.of(
            List.of(
                Option.none(),
                Option.some(Schedule.of(Week.empty())),
                Option.some(Schedule.of(Week.builder().on(Day.MON, Slot.DAY_1).build()))));
    return Option.some(
        Edits.addSpecial(
            record,
            i,
            SpecialSchedule.builder()
                .start(start.toString())
                .end(end.toString())
                .schedule(schedule)
                .build()));
  }

  /** 21 care days in every 4 weeks: full days 6 days a week, then 5, 5 and 5. */
  private static Option<ParentChildRecord> twentyOneDays(
      ParentChildRecord record, int i, Choices c) {
    Week.Builder six = Week.builder();
    Week.Builder five = Week.builder();
    for (Day day : Day.values()) {
      if (day != Day.SUN) {
        six.on(day, Slot.DAY_1, Slot.DAY_2);
      }
      if (day != Day.SAT && day != Day.SUN) {
        five.on(day, Slot.DAY_1, Slot.DAY_2);
      }
    }
    Schedule schedule = Schedule.of(six.build(), five.build(), five.build(), five.build());
    ParentChildRecord mutated =
        Edits.agreement(
            record,
            i,
            a -> a.withSchedule(Option.some(schedule)).withSpecialSchedules(List.empty()));
    return Option.when(!CareDayBound.yearMayExceed(mutated), mutated);
  }

  /**
   * The record with one reduced-contribution agreement over a whole reference year (holding 29
   * February or not), full days on 5 weekdays that include those of 1 and 2 September: 52 weeks of
   * 5 days, and 2 more days in a leap year (262 care days), 1 more otherwise (261), while any 28
   * days hold exactly 20. None when no such year lies after the earliest bracket on one side of
   * school age.
   */
  static Option<ParentChildRecord> fullYear(ParentChildRecord record, boolean leap) {
    LocalDate earliest = Facts.earliestBracket(record).get();
    Option<LocalDate> school = Facts.schoolAge(record);
    return List.range(earliest.getYear() - 1, earliest.getYear() + 12)
        .map(year -> LocalDate.of(year, Month.SEPTEMBER, 1))
        .find(
            first -> {
              LocalDate last = first.plusYears(1).minusDays(1);
              boolean crosses = school.exists(s -> first.isBefore(s) && !last.isBefore(s));
              return Year.isLeap(first.getYear() + 1) == leap
                  && !first.isBefore(earliest)
                  && !crosses;
            })
        .map(first -> record.withAgreements(List.of(yearLong(first))));
  }

  /** Full days on 5 weekdays, those of the first two days among them, for one reference year. */
  private static Agreement yearLong(LocalDate first) {
    List<DayOfWeek> days =
        List.of(first.getDayOfWeek(), first.plusDays(1).getDayOfWeek())
            .appendAll(List.of(DayOfWeek.values()))
            .distinct()
            .take(5);
    Week.Builder week = Week.builder();
    days.forEach(day -> week.on(Day.values()[day.ordinal()], Slot.DAY_1, Slot.DAY_2));
    return Agreement.builder()
        .start(first)
        .end(first.plusYears(1).minusDays(1))
        .reducedContribution(true)
        .signed(true)
        .schedule(Schedule.of(week.build()))
        .build();
  }
}
