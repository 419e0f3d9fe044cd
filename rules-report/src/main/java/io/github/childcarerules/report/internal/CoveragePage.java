package io.github.childcarerules.report.internal;

import io.github.childcarerules.occupation.coverage.Column;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * What the coverage page shows, the template {@code coverage.jte} lays it out: the table as given,
 * each row with the rate the audit recomputes, every finding of the audit ({@link CoverageTables})
 * numbered and highlighted in the cell it is about, then explained under the table. A sector row's
 * findings are its {@link CoverageTables#row} audit's; a {@code TOTAL} row's are those of an audit
 * of the sector rows and that total.
 *
 * @param words the page's words
 * @param columns the table's numeric columns, in FORMAT.md's order, each with its name
 * @param rows the rows as given, in input order
 * @param notes the findings explained, by number
 */
public record CoveragePage(Words words, List<Heading> columns, List<Row> rows, List<Note> notes) {

  /** The marks of the table's block. */
  public static final String TABLE_MARK = "B-T";

  /** The marks of the findings' block. */
  public static final String NOTES_MARK = "B-F";

  /**
   * A column of the table.
   *
   * @param header its name in the CSV header row
   * @param label its name on the page
   */
  public record Heading(String header, String label) {}

  /**
   * A row as given, with the audit's rate.
   *
   * @param sector its sector, as written ({@code TOTAL} for the total row)
   * @param total whether it is a {@code TOTAL} row
   * @param cells its numeric cells, in the columns' order
   * @param rate the rate the audit recomputes, rounded to two decimals; empty when none (no
   *     children, or the total row)
   * @param belowSaturation "yes" when the exact rate is below 70 %, "no" above; empty when no rate
   */
  public record Row(
      String sector, boolean total, List<Cell> cells, String rate, String belowSaturation) {}

  /**
   * A cell as given.
   *
   * @param header its column's name in the header row
   * @param value its number as written; empty when the table leaves it empty
   * @param findings the numbers of the findings about it (one, at most, from an audit)
   */
  public record Cell(String header, String value, List<Integer> findings) {}

  /**
   * A finding explained.
   *
   * @param number its number on the page
   * @param code what is inconsistent ({@code RATE_MISMATCH}, …)
   * @param sector the row's sector
   * @param header the cell's column, in the header row
   * @param text what is inconsistent, in words, with the stated and the computed value
   */
  public record Note(int number, String code, String sector, String header, String text) {}

  /**
   * The page of {@code table}.
   *
   * @param table the rows as read, in input order, the total row included
   * @param words the page's words
   * @return the page's content
   */
  public static CoveragePage of(Seq<CoverageRow> table, Words words) {
    List<CoverageRow> rows = List.ofAll(table);
    List<CoverageRow> sectors = rows.filter(row -> !row.isTotal());
    List<Column> numeric = List.of(Column.values()).filter(column -> column != Column.SECTOR);
    java.util.List<Row> laidOut = new java.util.ArrayList<>();
    java.util.List<Note> notes = new java.util.ArrayList<>();
    for (CoverageRow row : rows) {
      List<Finding> findings;
      String rate = "";
      String below = "";
      if (row.isTotal()) {
        findings = CoverageTables.audit(sectors.append(row)).totalFindings();
      } else {
        RowAudit audit = CoverageTables.row(row);
        findings = audit.findings();
        rate = audit.rate().map(BigDecimal::toPlainString).getOrElse("");
        below = audit.belowSaturation().map(words::yesNo).getOrElse("");
      }
      java.util.List<Cell> cells = new java.util.ArrayList<>();
      for (Column column : numeric) {
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        for (Finding finding : findings.filter(f -> f.column() == column)) {
          numbers.add(notes.size() + 1);
          notes.add(note(notes.size() + 1, row, finding, words));
        }
        cells.add(
            new Cell(
                column.header(),
                words.entered(row.cell(column).map(BigDecimal::toPlainString)),
                List.ofAll(numbers)));
      }
      laidOut.add(new Row(row.sector(), row.isTotal(), List.ofAll(cells), rate, below));
    }
    return new CoveragePage(
        words,
        numeric.map(column -> new Heading(column.header(), words.get("column." + column.header()))),
        List.ofAll(laidOut),
        List.ofAll(notes));
  }

  private static Note note(int number, CoverageRow row, Finding finding, Words words) {
    return new Note(
        number,
        finding.code().name(),
        row.sector(),
        finding.column().header(),
        words.get(
            "finding." + finding.code().name(),
            finding.stated().toPlainString(),
            words.entered(Option.some(row.sector())),
            finding.computed().toPlainString(),
            words.get("column." + finding.column().header())));
  }

  /**
   * The sector's name as printed: cut when very long.
   *
   * @param row a row
   * @return its sector
   */
  public String sector(Row row) {
    return words.entered(Option.some(row.sector()));
  }
}
