package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.AGREEMENTS_OVERLAP;
import static io.github.childcarerules.core.rule.Rule.AGREEMENT_END_BEFORE_START;
import static io.github.childcarerules.core.rule.Rule.AGREEMENT_END_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.AGREEMENT_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.AGREEMENT_TERMINATION_OUTSIDE;
import static io.github.childcarerules.core.rule.Rule.DATE_FORMAT;
import static io.github.childcarerules.core.rule.Rule.REPLACEMENT_WITH_SCHEDULE;
import static io.github.childcarerules.core.rule.Rule.SCHEDULE_PERIODICITY;
import static io.github.childcarerules.core.rule.Rule.SCHEDULE_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT;
import static io.github.childcarerules.core.schedule.Day.MON;
import static io.github.childcarerules.core.schedule.Day.SUN;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.MONDAY_TO_FRIDAY;
import static io.github.childcarerules.core.validation.ValidRecords.agreement;
import static io.github.childcarerules.core.validation.ValidRecords.firstAgreement;
import static io.github.childcarerules.core.validation.ValidRecords.fullDays;
import static io.github.childcarerules.core.validation.ValidRecords.period;
import static io.github.childcarerules.core.validation.ValidRecords.periods;
import static io.github.childcarerules.core.validation.ValidRecords.secondAgreement;
import static io.github.childcarerules.core.validation.ValidRecords.special;
import static io.github.childcarerules.core.validation.ValidRecords.withAgreement;
import static io.github.childcarerules.core.validation.ValidRecords.withAgreements;
import static io.github.childcarerules.core.validation.ValidRecords.withBrackets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES.md §7, service agreements and schedules. The fixture's agreement 0 runs 2023-03-06 (Mon) to
 * 2024-03-01 (Fri), agreement 1 from 2024-03-04 (Mon) to 2025-02-28 (Fri).
 */
class AgreementRulesTest {
  private static final Schedule MON_TO_FRI = Schedule.of(fullDays(MONDAY_TO_FRIDAY));
  private static final Week MONDAY_NO_SLOT = Week.builder().putDays("MON", List.empty()).build();

