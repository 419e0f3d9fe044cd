package io.github.childcarerules.occupation;

import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.count;
import static io.github.childcarerules.occupation.Build.day;
import static io.github.childcarerules.occupation.Build.fullDays;
import static io.github.childcarerules.occupation.Build.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each boundary of RULES.md §8 on both sides. The agreements occupy every day of the week with a
 * full day, so a count is twice the number of days that count.
 */
class OccupationBoundariesTest {
  private static final Week EVERY_DAY = fullDays(Day.values());

  private static Agreement.Builder everyDay(String start, String end) {
    return agreement(start, end, EVERY_DAY);
  }

  private static ParentChildRecord.Builder record(Agreement... agreements) {
    return ParentChildRecord.builder().addAgreements(agreements);
  }

  private static long halfDays(ParentChildRecord record, String from, String to) {
    return count(record, from, to).halfDays();
  }

  @Nested
  class Agreements {
    private final ParentChildRecord record =
        record(everyDay("2024-09-02", "2025-06-27").build()).build();

    @Test
    void countsFromTheStartToTheEndBothIncluded() {
      assertThat(halfDays(record, "2024-09-01", "2024-09-01")).isZero();
      assertThat(halfDays(record, "2024-09-02", "2024-09-02")).isEqualTo(2);
      assertThat(halfDays(record, "2025-06-27", "2025-06-27")).isEqualTo(2);
      assertThat(halfDays(record, "2025-06-28", "2025-06-28")).isZero();
      assertThat(halfDays(record, "2024-01-01", "2026-01-01")).isEqualTo(2 * 299);
    }

    @Test
    void aTerminatedAgreementEndsOnItsTerminationDate() {
      ParentChildRecord terminated =
          record(everyDay("2024-09-02", "2025-06-27").terminatedOn("2025-03-14").build()).build();

      assertThat(halfDays(terminated, "2025-03-14", "2025-03-14")).isEqualTo(2);
      assertThat(halfDays(terminated, "2025-03-15", "2025-06-27")).isZero();
    }

    @Test
    void aTerminationAfterTheEndExtendsTheCoveredDays() {
      ParentChildRecord terminated =
          record(everyDay("2024-09-02", "2025-06-27").terminatedOn("2025-06-30").build()).build();

      assertThat(halfDays(terminated, "2025-06-28", "2025-07-31")).isEqualTo(6);
    }

    @Test
    void aReplacementAgreementCountsNothingEvenWithASchedule() {
      ParentChildRecord replacement =
          record(everyDay("2024-09-02", "2025-06-27").replacement(true).build()).build();

      assertThat(count(replacement, "2024-01-01", "2026-01-01"))
          .extracting(OccupationCount::halfDays, OccupationCount::reducedContribution)
          .containsExactly(0L, 0L);
    }

    @Test
    void fullContributionAgreementsCountApart() {
      ParentChildRecord both =
          record(
                  everyDay("2024-09-02", "2024-09-08").build(),
                  everyDay("2024-09-09", "2024-09-15").reducedContribution(false).build())
              .build();

      assertThat(count(both, "2024-09-01", "2024-09-30"))
          .extracting(
              OccupationCount::halfDays,
              OccupationCount::reducedContribution,
              OccupationCount::fullContribution)
          .containsExactly(28L, 14L, 14L);
    }

    @Test
    void overlappingAgreementsAreEachCounted() {
      ParentChildRecord overlapping =
          record(
                  everyDay("2024-09-02", "2024-09-08").build(),
                  everyDay("2024-09-08", "2024-09-10").build())
              .build();

      assertThat(halfDays(overlapping, "2024-09-08", "2024-09-08")).isEqualTo(4);
    }

    @Test
    void agreementsWithUnusableDatesCountNothing() {
      for (Agreement unusable :
          List.of(
              everyDay("2024-09-02", "2025-06-27").build().withStart(Option.some("2024-02-30")),
              everyDay("2024-09-02", "2025-06-27").build().withStart(Option.<String>none()),
              everyDay("2024-09-02", "2025-06-27").build().withEnd(Option.some(" ")),
              everyDay("2024-09-02", "2024-09-01").build(),
              everyDay("2024-09-02", "2025-06-27").terminatedOn("2024-09-01").build(),
              everyDay("2024-09-02", "2025-06-27").terminatedOn("2025-13-01").build())) {
        assertThat(halfDays(record(unusable).build(), "2024-01-01", "2026-01-01"))
            .as("%s", unusable)
            .isZero();
      }
    }

