package io.github.childcarerules.occupation.careunit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What holds for every day of stays (RULES.md §8, "Care unit"). */
class CareUnitPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 10, 15);

  /** Disjoint stays in increasing order, some touching, each within the day. */
  @Provide
  Arbitrary<List<Stay>> stays() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 120).list().ofMaxSize(6),
            Arbitraries.integers().between(0, 300).list().ofSize(6))
        .as(
            (gaps, lengths) -> {
              List<Stay> stays = List.empty();
              int minute = 0;
              for (int i = 0; i < gaps.size(); i++) {
                int start = minute + gaps.get(i);
                int end = start + lengths.get(i);
                if (end > 23 * 60 + 59) {
                  break;
                }
                stays = stays.append(Stay.of(time(start), time(end)));
                minute = end;
              }
              return stays;
            });
  }

  @Provide
  Arbitrary<LocalDate> births() {
    return Arbitraries.integers().between(0, 10 * 366).map(days -> DAY.minusDays(days));
  }

  private static LocalTime time(int minute) {
    return LocalTime.of(minute / 60, minute % 60);
  }

  @Property
  void theUnitDoesNotDependOnTheOrderOfTheStays(
      @ForAll("births") LocalDate birth, @ForAll("stays") List<Stay> stays) {
    assertThat(CareUnits.assess(birth, DAY, stays.reverse()))
        .isEqualTo(CareUnits.assess(birth, DAY, stays));
  }

  @Property
  void lengtheningAStayNeverLowersTheUnit(
      @ForAll("births") LocalDate birth,
      @ForAll("stays") List<Stay> stays,
      @ForAll @IntRange(min = 1, max = 60) int minutes) {
    if (stays.isEmpty()) {
      return;
    }
    Stay last = stays.last();
    int departure = last.departure().getHour() * 60 + last.departure().getMinute() + minutes;
    if (departure > 23 * 60 + 59) {
      return;
    }
    List<Stay> longer = stays.init().append(Stay.of(last.arrival(), time(departure)));

    CareUnitAssessment before = CareUnits.assess(birth, DAY, stays).get();
    CareUnitAssessment after = CareUnits.assess(birth, DAY, longer).get();
    assertThat(rank(after.unit())).isGreaterThanOrEqualTo(rank(before.unit()));
    assertThat(after.minutes()).isEqualTo(before.minutes() + minutes);
  }

  @Property
  void disjointStaysAreAlwaysUsableAndTheirMinutesAddUp(
      @ForAll("births") LocalDate birth, @ForAll("stays") List<Stay> stays) {
    Validation<?, CareUnitAssessment> result = CareUnits.assess(birth, DAY, stays);
    assertThat(result.isValid()).isTrue();
    long total = stays.map(Stay::minutes).sum().longValue();
    assertThat(result.get().minutes()).isEqualTo(total);
    assertThat(result.get().overTenHours()).isEqualTo(total > 600);
  }

  @Property
  void splittingAStayAtAnInstantChangesNothing(
      @ForAll("births") LocalDate birth,
      @ForAll @IntRange(min = 0, max = 600) int start,
      @ForAll @IntRange(min = 0, max = 400) int first,
      @ForAll @IntRange(min = 0, max = 400) int second) {
    List<Stay> whole = List.of(Stay.of(time(start), time(start + first + second)));
    List<Stay> split =
        List.of(
            Stay.of(time(start), time(start + first)),
            Stay.of(time(start + first), time(start + first + second)));
    assertThat(CareUnits.assess(birth, DAY, split)).isEqualTo(CareUnits.assess(birth, DAY, whole));
  }

  private static int rank(CareUnit unit) {
    return switch (unit) {
      case NONE -> 0;
      case HALF_DAY -> 1;
      case DAY -> 2;
    };
  }

  /** RCR art. 1 read literally: the age in whole years on 30 September of the reference year. */
  @Property
  void theAgeRuleIsTheAgeOnSeptember30OfTheReferenceYear(
      @ForAll @IntRange(min = 0, max = 6000) int birthOffset,
      @ForAll @IntRange(min = 0, max = 4000) int age) {
    LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(birthOffset);
    LocalDate day = birth.plusDays(age);
    int referenceYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    boolean five =
        java.time.Period.between(birth, LocalDate.of(referenceYear, 9, 30)).getYears() >= 5;

    assertThat(CareUnits.ageRule(birth, day))
        .isEqualTo(
            five ? AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30 : AgeRule.UNDER_FIVE_ON_SEPTEMBER_30);
  }
}
