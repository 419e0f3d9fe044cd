package io.github.childcarerules.testkit;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.testkit.Edits.Periods;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The targets of the mutation tables: the places a valid record offers a mutation (its fields, its
 * date fields, its agreements, schedules, weeks and periods), read with {@link Facts}.
 */
final class Places {
  private Places() {}

  /** A date field of a record: its path, its date (or a date near it), and how to set it. */
  record DateField(
      String path,
      LocalDate date,
      BiFunction<ParentChildRecord, Option<String>, ParentChildRecord> set) {
    ParentChildRecord with(ParentChildRecord record, Option<String> value) {
      return set.apply(record, value);
    }
  }

  /** The start and the end of one element (their order matters to the record). */
  record Ends(LocalDate start, DateField end) {}

  /** A schedule: the index of its agreement and of its special schedule (-1: the normal one). */
  record At(int agreement, int special) {
    String path() {
      return Edits.schedulePath(agreement, special);
    }
  }

  /** A week of a schedule. */
  record WeekAt(At schedule, int week) {
    String path() {
      return schedule.path() + ".weeks[" + week + "]";
    }
  }

  /** A place and a key drawn for it (an unknown bracket, day or slot). */
  record Keyed<P>(P place, String key) {}

  // The record itself, a field of it

  /** The record itself, when {@code when} holds. */
  static Function<ParentChildRecord, Seq<ParentChildRecord>> record(
      Predicate<ParentChildRecord> when) {
    return record -> when.test(record) ? List.of(record) : List.empty();
  }

  static final Function<ParentChildRecord, Seq<ParentChildRecord>> ANY_RECORD = record(r -> true);

  /** {@code place}, in records where {@code when} holds. */
  static <P> Function<ParentChildRecord, Seq<P>> only(P place, Predicate<ParentChildRecord> when) {
    return record -> when.test(record) ? List.of(place) : List.empty();
  }

  /** Every place of {@code places} with every key of {@code keys}. */
  static <P> Function<ParentChildRecord, Seq<Keyed<P>>> keyed(
      Function<ParentChildRecord, ? extends Seq<P>> places, Seq<String> keys) {
    return record -> places.apply(record).flatMap(p -> keys.map(key -> new Keyed<>(p, key)));
  }

  static Seq<Integer> indexes(int size) {
    return List.range(0, Math.max(0, size));
  }

  // Agreements

  /** The indexes of the agreements for which {@code where} holds. */
  static Function<ParentChildRecord, Seq<Integer>> agreements(
      BiPredicate<ParentChildRecord, Agreement> where) {
    return record ->
        indexes(record.agreements().size())
            .filter(i -> where.test(record, record.agreements().get(i)));
  }

  static final Function<ParentChildRecord, Seq<Integer>> ALL_AGREEMENTS =
      agreements((record, agreement) -> true);

  static Agreement agreement(ParentChildRecord record, int index) {
    return record.agreements().get(index);
  }

  static LocalDate start(Agreement agreement) {
    return Facts.dateOf(agreement.start()).get();
  }

  static LocalDate end(Agreement agreement) {
    return Facts.dateOf(agreement.end()).get();
  }

  static LocalDate coveredEnd(ParentChildRecord record, int index) {
    return Facts.coveredDays(agreement(record, index)).get().last();
  }

  static DateField agreementStart(ParentChildRecord record, int index) {
    return new DateField(
        Edits.agreement(index) + ".start",
        start(agreement(record, index)),
        (r, v) -> Edits.agreement(r, index, a -> a.withStart(v)));
  }

  static DateField agreementEnd(ParentChildRecord record, int index) {
    return new DateField(
        Edits.agreement(index) + ".end",
        end(agreement(record, index)),
        (r, v) -> Edits.agreement(r, index, a -> a.withEnd(v)));
  }

  static DateField agreementTermination(ParentChildRecord record, int index) {
    return new DateField(
        Edits.agreement(index) + ".terminatedOn",
        end(agreement(record, index)),
        (r, v) -> Edits.agreement(r, index, a -> a.withTerminatedOn(v)));
  }