  /** Named schedules for the tables. */
  private static Option<Schedule> schedule(String name) {
    return switch (name) {
      case "absent" -> Option.none();
      case "one empty week" -> Option.some(Schedule.of(Week.empty()));
      case "a day without slot" -> Option.some(Schedule.of(MONDAY_NO_SLOT));
      case "one half-day" -> Option.some(Schedule.of(Week.builder().on(MON, Slot.DAY_1).build()));
      case "empty week then one night" ->
          Option.some(Schedule.of(Week.empty(), Week.builder().on(SUN, Slot.NIGHT_2).build()));
      case "full days" -> Option.some(MON_TO_FRI);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Schedule weeks(int count) {
    return Schedule.builder()
        .weeks(List.ofAll(Collections.nCopies(count, fullDays(MONDAY_TO_FRIDAY))))
        .build();
  }

  // AGREEMENT_REQUIRED

  @Test
  void aRecordWithoutAgreementIsReported() {
    assertThatViolations(withAgreements()).containsExactly(tuple(AGREEMENT_REQUIRED, "agreements"));
  }

  @Test
  void oneAgreementIsEnough() {
    assertThatViolations(withAgreements(firstAgreement())).isEmpty();
  }

  // AGREEMENT_START_REQUIRED, AGREEMENT_END_REQUIRED, AGREEMENT_END_BEFORE_START

  @ParameterizedTest(name = "[{0}] to [{1}]: {2}")
  @CsvSource({
    "2023-03-06, 2024-03-01, ",
    "          , 2024-03-01, AGREEMENT_START_REQUIRED@agreements[0].start",
    "'  '      , 2024-03-01, AGREEMENT_START_REQUIRED@agreements[0].start",
    "2023-03-06,           , AGREEMENT_END_REQUIRED@agreements[0].end",
    "2023-03-06, ''        , AGREEMENT_END_REQUIRED@agreements[0].end",
    "          ,           , AGREEMENT_END_REQUIRED@agreements[0].end;"
        + "AGREEMENT_START_REQUIRED@agreements[0].start",
  })
  void bothDatesAreRequired(String start, String end, String violations) {
    var record = withAgreement(0, a -> a.start(Option.of(start)).end(Option.of(end)));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @ParameterizedTest(name = "ending [{0}]: inverted = {1}")
  @CsvSource({"2023-03-06, false", "2023-03-05, true"})
  void anAgreementMayEndOnItsStartButNotBefore(String end, boolean inverted) {
    assertThatViolations(withAgreement(0, a -> a.end(end)))
        .containsExactly(reportedIf(inverted, AGREEMENT_END_BEFORE_START, "agreements[0].end"));
  }

  // AGREEMENT_TERMINATION_OUTSIDE

  @ParameterizedTest(name = "terminated on [{0}]: outside = {1}")
  @CsvSource({
    "2023-03-06, false",
    "2023-12-01, false",
    "2024-03-01, false",
    "'  '      , false",
    "2023-03-05, true",
    "2024-03-02, true",
  })
  void theTerminationDateLiesBetweenStartAndEndIncluded(String terminatedOn, boolean outside) {
    assertThatViolations(withAgreement(0, a -> a.terminatedOn(terminatedOn)))
        .containsExactly(
            reportedIf(outside, AGREEMENT_TERMINATION_OUTSIDE, "agreements[0].terminatedOn"));
  }

  // AGREEMENTS_OVERLAP

  @ParameterizedTest(name = "second agreement from [{0}]: overlap = {1}")
  @CsvSource({"2024-03-02, false", "2024-03-01, true"})
  void agreementsMayBeAdjacentButMayNotShareADay(String secondStart, boolean overlap) {
    assertThatViolations(withAgreement(1, a -> a.start(secondStart)))
        .containsExactly(reportedIf(overlap, AGREEMENTS_OVERLAP, "agreements[1]"));
  }

  @Test
  void theOverlapIsReportedAtTheAgreementThatStartsLaterWhateverTheListOrder() {
    Agreement second = secondAgreement().withStart(Option.some("2024-03-01"));

    assertThatViolations(withAgreements(second, firstAgreement()))
        .containsExactly(tuple(AGREEMENTS_OVERLAP, "agreements[0]"));
  }

  @Test
  void agreementsStartingTheSameDayOverlapAtTheHigherIndex() {
    assertThatViolations(withAgreements(firstAgreement(), firstAgreement(), secondAgreement()))
        .containsExactly(tuple(AGREEMENTS_OVERLAP, "agreements[1]"));
  }

  @Test
  void everyAgreementOverlappingAnEarlierOneIsReported() {
    Agreement inside = agreement("2023-06-05", "2023-06-30", MON_TO_FRI);
    Agreement across = agreement("2024-02-26", "2024-03-08", MON_TO_FRI);

    assertThatViolations(withAgreements(inside, firstAgreement(), across, secondAgreement()))
        .containsExactly(
            tuple(AGREEMENTS_OVERLAP, "agreements[0]"),
            tuple(AGREEMENTS_OVERLAP, "agreements[2]"),
            tuple(AGREEMENTS_OVERLAP, "agreements[3]"));
  }

  @ParameterizedTest(name = "first agreement ending 2024-06-28, terminated on [{0}]: overlap = {1}")
  @CsvSource({"2024-03-03, false", "2024-03-04, true", ", true"})
  void overlapUsesTheEffectiveEnd(String terminatedOn, boolean overlap) {
    var record = withAgreement(0, a -> a.end("2024-06-28").terminatedOn(Option.of(terminatedOn)));

    assertThatViolations(record)
        .containsExactly(reportedIf(overlap, AGREEMENTS_OVERLAP, "agreements[1]"));
  }

  @Test
  void anInvertedAgreementTakesPartInNoOverlap() {
    var record = withAgreement(1, a -> a.start("2024-03-01").end("2024-02-29"));

    assertThatViolations(record)
        .containsExactly(tuple(AGREEMENT_END_BEFORE_START, "agreements[1].end"));
  }

  @Test
  void anAgreementTerminatedBeforeItsStartTakesPartInNoOverlap() {
    var record = withAgreement(1, a -> a.start("2024-03-01").terminatedOn("2024-02-29"));

    assertThatViolations(record)
        .containsExactly(tuple(AGREEMENT_TERMINATION_OUTSIDE, "agreements[1].terminatedOn"));
  }

  // SCHEDULE_REQUIRED

  @ParameterizedTest(name = "replacement {0}, schedule [{1}]: required = {2}")
  @CsvSource({
    "false, full days                , false",
    "false, one half-day             , false",
    "false, empty week then one night, false",
    "false, absent                   , true",
    "false, one empty week           , true",
    "false, a day without slot       , true",
    "true , absent                   , false",
  })
  void aNonReplacementAgreementHasAnOccupiedSlot(
      boolean replacement, String schedule, boolean required) {
    var record = withAgreement(1, a -> a.replacement(replacement).schedule(schedule(schedule)));

    assertThatViolations(record)
        .containsExactly(reportedIf(required, SCHEDULE_REQUIRED, "agreements[1].schedule"));
  }

  /** CSG Horaire normal c2: optional at school age, unless under the transitional measure. */
  @ParameterizedTest(name = "school age from [{0}]: {1}")
  @CsvSource({
    "2024-03-04, ",
    "2024-03-02, ",
    "2024-03-05, AGREEMENT_SPANS_SCHOOL_AGE@agreements[1];SCHEDULE_REQUIRED@agreements[1].schedule",
    "2025-03-03, SCHEDULE_REQUIRED@agreements[1].schedule",
  })
  void theScheduleIsOptionalWhenSchoolAgeIsInForceOnTheStart(String schoolAge, String violations) {
    var record =
        withBrackets("2023-03-06", "2023-09-05", schoolAge)
            .withAgreements(
                List.of(firstAgreement(), secondAgreement().withSchedule(Option.none())));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @Test
  void theScheduleIsRequiredOfAnAgreementWithoutEnd() {
    var record = withAgreement(1, a -> a.unsetEnd().unsetSchedule());

    assertThatViolations(record)
        .containsExactly(
            tuple(AGREEMENT_END_REQUIRED, "agreements[1].end"),
            tuple(SCHEDULE_REQUIRED, "agreements[1].schedule"));
  }

  @Test
  void schoolAgeInForceOnALaterAgreementDoesNotExemptAnEarlierOne() {
    var record =
        withBrackets("2023-03-06", "2023-09-05", "2024-03-04")
            .withAgreements(
                List.of(firstAgreement().withSchedule(Option.none()), secondAgreement()));

    assertThatViolations(record)
        .containsExactly(tuple(SCHEDULE_REQUIRED, "agreements[0].schedule"));
  }

  @ParameterizedTest(name = "transitional measure [{0}]: required = {1}")
  @CsvSource({
    "2024-03-04/2025-02-28, true",
    "2024-01-01/2024-03-04, true",
    "2024-03-04/..        , true",
    "2024-03-05/2025-02-28, false",
    "2024-01-01/2024-03-03, false",
  })
  void aTransitionalMeasureCoveringTheStartKeepsTheScheduleRequired(
      String measure, boolean required) {
    var record =
        ValidRecords.ofSchoolAge(withBrackets("2023-03-06", "2023-09-05", "2024-03-04"))
            .withAgreements(
                List.of(firstAgreement(), secondAgreement().withSchedule(Option.none())))
            .withDisabilityPeriods(periods("2024-01-01/.."))
            .withTransitionalMeasure(Option.some(period(measure)));

    assertThatViolations(record)
        .containsExactly(reportedIf(required, SCHEDULE_REQUIRED, "agreements[1].schedule"));
  }

  // REPLACEMENT_WITH_SCHEDULE

  @ParameterizedTest(name = "replacement with schedule [{0}]: reported = {1}")
  @CsvSource({
    "absent            , false",
    "one empty week    , false",
    "a day without slot, false",
    "one half-day      , true",
    "full days         , true",
  })
  void aReplacementAgreementPlansNoOccupation(String schedule, boolean reported) {
    var record = withAgreement(1, a -> a.replacement(true).schedule(schedule(schedule)));

    assertThatViolations(record)
        .containsExactly(reportedIf(reported, REPLACEMENT_WITH_SCHEDULE, "agreements[1]"));
  }

  @ParameterizedTest(name = "normal schedule [{0}], special schedule [{1}]")
  @CsvSource({
    "absent   , with an empty week",
    "absent   , without schedule",
    "full days, with full days",
  })
  void aReplacementAgreementHasNoSpecialScheduleReportedOnce(String normal, String special) {
    SpecialSchedule specialSchedule =
        switch (special) {
          case "with an empty week" ->
              special("2024-04-01", "2024-04-05", Schedule.of(Week.empty()));
          case "without schedule" -> special("2024-04-01", "2024-04-05", null);
          default -> special("2024-04-01", "2024-04-05", MON_TO_FRI);
        };
    var record =
        withAgreement(
            1,
            a ->
                a.replacement(true)
                    .schedule(schedule(normal))
                    .addSpecialSchedules(specialSchedule));

    assertThatViolations(record).containsExactly(tuple(REPLACEMENT_WITH_SCHEDULE, "agreements[1]"));
  }

  @Test
  void aReplacementWithAScheduleIsAWarningOnlyTheGuideSetsNoConstraint() {
    var report =
        RecordValidator.validate(
            withAgreement(1, a -> a.replacement(true).schedule(schedule("full days"))));

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings().map(v -> v.rule())).containsExactly(REPLACEMENT_WITH_SCHEDULE);
  }

  @Test
  void anAbsentSpecialScheduleIsNoSpecialScheduleOfAReplacement() {
    var record =
        withAgreement(
            1,
            a ->
                a.replacement(true)
                    .schedule(schedule("absent"))
                    .addSpecialSchedules(SpecialSchedule.builder().start(" ").end("").build()));

    assertThatViolations(record).isEmpty();
  }

  // SCHEDULE_PERIODICITY

  @ParameterizedTest(name = "{0} weeks: reported = {1}")
  @CsvSource({"0, true", "1, false", "2, false", "3, false", "4, false", "5, true"})
  void aScheduleRepeatsEveryOneToFourWeeks(int count, boolean reported) {
    assertThatViolations(withAgreement(0, a -> a.schedule(weeks(count))))
        .containsExactly(reportedIf(reported, SCHEDULE_PERIODICITY, "agreements[0].schedule"));
  }

  @ParameterizedTest(name = "{0} weeks: reported = {1}")
  @CsvSource({"0, true", "1, false", "4, false", "5, true"})
  void aSpecialScheduleRepeatsEveryOneToFourWeeks(int count, boolean reported) {
    var record =
        withAgreement(
            0, a -> a.addSpecialSchedules(special("2023-12-18", "2024-01-05", weeks(count))));

    assertThatViolations(record)
        .containsExactly(
            reportedIf(
                reported, SCHEDULE_PERIODICITY, "agreements[0].specialSchedules[0].schedule"));
  }

  // SPECIAL_SCHEDULE_START_REQUIRED, SPECIAL_SCHEDULE_END_REQUIRED

  @ParameterizedTest(name = "special schedule [{0}] to [{1}]: {2}")
  @CsvSource({
    "2023-12-18, 2024-01-05, ",
    "          , 2024-01-05, SPECIAL_SCHEDULE_START_REQUIRED@agreements[0].specialSchedules[0].start",
    "' '       , 2024-01-05, SPECIAL_SCHEDULE_START_REQUIRED@agreements[0].specialSchedules[0].start",
    "2023-12-18,           , SPECIAL_SCHEDULE_END_REQUIRED@agreements[0].specialSchedules[0].end",
    "''        , '  '      , SPECIAL_SCHEDULE_END_REQUIRED@agreements[0].specialSchedules[0].end;"
        + "SPECIAL_SCHEDULE_START_REQUIRED@agreements[0].specialSchedules[0].start",
  })
  void aSpecialScheduleHasBothDates(String start, String end, String violations) {
    var record = withAgreement(0, a -> a.addSpecialSchedules(special(start, end, MON_TO_FRI)));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @Test
  void aSpecialScheduleWithNothingGivenIsAbsent() {
    var record = withAgreement(0, a -> a.addSpecialSchedules(special("", " ", null)));

    assertThatViolations(record).isEmpty();
  }

  // SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT

  @ParameterizedTest(name = "special schedule {0}: outside = {1}")
  @CsvSource({
    "2023-03-06/2024-03-01, false",
    "2023-12-18/2024-01-05, false",
    "2023-03-05/2023-03-10, true",
    "2024-02-26/2024-03-02, true",
    "2024-02-26/2024-03-08, true",
  })
  void aSpecialScheduleLiesWithinTheAgreement(String days, boolean outside) {
    String[] bounds = days.split("/");
    var record =
        withAgreement(0, a -> a.addSpecialSchedules(special(bounds[0], bounds[1], MON_TO_FRI)));

    assertThatViolations(record)
        .containsExactly(
            reportedIf(
                outside, SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT, "agreements[0].specialSchedules[0]"));
  }

  @Test
  void aSpecialScheduleIsCheckedAgainstThePlannedEndNotTheTermination() {
    var record =
        withAgreement(
            0,
            a ->
                a.terminatedOn("2023-12-01")
                    .addSpecialSchedules(special("2024-01-08", "2024-01-12", MON_TO_FRI)));

    assertThatViolations(record).isEmpty();
  }

  // SPECIAL_SCHEDULES_OVERLAP

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    "2023-12-18/2023-12-22, 2023-12-23/2024-01-05, ",
    "2023-12-18/2023-12-22, 2023-12-22/2024-01-05, "
        + "SPECIAL_SCHEDULES_OVERLAP@agreements[0].specialSchedules[1]",
    "2023-12-22/2024-01-05, 2023-12-18/2023-12-22, "
        + "SPECIAL_SCHEDULES_OVERLAP@agreements[0].specialSchedules[0]",
    "2023-12-18/2023-12-22, 2023-12-18/2023-12-19, "
        + "SPECIAL_SCHEDULES_OVERLAP@agreements[0].specialSchedules[1]",
  })
  void specialSchedulesOfOneAgreementDoNotOverlap(String first, String second, String violations) {
    String[] a = first.split("/");
    String[] b = second.split("/");
    var record =
        withAgreement(
            0,
            agreement ->
                agreement.addSpecialSchedules(
                    special(a[0], a[1], MON_TO_FRI), special(b[0], b[1], MON_TO_FRI)));

    assertThatViolations(record).containsExactly(expected(violations));
  }

  @Test
  void specialSchedulesOfDifferentAgreementsMayShareDays() {
    ParentChildRecord record =
        withAgreements(
            firstAgreement()
                .withSpecialSchedules(List.of(special("2024-02-26", "2024-03-01", MON_TO_FRI))),
            secondAgreement()
                .withSpecialSchedules(List.of(special("2024-03-04", "2024-03-08", MON_TO_FRI))));

    assertThatViolations(record).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-3-06", "2023-02-29"})
  void anAgreementWithAMalformedStartIsOnlyReportedForIt(String start) {
    var record = withAgreement(1, a -> a.start(start));

    assertThatViolations(record).containsExactly(tuple(DATE_FORMAT, "agreements[1].start"));
  }
}
