package io.github.childcarerules.occupation.careunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.occupation.careunit.StayProblem.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §8, "Care unit": every boundary of RCR art. 1 and 6. */
class CareUnitsTest {
  /** Four years old on 30 September 2024: the under-5 rule in 2024–2025. */
  private static final LocalDate YOUNG = LocalDate.of(2020, 3, 1);

  /** Six years old on 30 September 2024: the 5-or-older rule in 2024–2025. */
  private static final LocalDate OLD = LocalDate.of(2018, 3, 1);

  private static final LocalDate DAY = LocalDate.of(2024, 10, 15);

  static Stay stay(String text) {
    String[] times = text.split("-");
    return Stay.of(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
  }

  static Seq<Stay> stays(String... texts) {
    return List.of(texts).map(CareUnitsTest::stay);
  }

  private static CareUnitAssessment assess(LocalDate birth, String... stays) {
    Validation<Seq<StayProblem>, CareUnitAssessment> result =
        CareUnits.assess(birth, DAY, stays(stays));
    assertThat(result.isValid()).as("valid: %s", result).isTrue();
    return result.get();
  }

  private static Seq<StayProblem> problems(LocalDate birth, LocalDate day, String... stays) {
    Validation<Seq<StayProblem>, CareUnitAssessment> result =
        CareUnits.assess(birth, day, stays(stays));
    assertThat(result.isInvalid()).as("invalid: %s", result).isTrue();
    return result.getError();
  }

  @Test
  void theFormatExampleIsADayUnderTheFiveOrOlderRule() {
    CareUnitAssessment result =
        CareUnits.assess(LocalDate.of(2019, 9, 30), DAY, stays("07:00-08:00", "15:30-17:00")).get();

    assertThat(result.unit()).isEqualTo(CareUnit.DAY);
    assertThat(result.ageRule()).isEqualTo(AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30);
    assertThat(result.minutes()).isEqualTo(150);
    assertThat(result.overTenHours()).isFalse();
  }

  @ParameterizedTest(name = "under 5, {0} → {1}")
  @CsvSource({
    "08:00-10:29, NONE", // 149 minutes
    "08:00-10:30, HALF_DAY", // 150 minutes
    "08:00-12:00, HALF_DAY", // 240 minutes
    "08:00-12:01, DAY", // 241 minutes
    "08:00-08:00, NONE" // zero length
  })
  void underFiveTheContinuousStayDecides(String stay, CareUnit unit) {
    assertThat(assess(YOUNG, stay).unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "5 or older, {0} → {1}")
  @CsvSource({
    "'08:00-09:00,10:00-11:29', NONE", // 149 minutes in all
    "'08:00-09:00,10:00-11:30', DAY", // 150 minutes in all
    "'08:00-09:00', NONE",
    "'08:00-18:00', DAY"
  })
  void fiveOrOlderTheTotalDecides(String stays, CareUnit unit) {
    CareUnitAssessment result = assess(OLD, stays.split(","));
    assertThat(result.unit()).isEqualTo(unit);
    assertThat(result.ageRule()).isEqualTo(AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30);
  }

  @Test
  void underFiveTouchingStaysAreOneContinuousStay() {
    // 120 + 121 minutes touching: one stay of 241 minutes.
    assertThat(assess(YOUNG, "08:00-10:00", "10:00-12:01").unit()).isEqualTo(CareUnit.DAY);
    // A zero-length stay between two touching ones keeps them continuous.
    assertThat(assess(YOUNG, "08:00-10:00", "10:00-10:00", "10:00-12:01").unit())
        .isEqualTo(CareUnit.DAY);
  }

  @Test
  void underFiveAOneMinuteGapSplitsTheStay() {
    // 120 and 120 minutes with a gap: the longest is 120, below 150.
    CareUnitAssessment result = assess(YOUNG, "08:00-10:00", "10:01-12:01");
    assertThat(result.unit()).isEqualTo(CareUnit.NONE);
    assertThat(result.minutes()).isEqualTo(240);
    assertThat(result.ageRule()).isEqualTo(AgeRule.UNDER_FIVE_ON_SEPTEMBER_30);
  }

  @Test
  void underFiveTheLongestStayDecidesNotTheTotal() {
    assertThat(assess(YOUNG, "07:00-09:30", "13:00-15:00").unit()).isEqualTo(CareUnit.HALF_DAY);
    assertThat(assess(YOUNG, "07:00-09:29", "13:00-17:00").unit()).isEqualTo(CareUnit.HALF_DAY);
  }

  @ParameterizedTest(name = "{0} minutes → over ten hours: {1}")
  @CsvSource({"600, false", "601, true"})
  void moreThanTenHoursIsReported(int minutes, boolean over) {
    LocalTime arrival = LocalTime.of(6, 0);
    CareUnitAssessment result =
        CareUnits.assess(OLD, DAY, List.of(Stay.of(arrival, arrival.plusMinutes(minutes)))).get();
    assertThat(result.minutes()).isEqualTo(minutes);
    assertThat(result.overTenHours()).isEqualTo(over);
  }

  @Test
  void tenHoursCountAllStaysTogether() {
    CareUnitAssessment result = assess(YOUNG, "06:00-11:00", "12:00-17:01");
    assertThat(result.minutes()).isEqualTo(601);
    assertThat(result.overTenHours()).isTrue();
  }

  @ParameterizedTest(name = "born {0}, day {1} → {2}")
  @CsvSource({
    // Turning 5 on 30 September itself: 5 that day.
    "2019-09-30, 2024-10-15, FIVE_OR_OLDER_ON_SEPTEMBER_30",
    "2019-10-01, 2024-10-15, UNDER_FIVE_ON_SEPTEMBER_30",
    "2019-09-29, 2024-10-15, FIVE_OR_OLDER_ON_SEPTEMBER_30",
    // 31 August belongs to the reference year of the previous 1 September (30 September 2023).
    "2018-09-30, 2023-08-31, UNDER_FIVE_ON_SEPTEMBER_30",
    "2018-09-30, 2023-09-01, FIVE_OR_OLDER_ON_SEPTEMBER_30",
    "2019-09-30, 2024-08-31, UNDER_FIVE_ON_SEPTEMBER_30",
    // Already 5 on the day but not on 30 September of its reference year.
    "2019-01-15, 2024-08-31, UNDER_FIVE_ON_SEPTEMBER_30",
    "2019-01-15, 2024-09-01, FIVE_OR_OLDER_ON_SEPTEMBER_30",
    // Born after 30 September of the reference year, before the day.
    "2024-10-01, 2024-10-15, UNDER_FIVE_ON_SEPTEMBER_30",
    // Born on a 29 February.
    "2020-02-29, 2024-10-15, UNDER_FIVE_ON_SEPTEMBER_30",
    "2016-02-29, 2021-09-30, FIVE_OR_OLDER_ON_SEPTEMBER_30",
    // School age after 9999-12-31: under five on every day the library answers about.
    "9994-09-30, 9999-09-01, FIVE_OR_OLDER_ON_SEPTEMBER_30",
    "9994-10-01, 9999-12-31, UNDER_FIVE_ON_SEPTEMBER_30",
    "9999-12-31, 9999-12-31, UNDER_FIVE_ON_SEPTEMBER_30"
  })
  void theAgeOnSeptember30OfTheReferenceYearPicksTheRule(
      LocalDate birth, LocalDate day, AgeRule rule) {
    assertThat(CareUnits.ageRule(birth, day)).isEqualTo(rule);
    assertThat(CareUnits.assess(birth, day, stays("08:00-10:30")).get().ageRule()).isEqualTo(rule);
  }

  @Test
  void aBirthOnTheDayItselfIsUsable() {
    assertThat(CareUnits.assess(DAY, DAY, stays("08:00-10:30")).isValid()).isTrue();
  }

  @Test
  void noStayIsNoUnit() {
    CareUnitAssessment result = CareUnits.assess(YOUNG, DAY, List.empty()).get();
    assertThat(result.unit()).isEqualTo(CareUnit.NONE);
    assertThat(result.minutes()).isZero();
  }

  @Test
  void aBirthDateAfterTheDayIsUnusable() {
    Seq<StayProblem> problems = problems(DAY.plusDays(1), DAY, "08:00-10:30");
    assertThat(problems.map(StayProblem::reason)).containsExactly(Reason.BIRTH_AFTER_DAY);
    assertThat(problems.head().message(Locale.ENGLISH))
        .isEqualTo("the birth date 2024-10-16 is after the day 2024-10-15");
    assertThat(problems.head().message(Locale.CANADA_FRENCH))
        .isEqualTo("la date de naissance 2024-10-16 est postérieure au jour 2024-10-15");
  }

  @Test
  void aStayEndingBeforeItStartsIsUnusableAndSoIsOneCrossingMidnight() {
    Seq<StayProblem> problems = problems(YOUNG, DAY, "08:00-07:59", "09:00-10:00", "22:00-02:00");
    assertThat(problems.map(StayProblem::reason))
        .containsExactly(Reason.DEPARTURE_BEFORE_ARRIVAL, Reason.DEPARTURE_BEFORE_ARRIVAL);
    assertThat(problems.map(StayProblem::stays)).containsExactly(List.of(0), List.of(2));
    assertThat(problems.head().message(Locale.ENGLISH)).contains("08:00-07:59");
  }

  @Test
  void everyReasonIsReportedAtOnce() {
    Seq<StayProblem> problems = problems(DAY.plusDays(1), DAY, "10:00-09:00");
    assertThat(problems.map(StayProblem::reason))
        .containsExactly(Reason.BIRTH_AFTER_DAY, Reason.DEPARTURE_BEFORE_ARRIVAL);
  }

  @Test
  void staysOverlappingByOneMinuteAreUnusable() {
    Seq<StayProblem> problems = problems(YOUNG, DAY, "10:00-12:00", "08:00-10:01");
    assertThat(problems.map(StayProblem::reason)).containsExactly(Reason.OVERLAPPING_STAYS);
    assertThat(problems.head().stays()).containsExactly(0, 1);
    assertThat(problems.head().message(Locale.ENGLISH))
        .isEqualTo("the stays 10:00-12:00 and 08:00-10:01 overlap");
    assertThat(problems.head().message(Locale.FRENCH))
        .isEqualTo("les séjours 10:00-12:00 et 08:00-10:01 se chevauchent");
  }

  @Test
  void aStayInsideAnotherOverlapsIt() {
    assertThat(problems(YOUNG, DAY, "08:00-12:00", "09:00-10:00").head().reason())
        .isEqualTo(Reason.OVERLAPPING_STAYS);
    assertThat(problems(YOUNG, DAY, "08:00-12:00", "09:00-09:00").head().reason())
        .isEqualTo(Reason.OVERLAPPING_STAYS);
    assertThat(problems(YOUNG, DAY, "08:00-09:00", "08:00-09:00").head().reason())
        .isEqualTo(Reason.OVERLAPPING_STAYS);
  }

  @Test
  void aStayOverlappingTheLaterOfTwoTouchingStaysIsUnusable() {
    Seq<StayProblem> problems = problems(YOUNG, DAY, "08:00-09:00", "09:00-10:00", "09:30-11:00");
    assertThat(problems.map(StayProblem::reason)).containsExactly(Reason.OVERLAPPING_STAYS);
    assertThat(problems.head().stays()).containsExactly(1, 2);
  }

  @Test
  void aLongStayOverlapsEachShortStayInsideIt() {
    Seq<StayProblem> problems = problems(YOUNG, DAY, "08:00-12:00", "09:00-10:00", "11:00-11:30");
    assertThat(problems.map(StayProblem::stays)).containsExactly(List.of(0, 1), List.of(0, 2));
  }

  @Test
  void aNullStayIsMisuseNamedAsSuch() {
    assertThatThrownBy(() -> CareUnits.assess(YOUNG, DAY, List.of(stay("08:00-09:00"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stay");
  }

  @Test
  void zeroLengthStaysAtTheEdgeOfAnotherDoNotOverlap() {
    assertThat(assess(YOUNG, "08:00-08:00", "08:00-10:30", "10:30-10:30").unit())
        .isEqualTo(CareUnit.HALF_DAY);
    assertThat(assess(YOUNG, "08:00-08:00", "08:00-08:00").minutes()).isZero();
  }

  @Test
  void theWholeDayFitsWithoutCrossingMidnight() {
    CareUnitAssessment result = assess(YOUNG, "00:00-23:59");
    assertThat(result.minutes()).isEqualTo(1439);
    assertThat(result.unit()).isEqualTo(CareUnit.DAY);
  }
}