    @Test
    void aSpecialScheduleReplacesTheNormalOneFromItsFirstToItsLastDay() {
      ParentChildRecord special =
          record(
                  everyDay("2024-09-02", "2025-06-27")
                      .addSpecialSchedules(
                          SpecialSchedule.of(
                              day("2024-10-07"), day("2024-10-11"), Schedule.of(Week.empty())))
                      .build())
              .build();

      assertThat(halfDays(special, "2024-10-06", "2024-10-06")).isEqualTo(2);
      assertThat(halfDays(special, "2024-10-07", "2024-10-07")).isZero();
      assertThat(halfDays(special, "2024-10-11", "2024-10-11")).isZero();
      assertThat(halfDays(special, "2024-10-12", "2024-10-12")).isEqualTo(2);
    }

    @Test
    void aSpecialScheduleWithMalformedDatesIsIgnored() {
      ParentChildRecord special =
          record(
                  everyDay("2024-09-02", "2025-06-27")
                      .addSpecialSchedules(
                          SpecialSchedule.builder()
                              .start("2024-10-07")
                              .end("2024-10-32")
                              .schedule(Schedule.of(Week.empty()))
                              .build())
                      .build())
              .build();

      assertThat(halfDays(special, "2024-10-07", "2024-10-13")).isEqualTo(14);
    }
  }

  @Nested
  class AgeBrackets {
    private ParentChildRecord.Builder record() {
      return OccupationBoundariesTest.record(everyDay("2024-09-02", "2025-06-27").build());
    }

    @Test
    void theBracketChangesOnItsEffectiveDate() {
      ParentChildRecord record =
          record()
              .ageBracket(AgeBracket.MONTHS_0_17, day("2024-09-02"))
              .ageBracket(AgeBracket.MONTHS_18_59, day("2025-01-15"))
              .build();

      OccupationCount count = count(record, "2025-01-14", "2025-01-15");

      assertThat(count.byAgeBracket().toJavaMap())
          .containsExactly(
              java.util.Map.entry(AgeBracket.MONTHS_0_17, 2L),
              java.util.Map.entry(AgeBracket.MONTHS_18_59, 2L),
              java.util.Map.entry(AgeBracket.SCHOOL_AGE, 0L));
      assertThat(count.byAgeBracket().keySet().toList())
          .containsExactly(AgeBracket.MONTHS_0_17, AgeBracket.MONTHS_18_59, AgeBracket.SCHOOL_AGE);
    }

    @Test
    void daysBeforeTheFirstBracketCountInTheTotalOnly() {
      ParentChildRecord record =
          record().ageBracket(AgeBracket.MONTHS_18_59, day("2024-09-05")).build();

      OccupationCount count = count(record, "2024-09-02", "2024-09-08");

      assertThat(count.halfDays()).isEqualTo(14);
      assertThat(count.halfDaysIn(AgeBracket.MONTHS_18_59)).isEqualTo(8);
      assertThat(count.halfDaysIn(AgeBracket.MONTHS_0_17)).isZero();
      assertThat(count.withoutAgeBracket()).isEqualTo(6);
    }

    @Test
    void theLatestDateOnOrBeforeTheDayDecidesEvenOutOfOrder() {
      ParentChildRecord record =
          record()
              .ageBracket(AgeBracket.MONTHS_0_17, day("2024-09-06"))
              .ageBracket(AgeBracket.MONTHS_18_59, day("2024-09-04"))
              .build();

      OccupationCount count = count(record, "2024-09-02", "2024-09-08");

      assertThat(count.halfDaysIn(AgeBracket.MONTHS_18_59)).isEqualTo(4);
      assertThat(count.halfDaysIn(AgeBracket.MONTHS_0_17)).isEqualTo(6);
    }

