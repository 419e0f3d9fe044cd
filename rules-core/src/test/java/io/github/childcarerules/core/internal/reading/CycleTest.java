package io.github.childcarerules.core.internal.reading;

import static io.github.childcarerules.core.internal.reading.ScheduleArbitraries.BASE;
import static io.github.childcarerules.core.internal.reading.ScheduleArbitraries.BASE_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.childcarerules.core.internal.reading.ScheduleArbitraries.CycleSpec;
import io.github.childcarerules.core.internal.reading.ScheduleArbitraries.DayFunction;
import io.vavr.collection.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link Cycle}: every operation equals the plain day-by-day reference of {@link CycleSpec}. */
class CycleTest {

  @Provide
  Arbitrary<CycleSpec> cycles() {
    return ScheduleArbitraries.cycles();
  }

  @Property
  void valueOnFollowsTheValuesFromTheAnchorBothWays(
      @ForAll("cycles") CycleSpec spec, @ForAll @IntRange(min = -1500, max = 1500) int offset) {
    long day = BASE_DAY + offset;

    assertThat(spec.cycle().valueOn(LocalDate.ofEpochDay(day))).isEqualTo(spec.valueOn(day));
  }

  @Property
  void sumOverAnyRangeEqualsTheDayByDayLoop(
      @ForAll("cycles") CycleSpec spec,
      @ForAll @IntRange(min = -1500, max = 1500) int fromOffset,
      @ForAll @IntRange(min = 0, max = 500) int length) {
    long from = BASE_DAY + fromOffset;
    long to = from + length - 1;

    assertThat(spec.cycle().sum(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)))
        .isEqualTo(length == 0 ? 0 : spec.sum(from, to));
  }

  @Property
  void lengthAndTotalAreThoseOfOneRepetition(@ForAll("cycles") CycleSpec spec) {
    Cycle cycle = spec.cycle();

    assertThat(cycle.length()).isEqualTo(spec.values().length);
    assertThat(cycle.total()).isEqualTo(Arrays.stream(spec.values()).asLongStream().sum());
    assertThat(cycle.isZero()).isEqualTo(Arrays.stream(spec.values()).allMatch(v -> v == 0));
  }

  @Property
  void mapAppliesTheFunctionToEachDay(
      @ForAll("cycles") CycleSpec spec,
      @ForAll DayFunction f,
      @ForAll @IntRange(min = -400, max = 400) int offset) {
    long day = BASE_DAY + offset;

    assertThat(spec.cycle().map(f).valueOn(LocalDate.ofEpochDay(day)))
        .isEqualTo(f.applyAsInt(spec.valueOn(day)));
  }

  @Property
  void combineIsTheDayByDaySumThenTheFunctionOnTheDaysAsked(
      @ForAll @Size(min = 1, max = 4) List<@From("cycles") CycleSpec> parts,
      @ForAll DayFunction f,
      @ForAll @IntRange(min = -400, max = 400) int fromOffset,
      @ForAll @IntRange(min = 1, max = 120) int length) {
    long first = BASE_DAY + fromOffset;
    long last = first + length - 1;
    Cycle combined = Cycle.combine(Array.ofAll(parts).map(CycleSpec::cycle), f, first, last);

    for (long day = first; day <= last; day++) {
      long d = day;
      int sum = parts.stream().mapToInt(p -> p.valueOn(d)).sum();
      assertThat(combined.valueOn(LocalDate.ofEpochDay(day)))
          .as("%s", LocalDate.ofEpochDay(day))
          .isEqualTo(f.applyAsInt(sum));
    }
  }

  @Example
  void theAnchorIsAMonday() {
    assertThatIllegalArgumentException().isThrownBy(() -> Cycle.of(BASE.plusDays(1), new int[7]));
  }

  @Example
  void theValuesCoverWholeWeeks() {
    assertThatIllegalArgumentException().isThrownBy(() -> Cycle.of(BASE, new int[0]));
    assertThatIllegalArgumentException().isThrownBy(() -> Cycle.of(BASE, new int[8]));
    assertThat(Cycle.of(BASE, new int[28]).length()).isEqualTo(28);
  }

  @Example
  void mondayOfIsTheMondayOfTheCalendarWeek() {
    assertThat(Cycle.mondayOf(LocalDate.of(2024, 1, 7))).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(Cycle.mondayOf(LocalDate.of(2024, 1, 8))).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(Cycle.mondayOf(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 26));
  }

  @Example
  void zeroIsZeroEveryDay() {
    assertThat(Cycle.ZERO.isZero()).isTrue();
    assertThat(Cycle.ZERO.sum(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1))).isZero();
  }
}
