package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.ADDRESS_REQUIRED;
import static io.github.childcarerules.core.rule.Rule.REFERENCE_YEAR_261_DAYS;
import static io.github.childcarerules.core.rule.Rule.TWENTY_DAYS_PER_FOUR_WEEKS;
import static io.github.childcarerules.core.schedule.Day.FRI;
import static io.github.childcarerules.core.schedule.Day.MON;
import static io.github.childcarerules.core.schedule.Day.SAT;
import static io.github.childcarerules.core.schedule.Day.SUN;
import static io.github.childcarerules.core.schedule.Day.THU;
import static io.github.childcarerules.core.schedule.Day.TUE;
import static io.github.childcarerules.core.schedule.Day.WED;
import static io.github.childcarerules.core.schedule.Slot.DAY_1;
import static io.github.childcarerules.core.schedule.Slot.DAY_2;
import static io.github.childcarerules.core.schedule.Slot.EVENING_1;
import static io.github.childcarerules.core.schedule.Slot.EVENING_2;
import static io.github.childcarerules.core.schedule.Slot.NIGHT_1;
import static io.github.childcarerules.core.schedule.Slot.NIGHT_2;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.expected;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.EVERY_DAY;
import static io.github.childcarerules.core.validation.ValidRecords.MONDAY_TO_FRIDAY;
import static io.github.childcarerules.core.validation.ValidRecords.agreement;
import static io.github.childcarerules.core.validation.ValidRecords.fullDays;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.special;
import static io.github.childcarerules.core.validation.ValidRecords.week;
import static io.github.childcarerules.core.validation.ValidRecords.withAgreements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Severity;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RULES.md §7, the two warnings on care days (RCR art. 6). A care day counts dates, not slots: two
 * or more occupied slots make a day, one slot half a day.
 */
class CareDayWarningsTest {
  private static final Week MF = fullDays(MONDAY_TO_FRIDAY);
  private static final Schedule EVERY_DAY_FULL = Schedule.of(fullDays(EVERY_DAY));

  private static Week plus(Week week, Day day, Slot... slots) {
    return Week.builder().from(week).on(day, slots).build();
  }

  /** One reduced-contribution agreement from Monday 2023-03-06 to Friday 2023-12-29. */
  private static ParentChildRecord longAgreement(Week... weeks) {
    return withAgreements(agreement("2023-03-06", "2023-12-29", Schedule.of(weeks)));
  }

  // TWENTY_DAYS_PER_FOUR_WEEKS

  static Stream<Arguments> fourWeekPlans() {
    return Stream.of(
        Arguments.of("full days Monday to Friday: 20", new Week[] {MF}, false),
        Arguments.of(
            "plus one Saturday half-day in four weeks: 20.5",
            new Week[] {plus(MF, SAT, DAY_1), MF, MF, MF},
            true),
        Arguments.of(
            "plus one full Saturday in four weeks: 21",
            new Week[] {plus(MF, SAT, DAY_1, DAY_2), MF, MF, MF},
            true),
        Arguments.of(
            "day and one evening period Monday to Friday (1.5 days of occupation): 20",
            new Week[] {week(MONDAY_TO_FRIDAY, DAY_1, DAY_2, EVENING_1)},
            false),
        Arguments.of(
            "day and evening Monday to Friday (four slots a day): 20",
            new Week[] {week(MONDAY_TO_FRIDAY, DAY_1, DAY_2, EVENING_1, EVENING_2)},
            false),
        Arguments.of(
            "Monday to Thursday full, Friday and Saturday one slot each: 16 + 2 x 4 halves = 20",
            new Week[] {plus(plus(fullDays(MON, TUE, WED, THU), FRI, DAY_2), SAT, DAY_1)},
            false),
        Arguments.of(
            "the same plus a Sunday night slot: 22",
            new Week[] {
              plus(plus(plus(fullDays(MON, TUE, WED, THU), FRI, DAY_2), SAT, DAY_1), SUN, NIGHT_1)
            },
            true),
        Arguments.of(
            "nights Monday to Saturday: 24",
            new Week[] {week(new Day[] {MON, TUE, WED, THU, FRI, SAT}, NIGHT_1, NIGHT_2)},
            true),
        Arguments.of(
            "six days, then four days, every two weeks: 20",
            new Week[] {plus(MF, SAT, DAY_1, DAY_2), fullDays(MON, TUE, WED, THU)},
            false),
        Arguments.of(
            "six days, then five days, every two weeks: 22",
            new Week[] {plus(MF, SAT, DAY_1, DAY_2), MF},
            true),
        Arguments.of(
            "five, five, then six days, every three weeks: 21 or 22",
            new Week[] {MF, MF, plus(MF, SAT, DAY_1, DAY_2)},
            true));
  }