    @Test
    void onEqualDatesTheOlderBracketIsInForce() {
      ParentChildRecord record =
          record()
              .ageBracket(AgeBracket.MONTHS_0_17, day("2024-09-02"))
              .ageBracket(AgeBracket.MONTHS_18_59, day("2024-09-02"))
              .build();

      assertThat(count(record, "2024-09-02", "2024-09-08").halfDaysIn(AgeBracket.MONTHS_18_59))
          .isEqualTo(14);
    }

    @Test
    void twoBracketsOnOneDateThenALaterOneEachHoldTheirDays() {
      ParentChildRecord record =
          record()
              .ageBracket(AgeBracket.MONTHS_0_17, day("2024-09-02"))
              .ageBracket(AgeBracket.MONTHS_18_59, day("2024-09-02"))
              .ageBracket(AgeBracket.SCHOOL_AGE, day("2024-09-06"))
              .build();

      OccupationCount count = count(record, "2024-09-02", "2024-09-08");

      assertThat(count.halfDaysIn(AgeBracket.MONTHS_0_17)).isZero();
      assertThat(count.halfDaysIn(AgeBracket.MONTHS_18_59)).isEqualTo(8);
      assertThat(count.halfDaysIn(AgeBracket.SCHOOL_AGE)).isEqualTo(6);
    }

    @Test
    void threeBracketsOnOneDateLeaveTheOldestInForce() {
      ParentChildRecord record =
          record()
              .ageBracket(AgeBracket.SCHOOL_AGE, day("2024-09-02"))
              .ageBracket(AgeBracket.MONTHS_0_17, day("2024-09-02"))
              .ageBracket(AgeBracket.MONTHS_18_59, day("2024-09-02"))
              .build();

      OccupationCount count = count(record, "2024-09-02", "2024-09-08");

      assertThat(count.halfDaysIn(AgeBracket.SCHOOL_AGE)).isEqualTo(14);
      assertThat(count.halfDaysIn(AgeBracket.MONTHS_0_17)).isZero();
      assertThat(count.halfDaysIn(AgeBracket.MONTHS_18_59)).isZero();
    }

    @Test
    void daysWithoutABracketAreWhatNoBracketHolds() {
      ParentChildRecord record =
          record()
              .ageBracket(AgeBracket.MONTHS_0_17, day("2024-09-03"))
              .ageBracket(AgeBracket.MONTHS_18_59, day("2024-09-05"))
              .ageBracket(AgeBracket.SCHOOL_AGE, day("2024-09-07"))
              .build();

      OccupationCount count = count(record, "2024-09-02", "2024-09-08");

      assertThat(count.byAgeBracket().values()).containsExactly(4L, 4L, 4L);
      assertThat(count.withoutAgeBracket()).isEqualTo(2);
    }

    @Test
    void malformedDatesAndUnknownKeysAreLeftOut() {
      ParentChildRecord record =
          record()
              .putAgeBrackets("MONTHS_0_17", "2024-09-02")
              .putAgeBrackets("MONTHS_18_59", "2024-09-31")
              .putAgeBrackets("SCHOOL_AGE", " ")
              .putAgeBrackets("MONTHS_60_PLUS", "2024-09-04")
              .build();

      assertThat(count(record, "2024-09-02", "2024-09-08").halfDaysIn(AgeBracket.MONTHS_0_17))
          .isEqualTo(14);
    }
  }

  @Nested
  class SpecialPeriods {
    private ParentChildRecord.Builder record() {
      return OccupationBoundariesTest.record(
          everyDay("2024-09-02", "2025-06-27").build(),
          everyDay("2024-09-02", "2025-06-27").reducedContribution(false).build());
    }

    @Test
    void ecpCountsTheReducedContributionHalfDaysFromItsFirstToItsLastDay() {
      ParentChildRecord record =
          record().addEcpPeriods(SpecialPeriod.of(day("2024-11-04"), day("2024-11-08"))).build();

      assertThat(count(record, "2024-11-03", "2024-11-03").ecpExempt()).isZero();
      assertThat(count(record, "2024-11-04", "2024-11-04").ecpExempt()).isEqualTo(2);
      assertThat(count(record, "2024-11-08", "2024-11-08").ecpExempt()).isEqualTo(2);
      assertThat(count(record, "2024-11-09", "2024-11-09").ecpExempt()).isZero();
      OccupationCount month = count(record, "2024-11-01", "2024-11-30");
      assertThat(month.ecpExempt()).isEqualTo(10);
      assertThat(month.ecpExempt()).isLessThanOrEqualTo(month.reducedContribution());
      assertThat(month.reducedContribution() + month.fullContribution())
          .isEqualTo(month.halfDays());
    }

