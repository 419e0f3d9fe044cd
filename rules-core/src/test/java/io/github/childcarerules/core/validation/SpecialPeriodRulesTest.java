package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.CISSS_CONVENTION_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.PERIOD_END_BEFORE_START;
import static io.github.childcarerules.core.rule.Rule.TRANSITIONAL_MEASURE_WITHOUT_DISABILITY;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.MONDAY_TO_FRIDAY;
import static io.github.childcarerules.core.validation.ValidRecords.fullDays;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.period;
import static io.github.childcarerules.core.validation.ValidRecords.periods;
import static io.github.childcarerules.core.validation.ValidRecords.special;
import static io.github.childcarerules.core.validation.ValidRecords.withAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Arrays;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md §6: CISSS/CIUSSS, ECP and disability periods, and the transitional measure. */
class SpecialPeriodRulesTest {

  /** The three kinds of special periods, which share one mechanism. */
  enum Kind {
    CISSS("cisssPeriods", Rule.CISSS_PERIODS_OVERLAP),
    ECP("ecpPeriods", Rule.ECP_PERIODS_OVERLAP),
    DISABILITY("disabilityPeriods", Rule.DISABILITY_PERIODS_OVERLAP);

    final String path;
    final Rule overlap;

    Kind(String path, Rule overlap) {
      this.path = path;
      this.overlap = overlap;
    }

    /** The fixture with these periods (for CISSS, the provider holds the convention). */
    ParentChildRecord record(List<SpecialPeriod> periods) {
      return switch (this) {
        case CISSS ->
            minimal()
                .withCisssPeriods(periods)
                .withServiceOffer(Option.some(ServiceOffer.of(true)));
        case ECP -> minimal().withEcpPeriods(periods);
        case DISABILITY -> minimal().withDisabilityPeriods(periods);
      };
    }
  }

  private static ParentChildRecord withMeasure(
      List<SpecialPeriod> disability, SpecialPeriod measure) {
    return ValidRecords.ofSchoolAge(minimal())
        .withDisabilityPeriods(disability)
        .withTransitionalMeasure(Option.some(measure));
  }

