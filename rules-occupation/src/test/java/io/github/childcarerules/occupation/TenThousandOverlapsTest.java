package io.github.childcarerules.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The record of 10,000 overlapping agreements that {@code Occupation.of} counts as planned, over a
 * million half-days in one year, and that {@code Occupation.checked} refuses. Left out of mutation
 * testing for speed: {@link CheckedCountTest} covers the same code on small records.
 */
class TenThousandOverlapsTest {
  private static final DatePeriod YEAR = Build.range("2024-01-01", "2024-12-31");
  private static final ParentChildRecord RECORD = CheckedCountTest.overlapping(10_000);

  @Test
  void theRecordWithTenThousandOverlappingAgreementsIsRefusedWithItsReport() {
    Validation<ValidationReport, OccupationCount> checked = Occupation.checked(RECORD, YEAR);

    assertThat(Occupation.of(RECORD).count(YEAR).halfDays()).isGreaterThan(1_000_000);
    assertThat(checked.isInvalid()).isTrue();
    assertThat(checked.getError().errors())
        .hasSize(9_999)
        .allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.AGREEMENTS_OVERLAP));
    assertThat(checked.getError()).isEqualTo(RecordValidator.validate(RECORD));
  }

  @Test
  void itsAttestationIsRefusedToo() {
    assertThat(Attestation.checked(RECORD, LocalDate.of(2024, 10, 1)).isInvalid()).isTrue();
  }
}
