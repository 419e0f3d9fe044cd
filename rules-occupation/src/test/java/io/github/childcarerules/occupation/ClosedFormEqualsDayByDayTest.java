package io.github.childcarerules.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.testkit.Mutated;
import io.github.childcarerules.testkit.Mutations;
import io.github.childcarerules.testkit.Records;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The closed form equals the day-by-day oracle ({@link DayByDay}) on every count and every
 * grouping: for valid records of the testkit, for odd records that break many rules at once, and
 * for valid records broken by one mutation (malformed dates, inverted periods, overlaps...).
 */
class ClosedFormEqualsDayByDayTest {
  @Property(tries = 1000)
  void oddRecords(
      @ForAll("odd") ParentChildRecord record,
      @ForAll @IntRange(min = 0, max = 100_000) int offset,
      @ForAll("lengths") int length) {
    checkEveryGrouping(record, offset, length);
  }

  @Property(tries = 600)
  void validRecords(
      @ForAll("valid") ParentChildRecord record,
      @ForAll @IntRange(min = 0, max = 100_000) int offset,
      @ForAll("lengths") int length) {
    checkEveryGrouping(record, offset, length);
  }

  @Property(tries = 400)
  void mutatedRecords(
      @ForAll("mutated") Mutated mutated,
      @ForAll @IntRange(min = 0, max = 100_000) int offset,
      @ForAll("lengths") int length) {
    checkEveryGrouping(mutated.record(), offset, length);
  }

  @Provide
  Arbitrary<ParentChildRecord> odd() {
    return OddRecords.records();
  }

  @Provide
  Arbitrary<ParentChildRecord> valid() {
    return Records.valid();
  }

  @Provide
  Arbitrary<Mutated> mutated() {
    return Mutations.any();
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 3)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(25, 70)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 900)));
  }

  /** A range somewhere around the record's agreements, then every grouping over it. */
  private static void checkEveryGrouping(ParentChildRecord record, int offset, int length) {
    LocalDate[] span = span(record);
    long room = span[1].toEpochDay() - span[0].toEpochDay() + 60;
    LocalDate from = span[0].minusDays(30).plusDays(offset % room);
    DatePeriod range = DatePeriod.ofClosed(from, from.plusDays(length));
    Occupation occupation = Occupation.of(record);

    DayByDay.Counts expected =
        DayByDay.count(record, range.startInclusive(), range.endInclusive().get());
    check(expected, range, occupation.count(range), null);
    for (Grouping grouping : Grouping.values()) {
      check(expected, range, occupation.count(range, grouping), grouping);
    }
  }

  private static void check(
      DayByDay.Counts expected, DatePeriod range, OccupationCount count, Grouping grouping) {
    assertThat(count.range()).isEqualTo(range);
    assertThat(count.halfDays()).as("halfDays").isEqualTo(expected.halfDays);
    for (AgeBracket bracket : AgeBracket.values()) {
      assertThat(count.halfDaysIn(bracket))
          .as("%s", bracket)
          .isEqualTo(expected.byBracket[bracket.ordinal()]);
      assertThat(count.byAgeBracket().get(bracket).get()).isEqualTo(count.halfDaysIn(bracket));
    }
    assertThat(count.reducedContribution()).as("reduced").isEqualTo(expected.reduced);
    assertThat(count.fullContribution()).as("full").isEqualTo(expected.full);
    assertThat(count.ecpExempt()).as("ECP").isEqualTo(expected.ecp);
    assertThat(count.disability()).as("disability").isEqualTo(expected.disability);
    List<long[]> periods = new ArrayList<>();
    count
        .byPeriod()
        .forEach(
            p -> periods.add(new long[] {p.period().startInclusive().toEpochDay(), p.halfDays()}));
    assertThat(periods)
        .as("byPeriod with %s", grouping)
        .containsExactlyElementsOf(grouping == null ? List.of() : expected.periods.get(grouping));
    if (grouping != null) {
      assertThat(count.byPeriod().head().period().startInclusive())
          .isEqualTo(range.startInclusive());
      assertThat(count.byPeriod().last().period().endInclusive())
          .contains(range.endInclusive().get());
      count
          .byPeriod()
          .sliding(2)
          .filter(pair -> pair.size() == 2)
          .forEach(
              pair ->
                  assertThat(pair.get(0).period().endInclusive().get().plusDays(1))
                      .isEqualTo(pair.get(1).period().startInclusive()));
    }
  }

  /** The earliest and latest well-formed agreement dates, or around the odd records' base. */
  private static LocalDate[] span(ParentChildRecord record) {
    LocalDate first = null;
    LocalDate last = null;
    for (var agreement : record.agreements()) {
      for (var text : List.of(agreement.start(), agreement.end(), agreement.terminatedOn())) {
        LocalDate date = text.flatMap(IsoDate::parse).getOrNull();
        if (date != null) {
          first = first == null || date.isBefore(first) ? date : first;
          last = last == null || date.isAfter(last) ? date : last;
        }
      }
    }
    return first == null
        ? new LocalDate[] {OddRecords.BASE, OddRecords.BASE.plusDays(900)}
        : new LocalDate[] {first, last};
  }
}
