package io.github.childcarerules.occupation.attestation;

import static io.github.childcarerules.occupation.Build.WEEKDAYS;
import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.day;
import static io.github.childcarerules.occupation.Build.fullDays;
import static io.github.childcarerules.occupation.Build.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.occupation.Build;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RCR art. 20 as FORMAT.md "Attestation" reads it, each boundary on both sides. */
class AttestationTest {
  private static ParentChildRecord record(Agreement... agreements) {
    return ParentChildRecord.builder().addAgreements(agreements).build();
  }

  private static Attestation as(ParentChildRecord record, String asOf) {
    return Attestation.of(record, day(asOf));
  }

  @Nested
  class ReferenceYear {
    private final ParentChildRecord record =
        record(agreement("2024-09-02", "2025-06-27", fullDays(WEEKDAYS)).build());

    @Test
    void runsFromTheFirstOfSeptemberHoldingTheDay() {
      assertThat(as(record, "2024-08-31").referenceYear()).hasToString("2023-09-01/2024-08-31");
      assertThat(as(record, "2024-09-01").referenceYear()).hasToString("2024-09-01/2025-08-31");
      assertThat(as(record, "2025-08-31").referenceYear()).hasToString("2024-09-01/2025-08-31");
    }
  }

  @Nested
  class EndedAgreements {
    @Test
    void anAgreementEndingOnTheDayIsEndedTheDayBeforeItIsNot() {
      ParentChildRecord record =
          record(agreement("2024-09-02", "2024-12-20", fullDays(WEEKDAYS)).build());

      Attestation onTheEnd = as(record, "2024-12-20");
      Attestation before = as(record, "2024-12-19");

      assertThat(onTheEnd.endedAgreements()).containsExactly(0);
      assertThat(onTheEnd.attestationDue()).isTrue();
      assertThat(onTheEnd.daysWithoutService()).contains(0L);
      assertThat(before.endedAgreements()).isEmpty();
      assertThat(before.attestationDue()).isFalse();
    }

    @Test
    void anEndOnTheFirstDayOfTheYearCountsTheLastDayOfTheYearBeforeDoesNot() {
      ParentChildRecord record =
          record(
              agreement("2024-03-04", "2024-08-31", fullDays(WEEKDAYS)).build(),
              agreement("2024-09-01", "2024-09-01", fullDays(Day.SUN)).build());

      assertThat(as(record, "2024-10-01").endedAgreements()).containsExactly(1);
    }

    @Test
    void theEffectiveEndIsTheTerminationDateAndReplacementsCount() {
      ParentChildRecord record =
          record(
              agreement("2024-09-02", "2025-06-27", fullDays(WEEKDAYS))
                  .terminatedOn("2024-11-15")
                  .build(),
              agreement("2024-09-02", "2024-10-31", Week.empty()).replacement(true).build(),
              agreement("2024-09-02", "2024-10-31", fullDays(WEEKDAYS))
                  .build()
                  .withEnd(Option.some("2024-10-32")));

      assertThat(as(record, "2024-11-14").endedAgreements()).containsExactly(1);
      assertThat(as(record, "2024-11-15").endedAgreements()).containsExactly(0, 1);
    }
  }

  @Nested
  class DaysWithoutService {
    /** Ended in the previous reference year: only the gap can make the attestation due. */
    private final ParentChildRecord record =
        record(agreement("2024-03-04", "2024-08-30", fullDays(WEEKDAYS)).build());

    @Test
    void ninetyDaysIsNotDueNinetyOneIs() {
      Attestation ninety = as(record, "2024-11-28");
      Attestation ninetyOne = as(record, "2024-11-29");

      assertThat(ninety.lastDay()).contains(day("2024-08-30"));
      assertThat(ninety.daysWithoutService()).contains(90L);
      assertThat(ninety.endedAgreements()).isEmpty();
      assertThat(ninety.attestationDue()).isFalse();
      assertThat(ninetyOne.daysWithoutService()).contains(91L);
      assertThat(ninetyOne.attestationDue()).isTrue();
    }