    @Test
    void aFullContributionHalfDayIsNeverExempt() {
      ParentChildRecord record =
          OccupationBoundariesTest.record(
                  everyDay("2024-09-02", "2025-06-27").reducedContribution(false).build())
              .addEcpPeriods(SpecialPeriod.from(day("2024-09-02")))
              .build();

      OccupationCount count = count(record, "2024-11-01", "2024-11-30");

      assertThat(count.fullContribution()).isEqualTo(60);
      assertThat(count.ecpExempt()).isZero();
    }

    @Test
    void anOpenEcpPeriodRunsOnForever() {
      ParentChildRecord record =
          record().addEcpPeriods(SpecialPeriod.from(day("2025-05-01"))).build();

      assertThat(count(record, "2025-04-30", "2025-04-30").ecpExempt()).isZero();
      assertThat(count(record, "2025-04-30", "2030-01-01").ecpExempt()).isEqualTo(2 * 58);
    }

    @Test
    void disabilityPeriodsCountLikewise() {
      ParentChildRecord record =
          record()
              .addDisabilityPeriods(SpecialPeriod.of(day("2024-11-04"), day("2024-11-08")))
              .addDisabilityPeriods(SpecialPeriod.from(day("2025-06-27")))
              .build();

      OccupationCount count = count(record, "2024-11-01", "2025-12-31");

      assertThat(count.disability()).isEqualTo(4 * 6);
      assertThat(count.ecpExempt()).isZero();
    }

    @Test
    void periodsWithUnusableDatesAreLeftOut() {
      ParentChildRecord record =
          record()
              .addEcpPeriods(SpecialPeriod.builder().start("2024-11-04").end("2024-11-31").build())
              .addEcpPeriods(SpecialPeriod.of(day("2024-11-08"), day("2024-11-04")))
              .addEcpPeriods(SpecialPeriod.builder().end("2024-11-08").build())
              .addDisabilityPeriods(SpecialPeriod.builder().start("2024-11-4").build())
              .build();

      OccupationCount count = count(record, "2024-11-01", "2024-11-30");

      assertThat(count.ecpExempt()).isZero();
      assertThat(count.disability()).isZero();
    }

    @Test
    void periodsListedOutOfOrderCountAsInOrder() {
      ParentChildRecord record =
          record()
              .addEcpPeriods(SpecialPeriod.of(day("2024-11-18"), day("2024-11-22")))
              .addEcpPeriods(SpecialPeriod.of(day("2024-11-04"), day("2024-11-08")))
              .build();

      assertThat(count(record, "2024-11-01", "2024-11-30").ecpExempt()).isEqualTo(2 * 10);
      assertThat(count(record, "2024-11-09", "2024-11-17").ecpExempt()).isZero();
    }

    @Test
    void overlappingPeriodsCountEachDayOnce() {
      ParentChildRecord record =
          record()
              .addEcpPeriods(SpecialPeriod.of(day("2024-11-04"), day("2024-11-08")))
              .addEcpPeriods(SpecialPeriod.of(day("2024-11-06"), day("2024-11-10")))
              .build();

      assertThat(count(record, "2024-11-01", "2024-11-30").ecpExempt()).isEqualTo(2 * 7);
    }
  }

  @Nested
  class Groupings {
    private final ParentChildRecord record =
        record(everyDay("2023-09-01", "2026-08-31").build()).build();

    private List<org.assertj.core.groups.Tuple> periods(String from, String to, Grouping by) {
      return Occupation.of(record)
          .count(range(from, to), by)
          .byPeriod()
          .map(p -> tuple(p.range().toString(), p.halfDays()));
    }

    @Test
    void monthsAreCutAtTheRangeEndsAndHoldTheLeapDay() {
      assertThat(periods("2024-01-31", "2024-03-01", Grouping.MONTH))
          .containsExactly(
              tuple("2024-01-31/2024-01-31", 2L),
              tuple("2024-02-01/2024-02-29", 58L),
              tuple("2024-03-01/2024-03-01", 2L));
    }

