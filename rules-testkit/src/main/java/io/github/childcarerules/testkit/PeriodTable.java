package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Places.disabilityHolding;
import static io.github.childcarerules.testkit.Places.indexes;
import static io.github.childcarerules.testkit.Places.periodEnd;
import static io.github.childcarerules.testkit.Places.periodStart;
import static io.github.childcarerules.testkit.Places.periods;
import static io.github.childcarerules.testkit.Shapes.BEFORE_START;
import static io.github.childcarerules.testkit.Shapes.BLANK;
import static io.github.childcarerules.testkit.Shapes.DATE;
import static io.github.childcarerules.testkit.Shapes.END;
import static io.github.childcarerules.testkit.Shapes.MALFORMED;
import static io.github.childcarerules.testkit.Shapes.at;
import static io.github.childcarerules.testkit.Shapes.date;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Edits.Periods;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The mutation table of RULES.md §6: the special periods (ECP, disability, CISSS, which share one
 * mechanism and so one set of rows, listed for each kind) and the transitional measure. A mutation
 * keeps the disability period holding the measure as it is, and a measure never starts to cover an
 * agreement that has no schedule by the school-age exception.
 */
final class PeriodTable {
  /** The transitional measure's extent, when the record has one. */
  private static final Function<ParentChildRecord, Seq<Span>> MEASURE =
      record -> Facts.transitionalMeasure(record).toList();

  static final Seq<Row<?>> ROWS =
      List.<Row<?>>of(
              new Row<>(
                  "malformed period date", Rule.DATE_FORMAT, Places::periodDates, MALFORMED, DATE),
              new Row<>(
                  "malformed transitional measure date",
                  Rule.DATE_FORMAT,
                  Places::measureDates,
                  MALFORMED,
                  DATE),
              new Row<>(
                  "end before start",
                  Rule.PERIOD_END_BEFORE_START,
                  Places::periodEnds,
                  BEFORE_START,
                  END),
              new Row<>(
                  "no convention for CISSS periods",
                  Rule.CISSS_CONVENTION_REQUIRED,
                  Places.ANY_RECORD,
                  PeriodTable::withoutConvention,
                  at("cisssPeriods")),
              new Row<>(
                  "CISSS period without end",
                  Rule.CISSS_PERIOD_END_REQUIRED,
                  record ->
                      indexes(record.cisssPeriods().size())
                          .map(k -> periodEnd(record, Periods.CISSS, k)),
                  BLANK,
                  DATE),
              new Row<>(
                  "transitional measure without disability period",
                  Rule.TRANSITIONAL_MEASURE_WITHOUT_DISABILITY,
                  Places.ANY_RECORD,
                  PeriodTable::measureAlone,
                  at("transitionalMeasure")),
              new Row<>(
                  "transitional measure without start",
                  Rule.TRANSITIONAL_MEASURE_START_REQUIRED,
                  record ->
                      Facts.transitionalMeasure(record)
                          .filter(measure -> !measure.isOpen())
                          .map(measure -> Places.measureStart(record))
                          .toList(),
                  BLANK,
                  DATE),
              new Row<>(
                  "transitional measure beyond its disability period",
                  Rule.TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY,
                  MEASURE,
                  PeriodTable::measureOutside,
                  at("transitionalMeasure")),
              new Row<>(
                  "transitional measure open in a closed disability period",
                  Rule.TRANSITIONAL_MEASURE_END_REQUIRED,
                  MEASURE,
                  PeriodTable::measureWithoutEnd,
                  at("transitionalMeasure.end")),
              new Row<>(
                  "transitional measure starting before the nominal school age",
                  Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE,
                  MEASURE,
                  PeriodTable::measureBeforeSchoolAge,
                  at("transitionalMeasure.start")),
              new Row<>(
                  "transitional measure of one year or more",
                  Rule.TRANSITIONAL_MEASURE_OVER_ONE_YEAR,
                  MEASURE,
                  PeriodTable::measureOverOneYear,
                  at("transitionalMeasure.end")))
          .appendAll(List.of(Periods.values()).flatMap(PeriodTable::ofKind));

  private PeriodTable() {}

  /** The rows every kind of special period has: one shape, listed for each kind. */
  private static Seq<Row<?>> ofKind(Periods kind) {
    List<Row<?>> rows =
        List.of(
            new Row<>(
                kind.list + " period without start",
                kind.startRequired,
                record -> periods(record, kind, true).map(k -> periodStart(record, kind, k)),
                BLANK,
                DATE),
            new Row<>(
                kind.list + " period listed twice",
                kind.overlap,
                record -> indexes(kind.of(record).size()),
                (record, k, c) ->
                    Option.some(kind.with(record, kind.of(record).append(kind.of(record).get(k)))),
                (record, k) -> kind.path(kind.of(record).size())),
            new Row<>(
                kind.list + " period sharing one day with another",
                kind.overlap,
                record -> periods(record, kind, true),
                (record, k, c) -> {
                  LocalDate last = Places.extent(record, kind, k).last();
                  return Option.some(
                      kind.with(record, kind.of(record).append(SpecialPeriod.of(last, last))));
                },
                (record, k) -> kind.path(kind.of(record).size())));
    if (kind == Periods.CISSS) {
      return rows;
    }
    return rows.append(
        new Row<>(
            kind.list + " period starting after an open one",
            kind.overlap,
            record ->
                indexes(kind.of(record).size())
                    .filter(k -> Places.extent(record, kind, k).isOpen()),
            (record, k, c) -> afterOpen(record, kind, k, c),
            (record, k) -> kind.path(kind.of(record).size())));
  }

