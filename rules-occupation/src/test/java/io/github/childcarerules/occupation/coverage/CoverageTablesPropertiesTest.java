package io.github.childcarerules.occupation.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What holds for every coverage table. */
class CoverageTablesPropertiesTest {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A consistent sector row: its stated rate is the exact rate truncated to 3 decimals. */
  @Provide
  Arbitrary<CoverageRow> consistentRows() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5000),
            Arbitraries.integers().between(0, 300),
            Arbitraries.integers().between(0, 300),
            Arbitraries.integers().between(0, 300),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999")).ofScale(2),
            Arbitraries.integers().between(0, 60))
        .as(
            (children, b1, b2, b3, area, providers) -> {
              BigDecimal places = BigDecimal.valueOf((long) b1 + b2 + b3);
              BigDecimal rate =
                  places
                      .multiply(HUNDRED)
                      .divide(BigDecimal.valueOf(children), 3, RoundingMode.DOWN);
              return CoverageRow.builder()
                  .sector("S" + children)
                  .areaKm2(area)
                  .children(BigDecimal.valueOf(children))
                  .providers(BigDecimal.valueOf(providers))
                  .places(places)
                  .statedRate(rate)
                  .places0To17(BigDecimal.valueOf(b1))
                  .places18To59(BigDecimal.valueOf(b2))
                  .places60Plus(BigDecimal.valueOf(b3))
                  .build();
            });
  }

  private static CoverageRow total(List<CoverageRow> rows) {
    CoverageRow.Builder total = CoverageRow.builder().sector(CoverageTables.TOTAL);
    for (Column column : CoverageTables.TOTAL_COLUMNS) {
      total.cell(
          column,
          Option.some(rows.flatMap(r -> r.cell(column)).fold(BigDecimal.ZERO, BigDecimal::add)));
    }
    return total.build();
  }

  @Property
  void aConsistentTableHasNoFinding(
      @ForAll @Size(min = 1, max = 8) java.util.List<@From("consistentRows") CoverageRow> rows) {
    List<CoverageRow> sectors = List.ofAll(rows);
    CoverageAudit audit = CoverageTables.audit(sectors.append(total(sectors)));
    assertThat(audit.isConsistent()).isTrue();
    assertThat(audit.rows()).hasSize(rows.size());
  }

  @Property
  void movingOneStatedRateByATenthOrMoreGivesExactlyOneRateMismatch(
      @ForAll @Size(min = 1, max = 8) java.util.List<@From("consistentRows") CoverageRow> rows,
      @ForAll @IntRange(min = 0, max = 7) int which,
      @ForAll @IntRange(min = 1, max = 100_000) int thousandths,
      @ForAll boolean up) {
    List<CoverageRow> sectors = List.ofAll(rows);
    int index = which % sectors.size();
    CoverageRow row = sectors.get(index);
    // The stated rate sits within 0.001 below the exact rate: moving it up by 0.101 or more, or
    // down by 0.1 or more, puts it at least 0.1 away.
    BigDecimal shift = BigDecimal.valueOf(thousandths + 100L, 3).add(new BigDecimal("0.001"));
    BigDecimal stated = row.statedRate().get().add(up ? shift : shift.negate());
    List<CoverageRow> changed =
        sectors.update(index, CoverageRow.builder().from(row).statedRate(stated).build());

    CoverageAudit audit = CoverageTables.audit(changed.append(total(changed)));

    assertThat(audit.rows().flatMap(RowAudit::findings))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.RATE_MISMATCH);
              assertThat(f.stated()).isEqualTo(stated);
            });
    assertThat(audit.rows().get(index).findings()).hasSize(1);
    assertThat(audit.totalFindings()).isEmpty();
  }

  @Property
  void changingOneTotalCellGivesExactlyThatTotalMismatch(
      @ForAll @Size(min = 1, max = 8) java.util.List<@From("consistentRows") CoverageRow> rows,
      @ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll @IntRange(min = 1, max = 1000) int delta) {
    List<CoverageRow> sectors = List.ofAll(rows);
    Column column = CoverageTables.TOTAL_COLUMNS.get(which);
    CoverageRow total = total(sectors);
    CoverageRow wrong =
        CoverageRow.builder()
            .from(total)
            .cell(column, total.cell(column).map(v -> v.add(BigDecimal.valueOf(delta, 2))))
            .build();

    CoverageAudit audit = CoverageTables.audit(sectors.append(wrong));

    assertThat(audit.totalFindings().map(Finding::column)).containsExactly(column);
    assertThat(audit.rows().flatMap(RowAudit::findings)).isEmpty();
  }

  @Property
  void theRoundedRateIsWithinHalfAHundredthOfTheExactRate(
      @ForAll @IntRange(min = 0, max = 100_000) int places,
      @ForAll @IntRange(min = 1, max = 100_000) int children) {
    BigDecimal rounded =
        CoverageRate.of(BigDecimal.valueOf(places), BigDecimal.valueOf(children)).get().rounded();
    // |rounded × children − places × 100| ≤ 0.005 × children
    BigDecimal gap =
        rounded
            .multiply(BigDecimal.valueOf(children))
            .subtract(BigDecimal.valueOf(places * 100L))
            .abs();
    assertThat(gap)
        .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(children)));
    assertThat(rounded.scale()).isEqualTo(2);
  }
}
