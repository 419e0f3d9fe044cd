package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * RULES.md §7: both warnings fire only beyond their limit ("more than 20", "exceed 261"); the
 * mutations show the other side (21 care days in 28, 262 in a reference year).
 */
class WarningLimitsTest {
  @Property
  void twentyCareDaysInEveryFourWeeksIsNoWarning(@ForAll("valid") ParentChildRecord record) {
    Week.Builder weekdays = Week.builder();
    for (Day day : java.util.List.of(Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI)) {
      weekdays.on(day, Slot.DAY_1, Slot.DAY_2);
    }
    ParentChildRecord fullTime =
        record.withAgreements(
            record
                .agreements()
                .map(
                    agreement ->
                        agreement.replacement()
                            ? agreement
                            : agreement
                                .withSpecialSchedules(List.empty())
                                .withSchedule(Option.some(Schedule.of(weekdays.build())))));
    Assume.that(!CareDayBound.yearMayExceed(fullTime));

    assertThat(RecordValidator.validate(fullTime).violations()).isEmpty();
  }

  @Property
  void twoHundredSixtyOneCareDaysInAReferenceYearIsNoWarning(
      @ForAll("valid") ParentChildRecord record) {
    Optional<ParentChildRecord> fullYear = TimelineMutations.fullYear(record, false);
    Assume.that(fullYear.isPresent());

    assertThat(RecordValidator.validate(fullYear.get()).violations()).isEmpty();
  }

  @Provide
  Arbitrary<ParentChildRecord> valid() {
    return Records.valid();
  }
}