  /** A new period starting 0 to 399 days after the open one, never holding the measure. */
  private static Option<ParentChildRecord> afterOpen(
      ParentChildRecord record, Periods kind, int k, Choices c) {
    LocalDate start = Places.extent(record, kind, k).start().plusDays(c.below(400));
    boolean holdsMeasure =
        kind == Periods.DISABILITY
            && Facts.transitionalMeasure(record).exists(tm -> !start.isAfter(tm.start()));
    ParentChildRecord added =
        kind.with(
            record, kind.of(record).append(SpecialPeriod.of(start, start.plusDays(c.below(100)))));
    return Option.when(!holdsMeasure, added);
  }

  /** CISSS periods (one added when there is none) with no convention, or one refused. */
  private static Option<ParentChildRecord> withoutConvention(
      ParentChildRecord record, ParentChildRecord same, Choices c) {
    LocalDate birth = Facts.birth(record);
    ParentChildRecord withPeriod =
        record.cisssPeriods().isEmpty()
            ? record.withCisssPeriods(List.of(SpecialPeriod.of(birth, birth.plusDays(c.days(300)))))
            : record;
    return Option.some(
        withPeriod.withServiceOffer(
            c.below(2) == 0 ? Option.none() : Option.some(ServiceOffer.of(false))));
  }

  /** The disability periods removed, or a new measure after everything else of the record. */
  private static Option<ParentChildRecord> measureAlone(
      ParentChildRecord record, ParentChildRecord same, Choices c) {
    if (record.transitionalMeasure().isDefined()) {
      return Option.some(
          record.withDisabilityPeriods(
              c.below(2) == 0
                  ? List.empty()
                  : List.of(SpecialPeriod.builder().start(c.blank()).end(c.blank()).build())));
    }
    if (!record.disabilityPeriods().isEmpty()) {
      return Option.none();
    }
    LocalDate start = Facts.lastDay(record).plusDays(c.days(100));
    SpecialPeriod measure =
        c.of(
            List.of(
                SpecialPeriod.of(start, start.plusDays(c.days(300))),
                SpecialPeriod.from(start),
                SpecialPeriod.of(start, start.minusDays(c.days(30))),
                SpecialPeriod.builder().end(start.toString()).build()));
    return Option.some(record.withTransitionalMeasure(Option.some(measure)));
  }

  /** A closed measure ending after its closed period, or starting the day before its period. */
  private static Option<ParentChildRecord> measureOutside(
      ParentChildRecord record, Span measure, Choices c) {
    Span disability = disabilityHolding(record, measure.start()).get();
    boolean later = c.below(2) == 0;
    if (later && !measure.isOpen() && !disability.isOpen()) {
      LocalDate end = disability.last().plusDays(c.days(30));
      return Option.some(Edits.measure(record, m -> m.withEnd(date(end))));
    }
    LocalDate start = disability.start().minusDays(1);
    return Option.when(
        disabilityHolding(record, start).isEmpty(),
        () -> Edits.measure(record, m -> m.withStart(date(start))));
  }

  /**
   * A closed measure in a closed period left open, or the open period of an open measure closed.
   */
  private static Option<ParentChildRecord> measureWithoutEnd(
      ParentChildRecord record, Span measure, Choices c) {
    Span disability = disabilityHolding(record, measure.start()).get();
    if (!disability.isOpen()) {
      return Option.some(Edits.measure(record, m -> m.withEnd(c.blank())));
    }
    if (!measure.isOpen()) {
      return Option.none();
    }
    int k = record.disabilityPeriods().indexWhere(p -> Facts.extent(p).get().isOpen());
    return Option.some(
        Periods.DISABILITY.update(
            record, k, p -> p.withEnd(date(measure.start().plusDays(c.below(60))))));
  }

  /**
   * The measure's start moved 1 to 400 days before the nominal school-age date, still inside the
   * disability period holding it and still lasting less than one year.
   */
  private static Option<ParentChildRecord> measureBeforeSchoolAge(
      ParentChildRecord record, Span measure, Choices c) {
    return Facts.nominalSchoolAge(record)
        .flatMap(
            schoolAge -> {
              Span disability = disabilityHolding(record, measure.start()).get();
              LocalDate earliest = Facts.max(disability.start(), schoolAge.minusDays(400));
              if (!measure.isOpen()) {
                earliest = Facts.max(earliest, measure.last().minusYears(1).plusDays(1));
              }
              long room = schoolAge.toEpochDay() - earliest.toEpochDay();
              if (room < 1) {
                return Option.none();
              }
              LocalDate start = schoolAge.minusDays(c.days((int) room));
              return Option.some(Edits.measure(record, m -> m.withStart(date(start))));
            });
  }

  /**
   * The measure's end set to one year after its start, or up to 60 days later, still inside the
   * disability period holding it (an open measure in an open period gets that end).
   */
  private static Option<ParentChildRecord> measureOverOneYear(
      ParentChildRecord record, Span measure, Choices c) {
    Span disability = disabilityHolding(record, measure.start()).get();
    LocalDate oneYear = measure.start().plusYears(1);
    LocalDate end = Facts.min(oneYear.plusDays(c.below(61)), disability.last());
    return Option.when(
        !end.isBefore(oneYear), () -> Edits.measure(record, m -> m.withEnd(date(end))));
  }
}
