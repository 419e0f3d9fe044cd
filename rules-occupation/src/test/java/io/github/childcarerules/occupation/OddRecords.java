package io.github.childcarerules.occupation;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Records that counting must read without judging them: agreements that overlap, terminations
 * inside, after or before the agreement, malformed and blank dates, replacements with schedules,
 * schedules of 0 to 5 weeks with unknown day keys and slots and repeated slots, special schedules
 * that overlap or stick out of their agreement, age brackets out of order, on equal dates, with
 * unknown keys, open, closed, inverted and overlapping ECP and disability periods. Everything lies
 * within about three years of {@link #BASE}, so a day-by-day oracle stays fast.
 */
final class OddRecords {
  static final LocalDate BASE = LocalDate.of(2023, 8, 30);
  private static final String[] DAY_KEYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "MER"};
  private static final String[] SLOTS = {
    "DAY_1", "DAY_2", "EVENING_1", "EVENING_2", "NIGHT_1", "NIGHT_2", "LUNCH", ""
  };

  private OddRecords() {}

  static Arbitrary<ParentChildRecord> records() {
    return Combinators.combine(
            agreements().list().ofMinSize(0).ofMaxSize(4),
            brackets(),
            periods().list().ofMaxSize(3),
            periods().list().ofMaxSize(3))
        .as(
            (agreements, brackets, ecp, disability) ->
                ParentChildRecord.builder()
                    .agreements(List.ofAll(agreements))
                    .ageBrackets(brackets)
                    .ecpPeriods(List.ofAll(ecp))
                    .disabilityPeriods(List.ofAll(disability))
                    .build());
  }

  /** A date as entered: mostly well formed near {@link #BASE}, now and then blank or malformed. */
  static Arbitrary<Option<String>> date() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, day().map(d -> Option.some(d.toString()))),
        Tuple.of(1, Arbitraries.just(Option.<String>none())),
        Tuple.of(1, Arbitraries.of(Option.some(""), Option.some(" "))),
        Tuple.of(1, Arbitraries.of(Option.some("2024-02-30"), Option.some("2024-13-01"))));
  }

  static Arbitrary<LocalDate> day() {
    return Arbitraries.integers().between(-40, 1000).map(BASE::plusDays);
  }

  private static Arbitrary<Agreement> agreements() {
    Arbitrary<Integer> length =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(-3, 20)),
            Tuple.of(3, Arbitraries.integers().between(21, 500)));
    Arbitrary<Option<String>> termination =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Option.<String>none())),
            Tuple.of(1, Arbitraries.integers().between(-10, 400).map(d -> Option.some("+" + d))),
            Tuple.of(1, Arbitraries.of(Option.some("2023-02-29"), Option.some(""))));
    return Combinators.combine(
            date(),
            length,
            Arbitraries.integers().between(0, 30),
            termination,
            Arbitraries.of(true, true, false),
            Arbitraries.frequency(Tuple.of(1, true), Tuple.of(7, false)),
            schedule().optional(0.95),
            specials().list().ofMaxSize(3))
        .as(
            (start, days, malformedEnd, terminated, reduced, replacement, schedule, specials) -> {
              Option<String> end =
                  start
                      .filter(s -> !s.isBlank())
                      .flatMap(s -> io.github.childcarerules.core.period.IsoDate.parse(s))
                      .map(s -> s.plusDays(days).toString());
              if (malformedEnd == 0) {
                end = Option.some("2024-04-31");
              }
              Option<String> termination1 =
                  terminated.flatMap(
                      t ->
                          t.startsWith("+")
                              ? start
                                  .flatMap(
                                      s -> io.github.childcarerules.core.period.IsoDate.parse(s))
                                  .map(s -> s.plusDays(Integer.parseInt(t.substring(1))).toString())
                              : Option.some(t));
              LocalDate anchor =
                  start
                      .flatMap(s -> io.github.childcarerules.core.period.IsoDate.parse(s))
                      .getOrElse(BASE);
              return Agreement.builder()
                  .start(start)
                  .end(end)
                  .terminatedOn(termination1)
                  .reducedContribution(reduced)
                  .replacement(replacement)
                  .schedule(Option.ofOptional(schedule))
                  .specialSchedules(List.ofAll(specials).map(s -> s.on(anchor)))
                  .build();
            });
  }

  /** A special schedule placed from an agreement's start. */
  record Special(int from, int length, boolean malformed, Option<Schedule> schedule) {
    SpecialSchedule on(LocalDate anchor) {
      LocalDate start = anchor.plusDays(from);
      return SpecialSchedule.builder()
          .start(start.toString())
          .end(malformed ? "2024-02-30" : start.plusDays(length).toString())
          .schedule(schedule)
          .build();
    }
  }

  private static Arbitrary<Special> specials() {
    return Combinators.combine(
            Arbitraries.integers().between(-10, 450),
            Arbitraries.integers().between(-2, 120),
            Arbitraries.frequency(Tuple.of(1, true), Tuple.of(12, false)),
            schedule().optional(0.9).map(Option::ofOptional))
        .as(Special::new);
  }

  static Arbitrary<Schedule> schedule() {
    Arbitrary<java.util.List<String>> slots =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(java.util.List.of("DAY_1", "DAY_2"))),
            Tuple.of(4, Arbitraries.of(SLOTS).list().ofMaxSize(7)));
    Arbitrary<Week> week =
        Arbitraries.of(DAY_KEYS)
            .set()
            .ofMaxSize(7)
            .flatMap(
                keys ->
                    slots
                        .list()
                        .ofSize(keys.size())
                        .map(
                            lists -> {
                              Week.Builder builder = Week.builder();
                              int i = 0;
                              for (String key : keys) {
                                builder.putDays(key, List.ofAll(lists.get(i++)));
                              }
                              return builder.build();
                            }));
    return Arbitraries.frequencyOf(
            Tuple.of(1, week.list().ofSize(0)),
            Tuple.of(12, week.list().ofMinSize(1).ofMaxSize(4)),
            Tuple.of(1, week.list().ofSize(5)))
        .map(weeks -> Schedule.builder().weeks(List.ofAll(weeks)).build());
  }

  private static Arbitrary<io.vavr.collection.Map<String, String>> brackets() {
    Arbitrary<String> value =
        Arbitraries.frequencyOf(
            Tuple.of(8, day().map(LocalDate::toString)),
            Tuple.of(1, Arbitraries.of("", "2024-02-30")));
    Arbitrary<String> key =
        Arbitraries.of("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE", "MONTHS_60_PLUS");
    return Arbitraries.maps(key, value)
        .ofMaxSize(4)
        .map(map -> io.vavr.collection.LinkedHashMap.ofAll(map))
        .flatMap(
            map ->
                Arbitraries.of(true, false)
                    .map(
                        equal ->
                            equal && map.size() >= 2
                                ? map.put(map.keySet().last(), map.values().head())
                                : map));
  }

  private static Arbitrary<SpecialPeriod> periods() {
    return Combinators.combine(date(), Arbitraries.integers().between(-5, 300), date())
        .as(
            (start, length, malformed) -> {
              SpecialPeriod.Builder period = SpecialPeriod.builder().start(start);
              if (length < 0 && length > -3) {
                return period.build(); // open
              }
              Option<String> end =
                  length == -5
                      ? malformed
                      : start
                          .flatMap(s -> io.github.childcarerules.core.period.IsoDate.parse(s))
                          .map(s -> s.plusDays(length).toString());
              return period.end(end).build();
            });
  }
}
