package io.github.childcarerules.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code null} list or map, element of a list, or key or value of a map, given through the Java
 * API: refused when the value is built, by the builder or a {@code with} copy, with a {@code
 * NullPointerException} naming the element, so that {@code RecordValidator.validate} never meets it
 * (docs/decisions.md, "Hostile input"). An absent element at its index is the empty one.
 */
class NullElementsTest {
  private static final SpecialPeriod PERIOD = SpecialPeriod.builder().start("2024-01-01").build();
  private static final Agreement AGREEMENT = Agreement.builder().start("2024-01-01").build();

  static Stream<Arguments> nulls() {
    return Stream.of(
        Arguments.of(
            "agreements[1]",
            (Supplier<Object>)
                () -> ParentChildRecord.builder().addAgreements(AGREEMENT, null).build()),
        Arguments.of(
            "agreements[0]",
            (Supplier<Object>)
                () ->
                    ParentChildRecord.builder().build().withAgreements(List.of((Agreement) null))),
        Arguments.of(
            "cisssPeriods[1]",
            (Supplier<Object>)
                () -> ParentChildRecord.builder().addCisssPeriods(PERIOD, null).build()),
        Arguments.of(
            "ecpPeriods[0]",
            (Supplier<Object>)
                () ->
                    ParentChildRecord.builder()
                        .ecpPeriods(List.of((SpecialPeriod) null, PERIOD))
                        .build()),
        Arguments.of(
            "disabilityPeriods[2]",
            (Supplier<Object>)
                () ->
                    ParentChildRecord.builder()
                        .addAllDisabilityPeriods(java.util.Arrays.asList(PERIOD, PERIOD, null))
                        .build()),
        Arguments.of(
            "ageBrackets.MONTHS_0_17",
            (Supplier<Object>)
                () -> ParentChildRecord.builder().putAgeBrackets("MONTHS_0_17", null).build()),
        Arguments.of(
            "ageBrackets",
            (Supplier<Object>)
                () ->
                    ParentChildRecord.builder()
                        .ageBrackets(LinkedHashMap.of(null, "2024-01-01"))
                        .build()),
        Arguments.of(
            "specialSchedules[0]",
            (Supplier<Object>)
                () -> Agreement.builder().addSpecialSchedules((SpecialSchedule) null).build()),
        Arguments.of(
            "weeks[1]",
            (Supplier<Object>) () -> Schedule.builder().addWeeks(Week.empty(), null).build()),
        Arguments.of(
            "days.MON", (Supplier<Object>) () -> Week.builder().putDays("MON", null).build()),
        Arguments.of(
            "days.TUE[1]",
            (Supplier<Object>)
                () ->
                    Week.builder()
                        .putDays(
                            "TUE",
                            java.util.Arrays.asList("DAY_1", null).stream()
                                .collect(List.collector()))
                        .build()),
        Arguments.of(
            "days",
            (Supplier<Object>)
                () -> Week.builder().days(LinkedHashMap.of(null, List.of("DAY_1"))).build()),
        Arguments.of(
            "days.XYZ",
            (Supplier<Object>)
                () ->
                    Week.builder()
                        .days(LinkedHashMap.of("MON", List.of("DAY_1"), "XYZ", null))
                        .build()),
        Arguments.of(
            "days.XYZ[0]",
            (Supplier<Object>)
                () ->
                    Week.builder()
                        .days(
                            LinkedHashMap.of(
                                "XYZ",
                                java.util.Arrays.asList((String) null).stream()
                                    .collect(List.collector()),
                                "MON",
                                List.of("DAY_1")))
                        .build()),
        Arguments.of(
            "days.MON[0]",
            (Supplier<Object>) () -> Week.builder().on(Day.MON, (Slot) null).build()),
        Arguments.of(
            "days.WED[1]",
            (Supplier<Object>) () -> Week.builder().on(Day.WED, Slot.DAY_1, null).build()),
        Arguments.of(
            "days.MON",
            (Supplier<Object>) () -> Week.builder().on(Day.MON, (Slot[]) null).build()));
  }

  /** A whole list or map given as {@code null}, by every method that takes one. */
  static Stream<Arguments> nullLists() {
    ParentChildRecord empty = ParentChildRecord.builder().build();
    return Stream.of(
        Arguments.of("agreements", (Supplier<Object>) () -> empty.withAgreements(null)),
        Arguments.of(
            "agreements",
            (Supplier<Object>) () -> ParentChildRecord.builder().agreements(null).build()),
        Arguments.of(
            "agreements",
            (Supplier<Object>) () -> ParentChildRecord.builder().addAllAgreements(null).build()),
        Arguments.of(
            "agreements",
            (Supplier<Object>)
                () -> ParentChildRecord.builder().setIterableAgreements(null).build()),
        Arguments.of(
            "agreements",
            (Supplier<Object>)
                () ->
                    ParentChildRecord.builder()
                        .addAgreements((Agreement[]) null)
                        .addAgreements(AGREEMENT)
                        .build()),
        Arguments.of("cisssPeriods", (Supplier<Object>) () -> empty.withCisssPeriods(null)),
        Arguments.of("ecpPeriods", (Supplier<Object>) () -> empty.withEcpPeriods(null)),
        Arguments.of(
            "disabilityPeriods", (Supplier<Object>) () -> empty.withDisabilityPeriods(null)),
        Arguments.of("ageBrackets", (Supplier<Object>) () -> empty.withAgeBrackets(null)),
        Arguments.of(
            "ageBrackets",
            (Supplier<Object>)
                () -> ParentChildRecord.builder().setJavaMapAgeBrackets(null).build()),
        Arguments.of(
            "ageBrackets",
            (Supplier<Object>) () -> ParentChildRecord.builder().putEntryAgeBrackets(null).build()),
        Arguments.of(
            "ageBrackets",
            (Supplier<Object>)
                () -> ParentChildRecord.builder().setEntriesAgeBrackets(null).build()),
        Arguments.of(
            "specialSchedules", (Supplier<Object>) () -> AGREEMENT.withSpecialSchedules(null)),
        Arguments.of(
            "weeks", (Supplier<Object>) () -> Schedule.builder().addAllWeeks(null).build()),
        Arguments.of("days", (Supplier<Object>) () -> Week.empty().withDays(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullLists")
  void aNullListIsRefusedNamingIt(String field, Supplier<Object> build) {
    assertThatThrownBy(build::get)
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(field + ": a ")
        .hasMessageContaining("cannot be null");
  }

  @Test
  void aNullDayIsAMisuseNamedByItsParameter() {
    assertThatThrownBy(() -> Week.builder().on(null, Slot.DAY_1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("day");
  }

  @Test
  void anEmptyListIsNoNullList() {
    assertThat(ParentChildRecord.builder().addAllAgreements(List.empty()).build().agreements())
        .isEmpty();
    assertThat(ParentChildRecord.builder().build().withAgeBrackets(HashMap.empty()).ageBrackets())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void aNullElementIsRefusedWhereItIsBuiltNamingIt(String element, Supplier<Object> build) {
    assertThatThrownBy(build::get)
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(element + ":");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void validateNeverMeetsANullElement(String element, Supplier<Object> build) {
    // Before the check, the value was built and validate threw a bare NullPointerException.
    assertThatThrownBy(
            () -> {
              Object value = build.get();
              if (value instanceof ParentChildRecord record) {
                RecordValidator.validate(record);
              }
            })
        .hasMessageStartingWith(element + ":");
  }
}
