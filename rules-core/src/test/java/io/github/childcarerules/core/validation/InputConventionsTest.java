package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.DATE_FORMAT;
import static io.github.childcarerules.core.rule.Rule.VALUE_NOT_ALLOWED;
import static io.github.childcarerules.core.schedule.Day.MON;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.ValidRecords.MONDAY_TO_FRIDAY;
import static io.github.childcarerules.core.validation.ValidRecords.child;
import static io.github.childcarerules.core.validation.ValidRecords.fullDays;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static io.github.childcarerules.core.validation.ValidRecords.period;
import static io.github.childcarerules.core.validation.ValidRecords.periods;
import static io.github.childcarerules.core.validation.ValidRecords.special;
import static io.github.childcarerules.core.validation.ValidRecords.withAgreement;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.ServiceOffer;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES.md, "Conventions for every rule": a malformed date is {@code DATE_FORMAT} at its path and
 * the rules needing it are skipped (no cascade); a value outside its enumeration is {@code
 * VALUE_NOT_ALLOWED} at its path.
 */
class InputConventionsTest {
  private static final Schedule MON_TO_FRI = Schedule.of(fullDays(MONDAY_TO_FRIDAY));

  /**
   * A date field of a valid record: its path, a valid value, and the record holding a given value.
   */
  private record DateField(String path, String valid, Function<String, ParentChildRecord> record) {
    @Override
    public String toString() {
      return path;
    }
  }

  private static ParentChildRecord withMeasure(String start, String end) {
    return ValidRecords.ofSchoolAge(minimal())
        .withDisabilityPeriods(periods("2024-01-01/.."))
        .withTransitionalMeasure(Option.some(period(start, end)));
  }

  private static ParentChildRecord withSpecial(String start, String end) {
    return withAgreement(0, a -> a.addSpecialSchedules(special(start, end, MON_TO_FRI)));
  }

  private static ParentChildRecord withCisss(String start, String end) {
    return minimal()
        .withCisssPeriods(List.of(period(start, end)))
        .withServiceOffer(Option.some(ServiceOffer.of(true)));
  }

  private static final java.util.List<DateField> DATE_FIELDS =
      java.util.List.of(
          new DateField(
              "child.birthDate",
              "2022-11-03",
              d -> minimal().withChild(Option.some(child().withBirthDate(Option.some(d))))),
          new DateField(
              "ageBrackets.MONTHS_18_59",
              "2024-05-03",
              d -> minimal().withAgeBrackets(minimal().ageBrackets().put("MONTHS_18_59", d))),
          new DateField(
              "ageBrackets.SCHOOL_AGE",
              "2025-03-03",
              d -> minimal().withAgeBrackets(minimal().ageBrackets().put("SCHOOL_AGE", d))),
          new DateField("cisssPeriods[0].start", "2024-01-01", d -> withCisss(d, "2024-01-31")),
          new DateField("cisssPeriods[0].end", "2024-01-31", d -> withCisss("2024-01-01", d)),
          new DateField(
              "ecpPeriods[0].start",
              "2024-01-01",
              d -> minimal().withEcpPeriods(List.of(period(d, null)))),
          new DateField(
              "ecpPeriods[0].end",
              "2024-06-30",
              d -> minimal().withEcpPeriods(List.of(period("2024-01-01", d)))),
          new DateField(
              "disabilityPeriods[0].start",
              "2024-01-01",
              d -> minimal().withDisabilityPeriods(List.of(period(d, null)))),
          new DateField(
              "disabilityPeriods[0].end",
              "2024-06-30",
              d -> minimal().withDisabilityPeriods(List.of(period("2024-01-01", d)))),
          new DateField(
              "transitionalMeasure.start", "2024-09-01", d -> withMeasure(d, "2025-06-30")),
          new DateField("transitionalMeasure.end", "2025-06-30", d -> withMeasure("2024-09-01", d)),
          new DateField(
              "agreements[0].start", "2023-03-06", d -> withAgreement(0, a -> a.start(d))),
          new DateField("agreements[0].end", "2024-03-01", d -> withAgreement(0, a -> a.end(d))),
          new DateField(
              "agreements[0].terminatedOn",
              "2024-01-31",
              d -> withAgreement(0, a -> a.terminatedOn(d))),
          new DateField(
              "agreements[1].start", "2024-03-04", d -> withAgreement(1, a -> a.start(d))),
          new DateField("agreements[1].end", "2025-02-28", d -> withAgreement(1, a -> a.end(d))),
          new DateField(
              "agreements[0].specialSchedules[0].start",
              "2023-12-18",
              d -> withSpecial(d, "2024-01-05")),
          new DateField(
              "agreements[0].specialSchedules[0].end",
              "2024-01-05",
              d -> withSpecial("2023-12-18", d)));

