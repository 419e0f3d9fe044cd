package io.github.childcarerules.occupation.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §8, "Coverage rate", and FORMAT.md, "Coverage table". */
class CoverageTablesTest {
  /**
   * A row from FORMAT's cells: sector, area, children, providers, places, stated rate, brackets; an
   * empty string is an empty cell.
   */
  static CoverageRow row(String sector, String... cells) {
    CoverageRow.Builder row = CoverageRow.builder().sector(sector);
    List<Column> columns = List.of(Column.values()).tail();
    for (int i = 0; i < cells.length; i++) {
      row.cell(columns.get(i), Option.of(cells[i]).filter(c -> !c.isEmpty()).map(BigDecimal::new));
    }
    return row.build();
  }

  private static List<org.assertj.core.groups.Tuple> findings(List<Finding> findings) {
    return findings.map(
        f -> tuple(f.code(), f.column(), f.stated().toPlainString(), f.computed().toPlainString()));
  }

  private static RowAudit audit(CoverageRow row) {
    return CoverageTables.row(row);
  }

  @Test
  void theColumnsAreTheHeadersOfTheFormatInOrder() {
    assertThat(List.of(Column.values()).map(Column::header))
        .containsExactly(
            "sector",
            "area_km2",
            "children",
            "providers",
            "places",
            "stated_rate",
            "places_0_17",
            "places_18_59",
            "places_60_plus");
  }

  @Test
  void cellsAreSetInOneChainOfTheBuilder() {
    CoverageRow row =
        CoverageRow.builder()
            .sector("S")
            .cell(Column.CHILDREN, Option.some(BigDecimal.TEN))
            .cell(Column.PLACES, Option.some(BigDecimal.ONE))
            .build();

    assertThat(row.children()).contains(BigDecimal.TEN);
    assertThat(row.places()).contains(BigDecimal.ONE);
    assertThat(row.statedRate()).isEmpty();
  }

  @ParameterizedTest(name = "17 places / 75 children (22.666…) stated {0} → mismatch {1}")
  @CsvSource({
    "22.6, false", // 0.0666… below
    "22.57, false", // 0.0966… below
    "22.566, true", // 0.1006… below
    "22.5667, false", // 0.09996… below
    "22.56666666666666666666, true", // 0.1 and 6.7e-22 below: exact, no rounding of the rate
    "22.5666666666666666667, false", // 0.1 less 3.3e-20 below
    "22.7666, false", // 0.09993… above
    "22.7667, true", // 0.10003… above
    "22.67, false"
  })
  void aStatedRateIsComparedWithTheExactRate(String stated, boolean mismatch) {
    RowAudit audit = audit(row("S", "1", "75", "1", "17", stated, "", "", ""));
    assertThat(audit.findings().map(Finding::code).contains(FindingCode.RATE_MISMATCH))
        .isEqualTo(mismatch);
  }