    @Test
    void referenceYearsChangeOnTheFirstOfSeptember() {
      assertThat(periods("2024-08-31", "2024-09-01", Grouping.REFERENCE_YEAR))
          .containsExactly(tuple("2024-08-31/2024-08-31", 2L), tuple("2024-09-01/2024-09-01", 2L));
      assertThat(periods("2024-09-01", "2025-08-31", Grouping.REFERENCE_YEAR))
          .containsExactly(tuple("2024-09-01/2025-08-31", 730L));
    }

    @Test
    void fiscalYearsChangeOnTheFirstOfApril() {
      assertThat(periods("2025-03-31", "2025-04-01", Grouping.FISCAL_YEAR))
          .containsExactly(tuple("2025-03-31/2025-03-31", 2L), tuple("2025-04-01/2025-04-01", 2L));
      assertThat(periods("2024-04-01", "2025-03-31", Grouping.FISCAL_YEAR))
          .containsExactly(tuple("2024-04-01/2025-03-31", 730L));
    }

    @Test
    void periodsWithoutOccupationAreListedWithZero() {
      assertThat(periods("2026-07-15", "2026-10-02", Grouping.MONTH))
          .containsExactly(
              tuple("2026-07-15/2026-07-31", 34L),
              tuple("2026-08-01/2026-08-31", 62L),
              tuple("2026-09-01/2026-09-30", 0L),
              tuple("2026-10-01/2026-10-02", 0L));
    }

    @Test
    void aOneDayRangeIsOnePeriod() {
      assertThat(periods("2024-02-29", "2024-02-29", Grouping.FISCAL_YEAR))
          .containsExactly(tuple("2024-02-29/2024-02-29", 2L));
    }

    @Test
    void withoutGroupingThereIsNoPeriod() {
      assertThat(count(record, "2024-01-01", "2024-12-31").byPeriod()).isEmpty();
    }
  }

  @Test
  void theContractExampleCountsTwoHundredFortyHalfDays() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .ageBracket(AgeBracket.MONTHS_0_17, day("2023-03-06"))
            .ageBracket(AgeBracket.MONTHS_18_59, day("2024-05-03"))
            .addEcpPeriods(SpecialPeriod.from(day("2024-09-01")))
            .addAgreements(
                agreement("2023-03-06", "2024-03-01", fullDays(Build.WEEKDAYS)).build(),
                agreement(
                        "2024-03-04",
                        "2025-02-28",
                        fullDays(Day.MON, Day.TUE, Day.WED),
                        fullDays(Day.THU, Day.FRI))
                    .build())
            .build();

    OccupationCount count =
        Occupation.of(record).count(range("2024-04-01", "2025-03-31"), Grouping.FISCAL_YEAR);

    assertThat(count.halfDays()).isEqualTo(240);
    assertThat(count.halfDaysIn(AgeBracket.MONTHS_0_17)).isEqualTo(26);
    assertThat(count.halfDaysIn(AgeBracket.MONTHS_18_59)).isEqualTo(214);
    assertThat(count.reducedContribution()).isEqualTo(240);
    assertThat(count.fullContribution()).isZero();
    assertThat(count.ecpExempt()).isEqualTo(130);
    assertThat(count.byPeriod()).hasSize(1);
    OccupationCount year = count.byPeriod().head();
    assertThat(year.range()).isEqualTo(range("2024-04-01", "2025-03-31"));
    // the one period's count is the whole range's count without grouping (no byPeriod)
    assertThat(year)
        .isEqualTo(Occupation.of(record).count(range("2024-04-01", "2025-03-31")))
        .isNotEqualTo(count);
  }

  @Test
  void misuseIsRefused() {
    Occupation occupation =
        Occupation.of(record(everyDay("2024-09-02", "2025-06-27").build()).build());

    assertThatThrownBy(() -> occupation.count(DatePeriod.startingOn(day("2024-01-01"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Occupation.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> occupation.count(range("2024-01-01", "2024-02-01"), null))
        .isInstanceOf(NullPointerException.class);
  }
}
