package io.github.childcarerules.cli.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.childcarerules.json.internal.UnusableInputException;
import io.github.childcarerules.json.internal.Utf8Reader;
import io.github.childcarerules.occupation.coverage.Column;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * FORMAT.md's coverage table: CSV (UTF-8, comma-separated, a header row), columns found by header
 * name in any order, other columns ignored. A missing column, a row whose number of cells is not
 * the header's, a cell that is not a decimal number with a dot where a number is due, or CSV that
 * does not parse is unusable input naming its line and column, and so are a negative count or area
 * and a cell with more digits than {@link CoverageRow#MAX_DIGITS} ({@link CoverageRow#problem}),
 * and a second {@code TOTAL} row (which total would the table mean?). Blank lines are skipped;
 * cells are read without surrounding spaces; an empty cell is absent.
 */
public final class CoverageCsv {
  /** Decimal numbers as a table writes them: digits, a dot for decimals, an optional sign. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private static final CsvFactory CSV = new CsvFactory();

  private CoverageCsv() {}

  /** The rows of the table, in input order, the {@code TOTAL} row included. */
  public static List<CoverageRow> read(InputStream table) {
    try (CsvParser parser = CSV.createParser(new Utf8Reader(table))) {
      parser.enable(CsvParser.Feature.TRIM_SPACES);
      Option<Line> header = line(parser);
      if (header.isEmpty()) {
        throw new UnusableInputException("", "empty table, expected a header row");
      }
      Map<Column, Integer> columns = columns(header.get());
      java.util.List<CoverageRow> rows = new ArrayList<>();
      long totalLine = 0;
      for (Option<Line> line = line(parser); line.isDefined(); line = line(parser)) {
        CoverageRow row = row(line.get(), header.get().cells().size(), columns);
        if (row.isTotal()) {
          if (totalLine > 0) {
            throw new UnusableInputException(
                "line " + line.get().number(),
                "a second TOTAL row (the first is on line " + totalLine + ")");
          }
          totalLine = line.get().number();
        }
        rows.add(row);
      }
      return List.ofAll(rows);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
      throw new UnusableInputException(
          where,
          "malformed CSV: " + Objects.requireNonNullElse(e.getOriginalMessage(), "does not parse"));
    } catch (Utf8Reader.MalformedException e) {
      throw new UnusableInputException("", String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new UnusableInputException(
          "", "cannot read: " + Objects.requireNonNullElse(e.getMessage(), "input/output error"));
    }
  }

  /** One line of the table: its number in the file and its cells. */
  private record Line(long number, List<String> cells) {}

  /** The next line that is not blank; none at the end of the input. */
  private static Option<Line> line(CsvParser parser) throws IOException {
    while (parser.nextToken() != null) {
      long number = parser.currentLocation().getLineNr();
      java.util.List<String> cells = new ArrayList<>();
      for (JsonToken token = parser.nextToken();
          token == JsonToken.VALUE_STRING;
          token = parser.nextToken()) {
        cells.add(parser.getText());
      }
      if (cells.size() > 1 || (cells.size() == 1 && !cells.get(0).isBlank())) {
        return Option.some(new Line(number, List.ofAll(cells)));
      }
    }
    return Option.none();
  }

  private static Map<Column, Integer> columns(Line header) {
    List<String> names = header.cells().map(String::strip);
    Map<Column, Integer> columns = HashMap.empty();
    for (Column column : Column.values()) {
      int index = names.indexOf(column.header());
      if (index < 0) {
        throw new UnusableInputException(
            "line " + header.number(), "missing column " + column.header() + " in the header row");
      }
      if (names.lastIndexOf(column.header()) != index) {
        throw new UnusableInputException(
            "line " + header.number(),
            "column " + column.header() + " appears twice in the header row");
      }
      columns = columns.put(column, index);
    }
    return columns;
  }

  private static CoverageRow row(Line line, int width, Map<Column, Integer> columns) {
    if (line.cells().size() != width) {
      throw new UnusableInputException(
          "line " + line.number(),
          line.cells().size() + " cells where the header row has " + width);
    }
    CoverageRow.Builder row =
        CoverageRow.builder().sector(line.cells().get(columns.get(Column.SECTOR).get()).strip());
    for (Column column : Column.values()) {
      if (column != Column.SECTOR) {
        row.cell(column, number(line, column, line.cells().get(columns.get(column).get())));
      }
    }
    return row.build();
  }

  private static Option<BigDecimal> number(Line line, Column column, String text) {
    String cell = text.strip();
    if (cell.isEmpty()) {
      return Option.none();
    }
    if (!NUMBER.matcher(cell).matches()) {
      throw new UnusableInputException(
          "line " + line.number() + ", column " + column.header(),
          "expected a number with a dot for decimals, found '" + cell + "'");
    }
    BigDecimal value = new BigDecimal(cell);
    CoverageRow.problem(column, value)
        .forEach(
            why -> {
              throw new UnusableInputException(
                  "line " + line.number() + ", column " + column.header(), why);
            });
    return Option.some(value);
  }
}