  @ParameterizedTest(name = "{0}: warning = {2}")
  @MethodSource("fourWeekPlans")
  void moreThanTwentyCareDaysInFourWeeksIsAWarning(String plan, Week[] weeks, boolean warning) {
    assertThatViolations(longAgreement(weeks))
        .containsExactly(reportedIf(warning, TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]"));
  }

  @ParameterizedTest(name = "every day from 2023-03-06 to {0}: warning = {1}")
  @CsvSource({"2023-04-01, false", "2023-04-02, true"})
  void onlyWindowsOf28DaysTheAgreementCoversEntirelyCount(String end, boolean warning) {
    assertThatViolations(withAgreements(agreement("2023-03-06", end, EVERY_DAY_FULL)))
        .containsExactly(reportedIf(warning, TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]"));
  }

  @ParameterizedTest(name = "every day, terminated on {0}: warning = {1}")
  @CsvSource({"2023-04-01, false", "2023-04-02, true"})
  void theCoveredDaysEndAtTheTermination(String terminatedOn, boolean warning) {
    Agreement terminated =
        agreement("2023-03-06", "2023-12-29", EVERY_DAY_FULL)
            .withTerminatedOn(Option.some(terminatedOn));

    assertThatViolations(withAgreements(terminated))
        .containsExactly(reportedIf(warning, TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]"));
  }

  @Test
  void windowsDoNotRunAcrossTwoAgreements() {
    assertThatViolations(
            withAgreements(
                agreement("2023-03-06", "2023-04-01", EVERY_DAY_FULL),
                agreement("2023-04-02", "2023-04-28", EVERY_DAY_FULL)))
        .isEmpty();
  }

  /**
   * Week 1 of a three-week schedule (every day, nothing, every day) is the calendar week holding
   * the start. From Monday 2023-03-06, the only 28-day window holds weeks 1, 2, 3, 1: 21 care days.
   * From Wednesday 2023-03-08 it holds Wed-Sun of week 1, weeks 2, 3, 1 and Mon-Tue of week 2: 19.
   */
  @ParameterizedTest(name = "28 days from {0}: warning = {2}")
  @CsvSource({"2023-03-06, 2023-04-02, true", "2023-03-08, 2023-04-04, false"})
  void weekOneIsTheCalendarWeekHoldingTheStart(String start, String end, boolean warning) {
    Schedule threeWeeks = Schedule.of(fullDays(EVERY_DAY), Week.empty(), fullDays(EVERY_DAY));

    assertThatViolations(withAgreements(agreement(start, end, threeWeeks)))
        .containsExactly(reportedIf(warning, TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]"));
  }

  @Test
  void aFullContributionAgreementIsNotWarned() {
    Agreement full =
        agreement("2023-03-06", "2023-12-29", EVERY_DAY_FULL).withReducedContribution(false);

    assertThatViolations(withAgreements(full)).isEmpty();
  }

  @Test
  void aSpecialScheduleCountsInsteadOfTheNormalOne() {
    Agreement withSpecial =
        agreement("2023-03-06", "2023-12-29", Schedule.of(MF))
            .withSpecialSchedules(
                List.of(
                    special("2023-05-01", "2023-05-28", Schedule.of(plus(MF, SAT, DAY_1, DAY_2)))));

    assertThatViolations(withAgreements(withSpecial))
        .containsExactly(tuple(TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]"));
  }

  @Test
  void theWarningIsGivenOncePerAgreement() {
    assertThatViolations(
            withAgreements(
                agreement("2023-03-06", "2023-06-30", EVERY_DAY_FULL),
                agreement("2023-07-03", "2023-08-31", Schedule.of(MF)),
                agreement("2023-09-04", "2023-12-29", EVERY_DAY_FULL)))
        .containsExactly(
            tuple(TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]"),
            tuple(TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[2]"));
  }

  // REFERENCE_YEAR_261_DAYS

  /**
   * Consecutive agreements of at most 27 days, each full every day, from {@code first} for {@code
   * days} days: no 28-day window is covered by one agreement, so they never give the other warning.
   */
  private static List<Agreement> everyDay(LocalDate first, int days, boolean reduced) {
    List<Agreement> agreements = List.empty();
    for (int done = 0; done < days; done += 27) {
      LocalDate start = first.plusDays(done);
      LocalDate end = first.plusDays(Math.min(done + 27, days) - 1);
      agreements =
          agreements.append(
              agreement(start.toString(), end.toString(), EVERY_DAY_FULL)
                  .withReducedContribution(reduced));
    }
    return agreements;
  }

  private static ParentChildRecord withAgreementList(List<Agreement> agreements) {
    return minimal().withAgreements(agreements);
  }

  @ParameterizedTest(name = "every day for {1} days from {0}: warning = {2}")
  @CsvSource({
    "2023-09-01, 261, false",
    "2023-09-01, 262, true",
    "2023-12-14, 262, true", // last day 2024-08-31: 262 days in 2023-2024
    "2023-12-15, 262, false", // last day 2024-09-01: 261 days in 2023-2024, 1 in 2024-2025
    "2024-04-23, 262, false", // 131 days in each reference year
  })
  void moreThan261CareDaysInAReferenceYearIsAWarning(String first, int days, boolean warning) {
    assertThatViolations(withAgreementList(everyDay(LocalDate.parse(first), days, true)))
        .containsExactly(reportedIf(warning, REFERENCE_YEAR_261_DAYS, ""));
  }

  @ParameterizedTest(name = "261 days, then a half day reduced = {0}: warning = {0}")
  @CsvSource({"true", "false"})
  void halfADayMoreThan261IsAWarningUnlessItIsAtFullContribution(boolean reduced) {
    LocalDate first = LocalDate.of(2023, 9, 1);
    String extraDay = first.plusDays(261).toString();
    Agreement halfDay =
        agreement(extraDay, extraDay, Schedule.of(week(EVERY_DAY, DAY_1)))
            .withReducedContribution(reduced);

    assertThatViolations(withAgreementList(everyDay(first, 261, true).append(halfDay)))
        .containsExactly(reportedIf(reduced, REFERENCE_YEAR_261_DAYS, ""));
  }

  @ParameterizedTest(name = "200 reduced days then 62 days reduced = {0}: warning = {0}")
  @CsvSource({"true", "false"})
  void reducedContributionAgreementsAddUpAndFullContributionOnesDoNotCount(boolean reduced) {
    LocalDate first = LocalDate.of(2023, 9, 1);
    List<Agreement> agreements =
        everyDay(first, 200, true).appendAll(everyDay(first.plusDays(200), 62, reduced));

    assertThatViolations(withAgreementList(agreements))
        .containsExactly(reportedIf(reduced, REFERENCE_YEAR_261_DAYS, ""));
  }

  /**
   * A date is one care day when the agreements together occupy two or more slots on it: the morning
   * of one agreement and the afternoon of another (an overlap, reported as such) make 262 days, not
   * 262 halves of two agreements counted apart.
   */
  @Test
  void slotsOfAllAgreementsOnADateMakeOneCareDayTogether() {
    LocalDate first = LocalDate.of(2023, 9, 1);
    List<Agreement> mornings = withSlot(everyDay(first, 262, true), DAY_1);
    List<Agreement> afternoons = withSlot(everyDay(first, 262, true), DAY_2);
    StringBuilder violations = new StringBuilder("REFERENCE_YEAR_261_DAYS@");
    for (int i = mornings.size(); i < 2 * mornings.size(); i++) {
      violations.append(";AGREEMENTS_OVERLAP@agreements[").append(i).append(']');
    }

    assertThatViolations(withAgreementList(mornings.appendAll(afternoons)))
        .containsExactly(expected(violations.toString()));
  }

  @Test
  void twoAgreementsOnTheSameDatesDoNotCountTheDateTwice() {
    LocalDate first = LocalDate.of(2023, 9, 1);
    List<Agreement> once = everyDay(first, 200, true);
    StringBuilder violations = new StringBuilder();
    for (int i = once.size(); i < 2 * once.size(); i++) {
      violations.append(";AGREEMENTS_OVERLAP@agreements[").append(i).append(']');
    }

    assertThatViolations(withAgreementList(once.appendAll(once)))
        .containsExactly(expected(violations.substring(1)));
  }

  private static List<Agreement> withSlot(List<Agreement> agreements, Slot slot) {
    return agreements.map(a -> a.withSchedule(Option.some(Schedule.of(week(EVERY_DAY, slot)))));
  }

  @Test
  void theYearWarningIsGivenOncePerRecord() {
    assertThatViolations(withAgreementList(everyDay(LocalDate.of(2023, 9, 1), 731, true)))
        .containsExactly(tuple(REFERENCE_YEAR_261_DAYS, ""));
  }

  // Severity

  @Test
  void warningsLeaveTheRecordValid() {
    ValidationReport report =
        RecordValidator.validate(
            withAgreements(agreement("2023-09-04", "2024-08-30", EVERY_DAY_FULL)));

    assertThat(report.violations().toJavaList())
        .extracting(Violation::rule, Violation::path, Violation::severity)
        .containsExactly(
            tuple(REFERENCE_YEAR_261_DAYS, "", Severity.WARNING),
            tuple(TWENTY_DAYS_PER_FOUR_WEEKS, "agreements[0]", Severity.WARNING));
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).hasSize(2);
  }

  @Test
  void anErrorBesideAWarningMakesTheRecordInvalid() {
    ValidationReport report =
        RecordValidator.validate(
            withAgreements(agreement("2023-09-04", "2024-08-30", EVERY_DAY_FULL))
                .withAddress(Option.none()));

    assertThat(report.isValid()).isFalse();
    assertThat(report.errors().map(Violation::rule)).containsExactly(ADDRESS_REQUIRED);
    assertThat(report.warnings().map(Violation::rule))
        .containsExactly(REFERENCE_YEAR_261_DAYS, TWENTY_DAYS_PER_FOUR_WEEKS);
  }

  @Test
  void theWarningsSayHowManyCareDaysArePlanned() {
    Week sixAndAHalfDays = plus(plus(MF, Day.SAT, Slot.DAY_1, Slot.DAY_2), Day.SUN, Slot.DAY_1);
    var twentyDays = RecordValidator.validate(longAgreement(sixAndAHalfDays)).warnings().head();
    var yearDays =
        RecordValidator.validate(withAgreementList(everyDay(LocalDate.of(2023, 9, 1), 262, true)))
            .warnings()
            .head();

    assertThat(twentyDays.arguments()).containsExactly("26");
    assertThat(twentyDays.message(java.util.Locale.ENGLISH)).contains("up to 26 care days");
    assertThat(yearDays.arguments()).containsExactly("2023-09-01/2024-08-31", "262");
  }

  @Test
  void aHalfCareDayIsWrittenWithItsHalf() {
    Week fiveDaysAndAHalf = plus(MF, Day.SAT, Slot.DAY_1);

    assertThat(
            RecordValidator.validate(longAgreement(fiveDaysAndAHalf)).warnings().head().arguments())
        .containsExactly("22");
    assertThat(
            RecordValidator.validate(longAgreement(plus(fiveDaysAndAHalf, Day.SUN, Slot.DAY_1)))
                .warnings()
                .head()
                .arguments())
        .containsExactly("24");
  }
}