    @Test
    void theLastDayIsAnOccupiedDayNotTheLastCoveredDay() {
      ParentChildRecord weekend =
          record(agreement("2024-03-04", "2024-09-01", fullDays(WEEKDAYS)).build());

      assertThat(as(weekend, "2024-08-31").lastDay()).contains(day("2024-08-30"));
      assertThat(as(weekend, "2024-08-31").daysWithoutService()).contains(1L);
    }

    @Test
    void beforeAnyOccupationThereIsNoLastDayAndNoGap() {
      Attestation early = as(record, "2024-03-03");

      assertThat(early.firstDay()).contains(day("2024-03-04"));
      assertThat(early.lastDay()).isEmpty();
      assertThat(early.daysWithoutService()).isEmpty();
      assertThat(early.attestationDue()).isFalse();
    }

    @Test
    void onTheFirstDayTheGapIsZero() {
      Attestation first = as(record, "2024-03-04");

      assertThat(first.lastDay()).contains(day("2024-03-04"));
      assertThat(first.daysWithoutService()).contains(0L);
    }

    @Test
    void aRecordWithoutOccupationHasNoFirstOrLastDay() {
      Attestation nothing =
          as(
              record(agreement("2024-03-04", "2024-02-30", fullDays(WEEKDAYS)).build()),
              "2024-10-01");

      assertThat(nothing.firstDay()).isEmpty();
      assertThat(nothing.lastDay()).isEmpty();
      assertThat(nothing.attestationDue()).isFalse();
    }

    @Test
    void theFirstAndLastDaysAreTheEarliestAndLatestWhateverTheOrderOfTheAgreements() {
      Attestation attestation =
          as(
              record(
                  agreement("2024-09-16", "2024-09-20", fullDays(WEEKDAYS)).build(),
                  agreement("2024-09-02", "2024-09-06", fullDays(WEEKDAYS)).build(),
                  agreement("2024-10-07", "2024-10-11", fullDays(WEEKDAYS)).build(),
                  agreement("2024-09-23", "2024-09-27", fullDays(WEEKDAYS)).build()),
              "2024-11-29");

      assertThat(attestation.firstDay()).contains(day("2024-09-02"));
      assertThat(attestation.lastDay()).contains(day("2024-10-11"));
    }

    @Test
    void fullContributionAgreementsCountForFirstAndLastDays() {
      Attestation full =
          as(
              record(
                  agreement("2024-03-04", "2024-08-30", fullDays(WEEKDAYS))
                      .reducedContribution(false)
                      .build()),
              "2024-11-29");

      assertThat(full.firstDay()).contains(day("2024-03-04"));
      assertThat(full.lastDay()).contains(day("2024-08-30"));
      assertThat(full.reducedContributionDays()).isZero();
    }
  }

  @Nested
  class Totals {
    /** Two weeks: Mon to Fri day and evening (a care day each), then Saturday morning only. */
    private final Agreement intensive =
        agreement(
                "2024-09-02",
                "2025-06-27",
                week(WEEKDAYS, Slot.DAY_1, Slot.DAY_2, Slot.EVENING_1),
                week(new Day[] {Day.SAT}, Slot.DAY_1))
            .build();

    @Test
    void datesWithTwoSlotsOrMoreAreDaysWithOneSlotHalfDays() {
      Attestation friday = as(record(intensive), "2024-09-13");
      Attestation saturday = as(record(intensive), "2024-09-14");

      assertThat(friday.reducedContributionDays()).isEqualTo(5);
      assertThat(friday.reducedContributionHalfDays()).isZero();
      assertThat(saturday.reducedContributionDays()).isEqualTo(5);
      assertThat(saturday.reducedContributionHalfDays()).isEqualTo(1);
    }

    @Test
    void halfDaysAreCountedApart() {
      Agreement weekly =
          agreement(
                  "2024-09-02",
                  "2025-06-27",
                  week(WEEKDAYS, Slot.DAY_1, Slot.DAY_2, Slot.EVENING_1)
                      .withDays(
                          week(WEEKDAYS, Slot.DAY_1, Slot.DAY_2, Slot.EVENING_1)
                              .days()
                              .put("SAT", List.of("DAY_1"))))
              .build();

      Attestation attestation = as(record(weekly), "2024-09-14");

      assertThat(attestation.reducedContributionDays()).isEqualTo(10);
      assertThat(attestation.reducedContributionHalfDays()).isEqualTo(2);
    }