  // PERIOD_END_BEFORE_START

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPeriodMayEndOnItsStart(Kind kind) {
    assertThatViolations(kind.record(periods("2024-01-10/2024-01-10"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPeriodEndingTheDayBeforeItsStartIsReportedAtItsEnd(Kind kind) {
    assertThatViolations(kind.record(periods("2024-01-10/2024-01-09")))
        .containsExactly(tuple(PERIOD_END_BEFORE_START, kind.path + "[0].end"));
  }

  @ParameterizedTest(name = "measure {0}: inverted = {1}")
  @CsvSource({"2024-09-01/2024-09-01, false", "2024-09-01/2024-08-31, true"})
  void theTransitionalMeasureMayEndOnItsStartButNotBefore(String measure, boolean inverted) {
    assertThatViolations(withMeasure(periods("2024-01-01/.."), period(measure)))
        .containsExactly(reportedIf(inverted, PERIOD_END_BEFORE_START, "transitionalMeasure.end"));
  }

  @ParameterizedTest(name = "special schedule ending {0}: inverted = {1}")
  @CsvSource({"2023-12-18, false", "2023-12-17, true"})
  void aSpecialScheduleMayEndOnItsStartButNotBefore(String end, boolean inverted) {
    var record =
        withAgreement(
            0,
            a ->
                a.addSpecialSchedules(
                    special("2023-12-18", end, Schedule.of(fullDays(MONDAY_TO_FRIDAY)))));

    assertThatViolations(record)
        .containsExactly(
            reportedIf(inverted, PERIOD_END_BEFORE_START, "agreements[0].specialSchedules[0].end"));
  }

  // *_START_REQUIRED, CISSS_PERIOD_END_REQUIRED

  @ParameterizedTest(name = "{0} [{1}] to [{2}]: {3}")
  @CsvSource({
    "CISSS     , 2024-01-01, 2024-01-31, ",
    "CISSS     , 2024-01-01,           , CISSS_PERIOD_END_REQUIRED@cisssPeriods[0].end",
    "CISSS     , 2024-01-01, ' '       , CISSS_PERIOD_END_REQUIRED@cisssPeriods[0].end",
    "CISSS     ,           , 2024-01-31, CISSS_PERIOD_START_REQUIRED@cisssPeriods[0].start",
    "CISSS     , '  '      , 2024-01-31, CISSS_PERIOD_START_REQUIRED@cisssPeriods[0].start",
    "CISSS     , ''        , ' '       , ",
    "ECP       , 2024-01-01,           , ",
    "ECP       ,           , 2024-01-31, ECP_PERIOD_START_REQUIRED@ecpPeriods[0].start",
    "ECP       , ''        , 2024-01-31, ECP_PERIOD_START_REQUIRED@ecpPeriods[0].start",
    "ECP       ,           ,           , ",
    "DISABILITY, 2024-01-01,           , ",
    "DISABILITY,           , 2024-01-31, DISABILITY_PERIOD_START_REQUIRED@disabilityPeriods[0].start",
    "DISABILITY, ' '       , ''        , ",
  })
  void startIsRequiredAndOnlyCisssPeriodsRequireAnEnd(
      Kind kind, String start, String end, String violations) {
    assertThatViolations(kind.record(List.of(period(start, end))))
        .containsExactly(expected(violations));
  }

  // CISSS_CONVENTION_REQUIRED

  @ParameterizedTest(name = "service offer [{0}]")
  @ValueSource(strings = {"without convention", "absent"})
  void aCisssPeriodNeedsTheConventionInTheServiceOffer(String offer) {
    var record =
        minimal()
            .withCisssPeriods(periods("2024-01-01/2024-01-31", "2024-03-01/2024-03-31"))
            .withServiceOffer(
                offer.equals("absent") ? Option.none() : Option.some(ServiceOffer.of(false)));

    assertThatViolations(record).containsExactly(tuple(CISSS_CONVENTION_REQUIRED, "cisssPeriods"));
  }

  @Test
  void aCisssPeriodWithTheConventionIsFine() {
    var record =
        minimal()
            .withCisssPeriods(periods("2024-01-01/2024-01-31"))
            .withServiceOffer(Option.some(ServiceOffer.of(true)));

    assertThatViolations(record).isEmpty();
  }

  @Test
  void anAbsentCisssPeriodNeedsNoConvention() {
    assertThatViolations(minimal().withCisssPeriods(List.of(period(" ", "")))).isEmpty();
  }

  // *_PERIODS_OVERLAP: reported at every period that overlaps one starting before it (an earlier
  // start, or the same start and a lower index). "any": every kind; "open": the kinds that may be
  // open (ECP and disability).

  @ParameterizedTest(name = "{0}: {1} -> [{2}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          any  | 2024-01-01/2024-01-31 2024-02-01/2024-02-10                       |
          any  | 2024-01-01/2024-01-30 2024-02-01/2024-02-10                       |
          any  | 2024-01-01/2024-01-31 2024-01-31/2024-02-10                       | 1
          any  | 2024-01-31/2024-02-10 2024-01-01/2024-01-31                       | 0
          any  | 2024-01-01/2024-01-10 2024-01-01/2024-01-05                       | 1
          any  | 2024-01-01/2024-12-31 2024-02-01/2024-02-10 2024-03-01/2024-03-10 | 1 2
          any  | 2024-01-01/2024-01-10 2024-01-10/2024-01-20 2024-01-20/2024-01-30 | 1 2
          any  | 2024-03-01/2024-03-10 2024-01-01/2024-01-31 2024-01-15/2024-03-01 | 0 2
          open | 2024-01-01/.. 2030-01-01/2030-01-31 2031-06-01/..               | 1 2
          open | 2030-01-01/2030-01-31 2024-01-01/..                             | 0
          open | 2024-01-01/2024-01-31 2024-02-01/..                             |
          open | 2024-01-01/2024-01-31 2024-01-31/..                             | 1
          open | 2024-02-01/.. 2024-01-01/2024-01-31                             |
          """)
  void periodsOfOneKindDoNotOverlap(String kinds, String periods, String reported) {
    for (Kind kind : kinds.equals("any") ? Kind.values() : new Kind[] {Kind.ECP, Kind.DISABILITY}) {
      Tuple[] expected =
          reported == null
              ? new Tuple[0]
              : Arrays.stream(reported.split(" "))
                  .map(i -> tuple(kind.overlap, kind.path + "[" + i + "]"))
                  .toArray(Tuple[]::new);

      assertThatViolations(kind.record(periods(periods.split(" "))))
          .as(kind.name())
          .containsExactly(expected);
    }
  }

  @Test
  void aCisssPeriodWithoutEndTakesPartInNoOverlap() {
    assertThatViolations(Kind.CISSS.record(periods("2024-01-01/..", "2024-02-01/2024-02-10")))
        .containsExactly(tuple(Rule.CISSS_PERIOD_END_REQUIRED, "cisssPeriods[0].end"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anInvertedPeriodTakesPartInNoOverlap(Kind kind) {
    assertThatViolations(kind.record(periods("2024-01-01/2024-12-31", "2024-03-10/2024-03-01")))
        .containsExactly(tuple(PERIOD_END_BEFORE_START, kind.path + "[1].end"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPeriodWithAMalformedDateTakesPartInNoOverlap(Kind kind) {
    assertThatViolations(kind.record(periods("2024-01-01/2024-12-31", "2024-3-01/2024-03-10")))
        .containsExactly(tuple(Rule.DATE_FORMAT, kind.path + "[1].start"));
  }

  // The transitional measure

  @ParameterizedTest(name = "measure [{0}]")
  @ValueSource(
      strings = {"2024-09-01/2025-06-30", "/2025-06-30", "2024-09-01/2024-08-31", "2024-09-01/.."})
  void withoutDisabilityPeriodOnlyThatIsReportedOnTheMeasure(String measure) {
    assertThatViolations(withMeasure(List.empty(), period(measure)))
        .containsExactly(tuple(TRANSITIONAL_MEASURE_WITHOUT_DISABILITY, "transitionalMeasure"));
  }

  @Test
  void anAbsentDisabilityPeriodIsNoDisabilityPeriod() {
    assertThatViolations(withMeasure(List.of(period(" ", "")), period("2024-09-01/2025-06-30")))
        .containsExactly(tuple(TRANSITIONAL_MEASURE_WITHOUT_DISABILITY, "transitionalMeasure"));
  }

  @Test
  void anAbsentMeasureNeedsNoDisabilityPeriod() {
    assertThatViolations(withMeasure(List.empty(), period("", " "))).isEmpty();
  }

  @ParameterizedTest(name = "disability {0}, measure {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-01-01/2025-06-30                       | 2024-09-01/2025-06-30 |
          2024-01-01/2025-06-30                       | 2024-01-01/2024-06-30 |
          2024-01-01/2025-06-30                       | 2024-09-01/2025-07-01 | TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY@transitionalMeasure
          2024-01-01/2025-06-30                       | 2023-12-31/2024-06-30 | TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY@transitionalMeasure
          2024-01-01/..                               | 2024-09-01/2025-06-30 |
          2024-01-01/..                               | 2024-09-01/..         |
          2024-01-01/2024-06-30, 2024-07-01/2025-06-30 | 2024-07-01/2025-06-30 |
          2024-01-01/2024-06-30, 2024-07-01/2025-06-30 | 2024-06-01/2024-09-30 | TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY@transitionalMeasure
          2024-01-01/2025-06-30                       | 2024-09-01/..         | TRANSITIONAL_MEASURE_END_REQUIRED@transitionalMeasure.end
          2024-01-01/2024-06-30, 2024-07-01/..         | 2024-03-01/..         | TRANSITIONAL_MEASURE_END_REQUIRED@transitionalMeasure.end
          2024-01-01/2024-06-30, 2024-07-01/..         | 2024-07-01/..         |
          2024-01-01/2024-06-30                       | 2024-09-01/..         | TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY@transitionalMeasure
          2024-01-01/2025-06-30                       | /2025-06-30           | TRANSITIONAL_MEASURE_START_REQUIRED@transitionalMeasure.start
          2024-01-01/2025-06-30                       | 2024-09-01/2024-08-31 | PERIOD_END_BEFORE_START@transitionalMeasure.end
          """)
  void theMeasureLiesInsideOneDisabilityPeriod(
      String disability, String measure, String violations) {
    var record = withMeasure(periods(disability.split(",\\s*")), period(measure));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  // TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE, TRANSITIONAL_MEASURE_OVER_ONE_YEAR (warnings)

  private static ParentChildRecord bornOn(String birth, SpecialPeriod measure) {
    ParentChildRecord record = withMeasure(periods("2020-01-01/.."), measure);
    return record.withChild(record.child().map(child -> child.withBirthDate(Option.of(birth))));
  }

  /**
   * A child born on 30 September is 5 on 30 September of its fifth birthday's year: school age from
   * 1 September of that year; born on 1 October, one year later.
   */
  @ParameterizedTest(name = "born [{0}], measure {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2018-09-30 | 2023-08-31/2024-06-30 | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start
          2018-09-30 | 2023-09-01/2024-06-30 |
          2018-10-01 | 2024-08-31/2025-06-30 | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start
          2018-10-01 | 2024-09-01/2025-06-30 |
          2018-10-01 | 2023-09-01/2024-06-30 | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start
          2018-10-01 | 2024-08-31/..         | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start
          2018-10-01 | 2024-08-31/2024-08-30 | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start; PERIOD_END_BEFORE_START@transitionalMeasure.end
          2018-10-01 | 2024-08-31/2025-13-01 | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start; DATE_FORMAT@transitionalMeasure.end
          2018-10-01 | 2019-08-31/2019-12-31 | TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start; TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY@transitionalMeasure
          2018-10-1  | 2019-08-31/2019-12-31 | DATE_FORMAT@child.birthDate; TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY@transitionalMeasure
          2018-10-01 | 2024-8-31/2025-06-30  | DATE_FORMAT@transitionalMeasure.start
          """)
  void theMeasureStartsNoEarlierThanTheNominalSchoolAgeDate(
      String birth, String measure, String violations) {
    assertThatViolations(bornOn(birth, period(measure))).containsExactly(expected(violations));
  }

  @Test
  void theMeasureBeforeSchoolAgeIsNotCheckedWithoutBirthDate() {
    ParentChildRecord record = bornOn("2018-10-01", period("2020-09-01/2021-06-30"));
    record = record.withChild(record.child().map(child -> child.withBirthDate(Option.none())));

    assertThatViolations(record)
        .containsExactly(tuple(Rule.CHILD_BIRTH_DATE_REQUIRED, "child.birthDate"));
  }

  @Test
  void theMeasureBeforeSchoolAgeIsCheckedOnlyWithADisabilityPeriod() {
    var record =
        bornOn("2018-10-01", period("2019-09-01/2020-06-30")).withDisabilityPeriods(List.empty());

    assertThatViolations(record)
        .containsExactly(tuple(TRANSITIONAL_MEASURE_WITHOUT_DISABILITY, "transitionalMeasure"));
  }

  @Test
  void theMeasureBeforeSchoolAgeQuotesTheNominalDateAndIsAWarning() {
    var report = RecordValidator.validate(bornOn("2018-10-01", period("2024-08-31/2025-06-30")));

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations().single().arguments()).containsExactly("2024-09-01");
  }

  /** One year: the end is before the start plus one year (Java's {@code plusYears(1)}). */
  @ParameterizedTest(name = "measure {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2025-09-01/2026-08-31 |
          2025-09-01/2026-09-01 | TRANSITIONAL_MEASURE_OVER_ONE_YEAR@transitionalMeasure.end
          2025-09-01/2027-09-01 | TRANSITIONAL_MEASURE_OVER_ONE_YEAR@transitionalMeasure.end
          2025-09-01/2025-09-01 |
          2025-09-01/..         |
          2024-02-29/2025-02-27 |
          2024-02-29/2025-02-28 | TRANSITIONAL_MEASURE_OVER_ONE_YEAR@transitionalMeasure.end
          2025-09-01/2025-08-31 | PERIOD_END_BEFORE_START@transitionalMeasure.end
          2025-9-01/2027-09-01  | DATE_FORMAT@transitionalMeasure.start
          /2027-09-01           | TRANSITIONAL_MEASURE_START_REQUIRED@transitionalMeasure.start
          """)
  void theMeasureLastsAtMostOneYear(String measure, String violations) {
    assertThatViolations(bornOn("2018-09-30", period(measure)))
        .containsExactly(expected(violations));
  }

  @Test
  void aMeasureOverOneYearQuotesItsLastAllowedDay() {
    var report = RecordValidator.validate(bornOn("2018-09-30", period("2024-02-29/2025-03-01")));

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations().single().arguments()).containsExactly("2025-02-27");
  }

  @Test
  void bothMeasureWarningsAreReportedTogether() {
    assertThatViolations(bornOn("2018-10-01", period("2024-08-31/2025-08-31")))
        .containsExactly(
            expected(
                "TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE@transitionalMeasure.start;"
                    + " TRANSITIONAL_MEASURE_OVER_ONE_YEAR@transitionalMeasure.end"));
  }

  @ParameterizedTest(name = "born {0}")
  @ValueSource(strings = {"9994-10-01", "9999-12-31"})
  void aChildReachingSchoolAgeAfter9999IsBeforeSchoolAgeWithoutADatePast9999(String birth) {
    ValidationReport report =
        RecordValidator.validate(bornOn(birth, period("9999-01-01/9999-06-30")));

    assertThat(report.violations())
        .filteredOn(v -> v.rule() == Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE)
        .singleElement()
        .satisfies(v -> assertThat(v.arguments()).containsExactly("> 9999-12-31"))
        .satisfies(v -> assertThat(v.message()).contains("(> 9999-12-31)"));
  }
}
