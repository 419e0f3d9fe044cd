package io.github.childcarerules.core.record;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code null} element of a list, or a {@code null} key or value of a map, given through the Java
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
                () -> Week.builder().days(LinkedHashMap.of(null, List.of("DAY_1"))).build()));
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
