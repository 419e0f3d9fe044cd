package io.github.childcarerules.occupation.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.occupation.careunit.AgeRule;
import io.github.childcarerules.occupation.careunit.CareUnit;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.careunit.CareUnits;
import io.github.childcarerules.occupation.careunit.Stay;
import io.github.childcarerules.occupation.careunit.StayProblem;
import io.github.childcarerules.occupation.coverage.Column;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.FindingCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The Java example of docs/guide/places.md. */
class PlacesReadmeExampleTest {
  @Test
  void careUnitsUnoccupiedPlacesAndCoverageAreTheOnesTheReadmeShows() {
    // README snippet: places — spotless:off
    // Care unit: 07:00–08:00 and 15:30–17:00 for a child 5 years old on 30 September 2024.
    Validation<Seq<StayProblem>, CareUnitAssessment> unit = CareUnits.assess(
        LocalDate.of(2019, 9, 30), LocalDate.of(2024, 10, 15),
        List.of(Stay.of(LocalTime.of(7, 0), LocalTime.of(8, 0)),
                Stay.of(LocalTime.of(15, 30), LocalTime.of(17, 0))));
    Option<CareUnit> day = unit.toOption().map(CareUnitAssessment::unit);     // Some(DAY): 150 minutes
    Option<AgeRule> rule = unit.toOption().map(CareUnitAssessment::ageRule);  // Some(FIVE_OR_OLDER_ON_SEPTEMBER_30)

    // Unoccupied places: 2 places since 2024-01-01, one agreement from 2024-04-01.
    List<UnoccupiedRun> runs = UnoccupiedPlaces.runsOfAgreements(
        List.of(PlaceEntry.from(LocalDate.of(2024, 1, 1), 2)),
        List.of(Agreement.builder().start(LocalDate.of(2024, 4, 1)).end(LocalDate.of(2025, 6, 27))
            .reducedContribution(true).build()),
        DatePeriod.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    // k = 1: 2024-01-01 to 2024-12-31 (366 days); k = 2: 2024-01-01 to 2024-03-31 (91 days)

    // Coverage: Lyster, 20 places for 80 children, stated 2.5 %.
    CoverageAudit audit = CoverageTables.audit(List.of(CoverageRow.builder().sector("Lyster")
        .children(new BigDecimal("80")).places(new BigDecimal("20"))
        .statedRate(new BigDecimal("2.5")).build()));
    Option<BigDecimal> rate = audit.rows().head().rate();    // Some(25.00)
    List<Finding> findings = audit.rows().head().findings(); // RATE_MISMATCH: stated 2.5, computed 25.00

    // Stays that overlap are unusable input: a StayProblem, in French or English.
    Seq<StayProblem> problems = CareUnits.assess(
        LocalDate.of(2019, 9, 30), LocalDate.of(2024, 10, 15),
        List.of(Stay.of(LocalTime.of(7, 0), LocalTime.of(9, 0)),
                Stay.of(LocalTime.of(8, 0), LocalTime.of(10, 0))))
        .fold(found -> found, assessment -> List.empty());  // the problems; none when assessed
    StayProblem.Reason reason = problems.head().reason();    // OVERLAPPING_STAYS, stays 0 and 1
    // README snippet end — spotless:on

    assertThat(unit.isValid()).isTrue();
    assertThat(day).contains(CareUnit.DAY);
    assertThat(unit.map(CareUnitAssessment::minutes).toOption()).contains(150L);
    assertThat(rule).contains(AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30);
    assertThat(runs.map(run -> tuple(run.places(), run.from(), run.to(), run.days())))
        .containsExactly(
            tuple(1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 366L),
            tuple(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 91L));
    assertThat(rate).contains(new BigDecimal("25.00"));
    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.code()).isEqualTo(FindingCode.RATE_MISMATCH);
              assertThat(finding.column()).isEqualTo(Column.STATED_RATE);
              assertThat(finding.stated()).isEqualTo(new BigDecimal("2.5"));
              assertThat(finding.computed()).isEqualTo(new BigDecimal("25.00"));
            });
    assertThat(problems).hasSize(1);
    assertThat(reason).isEqualTo(StayProblem.Reason.OVERLAPPING_STAYS);
    assertThat(problems.head().stays()).containsExactly(0, 1);
  }
}
