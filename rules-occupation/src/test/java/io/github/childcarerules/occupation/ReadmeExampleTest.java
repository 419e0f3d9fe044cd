package io.github.childcarerules.occupation;

import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.fullDays;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Period;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Java example of README.md's "Counting occupation", on examples/occupation-record.json. */
class ReadmeExampleTest {
  /** examples/occupation-record.json, built in Java (dates, brackets, ECP and schedules). */
  private final ParentChildRecord record =
      ParentChildRecord.builder()
          .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 3, 6))
          .ageBracket(AgeBracket.MONTHS_18_59, LocalDate.of(2024, 5, 3))
          .addEcpPeriods(Period.from(LocalDate.of(2024, 9, 1)))
          .addAgreements(
              agreement("2023-03-06", "2024-03-01", fullDays(Build.WEEKDAYS)).build(),
              agreement(
                      "2024-03-04",
                      "2025-02-28",
                      fullDays(Day.MON, Day.TUE, Day.WED),
                      fullDays(Day.THU, Day.FRI))
                  .build())
          .build();

  @Test
  void theCountsAreTheOnesTheReadmeShows() {
    Occupation occupation = Occupation.of(record);
    OccupationCount year =
        occupation.count(
            DatePeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
            Grouping.FISCAL_YEAR);

    assertThat(year.halfDays()).isEqualTo(240);
    assertThat(year.halfDaysIn(AgeBracket.MONTHS_18_59)).isEqualTo(214);
    assertThat(year.reducedContribution()).isEqualTo(240);
    assertThat(year.fullContribution()).isZero();
    assertThat(year.ecpExempt()).isEqualTo(130);
    assertThat(year.byPeriod().head().halfDays()).isEqualTo(240);
    assertThat(year.byPeriod().head().range()).hasToString("2024-04-01/2025-03-31");
  }

  @Test
  void theAttestationIsTheOneTheReadmeShows() {
    Attestation attestation = Attestation.of(record, LocalDate.of(2025, 6, 1));

    assertThat(attestation.endedAgreements()).isEqualTo(List.of(1));
    assertThat(attestation.lastDay()).isEqualTo(Option.some(LocalDate.of(2025, 2, 28)));
    assertThat(attestation.daysWithoutService()).isEqualTo(Option.some(93L));
    assertThat(attestation.ecpExemptDays()).isEqualTo(65);
    assertThat(attestation.attestationDue()).isTrue();
  }
}