  @ParameterizedTest(name = "50 / 100 = 50 % stated {0} → mismatch {1}")
  @CsvSource({"49.91, false", "49.9, true", "50.09, false", "50.1, true", "50.10, true"})
  void aDifferenceOfExactlyOneTenthIsAMismatch(String stated, boolean mismatch) {
    RowAudit audit = audit(row("S", "1", "100", "1", "50", stated, "", "", ""));
    assertThat(audit.findings())
        .hasSize(mismatch ? 1 : 0)
        .allSatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.RATE_MISMATCH);
              assertThat(f.column()).isEqualTo(Column.STATED_RATE);
              assertThat(f.stated()).isEqualTo(new BigDecimal(stated));
              assertThat(f.computed()).isEqualTo(new BigDecimal("50.00"));
            });
  }

  @ParameterizedTest(name = "{0} places / {1} children → {2}")
  @CsvSource({
    "1, 8, 12.50", // exact
    "1, 3, 33.33", // repeating 33.333…
    "2, 3, 66.67", // repeating 66.666…
    "1, 16, 6.25",
    "1, 32, 3.13", // 3.125 half-up
    "1, 64, 1.56", // 1.5625
    "7, 8000, 0.09", // 0.0875 half-up
    "1, 80, 1.25",
    "1, 400, 0.25",
    "1, 2000, 0.05",
    "1, 4000, 0.03" // 0.025 half-up
  })
  void theRateIsRoundedHalfUpToTwoDecimals(String places, String children, String rate) {
    assertThat(audit(row("S", "", children, "", places, "", "", "", "")).rate())
        .contains(new BigDecimal(rate));
    assertThat(audit(row("S", "", children, "", places, "", "", "", "")).rate().get().scale())
        .isEqualTo(2);
  }

  @Test
  void saturationComparesTheExactRateWith70() {
    assertThat(audit(row("S", "", "1000", "", "699", "", "", "", "")).belowSaturation())
        .contains(true);
    assertThat(audit(row("S", "", "3", "", "2", "", "", "", "")).belowSaturation())
        .contains(true); // 66.67
    assertThat(audit(row("S", "", "10", "", "7", "", "", "", "")).belowSaturation())
        .contains(false); // 70 exactly
    // 69.9996… rounds to 70.00 but is below.
    RowAudit justBelow = audit(row("S", "", "10001", "", "7000", "", "", "", ""));
    assertThat(justBelow.rate()).contains(new BigDecimal("69.99"));
    RowAudit nearly = audit(row("S", "", "100001", "", "70000", "", "", "", ""));
    assertThat(nearly.rate()).contains(new BigDecimal("70.00"));
    assertThat(nearly.belowSaturation()).contains(true);
  }

  @Test
  void noChildrenNoRate() {
    RowAudit audit = audit(row("S", "1", "0", "1", "5", "12", "", "", ""));
    assertThat(audit.rate()).isEmpty();
    assertThat(audit.belowSaturation()).isEmpty();
    assertThat(audit.findings()).isEmpty();
    assertThat(audit(row("S", "1", "", "1", "5", "12", "", "", "")).rate()).isEmpty();
    assertThat(audit(row("S", "1", "10", "1", "", "12", "", "", "")).rate()).isEmpty();
  }

  @Test
  void anEmptyCellLeavesNoRateWithoutSayingThereAreNoChildren() {
    assertThat(audit(row("S", "1", "0", "1", "5", "12", "", "", "")).emptyCellForRate()).isEmpty();
    assertThat(audit(row("S", "1", "", "1", "5", "12", "", "", "")).emptyCellForRate())
        .contains(Column.CHILDREN);
    assertThat(audit(row("S", "1", "10", "1", "", "12", "", "", "")).emptyCellForRate())
        .contains(Column.PLACES);
    assertThat(audit(row("S", "1", "", "1", "", "12", "", "", "")).emptyCellForRate())
        .contains(Column.CHILDREN);
    assertThat(audit(row("S", "1", "10", "1", "5", "", "", "", "")).emptyCellForRate()).isEmpty();
  }

  @Test
  void aTotalColumnWithAnEmptySectorCellIsNotCheckedNotCountedAsZero() {
    List<CoverageRow> table =
        List.of(
            row("A", "10.5", "100", "2", "20", "20", "", "", ""),
            row("B", "", "", "", "", "20", "", "", ""),
            row("TOTAL", "14.75", "150", "3", "30", "", "", "", ""));
    CoverageAudit audit = CoverageTables.audit(table);

    assertThat(audit.totalFindings()).isEmpty();
    assertThat(audit.isConsistent()).isTrue();
  }

  @Test
  void anEmptyStatedRateIsNotChecked() {
    RowAudit audit = audit(row("S", "1", "10", "1", "5", "", "", "", ""));
    assertThat(audit.rate()).contains(new BigDecimal("50.00"));
    assertThat(audit.findings()).isEmpty();
  }

  @Test
  void bracketsMustAddUpToThePlacesWhenAllAreGiven() {
    assertThat(audit(row("S", "1", "10", "1", "5", "50", "1", "2", "2")).findings()).isEmpty();
    assertThat(findings(audit(row("S", "1", "10", "1", "5", "50", "1", "2", "3")).findings()))
        .containsExactly(tuple(FindingCode.BRACKETS_DO_NOT_ADD_UP, Column.PLACES, "5", "6"));
    assertThat(findings(audit(row("S", "1", "10", "1", "5", "50", "1", "2", "1")).findings()))
        .containsExactly(tuple(FindingCode.BRACKETS_DO_NOT_ADD_UP, Column.PLACES, "5", "4"));
    // One bracket empty: nothing to add up.
    assertThat(audit(row("S", "1", "10", "1", "5", "50", "1", "", "9")).findings()).isEmpty();
    // 5.0 and 5 are the same number.
    assertThat(audit(row("S", "1", "10", "1", "5.0", "50", "1", "2", "2")).findings()).isEmpty();
  }

  @Test
  void aRowsFindingsComeRateFirstThenBrackets() {
    assertThat(findings(audit(row("S", "1", "10", "1", "5", "40", "1", "1", "1")).findings()))
        .containsExactly(
            tuple(FindingCode.RATE_MISMATCH, Column.STATED_RATE, "40", "50.00"),
            tuple(FindingCode.BRACKETS_DO_NOT_ADD_UP, Column.PLACES, "5", "3"));
  }

  @Test
  void theTotalRowIsCheckedColumnByColumnAndLeftOutOfTheRows() {
    List<CoverageRow> table =
        List.of(
            row("A", "10.5", "100", "2", "20", "20", "", "", ""),
            row("B", "4.25", "50", "1", "10", "20", "", "", ""),
            row("TOTAL", "14.76", "150", "4", "31", "99", "1", "1", "1"));
    CoverageAudit audit = CoverageTables.audit(table);

    assertThat(audit.rows().map(RowAudit::sector)).containsExactly("A", "B");
    assertThat(findings(audit.totalFindings()))
        .containsExactly(
            tuple(FindingCode.TOTAL_MISMATCH, Column.AREA_KM2, "14.76", "14.75"),
            tuple(FindingCode.TOTAL_MISMATCH, Column.PROVIDERS, "4", "3"),
            tuple(FindingCode.TOTAL_MISMATCH, Column.PLACES, "31", "30"));
    assertThat(audit.isConsistent()).isFalse();
  }

  @Test
  void aRowFindingAloneMakesTheTableInconsistent() {
    List<CoverageRow> table =
        List.of(
            row("A", "10.5", "100", "2", "20", "20", "", "", ""),
            row("B", "4.25", "50", "1", "10", "25", "", "", ""));
    CoverageAudit audit = CoverageTables.audit(table);

    assertThat(audit.totalFindings()).isEmpty();
    assertThat(audit.rows().get(1).findings()).isNotEmpty();
    assertThat(audit.isConsistent()).isFalse();
  }

  @Test
  void aTotalThatAddsUpHasNoFindingAndEmptyTotalCellsAreNotChecked() {
    List<CoverageRow> table =
        List.of(
            row("A", "10.5", "100", "2", "20", "20", "", "", ""),
            row("B", "4.25", "50", "1", "10", "20", "", "", ""),
            row("TOTAL", "14.750", "150", "", "", "", "", "", ""));
    CoverageAudit audit = CoverageTables.audit(table);
    assertThat(audit.totalFindings()).isEmpty();
    assertThat(audit.isConsistent()).isTrue();
  }

  @Test
  void onlyTheExactNameTotalIsATotal() {
    CoverageAudit audit =
        CoverageTables.audit(
            List.of(
                row("Total", "1", "10", "1", "5", "50", "", "", ""),
                row("TOTAL ", "1", "10", "1", "5", "50", "", "", "")));
    assertThat(audit.rows().map(RowAudit::sector)).containsExactly("Total", "TOTAL ");
    assertThat(audit.totalFindings()).isEmpty();
  }

  @Test
  void everyTotalRowIsCheckedInInputOrder() {
    CoverageAudit audit =
        CoverageTables.audit(
            List.of(
                row("TOTAL", "", "11", "", "", "", "", "", ""),
                row("A", "1", "10", "1", "5", "50", "", "", ""),
                row("TOTAL", "2", "10", "", "", "", "", "", "")));
    assertThat(findings(audit.totalFindings()))
        .containsExactly(
            tuple(FindingCode.TOTAL_MISMATCH, Column.CHILDREN, "11", "10"),
            tuple(FindingCode.TOTAL_MISMATCH, Column.AREA_KM2, "2", "1"));
    assertThat(audit.rows().map(RowAudit::sector)).containsExactly("A");
  }

  @Test
  void withoutATotalThereAreNoTotalFindings() {
    CoverageAudit audit =
        CoverageTables.audit(List.of(row("A", "1", "10", "1", "5", "50", "", "", "")));
    assertThat(audit.totalFindings()).isEmpty();
    assertThat(audit.rows()).hasSize(1);
  }

  /**
   * POL Tableau 1 as published (examples/coverage/coverage-table.csv), worked by hand:
   *
   * <ul>
   *   <li>Sainte-Sophie d'Halifax: 6 / 35 × 100 = 17.142857…; stated 17.4 is 0.257 away: mismatch,
   *       computed 17.14.
   *   <li>Lyster: 20 / 80 × 100 = 25 exactly; stated 2.5 (a misplaced decimal point): mismatch,
   *       computed 25.00.
   *   <li>Every other rate is within 0.1: Saint-Ferdinand 22.666… vs 22.6 (0.067), Princeville
   *       39.666… vs 39.6 (0.067), Plessisville 45.977… vs 45.9 (0.077), Inverness 25.714… vs 25.7
   *       (0.014); Notre-Dame de Lourdes 72, Villeroy 16, Laurierville 60, Saint-Pierre Baptiste 60
   *       are exact. Every row's brackets add up to its places.
   *   <li>TOTAL: the areas add up to 1280.75 as stated; the children add up to 1095, not the 23917
   *       stated (the MRC's population, not the sum); providers and places are empty in the
   *       published total, so not checked.
   * </ul>
   */
  @Test
  void publishedTableOneHasTwoRateMismatchesAndAWrongChildrenTotal() {
    List<CoverageRow> table =
        List.of(
            row("Saint-Ferdinand", "137.07", "75", "3", "17", "22.6", "6", "11", "0"),
            row("Sainte-Sophie d'Halifax", "91.11", "35", "1", "6", "17.4", "2", "4", "0"),
            row("Princeville", "198.00", "300", "23", "119", "39.6", "43", "76", "0"),
            row(
                "Plessisville (ville et paroisse)",
                "140.73",
                "435",
                "30",
                "200",
                "45.9",
                "60",
                "140",
                "0"),
            row("Notre-Dame de Lourdes", "83.39", "25", "3", "18", "72", "4", "8", "6"),
            row("Villeroy", "100.41", "25", "1", "4", "16", "2", "2", "0"),
            row("Laurierville", "110.62", "60", "6", "36", "60", "10", "20", "6"),
            row("Lyster", "162.35", "80", "3", "20", "2.5", "8", "12", "0"),
            row("Inverness", "176.35", "35", "2", "9", "25.7", "4", "5", "0"),
            row("Saint-Pierre Baptiste", "80.72", "25", "2", "15", "60", "6", "9", "0"),
            row("TOTAL", "1280.75", "23917", "", "", "", "", "", ""));
    CoverageAudit audit = CoverageTables.audit(table);

    assertThat(
            audit
                .rows()
                .filter(r -> !r.findings().isEmpty())
                .map(r -> tuple(r.sector(), findings(r.findings()))))
        .containsExactly(
            tuple(
                "Sainte-Sophie d'Halifax",
                List.of(tuple(FindingCode.RATE_MISMATCH, Column.STATED_RATE, "17.4", "17.14"))),
            tuple(
                "Lyster",
                List.of(tuple(FindingCode.RATE_MISMATCH, Column.STATED_RATE, "2.5", "25.00"))));
    assertThat(findings(audit.totalFindings()))
        .containsExactly(tuple(FindingCode.TOTAL_MISMATCH, Column.CHILDREN, "23917", "1095"));
    assertThat(audit.rows().map(r -> r.rate().get().toPlainString()))
        .containsExactly(
            "22.67", "17.14", "39.67", "45.98", "72.00", "16.00", "60.00", "25.00", "25.71",
            "60.00");
    assertThat(audit.rows().map(r -> r.belowSaturation().get()))
        .containsExactly(true, true, true, true, false, true, true, true, true, true);
  }
}
