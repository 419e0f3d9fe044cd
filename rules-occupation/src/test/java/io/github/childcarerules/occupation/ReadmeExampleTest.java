package io.github.childcarerules.occupation;

import static io.github.childcarerules.occupation.Build.agreement;
import static io.github.childcarerules.occupation.Build.fullDays;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Java example of README.md's tour, "Count an occupation", on examples/occupation-record.json.
 */
class ReadmeExampleTest {
  /** examples/occupation-record.json, built in Java (dates, brackets, ECP and schedules). */
  private final ParentChildRecord record =
      ParentChildRecord.builder()
          .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 3, 6))
          .ageBracket(AgeBracket.MONTHS_18_59, LocalDate.of(2024, 5, 3))
          .addEcpPeriods(SpecialPeriod.from(LocalDate.of(2024, 9, 1)))
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
  void theCountsAndTheAttestationAreTheOnesTheReadmeShows() {
    // README snippet: count-occupation — spotless:off
    Occupation occupation = Occupation.of(record);     // any record: counting does not judge it
    OccupationCount year = occupation.count(
        DatePeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
        Grouping.FISCAL_YEAR);                         // or MONTH, REFERENCE_YEAR, or no grouping
    long halfDays = year.halfDays();                   // 240 half-days, that is 120 days
    long toddler = year.halfDaysIn(AgeBracket.MONTHS_18_59);  // 214; byAgeBracket() gives all three
    long reduced = year.reducedContribution();         // 240; fullContribution() 0
    long ecp = year.ecpExempt();                       // 130, also counted in reducedContribution()
    OccupationCount first = year.byPeriod().head();    // 2024-04-01/2025-03-31: 240, 130 ECP

    Attestation attestation = Attestation.of(record, LocalDate.of(2025, 6, 1));
    List<Integer> ended = attestation.endedAgreements();       // List(1): it ended on 2025-02-28
    Option<LocalDate> lastDay = attestation.lastDay();         // Some(2025-02-28)
    Option<Long> without = attestation.daysWithoutService();   // Some(93)
    long ecpDays = attestation.ecpExemptDays();                // 65 care days in the reference year
    boolean due = attestation.attestationDue();                // true
    // README snippet end — spotless:on

    assertThat(halfDays).isEqualTo(240);
    assertThat(toddler).isEqualTo(214);
    assertThat(year.byAgeBracket()).hasSize(3);
    assertThat(reduced).isEqualTo(240);
    assertThat(year.fullContribution()).isZero();
    assertThat(ecp).isEqualTo(130);
    assertThat(first.range()).hasToString("2024-04-01/2025-03-31");
    assertThat(first.halfDays()).isEqualTo(240);
    assertThat(first.ecpExempt()).isEqualTo(130);

    assertThat(ended).isEqualTo(List.of(1));
    assertThat(lastDay).isEqualTo(Option.some(LocalDate.of(2025, 2, 28)));
    assertThat(without).isEqualTo(Option.some(93L));
    assertThat(ecpDays).isEqualTo(65);
    assertThat(due).isTrue();
  }
}