  static Stream<DateField> dateFields() {
    return DATE_FIELDS.stream();
  }

  static Stream<Arguments> malformedDateFields() {
    return DATE_FIELDS.stream()
        .flatMap(
            field ->
                Stream.of("2023-02-29", "2024-1-05", "2024-01-5", "2024/01/05", "2024-13-01")
                    .map(date -> Arguments.of(field, date)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateFields")
  void aRealCalendarDateIsAccepted(DateField field) {
    assertThatViolations(field.record().apply(field.valid())).isEmpty();
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("malformedDateFields")
  void aMalformedDateIsReportedAtItsPathAndNothingElse(DateField field, String date) {
    assertThatViolations(field.record().apply(date))
        .containsExactly(tuple(DATE_FORMAT, field.path()));
  }

  @ParameterizedTest(name = "birth date [{0}]")
  @ValueSource(
      strings = {
        "2021-02-29", "1900-02-29", "2022-04-31", "2022-00-10", "2022-11-00", "2022-11-32",
        "22-11-03", "20221103", "2022-11-03T00:00", "2022.11.03", "03/11/2022", "2022-11-3",
        "2022-1-03", "\uFF12\uFF10\uFF12\uFF12-11-03", "+2022-11-03", "2022-11-03x"
      })
  void aDateMustBeWrittenYyyyMmDdAndExist(String date) {
    assertThatViolations(minimal().withChild(Option.some(child().withBirthDate(Option.some(date)))))
        .containsExactly(tuple(DATE_FORMAT, "child.birthDate"));
  }

  @ParameterizedTest(name = "birth date [{0}]")
  @ValueSource(strings = {"2020-02-29", "2000-02-29", "2022-12-31", "2023-01-01"})
  void leapDaysAndYearEndsAreRealDates(String date) {
    assertThatViolations(minimal().withChild(Option.some(child().withBirthDate(Option.some(date)))))
        .isEmpty();
  }

  // VALUE_NOT_ALLOWED

  private static Agreement firstWithWeek(Week week) {
    return minimal().agreements().get(0).withSchedule(Option.some(Schedule.of(week)));
  }

  static Stream<Arguments> valuesOutsideTheirEnumeration() {
    Week withUnknownDay =
        Week.builder()
            .from(fullDays(MONDAY_TO_FRIDAY))
            .putDays("SATURDAY", List.of("DAY_1"))
            .build();
    Week withUnknownSlot =
        Week.builder()
            .from(fullDays(MONDAY_TO_FRIDAY))
            .putDays("MON", List.of("DAY_1", "DAY_2", "DAY_3"))
            .build();
    Week withLowerCaseSlot =
        Week.builder().from(fullDays(MONDAY_TO_FRIDAY)).putDays("TUE", List.of("day_1")).build();
    ParentChildRecord parentApplies =
        minimal()
            .withChild(Option.some(child().withBornOutsideQuebec(Option.some(true))))
            .withResponsible(
                Option.some(
                    Person.builder()
                        .lastName("Gagnon")
                        .firstName("Sophie")
                        .role("LEGAL_GUARDIAN")
                        .build()));
    return Stream.of(
        Arguments.of(
            "child.sex", minimal().withChild(Option.some(child().withSex(Option.some("Y"))))),
        Arguments.of(
            "responsible.role",
            minimal()
                .withResponsible(
                    Option.some(
                        Person.builder()
                            .lastName("Gagnon")
                            .firstName("Sophie")
                            .role("MAMAN")
                            .build()))),
        Arguments.of(
            "otherResponsible.role",
            minimal()
                .withOtherResponsible(
                    Option.some(
                        Person.builder()
                            .lastName("Tremblay")
                            .firstName("Karim")
                            .role("PAPA")
                            .build()))),
        Arguments.of(
            "parent.role",
            parentApplies.withParent(
                Option.some(
                    Person.builder().lastName("Dupont").firstName("Marie").role("MAMAN").build()))),
        Arguments.of(
            "ageBrackets.MONTHS_60_PLUS",
            minimal().withAgeBrackets(minimal().ageBrackets().put("MONTHS_60_PLUS", "2025-03-03"))),
        Arguments.of(
            "agreements[0].schedule.weeks[0].SATURDAY",
            minimal()
                .withAgreements(minimal().agreements().update(0, firstWithWeek(withUnknownDay)))),
        Arguments.of(
            "agreements[0].schedule.weeks[0].MON[2]",
            minimal()
                .withAgreements(minimal().agreements().update(0, firstWithWeek(withUnknownSlot)))),
        Arguments.of(
            "agreements[0].schedule.weeks[0].TUE[0]",
            minimal()
                .withAgreements(
                    minimal().agreements().update(0, firstWithWeek(withLowerCaseSlot)))),
        Arguments.of(
            "agreements[0].specialSchedules[0].schedule.weeks[0].FRIDAY",
            withAgreement(
                0,
                a ->
                    a.addSpecialSchedules(
                        special(
                            "2023-12-18",
                            "2024-01-05",
                            Schedule.of(
                                Week.builder()
                                    .from(fullDays(MONDAY_TO_FRIDAY))
                                    .putDays("FRIDAY", List.of("DAY_1"))
                                    .build()))))),
        Arguments.of(
            "agreements[1].schedule.weeks[1].THU[1]",
            withAgreement(
                1,
                a ->
                    a.schedule(
                        Schedule.of(
                            fullDays(MON),
                            Week.builder().putDays("THU", List.of("DAY_1", "MORNING")).build())))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesOutsideTheirEnumeration")
  void aValueOutsideItsEnumerationIsReportedAtItsPath(String path, ParentChildRecord record) {
    assertThatViolations(record).containsExactly(tuple(VALUE_NOT_ALLOWED, path));
  }

  @ParameterizedTest(name = "slot {0}")
  @ValueSource(strings = {"DAY_1", "DAY_2", "EVENING_1", "EVENING_2", "NIGHT_1", "NIGHT_2"})
  void everySlotIsAllowed(String slot) {
    Week week =
        Week.builder()
            .from(fullDays(MONDAY_TO_FRIDAY))
            .putDays("MON", List.of("DAY_1", "DAY_2", slot))
            .build();

    assertThatViolations(
            minimal().withAgreements(minimal().agreements().update(0, firstWithWeek(week))))
        .isEmpty();
  }

  @Test
  void aSlotListedTwiceIsAllowed() {
    Week week =
        Week.builder()
            .from(fullDays(MONDAY_TO_FRIDAY))
            .putDays("WED", List.of("DAY_1", "DAY_2", "DAY_1"))
            .build();

    assertThatViolations(
            minimal().withAgreements(minimal().agreements().update(0, firstWithWeek(week))))
        .isEmpty();
  }

  @ParameterizedTest(name = "slot [{0}]")
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankSlotCountsAsAbsent(String blank) {
    Week week =
        Week.builder()
            .from(fullDays(MONDAY_TO_FRIDAY))
            .putDays("THU", List.of("DAY_1", blank, "DAY_2"))
            .build();

    assertThatViolations(
            minimal().withAgreements(minimal().agreements().update(0, firstWithWeek(week))))
        .isEmpty();
  }

  @Test
  void aScheduleOfBlankSlotsOnlyOccupiesNothing() {
    Week week = Week.builder().putDays("MON", List.of(" ")).build();

    assertThatViolations(
            minimal().withAgreements(minimal().agreements().update(0, firstWithWeek(week))))
        .containsExactly(tuple(Rule.SCHEDULE_REQUIRED, "agreements[0].schedule"));
  }
}