    @Test
    void datesInsideAnEcpPeriodGoToTheExemptTotalsFromItsFirstToItsLastDay() {
      ParentChildRecord record =
          ParentChildRecord.builder()
              .addAgreements(
                  agreement("2024-09-02", "2025-06-27", fullDays(WEEKDAYS))
                      .build()
                      .withSchedule(
                          Option.some(
                              io.github.childcarerules.core.schedule.Schedule.of(
                                  fullDays(WEEKDAYS)
                                      .withDays(
                                          fullDays(WEEKDAYS)
                                              .days()
                                              .put("SAT", List.of("DAY_2")))))))
              .addEcpPeriods(SpecialPeriod.of(day("2024-09-10"), day("2024-09-14")))
              .build();

      Attestation attestation = as(record, "2024-09-15");

      assertThat(attestation.ecpExemptDays()).isEqualTo(4);
      assertThat(attestation.ecpExemptHalfDays()).isEqualTo(1);
      assertThat(attestation.reducedContributionDays()).isEqualTo(6);
      assertThat(attestation.reducedContributionHalfDays()).isEqualTo(1);
    }

    @Test
    void aOneDayEcpPeriodExemptsThatDayAlone() {
      ParentChildRecord record =
          ParentChildRecord.builder()
              .addAgreements(agreement("2024-09-02", "2025-06-27", fullDays(WEEKDAYS)).build())
              .addEcpPeriods(SpecialPeriod.of(day("2024-09-11"), day("2024-09-11")))
              .build();

      Attestation before = as(record, "2024-09-10");
      Attestation after = as(record, "2024-09-13");

      assertThat(before.ecpExemptDays()).isZero();
      assertThat(before.reducedContributionDays()).isEqualTo(7);
      assertThat(after.ecpExemptDays()).isEqualTo(1);
      assertThat(after.reducedContributionDays()).isEqualTo(9);
    }

    @Test
    void onTheFirstOfSeptemberAnEcpDayIsExemptInTheNewYear() {
      ParentChildRecord record =
          ParentChildRecord.builder()
              .addAgreements(agreement("2025-08-25", "2026-06-26", fullDays(WEEKDAYS)).build())
              .addEcpPeriods(SpecialPeriod.of(day("2025-08-25"), day("2025-09-05")))
              .build();

      Attestation lastDayOfTheYear = as(record, "2025-08-31");
      Attestation firstDayOfTheNext = as(record, "2025-09-01");

      assertThat(lastDayOfTheYear.ecpExemptDays()).isEqualTo(5);
      assertThat(firstDayOfTheNext.ecpExemptDays()).isEqualTo(1);
      assertThat(firstDayOfTheNext.reducedContributionDays()).isZero();
    }

    @Test
    void onlyReducedContributionAgreementsCountTogetherDateByDate() {
      ParentChildRecord record =
          record(
              agreement("2024-09-02", "2024-09-08", week(WEEKDAYS, Slot.DAY_1)).build(),
              agreement("2024-09-02", "2024-09-08", week(WEEKDAYS, Slot.EVENING_1)).build(),
              agreement("2024-09-02", "2024-09-08", fullDays(Day.SAT))
                  .reducedContribution(false)
                  .build());

      Attestation attestation = as(record, "2024-09-30");

      assertThat(attestation.reducedContributionDays()).isEqualTo(5);
      assertThat(attestation.reducedContributionHalfDays()).isZero();
      assertThat(attestation.lastDay()).contains(day("2024-09-07"));
    }

    @Test
    void theTotalsStartWithTheReferenceYear() {
      ParentChildRecord record =
          record(agreement("2024-08-26", "2024-09-06", fullDays(WEEKDAYS)).build());

      assertThat(as(record, "2024-08-31").reducedContributionDays()).isEqualTo(5);
      assertThat(as(record, "2024-09-01").reducedContributionDays()).isZero();
      assertThat(as(record, "2024-09-05").reducedContributionDays()).isEqualTo(4);
    }
  }

  @Test
  void misuseIsRefused() {
    assertThatThrownBy(() -> Attestation.of(null, day("2024-01-01")))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Attestation.of(Build.record().build(), null))
        .isInstanceOf(NullPointerException.class);
  }
}
