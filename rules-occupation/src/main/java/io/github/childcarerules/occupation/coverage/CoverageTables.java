package io.github.childcarerules.occupation.coverage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The audit of a published coverage table (RULES.md §8, "Coverage rate"; POL Tableau 1), in exact
 * decimals: each sector's rate is recomputed and compared with the stated one, its places per age
 * bracket are added up, and the {@value #TOTAL} row is checked against the sums of the other rows.
 * An empty cell states nothing and is not checked: a row with no {@code children} or no {@code
 * places} has no rate, and a column of the total is not checked when a sector row leaves it empty.
 *
 * @since 0.1.0
 */
public final class CoverageTables {
  /** The name of the total row, matched exactly. */
  public static final String TOTAL = "TOTAL";

  /** The columns of the total row that are checked, in reporting order. */
  public static final List<Column> TOTAL_COLUMNS =
      List.of(Column.AREA_KM2, Column.CHILDREN, Column.PROVIDERS, Column.PLACES);

  private static final List<Column> BRACKETS =
      List.of(Column.PLACES_0_17, Column.PLACES_18_59, Column.PLACES_60_PLUS);

  private CoverageTables() {}

  /**
   * Audits {@code table} (cost linear in its rows, rates in exact decimals whatever their scale):
   * every row named {@value #TOTAL} is a total (checked against the sums of the other rows, and
   * left out of {@link CoverageAudit#rows()}); the others are sectors.
   *
   * @param table the rows as read, in input order
   * @return the audit, consistent when no row and no total has a finding
   */
  public static CoverageAudit audit(Seq<CoverageRow> table) {
    Objects.requireNonNull(table, "table");
    List<CoverageRow> sectors = List.ofAll(table).filter(row -> !row.isTotal());
    List<Finding> totalFindings =
        List.ofAll(table).filter(CoverageRow::isTotal).flatMap(total -> total(total, sectors));
    return CoverageAudit.of(sectors.map(CoverageTables::row), totalFindings);
  }

  /**
   * The audit of one sector row: rate, saturation, rate mismatch, brackets.
   *
   * @param row a sector row (a {@value #TOTAL} row is audited as a sector here)
   * @return the row's rate and findings
   */
  public static RowAudit row(CoverageRow row) {
    Objects.requireNonNull(row, "row");
    Option<CoverageRate> rate =
        row.places().flatMap(places -> row.children().flatMap(c -> CoverageRate.of(places, c)));
    List<Finding> findings = List.empty();
    if (rate.isDefined() && row.statedRate().isDefined()) {
      BigDecimal stated = row.statedRate().get();
      if (rate.get().differsFrom(stated)) {
        findings =
            findings.append(
                Finding.of(
                    FindingCode.RATE_MISMATCH, Column.STATED_RATE, stated, rate.get().rounded()));
      }
    }
    List<Option<BigDecimal>> brackets = BRACKETS.map(row::cell);
    if (row.places().isDefined() && brackets.forAll(Option::isDefined)) {
      BigDecimal sum = brackets.map(Option::get).fold(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(row.places().get()) != 0) {
        findings =
            findings.append(
                Finding.of(
                    FindingCode.BRACKETS_DO_NOT_ADD_UP, Column.PLACES, row.places().get(), sum));
      }
    }
    Option<Column> emptyCell =
        row.children().isEmpty()
            ? Option.some(Column.CHILDREN)
            : row.places().isEmpty() ? Option.some(Column.PLACES) : Option.none();
    return RowAudit.builder()
        .sector(row.sector())
        .rate(rate.map(CoverageRate::rounded))
        .emptyCellForRate(emptyCell)
        .belowSaturation(rate.map(CoverageRate::isBelowSaturation))
        .findings(findings)
        .build();
  }

  /**
   * The total's findings: a column is checked when the total states it and every sector row does
   * too (an empty cell states nothing, so the sum it belongs to is unknown, never a sum counting it
   * as 0).
   */
  private static List<Finding> total(CoverageRow total, List<CoverageRow> sectors) {
    return TOTAL_COLUMNS.flatMap(
        column ->
            total
                .cell(column)
                .filter(stated -> sectors.forAll(row -> row.cell(column).isDefined()))
                .flatMap(
                    stated -> {
                      BigDecimal sum =
                          sectors
                              .map(row -> row.cell(column).get())
                              .fold(BigDecimal.ZERO, BigDecimal::add);
                      return sum.compareTo(stated) == 0
                          ? Option.none()
                          : Option.some(
                              Finding.of(FindingCode.TOTAL_MISMATCH, column, stated, sum));
                    }));
  }
}
