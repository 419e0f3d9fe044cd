package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Edits.agreement;
import static io.github.childcarerules.testkit.Edits.special;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Period;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.testkit.Edits.Periods;
import io.github.childcarerules.testkit.Mutation.Broken;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Single mutations of RULES.md §5–7 and of dates: age brackets, special periods, agreements and
 * their schedules. Each keeps clear of the rules that read what it changes: an agreement moved
 * never meets the next one nor crosses the school-age date, a transitional measure never starts to
 * cover an agreement that has no schedule by the school-age exception, and so on.
 */
final class TimelineMutations {
  private static final List<String> BRACKET_KEYS =
      List.of("MONTHS_0_18", "MONTHS_60_PLUS", "SCHOOL", "months_0_17", "SCHOOLAGE");
  private static final List<String> DAY_KEYS = List.of("MOM", "LUN", "MONDAY", "mon", "Tue", "SAM");
  private static final List<String> SLOTS =
      List.of("DAY_3", "DAY", "EVENING", "NIGHT_0", "day_1", "AM", "P/2");

  /** A date field of a record: its path, its date (or a date near it), and how to set it. */
  private record DateField(
      String path,
      LocalDate date,
      BiFunction<ParentChildRecord, Option<String>, ParentChildRecord> set) {
    Broken broken(ParentChildRecord record, Option<String> value) {
      return new Broken(record, set.apply(record, value), path);
    }
  }

  /** A special schedule: the index of its agreement and its own. */
  private record At(int agreement, int special) {}

  /** A week of a schedule (the normal one when {@code special < 0}). */
  private record WeekAt(int agreement, int special, int week) {
    String path() {
      return Edits.schedulePath(agreement, special) + ".weeks[" + week + "]";
    }
  }

  private TimelineMutations() {}

