package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Places.agreement;
import static io.github.childcarerules.testkit.Places.coveredEnd;
import static io.github.childcarerules.testkit.Places.indexes;
import static io.github.childcarerules.testkit.Places.start;
import static io.github.childcarerules.testkit.Shapes.DATE;
import static io.github.childcarerules.testkit.Shapes.MALFORMED;
import static io.github.childcarerules.testkit.Shapes.agreementPath;
import static io.github.childcarerules.testkit.Shapes.at;
import static io.github.childcarerules.testkit.Shapes.date;

import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.BiPredicate;

/**
 * The mutation table of RULES.md §5, the age brackets, and of the agreements they must cover: a
 * bracket moved never makes an agreement span school age nor takes the school-age exception from an
 * agreement without schedule.
 */
final class BracketTable {
  private static final List<String> UNKNOWN_KEYS =
      List.of("MONTHS_0_18", "MONTHS_60_PLUS", "SCHOOL", "months_0_17", "SCHOOLAGE");

  /** A well-formed bracket of a valid record. */
  record Bracket(AgeBracket key, LocalDate date) {
    String path() {
      return "ageBrackets." + key;
    }

    ParentChildRecord at(ParentChildRecord record, LocalDate day) {
      return record.withAgeBrackets(record.ageBrackets().put(key.name(), day.toString()));
    }
  }

  static final Seq<Row<?>> ROWS =
      List.of(
          new Row<>(
              "malformed bracket date", Rule.DATE_FORMAT, Places::bracketDates, MALFORMED, DATE),
          new Row<>(
              "no age bracket",
              Rule.AGE_BRACKET_REQUIRED,
              Places.record(record -> !Facts.anyReliesOnSchoolAge(record)),
              (record, same, c) ->
                  Option.some(
                      record.withAgeBrackets(
                          c.below(2) == 0
                              ? HashMap.empty()
                              : record.ageBrackets().mapValues(day -> c.blank().getOrElse("")))),
              at("ageBrackets")),
          new Row<>(
              "bracket not after the younger one",
              Rule.AGE_BRACKET_ORDER,
              record -> indexes(given(record).size()).drop(1),
              BracketTable::outOfOrder,
              (record, i) -> given(record).get(i).path()),
          new Row<>(
              "earliest bracket before birth",
              Rule.AGE_BRACKET_BEFORE_BIRTH,
              record -> given(record).take(1),
              (record, earliest, c) ->
                  Option.some(earliest.at(record, Facts.birth(record).minusDays(c.days(400)))),
              (record, earliest) -> earliest.path()),
          new Row<>(
              "birth after the earliest bracket",
              Rule.AGE_BRACKET_BEFORE_BIRTH,
              record -> given(record).take(1),
              BracketTable::bornAfter,
              (record, earliest) -> earliest.path()),
          new Row<>(
              "unknown bracket key",
              Rule.VALUE_NOT_ALLOWED,
              record -> UNKNOWN_KEYS,
              (record, key, c) ->
                  Option.some(
                      record.withAgeBrackets(
                          record.ageBrackets().put(key, Facts.birth(record).toString()))),
              (record, key) -> "ageBrackets." + key),
          new Row<>(
              "first agreement before the earliest bracket",
              Rule.AGE_BRACKET_NOT_IN_FORCE,
              record ->
                  indexes(Math.min(1, record.agreements().size()))
                      .filter(
                          i ->
                              !Facts.schoolAge(record)
                                  .exists(school -> !coveredEnd(record, i).isBefore(school))),
              (record, i, c) ->
                  Option.some(
                      Edits.agreement(
                          record,
                          i,
                          a ->
                              a.withStart(
                                  date(
                                      Facts.earliestBracket(record).get().minusDays(c.days(60)))))),
              agreementPath(".start")),
          new Row<>(
              "agreement ending on or after school age",
              Rule.AGREEMENT_SPANS_SCHOOL_AGE,
              BracketTable::endingBeforeSchoolAge,
              BracketTable::endAcrossSchoolAge,
              agreementPath("")),
          new Row<>(
              "agreement starting before school age",
              Rule.AGREEMENT_SPANS_SCHOOL_AGE,
              BracketTable::startingOnSchoolAge,
              BracketTable::startAcrossSchoolAge,
              agreementPath("")));

  private BracketTable() {}

