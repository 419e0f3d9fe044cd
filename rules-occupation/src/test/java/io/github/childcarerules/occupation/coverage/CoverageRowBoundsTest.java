package io.github.childcarerules.occupation.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a coverage row holds through the Java API (docs/decisions.md, "Hostile input"): a count or
 * an area is zero or more, and every cell has at most {@value CoverageRow#MAX_DIGITS} digits on
 * each side of the point. Anything else is refused when the row is built, with an {@code
 * IllegalArgumentException} naming the column, so that {@link CoverageTables#audit} never throws.
 */
class CoverageRowBoundsTest {
  private static CoverageRow.Builder sector() {
    return CoverageRow.builder().sector("S");
  }

  @ParameterizedTest(name = "{0} below zero is refused")
  @EnumSource(
      value = Column.class,
      names = {"SECTOR", "STATED_RATE"},
      mode = EnumSource.Mode.EXCLUDE)
  void aNegativeCountOrAreaIsRefusedNamingTheColumn(Column column) {
    assertThatThrownBy(() -> sector().cell(column, Option.some(new BigDecimal("-0.01"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(column.header())
        .hasMessageContaining("-0.01");
  }

  @Test
  void zeroWrittenWithASignIsACount() {
    assertThat(sector().children(new BigDecimal("-0")).places(BigDecimal.ZERO).build().children())
        .contains(BigDecimal.ZERO);
  }

  @Test
  void aNegativeStatedRateIsAStatementToCompare() {
    RowAudit audit =
        CoverageTables.row(
            sector()
                .children(BigDecimal.TEN)
                .places(BigDecimal.ONE)
                .statedRate(new BigDecimal("-10"))
                .build());
    assertThat(audit.findings().map(Finding::code)).containsExactly(FindingCode.RATE_MISMATCH);
  }

  @ParameterizedTest(name = "scale {0} is refused")
  @ValueSource(ints = {Integer.MAX_VALUE, Integer.MIN_VALUE, 10_001, -10_001})
  void aCellWithMoreDigitsThanTheBoundIsRefused(int scale) {
    for (Column column : List.of(Column.values()).remove(Column.SECTOR)) {
      assertThatThrownBy(
              () -> sector().cell(column, Option.some(BigDecimal.valueOf(1, scale))).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(column.header());
    }
  }

  @Test
  void aNegativeCellBeyondTheBoundIsRefusedWithoutPrintingItsDigits() {
    assertThatThrownBy(() -> sector().children(BigDecimal.valueOf(-1, Integer.MIN_VALUE)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("children: more than 10000 digits before or after the decimal point");
  }

  @Test
  void theBoundIsTenThousandDigitsOnEachSideOfThePoint() {
    BigDecimal longest = new BigDecimal(new BigInteger("9".repeat(20_000)), CoverageRow.MAX_DIGITS);
    BigDecimal oneMoreBefore = new BigDecimal(new BigInteger("1" + "0".repeat(10_000)));
    BigDecimal oneMoreAfter = BigDecimal.valueOf(1, CoverageRow.MAX_DIGITS + 1);

    assertThatCode(() -> sector().places(longest).children(longest).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> sector().places(oneMoreBefore).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sector().statedRate(oneMoreAfter).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAuditOfCellsAtTheBoundsNeverThrows() {
    BigDecimal huge = BigDecimal.valueOf(9, -(CoverageRow.MAX_DIGITS - 1));
    BigDecimal tiny = BigDecimal.valueOf(1, CoverageRow.MAX_DIGITS);
    List<CoverageRow> table =
        List.of(
            sector()
                .areaKm2(tiny)
                .children(tiny)
                .providers(huge)
                .places(huge)
                .statedRate(tiny)
                .places0To17(huge)
                .places18To59(tiny)
                .places60Plus(huge)
                .build(),
            sector()
                .areaKm2(huge)
                .children(huge)
                .providers(huge)
                .places(tiny)
                .statedRate(huge)
                .build(),
            CoverageRow.builder()
                .sector(CoverageTables.TOTAL)
                .areaKm2(huge)
                .children(tiny)
                .providers(tiny)
                .places(huge)
                .build());

    CoverageAudit audit = CoverageTables.audit(table);

    assertThat(audit.rows()).hasSize(2);
    assertThat(audit.rows().get(0).findings().map(Finding::code))
        .containsExactly(FindingCode.RATE_MISMATCH, FindingCode.BRACKETS_DO_NOT_ADD_UP);
    assertThat(audit.totalFindings()).hasSize(4);
  }

  @Test
  void aRateOfNumbersBeyondTheBoundIsRefusedAsAnArgumentNotAnArithmeticException() {
    BigDecimal one = BigDecimal.ONE;
    BigDecimal tiny = new BigDecimal("1e-999999999");
    BigDecimal huge = new BigDecimal("1e+999999999");

    assertThatThrownBy(() -> CoverageRate.of(one, tiny))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("children: more than 10000 digits");
    assertThatThrownBy(() -> CoverageRate.of(huge, one))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("places: more than 10000 digits");
  }

  @Test
  void aRateAtTheBoundIsRoundedWithoutThrowing() {
    BigDecimal smallest = BigDecimal.ONE.movePointLeft(CoverageRow.MAX_DIGITS);
    BigDecimal largest = BigDecimal.TEN.pow(CoverageRow.MAX_DIGITS).subtract(BigDecimal.ONE);

    assertThat(CoverageRate.of(largest, smallest).get().rounded().precision())
        .isEqualTo(2 * CoverageRow.MAX_DIGITS + 4);
    assertThat(CoverageRate.of(smallest, largest).get().rounded()).isEqualByComparingTo("0");
  }
}
