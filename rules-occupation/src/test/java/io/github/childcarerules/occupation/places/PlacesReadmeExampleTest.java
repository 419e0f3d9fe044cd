package io.github.childcarerules.occupation.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
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
import io.github.childcarerules.occupation.coverage.FindingCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The Java example of README.md's "Care units, unoccupied places and coverage rates". */
class PlacesReadmeExampleTest {
  @Test
  void careUnit() {
    Validation<Seq<StayProblem>, CareUnitAssessment> unit =
        CareUnits.assess(
            LocalDate.of(2019, 9, 30),
            LocalDate.of(2024, 10, 15),
            List.of(
                Stay.of(LocalTime.of(7, 0), LocalTime.of(8, 0)),
                Stay.of(LocalTime.of(15, 30), LocalTime.of(17, 0))));
    assertThat(unit.isValid()).isTrue();
    assertThat(unit.get().unit()).isEqualTo(CareUnit.DAY);
    assertThat(unit.get().ageRule()).isEqualTo(AgeRule.FIVE_OR_OLDER_ON_SEPTEMBER_30);
    assertThat(unit.get().minutes()).isEqualTo(150);
  }

  @Test
  void unoccupiedPlaces() {
    List<UnoccupiedRun> runs =
        UnoccupiedPlaces.runsOfAgreements(
            List.of(PlaceEntry.from(LocalDate.of(2024, 1, 1), 2)),
            List.of(
                Agreement.builder()
                    .start("2024-04-01")
                    .end("2025-06-27")
                    .reducedContribution(true)
                    .build()),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31));
    assertThat(runs.map(run -> tuple(run.places(), run.from(), run.to(), run.days())))
        .containsExactly(
            tuple(1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 366L),
            tuple(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 91L));
  }

  @Test
  void coverage() {
    CoverageAudit audit =
        CoverageTables.audit(
            List.of(
                CoverageRow.builder()
                    .sector("Lyster")
                    .children(new BigDecimal("80"))
                    .places(new BigDecimal("20"))
                    .statedRate(new BigDecimal("2.5"))
                    .build()));
    assertThat(audit.rows().head().rate()).contains(new BigDecimal("25.00"));
    assertThat(audit.rows().head().findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.code()).isEqualTo(FindingCode.RATE_MISMATCH);
              assertThat(finding.column()).isEqualTo(Column.STATED_RATE);
              assertThat(finding.stated()).isEqualTo(new BigDecimal("2.5"));
              assertThat(finding.computed()).isEqualTo(new BigDecimal("25.00"));
            });
  }
}