  /** The well-formed brackets of a valid record, youngest first (so in date order). */
  static List<Bracket> given(ParentChildRecord record) {
    return List.ofAll(Facts.brackets(record).entrySet())
        .map(entry -> new Bracket(entry.getKey(), entry.getValue()));
  }

  /**
   * The bracket moved on or before the nearest younger one. School age moved earlier must not make
   * an agreement span it, nor take the exception from an agreement without schedule.
   */
  private static Option<ParentChildRecord> outOfOrder(
      ParentChildRecord record, int index, Choices c) {
    Bracket bracket = given(record).get(index);
    LocalDate younger = given(record).get(index - 1).date();
    LocalDate day =
        younger.minusDays(c.below((int) Math.min(60, days(Facts.birth(record), younger)) + 1));
    boolean spans =
        record
            .agreements()
            .exists(
                a ->
                    Facts.coveredDays(a)
                        .exists(
                            covered ->
                                covered.start().isBefore(day) && !covered.last().isBefore(day)));
    if (bracket.key() == AgeBracket.SCHOOL_AGE && (spans || Facts.anyReliesOnSchoolAge(record))) {
      return Option.none();
    }
    return Option.some(bracket.at(record, day));
  }

  /** The child born 1 day after the earliest bracket, up to the next one (or 400 days). */
  private static Option<ParentChildRecord> bornAfter(
      ParentChildRecord record, Bracket earliest, Choices c) {
    List<Bracket> given = given(record);
    long room = given.size() > 1 ? days(earliest.date(), given.get(1).date()) : 400;
    LocalDate birth = earliest.date().plusDays(c.days((int) room));
    return Option.some(Edits.CHILD.update(record, child -> child.withBirthDate(date(birth))));
  }

  /** Agreements covered up to before school age, with no next one starting on or before it. */
  private static Seq<Integer> endingBeforeSchoolAge(ParentChildRecord record) {
    return aroundSchoolAge(
        record,
        (i, school) ->
            coveredEnd(record, i).isBefore(school)
                && (i + 1 == record.agreements().size()
                    || start(agreement(record, i + 1)).isAfter(school)));
  }

  /** The indexes of the agreements for which {@code where} holds of the school-age date. */
  private static Seq<Integer> aroundSchoolAge(
      ParentChildRecord record, BiPredicate<Integer, LocalDate> where) {
    return Facts.schoolAge(record)
        .toList()
        .flatMap(school -> indexes(record.agreements().size()).filter(i -> where.test(i, school)));
  }

  /** Covers school age from a day before it, stopping before the next agreement. */
  private static Option<ParentChildRecord> endAcrossSchoolAge(
      ParentChildRecord record, int i, Choices c) {
    LocalDate school = Facts.schoolAge(record).get();
    LocalDate limit =
        i + 1 == record.agreements().size()
            ? school.plusDays(200)
            : start(agreement(record, i + 1)).minusDays(1);
    LocalDate last = school.plusDays(c.below((int) days(school, limit) + 1));
    return Option.some(
        Edits.agreement(
            record,
            i,
            a ->
                Facts.given(a.terminatedOn())
                    ? a.withTerminatedOn(date(last)).withEnd(date(Facts.max(Places.end(a), last)))
                    : a.withEnd(date(last))));
  }

  /** The first day the agreement may start on without meeting the previous one or no bracket. */
  private static LocalDate free(ParentChildRecord record, int i) {
    LocalDate earliest = Facts.earliestBracket(record).get();
    return i == 0 ? earliest : Facts.max(earliest, coveredEnd(record, i - 1).plusDays(1));
  }

  /** Agreements with a schedule starting on or after school age, with room before it. */
  private static Seq<Integer> startingOnSchoolAge(ParentChildRecord record) {
    return aroundSchoolAge(
        record,
        (i, school) ->
            !start(agreement(record, i)).isBefore(school)
                && !Facts.reliesOnSchoolAge(agreement(record, i))
                && free(record, i).isBefore(school));
  }

  /** The agreement moved to start before school age. */
  private static Option<ParentChildRecord> startAcrossSchoolAge(
      ParentChildRecord record, int i, Choices c) {
    LocalDate school = Facts.schoolAge(record).get();
    LocalDate start = school.minusDays(c.days((int) days(free(record, i), school)));
    return Option.some(Edits.agreement(record, i, a -> a.withStart(date(start))));
  }

  static long days(LocalDate from, LocalDate to) {
    return to.toEpochDay() - from.toEpochDay();
  }
}
