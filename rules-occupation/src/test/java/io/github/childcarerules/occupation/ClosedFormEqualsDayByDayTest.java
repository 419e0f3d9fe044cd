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
    assertSplit(expected, count);
    if (grouping == null) {
      assertThat(count.byPeriod()).isEmpty();
      return;
    }
    List<DayByDay.Counts> periods = expected.periods.get(grouping);
    assertThat(count.byPeriod()).as("byPeriod with %s", grouping).hasSize(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      OccupationCount period = count.byPeriod().get(i);
      assertThat(period.range().startInclusive())
          .as("period %d with %s", i, grouping)
          .isEqualTo(periods.get(i).first);
      assertSplit(periods.get(i), period);
      assertThat(period.byPeriod()).isEmpty();
    }
    assertThat(count.byPeriod().head().range().startInclusive()).isEqualTo(range.startInclusive());
    assertThat(count.byPeriod().last().range().endInclusive()).contains(range.endInclusive().get());
    count
        .byPeriod()
        .sliding(2)
        .filter(pair -> pair.size() == 2)
        .forEach(
            pair ->
                assertThat(pair.get(0).range().endInclusive().get().plusDays(1))
                    .isEqualTo(pair.get(1).range().startInclusive()));
    assertThat(sum(count.byPeriod()))
        .as("the periods' splits add up to the whole range's, with %s", grouping)
        .containsExactly(split(count));
  }

  /** Every count of the split equals the oracle's. */
  private static void assertSplit(DayByDay.Counts expected, OccupationCount count) {
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
  }

  /** The eight numbers of a split, in FORMAT.md's order. */
  private static long[] split(OccupationCount count) {
    return new long[] {
      count.halfDays(),
      count.halfDaysIn(AgeBracket.MONTHS_0_17),
      count.halfDaysIn(AgeBracket.MONTHS_18_59),
      count.halfDaysIn(AgeBracket.SCHOOL_AGE),
      count.reducedContribution(),
      count.fullContribution(),
      count.ecpExempt(),
      count.disability()
    };
  }

  private static long[] sum(io.vavr.collection.List<OccupationCount> counts) {
    long[] total = new long[8];
    for (OccupationCount count : counts) {
      long[] split = split(count);
      for (int i = 0; i < total.length; i++) {
        total[i] += split[i];
      }
    }
    return total;
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