  /**
   * The dates of the agreements that a malformed value leaves without cascade: the start only of an
   * agreement that does not rely on the school-age exception, the termination only where none is
   * given.
   */
  static Seq<DateField> agreementDates(ParentChildRecord record) {
    return indexes(record.agreements().size())
        .flatMap(
            i -> {
              Agreement agreement = agreement(record, i);
              return List.of(
                      Option.when(
                          !Facts.reliesOnSchoolAge(agreement), () -> agreementStart(record, i)),
                      Option.some(agreementEnd(record, i)),
                      Option.when(
                          !Facts.given(agreement.terminatedOn()),
                          () -> agreementTermination(record, i)))
                  .flatMap(field -> field);
            });
  }

  // Age brackets

  /**
   * Brackets whose date may be malformed without cascade: the earliest only when no agreement
   * starts before the next bracket (AGE_BRACKET_NOT_IN_FORCE reads the earliest well-formed date),
   * school age only when no agreement relies on it for its schedule.
   */
  static Seq<DateField> bracketDates(ParentChildRecord record) {
    List<Map.Entry<AgeBracket, LocalDate>> given = List.ofAll(Facts.brackets(record).entrySet());
    return given
        .zipWithIndex()
        .filter(
            entry -> {
              int i = entry._2;
              boolean earliestNeeded =
                  i == 0
                      && given.size() > 1
                      && record
                          .agreements()
                          .exists(a -> start(a).isBefore(given.get(1).getValue()));
              boolean schoolAgeNeeded =
                  entry._1.getKey() == AgeBracket.SCHOOL_AGE && Facts.anyReliesOnSchoolAge(record);
              return !earliestNeeded && !schoolAgeNeeded;
            })
        .map(
            entry -> {
              AgeBracket bracket = entry._1.getKey();
              return new DateField(
                  "ageBrackets." + bracket,
                  entry._1.getValue(),
                  (r, value) ->
                      r.withAgeBrackets(r.ageBrackets().put(bracket.name(), value.get())));
            });
  }

  // Schedules and special schedules

  /** Every normal schedule and every special schedule's schedule. */
  static Seq<At> schedules(ParentChildRecord record) {
    return indexes(record.agreements().size())
        .flatMap(
            i ->
                List.of(new At(i, -1))
                    .appendAll(
                        indexes(agreement(record, i).specialSchedules().size())
                            .map(j -> new At(i, j))));
  }

  static Seq<At> specials(ParentChildRecord record) {
    return schedules(record).filter(at -> at.special() >= 0);
  }

  static SpecialSchedule special(ParentChildRecord record, At at) {
    return agreement(record, at.agreement()).specialSchedules().get(at.special());
  }

  static DateField specialStart(ParentChildRecord record, At at) {
    return new DateField(
        Edits.special(at.agreement(), at.special()) + ".start",
        Facts.extent(special(record, at)).get().start(),
        (r, v) -> Edits.special(r, at.agreement(), at.special(), s -> s.withStart(v)));
  }

  static DateField specialEnd(ParentChildRecord record, At at) {
    return new DateField(
        Edits.special(at.agreement(), at.special()) + ".end",
        Facts.extent(special(record, at)).get().last(),
        (r, v) -> Edits.special(r, at.agreement(), at.special(), s -> s.withEnd(v)));
  }

  static Seq<DateField> specialDates(ParentChildRecord record) {
    return specials(record)
        .flatMap(at -> List.of(specialStart(record, at), specialEnd(record, at)));
  }

  /** Weeks of schedules of agreements that are not replacements. */
  static Seq<WeekAt> weeks(ParentChildRecord record) {
    return schedules(record)
        .filter(at -> !agreement(record, at.agreement()).replacement())
        .flatMap(
            at ->
                Edits.scheduleOf(record, at.agreement(), at.special())
                    .toList()
                    .flatMap(
                        schedule -> indexes(schedule.weeks().size()).map(k -> new WeekAt(at, k))));
  }

  static Week week(ParentChildRecord record, WeekAt at) {
    return Edits.scheduleOf(record, at.schedule().agreement(), at.schedule().special())
        .get()
        .weeks()
        .get(at.week());
  }