  static List<Mutation> all() {
    List<Mutation> all =
        new ArrayList<>(
            List.of(
                // DATE_FORMAT, at every kind of date field
                malformed(
                    "malformed birth date",
                    record ->
                        List.of(
                            new DateField(
                                Edits.BIRTH_DATE.path(),
                                Facts.birth(record),
                                Edits.BIRTH_DATE.set()))),
                malformed("malformed bracket date", TimelineMutations::bracketDates),
                malformed("malformed agreement date", TimelineMutations::agreementDates),
                malformed(
                    "malformed special schedule date",
                    record ->
                        specials(record).stream()
                            .flatMap(
                                at -> Stream.of(specialStart(record, at), specialEnd(record, at)))
                            .toList()),
                malformed(
                    "malformed period date",
                    record ->
                        Stream.of(Periods.values())
                            .flatMap(kind -> periodDates(record, kind))
                            .toList()),
                malformed("malformed transitional measure date", TimelineMutations::measureDates),
                // §5 age brackets
                new Mutation(
                    "no age bracket",
                    Rule.AGE_BRACKET_REQUIRED,
                    (record, c) ->
                        Optional.of(record)
                            .filter(r -> !Facts.anyReliesOnSchoolAge(r))
                            .map(
                                r ->
                                    new Broken(
                                        r,
                                        r.withAgeBrackets(
                                            c.below(2) == 0
                                                ? io.vavr.collection.HashMap.empty()
                                                : r.ageBrackets()
                                                    .mapValues(date -> c.blank().getOrElse(""))),
                                        "ageBrackets"))),
                new Mutation(
                    "bracket not after the younger one",
                    Rule.AGE_BRACKET_ORDER,
                    TimelineMutations::bracketOutOfOrder),
                new Mutation(
                    "earliest bracket before birth",
                    Rule.AGE_BRACKET_BEFORE_BIRTH,
                    (record, c) -> {
                      AgeBracket earliest = brackets(record).keySet().iterator().next();
                      LocalDate date = Facts.birth(record).minusDays(c.days(400));
                      return Broken.of(
                          record,
                          record.withAgeBrackets(
                              record.ageBrackets().put(earliest.name(), date.toString())),
                          "ageBrackets." + earliest);
                    }),
                new Mutation(
                    "birth after the earliest bracket",
                    Rule.AGE_BRACKET_BEFORE_BIRTH,
                    (record, c) -> {
                      List<Map.Entry<AgeBracket, LocalDate>> given =
                          List.copyOf(brackets(record).entrySet());
                      LocalDate earliest = given.get(0).getValue();
                      long room = given.size() > 1 ? days(earliest, given.get(1).getValue()) : 400;
                      LocalDate birth = earliest.plusDays(c.days((int) room));
                      return Broken.of(
                          record,
                          Edits.CHILD.update(
                              record, child -> child.withBirthDate(Option.some(birth.toString()))),
                          "ageBrackets." + given.get(0).getKey());
                    }),
                new Mutation(
                    "unknown bracket key",
                    Rule.VALUE_NOT_ALLOWED,
                    (record, c) -> {
                      String key = c.of(BRACKET_KEYS);
                      return Broken.of(
                          record,
                          record.withAgeBrackets(
                              record.ageBrackets().put(key, Facts.birth(record).toString())),
                          "ageBrackets." + key);
                    }),
                new Mutation(
                    "first agreement before the earliest bracket",
                    Rule.AGE_BRACKET_NOT_IN_FORCE,
                    (record, c) ->
                        Optional.of(record)
                            .filter(
                                r ->
                                    Facts.schoolAge(r)
                                        .filter(schoolAge -> !coveredEnd(r, 0).isBefore(schoolAge))
                                        .isEmpty())
                            .map(
                                r ->
                                    new Broken(
                                        r,
                                        agreement(
                                            r,
                                            0,
                                            a ->
                                                a.withStart(
                                                    date(
                                                        Facts.earliestBracket(r)
                                                            .orElseThrow()
                                                            .minusDays(c.days(60))))),
                                        "agreements[0].start"))),
                new Mutation(
                    "agreement ending on or after school age",
                    Rule.AGREEMENT_SPANS_SCHOOL_AGE,
                    TimelineMutations::endAcrossSchoolAge),
                new Mutation(
                    "agreement starting before school age",
                    Rule.AGREEMENT_SPANS_SCHOOL_AGE,
                    TimelineMutations::startAcrossSchoolAge),
                // §6 special periods
                new Mutation(
                    "no convention for CISSS periods",
                    Rule.CISSS_CONVENTION_REQUIRED,
                    (record, c) -> {
                      ParentChildRecord withPeriod =
                          record.cisssPeriods().isEmpty()
                              ? record.withCisssPeriods(
                                  io.vavr.collection.List.of(
                                      Period.of(
                                          Facts.birth(record),
                                          Facts.birth(record).plusDays(c.days(300)))))
                              : record;
                      return Broken.of(
                          record,
                          withPeriod.withServiceOffer(
                              c.below(2) == 0
                                  ? Option.none()
                                  : Option.some(ServiceOffer.of(false))),
                          "cisssPeriods");
                    }),
                new Mutation(
                    "transitional measure without disability period",
                    Rule.TRANSITIONAL_MEASURE_WITHOUT_DISABILITY,
                    TimelineMutations::measureAlone),
                among(
                    "transitional measure without start",
                    Rule.TRANSITIONAL_MEASURE_START_REQUIRED,
                    record ->
                        Facts.transitionalMeasure(record).filter(tm -> !tm.isOpen()).stream()
                            .toList(),
                    (record, tm, c) ->
                        Broken.of(
                            record,
                            Edits.measure(record, m -> m.withStart(c.blank())),
                            "transitionalMeasure.start")),
                new Mutation(
                    "transitional measure beyond its disability period",
                    Rule.TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY,
                    TimelineMutations::measureOutside),
                new Mutation(
                    "transitional measure open in a closed disability period",
                    Rule.TRANSITIONAL_MEASURE_END_REQUIRED,
                    TimelineMutations::measureWithoutEnd),
                new Mutation(
                    "transitional measure starting before the nominal school age",
                    Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE,
                    TimelineMutations::measureBeforeSchoolAge),
                new Mutation(
                    "transitional measure of one year or more",
                    Rule.TRANSITIONAL_MEASURE_OVER_ONE_YEAR,
                    TimelineMutations::measureOverOneYear),
                ends("end before start", Rule.PERIOD_END_BEFORE_START),
                // §7 agreements
                new Mutation(
                    "no agreement",
                    Rule.AGREEMENT_REQUIRED,
                    (record, c) ->
                        Broken.of(
                            record,
                            record.withAgreements(
                                io.vavr.collection.List.fill(
                                    c.below(3), () -> Agreement.builder().build())),
                            "agreements")),
                among(
                    "agreement without start",
                    Rule.AGREEMENT_START_REQUIRED,
                    record ->
                        indexes(record.agreements().size())
                            .filter(i -> !Facts.reliesOnSchoolAge(record.agreements().get(i)))
                            .boxed()
                            .toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            agreement(record, i, a -> a.withStart(c.blank())),
                            Edits.agreement(i) + ".start")),
                among(
                    "agreement without end",
                    Rule.AGREEMENT_END_REQUIRED,
                    record -> indexes(record.agreements().size()).boxed().toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            agreement(record, i, a -> a.withEnd(c.blank())),
                            Edits.agreement(i) + ".end")),
                among(
                    "agreement ending before its start",
                    Rule.AGREEMENT_END_BEFORE_START,
                    record ->
                        indexes(record.agreements().size())
                            .filter(i -> !Facts.given(record.agreements().get(i).terminatedOn()))
                            .boxed()
                            .toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            agreement(
                                record, i, a -> a.withEnd(date(start(a).minusDays(c.days(30))))),
                            Edits.agreement(i) + ".end")),
                among(
                    "agreement terminated before its start",
                    Rule.AGREEMENT_TERMINATION_OUTSIDE,
                    record -> indexes(record.agreements().size()).boxed().toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            agreement(
                                record,
                                i,
                                a -> a.withTerminatedOn(date(start(a).minusDays(c.days(30))))),
                            Edits.agreement(i) + ".terminatedOn")),
                among(
                    "agreement terminated after its end",
                    Rule.AGREEMENT_TERMINATION_OUTSIDE,
                    record -> indexes(record.agreements().size()).boxed().toList(),
                    TimelineMutations::terminatedAfterEnd),
                among(
                    "agreement listed twice",
                    Rule.AGREEMENTS_OVERLAP,
                    record -> indexes(record.agreements().size()).boxed().toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            record.withAgreements(
                                record.agreements().append(record.agreements().get(i))),
                            Edits.agreement(record.agreements().size()))),
                among(
                    "agreement starting on the previous one's last day",
                    Rule.AGREEMENTS_OVERLAP,
                    record -> indexes(record.agreements().size() - 1).boxed().toList(),
                    TimelineMutations::startOnPreviousEnd),
                among(
                    "agreement without occupied slot",
                    Rule.SCHEDULE_REQUIRED,
                    record ->
                        indexes(record.agreements().size())
                            .filter(
                                i ->
                                    !record.agreements().get(i).replacement()
                                        && !Facts.scheduleOptional(
                                            record, record.agreements().get(i)))
                            .boxed()
                            .toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            agreement(
                                record,
                                i,
                                a ->
                                    a.withSchedule(
                                        c.below(2) == 0
                                            ? Option.none()
                                            : a.schedule()
                                                .map(
                                                    s ->
                                                        s.withWeeks(
                                                            s.weeks().map(w -> Week.empty()))))),
                            Edits.agreement(i) + ".schedule")),
                among(
                    "transitional measure over a school-age agreement without schedule",
                    Rule.SCHEDULE_REQUIRED,
                    record ->
                        indexes(record.agreements().size())
                            .filter(
                                i ->
                                    Facts.reliesOnSchoolAge(record.agreements().get(i))
                                        && record.disabilityPeriods().isEmpty()
                                        && record.transitionalMeasure().isEmpty())
                            .boxed()
                            .toList(),
                    TimelineMutations::measureOverSchoolAge),
                among(
                    "agreement becomes a replacement",
                    Rule.REPLACEMENT_WITH_SCHEDULE,
                    record ->
                        indexes(record.agreements().size())
                            .filter(i -> Facts.occupies(record.agreements().get(i).schedule()))
                            .boxed()
                            .toList(),
                    (record, i, c) ->
                        Broken.of(
                            record,
                            agreement(record, i, a -> a.withReplacement(true)),
                            Edits.agreement(i))),
                among(
                    "replacement with a special schedule",
                    Rule.REPLACEMENT_WITH_SCHEDULE,
                    record ->
                        indexes(record.agreements().size())
                            .filter(i -> record.agreements().get(i).replacement())
                            .boxed()
                            .toList(),
                    (record, i, c) -> {
                      Span planned = Facts.planned(record.agreements().get(i)).orElseThrow();
                      LocalDate start = planned.start().plusDays(c.below((int) planned.length()));
                      LocalDate end = Facts.min(planned.last(), start.plusDays(c.below(30)));
                      Option<Schedule> schedule =
                          c.of(
                              List.of(
                                  Option.none(),
                                  Option.some(Schedule.of(Week.empty())),
                                  Option.some(
                                      Schedule.of(
                                          Week.builder().on(Day.MON, Slot.DAY_1).build()))));
                      return Broken.of(
                          record,
                          Edits.addSpecial(
                              record,
                              i,
                              SpecialSchedule.builder()
                                  .start(start.toString())
                                  .end(end.toString())
                                  .schedule(schedule)
                                  .build()),
                          Edits.agreement(i));
                    }),
                among(
                    "schedule of 0 or more than 4 weeks",
                    Rule.SCHEDULE_PERIODICITY,
                    TimelineMutations::schedules,
                    TimelineMutations::periodicity),
                among(
                    "unknown day key",
                    Rule.VALUE_NOT_ALLOWED,
                    TimelineMutations::weeks,
                    (record, at, c) -> {
                      String key = c.of(DAY_KEYS);
                      return Broken.of(
                          record,
                          week(
                              record,
                              at,
                              week ->
                                  week.withDays(
                                      week.days()
                                          .put(key, io.vavr.collection.List.of("DAY_1", "DAY_2")))),
                          at.path() + "." + key);
                    }),
                among(
                    "unknown slot",
                    Rule.VALUE_NOT_ALLOWED,
                    record ->
                        weeks(record).stream()
                            .filter(at -> !weekOf(record, at).days().isEmpty())
                            .toList(),
                    (record, at, c) -> {
                      Week week = weekOf(record, at);
                      String day = c.of(week.days().keySet().toSortedSet().toJavaList());
                      int index = week.days().get(day).get().size();
                      return Broken.of(
                          record,
                          week(
                              record,
                              at,
                              w ->
                                  w.withDays(
                                      w.days()
                                          .put(day, w.days().get(day).get().append(c.of(SLOTS))))),
                          at.path() + "." + day + "[" + index + "]");
                    }),
                blanked(
                    "special schedule without start",
                    Rule.SPECIAL_SCHEDULE_START_REQUIRED,
                    record ->
                        specials(record).stream().map(at -> specialStart(record, at)).toList()),
                blanked(
                    "special schedule without end",
                    Rule.SPECIAL_SCHEDULE_END_REQUIRED,
                    record -> specials(record).stream().map(at -> specialEnd(record, at)).toList()),
                among(
                    "special schedule beyond its agreement",
                    Rule.SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT,
                    record ->
                        indexes(record.agreements().size())
                            .filter(i -> !record.agreements().get(i).replacement())
                            .boxed()
                            .toList(),
                    TimelineMutations::specialOutside),
                among(
                    "special schedule overlapping another",
                    Rule.SPECIAL_SCHEDULES_OVERLAP,
                    TimelineMutations::specials,
                    TimelineMutations::specialOverlap),
                among(
                    "TWENTY_DAYS_PER_FOUR_WEEKS: 21 care days every 4 weeks",
                    Rule.TWENTY_DAYS_PER_FOUR_WEEKS,
                    record ->
                        indexes(record.agreements().size())
                            .filter(
                                i ->
                                    record.agreements().get(i).reducedContribution()
                                        && !record.agreements().get(i).replacement()
                                        && Facts.covered(record.agreements().get(i))
                                                .orElseThrow()
                                                .length()
                                            >= 28)
                            .boxed()
                            .toList(),
                    TimelineMutations::twentyOneDays),
                new Mutation(
                    "REFERENCE_YEAR_261_DAYS: 262 care days in a leap reference year",
                    Rule.REFERENCE_YEAR_261_DAYS,
                    TimelineMutations::fullLeapYear)));
    for (Periods kind : Periods.values()) {
      all.add(
          among(
              kind.list + " period without start",
              kind.startRequired,
              record -> periods(record, kind, true),
              (record, k, c) ->
                  Broken.of(
                      record,
                      kind.update(record, k, p -> p.withStart(c.blank())),
                      kind.path(k) + ".start")));
      all.add(
          among(
              kind.list + " period listed twice",
              kind.overlap,
              record -> indexes(kind.of(record).size()).boxed().toList(),
              (record, k, c) ->
                  Broken.of(
                      record,
                      kind.with(record, kind.of(record).append(kind.of(record).get(k))),
                      kind.path(kind.of(record).size()))));
      all.add(
          among(
              kind.list + " period sharing one day with another",
              kind.overlap,
              record -> periods(record, kind, true),
              (record, k, c) -> {
                LocalDate last = Facts.extent(kind.of(record).get(k)).orElseThrow().last();
                return Broken.of(
                    record,
                    kind.with(record, kind.of(record).append(Period.of(last, last))),
                    kind.path(kind.of(record).size()));
              }));
      if (kind != Periods.CISSS) {
        all.add(
            among(
                kind.list + " period starting after an open one",
                kind.overlap,
                record ->
                    indexes(kind.of(record).size())
                        .filter(k -> Facts.extent(kind.of(record).get(k)).orElseThrow().isOpen())
                        .boxed()
                        .toList(),
                (record, k, c) -> {
                  LocalDate start =
                      Facts.extent(kind.of(record).get(k))
                          .orElseThrow()
                          .start()
                          .plusDays(c.below(400));
                  boolean holdsMeasure =
                      kind == Periods.DISABILITY
                          && Facts.transitionalMeasure(record)
                              .filter(tm -> !start.isAfter(tm.start()))
                              .isPresent();
                  return Broken.of(
                          record,
                          kind.with(
                              record,
                              kind.of(record)
                                  .append(Period.of(start, start.plusDays(c.below(100))))),
                          kind.path(kind.of(record).size()))
                      .filter(broken -> !holdsMeasure);
                }));
      }
    }
    all.add(
        among(
            "CISSS period without end",
            Rule.CISSS_PERIOD_END_REQUIRED,
            record -> indexes(record.cisssPeriods().size()).boxed().toList(),
            (record, k, c) ->
                Broken.of(
                    record,
                    Periods.CISSS.update(record, k, p -> p.withEnd(c.blank())),
                    Periods.CISSS.path(k) + ".end")));
    return List.copyOf(all);
  }

  /** How a mutation changes one of the places a record offers it. */
  private interface Change<T> {
    Optional<Broken> apply(ParentChildRecord record, T target, Choices choices);
  }

  /** A mutation of one of {@code targets}, picked by the choices; none when there is none. */
  private static <T> Mutation among(
      String name, Rule rule, Function<ParentChildRecord, List<T>> targets, Change<T> change) {
    return new Mutation(
        name,
        rule,
        (record, c) -> {
          List<T> all = targets.apply(record);
          return all.isEmpty() ? Optional.empty() : change.apply(record, c.of(all), c);
        });
  }

  /** {@code DATE_FORMAT} at one of the date fields a malformed value leaves without cascade. */
  private static Mutation malformed(
      String name, Function<ParentChildRecord, List<DateField>> dates) {
    return among(
        name,
        Rule.DATE_FORMAT,
        dates,
        (record, field, c) ->
            Optional.of(field.broken(record, Option.some(c.malformed(field.date())))));
  }

  /** {@code rule} at one of the required date fields {@code dates}, left blank. */
  private static Mutation blanked(
      String name, Rule rule, Function<ParentChildRecord, List<DateField>> dates) {
    return among(
        name, rule, dates, (record, field, c) -> Optional.of(field.broken(record, c.blank())));
  }

  /** {@code PERIOD_END_BEFORE_START}: an end before the start, by one day or more. */
  private static Mutation ends(String name, Rule rule) {
    return among(
        name,
        rule,
        record ->
            Stream.of(
                    specials(record).stream().map(at -> specialEnd(record, at)),
                    Stream.of(Periods.values())
                        .flatMap(kind -> periodDates(record, kind))
                        .filter(field -> field.path().endsWith(".end")),
                    measureEnd(record).stream())
                .flatMap(s -> s)
                .toList(),
        (record, end, c) -> {
          LocalDate start = startBefore(record, end.path());
          return Optional.of(end.broken(record, date(start.minusDays(c.days(30)))));
        });
  }

  // Age brackets

  /** The well-formed brackets of a valid record, youngest first (so in date order). */
  private static EnumMap<AgeBracket, LocalDate> brackets(ParentChildRecord record) {
    return Facts.brackets(record);
  }

  /**
   * Brackets whose date may be malformed without cascade: the earliest only when no agreement
   * starts before the next bracket (AGE_BRACKET_NOT_IN_FORCE reads the earliest well-formed date),
   * school age only when no agreement relies on it for its schedule.
   */
  private static List<DateField> bracketDates(ParentChildRecord record) {
    List<Map.Entry<AgeBracket, LocalDate>> given = List.copyOf(brackets(record).entrySet());
    List<DateField> fields = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      AgeBracket bracket = given.get(i).getKey();
      boolean earliestNeeded =
          i == 0
              && given.size() > 1
              && record.agreements().exists(a -> start(a).isBefore(given.get(1).getValue()));
      boolean schoolAgeNeeded =
          bracket == AgeBracket.SCHOOL_AGE && Facts.anyReliesOnSchoolAge(record);
      if (!earliestNeeded && !schoolAgeNeeded) {
        fields.add(
            new DateField(
                "ageBrackets." + bracket,
                given.get(i).getValue(),
                (r, value) -> r.withAgeBrackets(r.ageBrackets().put(bracket.name(), value.get()))));
      }
    }
    return fields;
  }

  /**
   * A bracket moved on or before the nearest younger one. School age moved earlier must not make an
   * agreement span it, nor take the exception from an agreement without schedule.
   */
  private static Optional<Broken> bracketOutOfOrder(ParentChildRecord record, Choices c) {
    List<Map.Entry<AgeBracket, LocalDate>> given = List.copyOf(brackets(record).entrySet());
    if (given.size() < 2) {
      return Optional.empty();
    }
    int index = 1 + c.below(given.size() - 1);
    AgeBracket bracket = given.get(index).getKey();
    LocalDate younger = given.get(index - 1).getValue();
    LocalDate date =
        younger.minusDays(c.below((int) Math.min(60, days(Facts.birth(record), younger)) + 1));
    boolean spans =
        record
            .agreements()
            .exists(
                a ->
                    Facts.covered(a)
                        .filter(days -> days.start().isBefore(date) && !days.last().isBefore(date))
                        .isPresent());
    if (bracket == AgeBracket.SCHOOL_AGE && (spans || Facts.anyReliesOnSchoolAge(record))) {
      return Optional.empty();
    }
    return Broken.of(
        record,
        record.withAgeBrackets(record.ageBrackets().put(bracket.name(), date.toString())),
        "ageBrackets." + bracket);
  }

  // Agreements

  private static List<DateField> agreementDates(ParentChildRecord record) {
    List<DateField> fields = new ArrayList<>();
    for (int i = 0; i < record.agreements().size(); i++) {
      int index = i;
      Agreement agreement = record.agreements().get(i);
      String path = Edits.agreement(i);
      if (!Facts.reliesOnSchoolAge(agreement)) {
        fields.add(
            new DateField(
                path + ".start",
                start(agreement),
                (r, v) -> agreement(r, index, a -> a.withStart(v))));
      }
      fields.add(
          new DateField(
              path + ".end", end(agreement), (r, v) -> agreement(r, index, a -> a.withEnd(v))));
      if (!Facts.given(agreement.terminatedOn())) {
        fields.add(
            new DateField(
                path + ".terminatedOn",
                end(agreement),
                (r, v) -> agreement(r, index, a -> a.withTerminatedOn(v))));
      }
    }
    return fields;
  }

  /** Covers school age from a day before it, stopping before the next agreement. */
  private static Optional<Broken> endAcrossSchoolAge(ParentChildRecord record, Choices c) {
    Optional<LocalDate> schoolAge = Facts.schoolAge(record);
    if (schoolAge.isEmpty()) {
      return Optional.empty();
    }
    LocalDate school = schoolAge.get();
    List<Integer> candidates =
        indexes(record.agreements().size())
            .filter(i -> coveredEnd(record, i).isBefore(school))
            .filter(
                i ->
                    i + 1 == record.agreements().size()
                        || start(record.agreements().get(i + 1)).isAfter(school))
            .boxed()
            .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = c.of(candidates);
    LocalDate limit =
        i + 1 == record.agreements().size()
            ? school.plusDays(200)
            : start(record.agreements().get(i + 1)).minusDays(1);
    LocalDate last = school.plusDays(c.below((int) days(school, limit) + 1));
    return Broken.of(
        record,
        agreement(
            record,
            i,
            a ->
                Facts.given(a.terminatedOn())
                    ? a.withTerminatedOn(date(last)).withEnd(date(Facts.max(end(a), last)))
                    : a.withEnd(date(last))),
        Edits.agreement(i));
  }

  /** An agreement with a schedule, starting on or after school age, moved to start before it. */
  private static Optional<Broken> startAcrossSchoolAge(ParentChildRecord record, Choices c) {
    Optional<LocalDate> schoolAge = Facts.schoolAge(record);
    if (schoolAge.isEmpty()) {
      return Optional.empty();
    }
    LocalDate school = schoolAge.get();
    LocalDate earliest = Facts.earliestBracket(record).orElseThrow();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < record.agreements().size(); i++) {
      Agreement agreement = record.agreements().get(i);
      LocalDate free =
          i == 0 ? earliest : Facts.max(earliest, coveredEnd(record, i - 1).plusDays(1));
      if (!start(agreement).isBefore(school)
          && !Facts.reliesOnSchoolAge(agreement)
          && free.isBefore(school)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = c.of(candidates);
    LocalDate free = i == 0 ? earliest : Facts.max(earliest, coveredEnd(record, i - 1).plusDays(1));
    LocalDate start = school.minusDays(c.days((int) days(free, school)));
    return Broken.of(
        record, agreement(record, i, a -> a.withStart(date(start))), Edits.agreement(i));
  }

  /** Terminated after its end, staying before the next agreement and on its side of school age. */
  private static Optional<Broken> terminatedAfterEnd(ParentChildRecord record, int i, Choices c) {
    Agreement agreement = record.agreements().get(i);
    LocalDate limit = end(agreement).plusDays(30);
    if (i + 1 < record.agreements().size()) {
      limit = Facts.min(limit, start(record.agreements().get(i + 1)).minusDays(1));
    }
    Optional<LocalDate> school = Facts.schoolAge(record);
    if (school.isPresent() && start(agreement).isBefore(school.get())) {
      limit = Facts.min(limit, school.get().minusDays(1));
    }
    if (!limit.isAfter(end(agreement))) {
      return Optional.empty();
    }
    LocalDate terminated = end(agreement).plusDays(c.days((int) days(end(agreement), limit)));
    return Broken.of(
        record,
        agreement(record, i, a -> a.withTerminatedOn(date(terminated))),
        Edits.agreement(i) + ".terminatedOn");
  }

  /** The next agreement starts on this one's last day, without crossing school age. */
  private static Optional<Broken> startOnPreviousEnd(ParentChildRecord record, int i, Choices c) {
    LocalDate last = coveredEnd(record, i);
    LocalDate nextEnd = coveredEnd(record, i + 1);
    boolean crosses =
        Facts.schoolAge(record)
            .filter(school -> last.isBefore(school) && !nextEnd.isBefore(school))
            .isPresent();
    if (crosses) {
      return Optional.empty();
    }
    return Broken.of(
        record, agreement(record, i + 1, a -> a.withStart(date(last))), Edits.agreement(i + 1));
  }

  /** 21 care days in every 4 weeks: full days 6 days a week, then 5, 5 and 5. */
  private static Optional<Broken> twentyOneDays(ParentChildRecord record, int i, Choices c) {
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
        agreement(
            record,
            i,
            a ->
                a.withSchedule(Option.some(schedule))
                    .withSpecialSchedules(io.vavr.collection.List.empty()));
    return Broken.of(record, mutated, Edits.agreement(i))
        .filter(broken -> !CareDayBound.yearMayExceed(broken.record()));
  }

  /** 262 care days in a reference year holding 29 February; see {@link #fullYear}. */
  private static Optional<Broken> fullLeapYear(ParentChildRecord record, Choices c) {
    return fullYear(record, true).map(mutated -> new Broken(record, mutated, ""));
  }

  /**
   * The record with one reduced-contribution agreement over a whole reference year (holding 29
   * February or not), full days on 5 weekdays that include those of 1 and 2 September: 52 weeks of
   * 5 days, and 2 more days in a leap year (262 care days), 1 more otherwise (261), while any 28
   * days hold exactly 20. None when no such year lies after the earliest bracket on one side of
   * school age.
   */
  static Optional<ParentChildRecord> fullYear(ParentChildRecord record, boolean leap) {
    LocalDate earliest = Facts.earliestBracket(record).orElseThrow();
    Optional<LocalDate> school = Facts.schoolAge(record);
    for (int year = earliest.getYear() - 1; year < earliest.getYear() + 12; year++) {
      LocalDate first = LocalDate.of(year, Month.SEPTEMBER, 1);
      LocalDate last = LocalDate.of(year + 1, Month.AUGUST, 31);
      boolean crosses = school.filter(s -> first.isBefore(s) && !last.isBefore(s)).isPresent();
      if (Year.isLeap(year + 1) != leap || first.isBefore(earliest) || crosses) {
        continue;
      }
      List<DayOfWeek> days =
          new ArrayList<>(List.of(first.getDayOfWeek(), first.plusDays(1).getDayOfWeek()));
      for (DayOfWeek day : DayOfWeek.values()) {
        if (days.size() < 5 && !days.contains(day)) {
          days.add(day);
        }
      }
      Week.Builder week = Week.builder();
      days.forEach(day -> week.on(Day.values()[day.ordinal()], Slot.DAY_1, Slot.DAY_2));
      Agreement agreement =
          Agreement.builder()
              .start(first)
              .end(last)
              .reducedContribution(true)
              .signed(true)
              .schedule(Schedule.of(week.build()))
              .build();
      return Optional.of(record.withAgreements(io.vavr.collection.List.of(agreement)));
    }
    return Optional.empty();
  }

  /**
   * A disability period and a transitional measure from the start of an agreement that has no
   * schedule by the school-age exception: the exception no longer holds. No other such agreement
   * starts inside the measure.
   */
  private static Optional<Broken> measureOverSchoolAge(ParentChildRecord record, int i, Choices c) {
    LocalDate start = start(record.agreements().get(i));
    Span measure = Span.of(start, start.plusDays(c.below(200)));
    Period disability =
        c.below(2) == 0
            ? Period.from(start.minusDays(c.below(100)))
            : Period.of(start.minusDays(c.below(100)), measure.last().plusDays(c.below(100)));
    boolean coversAnother =
        indexes(record.agreements().size())
            .filter(j -> j != i && Facts.reliesOnSchoolAge(record.agreements().get(j)))
            .anyMatch(j -> measure.contains(start(record.agreements().get(j))));
    if (coversAnother) {
      return Optional.empty();
    }
    return Broken.of(
        record,
        record
            .withDisabilityPeriods(io.vavr.collection.List.of(disability))
            .withTransitionalMeasure(Option.some(Period.of(measure.start(), measure.last()))),
        Edits.agreement(i) + ".schedule");
  }

  // Schedules

  /** Every normal schedule and every special schedule's schedule, as (agreement, special). */
  private static List<At> schedules(ParentChildRecord record) {
    List<At> all = new ArrayList<>();
    for (int i = 0; i < record.agreements().size(); i++) {
      all.add(new At(i, -1));
      for (int j = 0; j < record.agreements().get(i).specialSchedules().size(); j++) {
        all.add(new At(i, j));
      }
    }
    return all;
  }

  /** No week, or 5 to 8 (the weeks repeated, or empty ones). */
  private static Optional<Broken> periodicity(ParentChildRecord record, At at, Choices c) {
    int weeks = c.below(2) == 0 ? 0 : 5 + c.below(4);
    return Broken.of(
        record,
        Edits.schedule(
            record,
            at.agreement(),
            at.special(),
            schedule -> {
              io.vavr.collection.List<Week> given =
                  schedule.map(Schedule::weeks).getOrElse(io.vavr.collection.List.empty());
              io.vavr.collection.List<Week> repeated =
                  io.vavr.collection.List.range(0, weeks)
                      .map(k -> given.isEmpty() ? Week.empty() : given.get(k % given.size()));
              return Option.some(Schedule.builder().weeks(repeated).build());
            }),
        Edits.schedulePath(at.agreement(), at.special()));
  }

  /** Weeks of schedules of agreements that are not replacements. */
  private static List<WeekAt> weeks(ParentChildRecord record) {
    List<WeekAt> all = new ArrayList<>();
    for (At at : schedules(record)) {
      if (!record.agreements().get(at.agreement()).replacement()) {
        Edits.scheduleOf(record, at.agreement(), at.special())
            .forEach(
                schedule ->
                    indexes(schedule.weeks().size())
                        .forEach(k -> all.add(new WeekAt(at.agreement(), at.special(), k))));
      }
    }
    return all;
  }

  private static Week weekOf(ParentChildRecord record, WeekAt at) {
    return Edits.scheduleOf(record, at.agreement(), at.special()).get().weeks().get(at.week());
  }

  private static ParentChildRecord week(
      ParentChildRecord record, WeekAt at, java.util.function.UnaryOperator<Week> change) {
    return Edits.schedule(
        record,
        at.agreement(),
        at.special(),
        schedule -> schedule.map(s -> s.withWeeks(s.weeks().update(at.week(), change))));
  }

  // Special schedules

  private static List<At> specials(ParentChildRecord record) {
    return schedules(record).stream().filter(at -> at.special() >= 0).toList();
  }

  private static DateField specialStart(ParentChildRecord record, At at) {
    SpecialSchedule special =
        record.agreements().get(at.agreement()).specialSchedules().get(at.special());
    return new DateField(
        Edits.special(at.agreement(), at.special()) + ".start",
        Facts.extent(special).orElseThrow().start(),
        (r, v) -> special(r, at.agreement(), at.special(), s -> s.withStart(v)));
  }

  private static DateField specialEnd(ParentChildRecord record, At at) {
    SpecialSchedule special =
        record.agreements().get(at.agreement()).specialSchedules().get(at.special());
    return new DateField(
        Edits.special(at.agreement(), at.special()) + ".end",
        Facts.extent(special).orElseThrow().last(),
        (r, v) -> special(r, at.agreement(), at.special(), s -> s.withEnd(v)));
  }

  /**
   * A new special schedule reaching at least one day beyond the agreement's planned end (or before
   * its start), and overlapping none of the others.
   */
  private static Optional<Broken> specialOutside(ParentChildRecord record, int i, Choices c) {
    Agreement agreement = record.agreements().get(i);
    Span planned = Facts.planned(agreement).orElseThrow();
    List<Span> others =
        agreement
            .specialSchedules()
            .toJavaStream()
            .map(s -> Facts.extent(s).orElseThrow())
            .toList();
    Span added;
    if (c.below(2) == 0) {
      LocalDate free =
          others.stream()
              .map(Span::last)
              .max(LocalDate::compareTo)
              .orElse(planned.start().minusDays(1))
              .plusDays(1);
      added =
          Span.of(
              Facts.max(free, planned.last().minusDays(c.below(10))),
              planned.last().plusDays(c.days(30)));
    } else {
      LocalDate free =
          others.stream()
              .map(Span::start)
              .min(LocalDate::compareTo)
              .orElse(planned.last().plusDays(1))
              .minusDays(1);
      added =
          Span.of(
              planned.start().minusDays(c.days(30)),
              Facts.min(free, planned.start().plusDays(c.below(10))));
    }
    Option<Schedule> schedule =
        agreement.specialSchedules().isEmpty()
            ? Option.none()
            : c.of(agreement.specialSchedules().toJavaList()).schedule();
    return Broken.of(
        record,
        Edits.addSpecial(
            record,
            i,
            SpecialSchedule.builder()
                .start(added.start().toString())
                .end(added.last().toString())
                .schedule(schedule)
                .build()),
        Edits.special(i, agreement.specialSchedules().size()));
  }

  /** The special schedule listed twice, or a new one on its last day. */
  private static Optional<Broken> specialOverlap(ParentChildRecord record, At at, Choices c) {
    Agreement agreement = record.agreements().get(at.agreement());
    SpecialSchedule special = agreement.specialSchedules().get(at.special());
    SpecialSchedule added = c.below(2) == 0 ? special : special.withStart(special.end());
    return Broken.of(
        record,
        Edits.addSpecial(record, at.agreement(), added),
        Edits.special(at.agreement(), agreement.specialSchedules().size()));
  }

  // Special periods and the transitional measure

  /**
   * Indexes of periods of {@code kind} (only closed ones when {@code closedOnly}), leaving out the
   * disability period holding the transitional measure, which must keep its extent.
   */
  private static List<Integer> periods(ParentChildRecord record, Periods kind, boolean closedOnly) {
    Optional<Span> measure = Facts.transitionalMeasure(record);
    return indexes(kind.of(record).size())
        .filter(
            k -> {
              Span days = Facts.extent(kind.of(record).get(k)).orElseThrow();
              return !(closedOnly && days.isOpen())
                  && !(kind == Periods.DISABILITY
                      && measure.filter(tm -> days.contains(tm.start())).isPresent());
            })
        .boxed()
        .toList();
  }

  private static Stream<DateField> periodDates(ParentChildRecord record, Periods kind) {
    return periods(record, kind, false).stream()
        .flatMap(
            k -> {
              Span days = Facts.extent(kind.of(record).get(k)).orElseThrow();
              return Stream.of(
                  new DateField(
                      kind.path(k) + ".start",
                      days.start(),
                      (r, v) -> kind.update(r, k, p -> p.withStart(v))),
                  new DateField(
                      kind.path(k) + ".end",
                      days.isOpen() ? days.start() : days.last(),
                      (r, v) -> kind.update(r, k, p -> p.withEnd(v))));
            });
  }

  /**
   * The measure's dates, when no agreement relies on the school-age exception (which the measure
   * decides); its end only in an open disability period (where TRANSITIONAL_MEASURE_END_REQUIRED
   * cannot apply).
   */
  private static List<DateField> measureDates(ParentChildRecord record) {
    Optional<Span> measure = Facts.transitionalMeasure(record);
    if (measure.isEmpty() || Facts.anyReliesOnSchoolAge(record)) {
      return List.of();
    }
    List<DateField> fields =
        new ArrayList<>(
            List.of(
                new DateField(
                    "transitionalMeasure.start",
                    measure.get().start(),
                    (r, v) -> Edits.measure(r, m -> m.withStart(v)))));
    if (disabilityHolding(record, measure.get().start()).filter(Span::isOpen).isPresent()) {
      fields.add(
          new DateField(
              "transitionalMeasure.end",
              measure.get().start(),
              (r, v) -> Edits.measure(r, m -> m.withEnd(v))));
    }
    return fields;
  }

  /** The measure's end, for a measure whose extent no agreement needs. */
  private static List<DateField> measureEnd(ParentChildRecord record) {
    return measureDates(record).isEmpty()
        ? List.of()
        : List.of(
            new DateField(
                "transitionalMeasure.end",
                Facts.transitionalMeasure(record).orElseThrow().start(),
                (r, v) -> Edits.measure(r, m -> m.withEnd(v))));
  }

  private static Optional<Span> disabilityHolding(ParentChildRecord record, LocalDate day) {
    return record
        .disabilityPeriods()
        .toJavaStream()
        .map(p -> Facts.extent(p).orElseThrow())
        .filter(d -> d.contains(day))
        .findFirst();
  }

  /**
   * The measure's start moved 1 to 400 days before the nominal school-age date, still inside the
   * disability period holding it and still lasting less than one year.
   */
  private static Optional<Broken> measureBeforeSchoolAge(ParentChildRecord record, Choices c) {
    Optional<Span> measure = Facts.transitionalMeasure(record);
    Optional<LocalDate> schoolAge = Facts.nominalSchoolAge(record);
    if (measure.isEmpty() || schoolAge.isEmpty()) {
      return Optional.empty();
    }
    Span disability = disabilityHolding(record, measure.get().start()).orElseThrow();
    LocalDate earliest = Facts.max(disability.start(), schoolAge.get().minusDays(400));
    if (!measure.get().isOpen()) {
      earliest = Facts.max(earliest, measure.get().last().minusYears(1).plusDays(1));
    }
    long room = schoolAge.get().toEpochDay() - earliest.toEpochDay();
    if (room < 1) {
      return Optional.empty();
    }
    LocalDate start = schoolAge.get().minusDays(c.days((int) room));
    return Broken.of(
        record, Edits.measure(record, m -> m.withStart(date(start))), "transitionalMeasure.start");
  }

  /**
   * The measure's end set to one year after its start, or up to 60 days later, still inside the
   * disability period holding it (an open measure in an open period gets that end).
   */
  private static Optional<Broken> measureOverOneYear(ParentChildRecord record, Choices c) {
    Optional<Span> measure = Facts.transitionalMeasure(record);
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    Span disability = disabilityHolding(record, measure.get().start()).orElseThrow();
    LocalDate oneYear = measure.get().start().plusYears(1);
    LocalDate end = oneYear.plusDays(c.below(61));
    if (end.isAfter(disability.last())) {
      end = disability.last();
    }
    if (end.isBefore(oneYear)) {
      return Optional.empty();
    }
    LocalDate last = end;
    return Broken.of(
        record, Edits.measure(record, m -> m.withEnd(date(last))), "transitionalMeasure.end");
  }

  /** The disability periods removed, or a new measure after everything else of the record. */
  private static Optional<Broken> measureAlone(ParentChildRecord record, Choices c) {
    if (record.transitionalMeasure().isDefined()) {
      return Broken.of(
          record,
          record.withDisabilityPeriods(
              c.below(2) == 0
                  ? io.vavr.collection.List.empty()
                  : io.vavr.collection.List.of(
                      Period.builder().start(c.blank()).end(c.blank()).build())),
          "transitionalMeasure");
    }
    if (!record.disabilityPeriods().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = Facts.lastDay(record).plusDays(c.days(100));
    Period measure =
        c.of(
            List.of(
                Period.of(start, start.plusDays(c.days(300))),
                Period.from(start),
                Period.of(start, start.minusDays(c.days(30))),
                Period.builder().end(start.toString()).build()));
    return Broken.of(
        record, record.withTransitionalMeasure(Option.some(measure)), "transitionalMeasure");
  }

  /** A closed measure ending after its closed period, or starting the day before its period. */
  private static Optional<Broken> measureOutside(ParentChildRecord record, Choices c) {
    Optional<Span> measure = Facts.transitionalMeasure(record);
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    Span disability = disabilityHolding(record, measure.get().start()).orElseThrow();
    boolean later = c.below(2) == 0;
    if (later && !measure.get().isOpen() && !disability.isOpen()) {
      LocalDate end = disability.last().plusDays(c.days(30));
      return Broken.of(
          record, Edits.measure(record, m -> m.withEnd(date(end))), "transitionalMeasure");
    }
    LocalDate start = disability.start().minusDays(1);
    if (disabilityHolding(record, start).isPresent()) {
      return Optional.empty();
    }
    return Broken.of(
        record, Edits.measure(record, m -> m.withStart(date(start))), "transitionalMeasure");
  }

  /**
   * A closed measure in a closed period left open, or the open period of an open measure closed.
   */
  private static Optional<Broken> measureWithoutEnd(ParentChildRecord record, Choices c) {
    Optional<Span> measure = Facts.transitionalMeasure(record);
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = measure.get().start();
    Span disability = disabilityHolding(record, start).orElseThrow();
    if (!disability.isOpen()) {
      return Broken.of(
          record, Edits.measure(record, m -> m.withEnd(c.blank())), "transitionalMeasure.end");
    }
    if (!measure.get().isOpen()) {
      return Optional.empty();
    }
    int k = record.disabilityPeriods().indexWhere(p -> Facts.extent(p).orElseThrow().isOpen());
    return Broken.of(
        record,
        Periods.DISABILITY.update(record, k, p -> p.withEnd(date(start.plusDays(c.below(60))))),
        "transitionalMeasure.end");
  }

  // Reading a valid record

  /** The start of the element whose end is at {@code endPath}. */
  private static LocalDate startBefore(ParentChildRecord record, String endPath) {
    String element = endPath.substring(0, endPath.length() - ".end".length());
    return Stream.of(
            specials(record).stream().map(at -> specialStart(record, at)),
            Stream.of(Periods.values()).flatMap(kind -> periodDates(record, kind)),
            measureDates(record).stream())
        .flatMap(s -> s)
        .filter(field -> field.path().equals(element + ".start"))
        .findFirst()
        .orElseThrow()
        .date();
  }

  private static LocalDate start(Agreement agreement) {
    return Facts.date(agreement.start()).orElseThrow();
  }

  private static LocalDate end(Agreement agreement) {
    return Facts.date(agreement.end()).orElseThrow();
  }

  private static LocalDate coveredEnd(ParentChildRecord record, int index) {
    return Facts.covered(record.agreements().get(index)).orElseThrow().last();
  }

  private static Option<String> date(LocalDate day) {
    return Option.some(day.toString());
  }

  private static long days(LocalDate from, LocalDate to) {
    return to.toEpochDay() - from.toEpochDay();
  }

  private static IntStream indexes(int size) {
    return IntStream.range(0, Math.max(0, size));
  }
}