  static ParentChildRecord withWeek(
      ParentChildRecord record, WeekAt at, UnaryOperator<Week> change) {
    return Edits.schedule(
        record,
        at.schedule().agreement(),
        at.schedule().special(),
        schedule -> schedule.map(s -> s.withWeeks(s.weeks().update(at.week(), change))));
  }

  // Special periods and the transitional measure

  /**
   * Indexes of periods of {@code kind} (only closed ones when {@code closedOnly}), leaving out the
   * disability period holding the transitional measure, which must keep its extent.
   */
  static Seq<Integer> periods(ParentChildRecord record, Periods kind, boolean closedOnly) {
    Option<Span> measure = Facts.transitionalMeasure(record);
    return indexes(kind.of(record).size())
        .filter(
            k -> {
              Span days = Facts.extent(kind.of(record).get(k)).get();
              return !(closedOnly && days.isOpen())
                  && !(kind == Periods.DISABILITY
                      && measure.exists(tm -> days.contains(tm.start())));
            });
  }

  static Span extent(ParentChildRecord record, Periods kind, int index) {
    return Facts.extent(kind.of(record).get(index)).get();
  }

  static DateField periodStart(ParentChildRecord record, Periods kind, int k) {
    return new DateField(
        kind.path(k) + ".start",
        extent(record, kind, k).start(),
        (r, v) -> kind.update(r, k, p -> p.withStart(v)));
  }

  static DateField periodEnd(ParentChildRecord record, Periods kind, int k) {
    Span days = extent(record, kind, k);
    return new DateField(
        kind.path(k) + ".end",
        days.isOpen() ? days.start() : days.last(),
        (r, v) -> kind.update(r, k, p -> p.withEnd(v)));
  }

  static Seq<DateField> periodDates(ParentChildRecord record) {
    return List.of(Periods.values())
        .flatMap(
            kind ->
                periods(record, kind, false)
                    .flatMap(
                        k -> List.of(periodStart(record, kind, k), periodEnd(record, kind, k))));
  }

  static DateField measureStart(ParentChildRecord record) {
    return new DateField(
        "transitionalMeasure.start",
        Facts.transitionalMeasure(record).get().start(),
        (r, v) -> Edits.measure(r, m -> m.withStart(v)));
  }

  static DateField measureEnd(ParentChildRecord record) {
    return new DateField(
        "transitionalMeasure.end",
        Facts.transitionalMeasure(record).get().start(),
        (r, v) -> Edits.measure(r, m -> m.withEnd(v)));
  }

  /** The measure's extent, when no agreement relies on the school-age exception it decides. */
  static Option<Span> freeMeasure(ParentChildRecord record) {
    return Facts.transitionalMeasure(record).filter(tm -> !Facts.anyReliesOnSchoolAge(record));
  }

  /**
   * The measure's dates, when no agreement relies on the school-age exception (which the measure
   * decides); its end only in an open disability period (where TRANSITIONAL_MEASURE_END_REQUIRED
   * cannot apply).
   */
  static Seq<DateField> measureDates(ParentChildRecord record) {
    return freeMeasure(record)
        .toList()
        .flatMap(
            measure ->
                List.of(measureStart(record))
                    .appendAll(
                        disabilityHolding(record, measure.start())
                            .filter(Span::isOpen)
                            .map(open -> measureEnd(record))));
  }

  static Option<Span> disabilityHolding(ParentChildRecord record, LocalDate day) {
    return record
        .disabilityPeriods()
        .map(p -> Facts.extent(p).get())
        .find(days -> days.contains(day));
  }

  /**
   * The ends that must not come before their start, with that start: of every special schedule, of
   * the periods whose extent no rule needs, of a transitional measure no agreement needs.
   */
  static Seq<Ends> periodEnds(ParentChildRecord record) {
    return specials(record)
        .map(at -> new Ends(specialStart(record, at).date(), specialEnd(record, at)))
        .appendAll(
            List.of(Periods.values())
                .flatMap(
                    kind ->
                        periods(record, kind, false)
                            .map(
                                k ->
                                    new Ends(
                                        extent(record, kind, k).start(),
                                        periodEnd(record, kind, k)))))
        .appendAll(
            freeMeasure(record).map(measure -> new Ends(measure.start(), measureEnd(record))));
  }
}
