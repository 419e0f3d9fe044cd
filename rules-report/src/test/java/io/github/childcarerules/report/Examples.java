package io.github.childcarerules.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.coverage.Column;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's examples, read as the command line reads them. */
final class Examples {
  static final Path FOLDER = Path.of("..", "examples");

  private Examples() {}

  /** The example records: the {@code *.json} files of the folder itself, by name. */
  static java.util.List<String> records() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParentChildRecord record(String name) {
    try {
      return ChildcareJson.readRecord(Files.readString(FOLDER.resolve(name), UTF_8)).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An example scenario, {@code allocation/girouette.json} for example, read as the CLI reads it.
   */
  static Scenario scenario(String name) {
    return scenario(FOLDER.resolve(name));
  }

  /** A scenario read from a file. */
  static Scenario scenario(Path file) {
    try {
      return ChildcareJson.readScenario(Files.readString(file, UTF_8)).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled coverage table, read by a plain split (it has no quoted cell). */
  static List<CoverageRow> coverageTable() {
    try {
      return table(Files.readString(FOLDER.resolve("coverage/coverage-table.csv"), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table written as CSV without quotes: a header row, then one row per line. */
  static List<CoverageRow> table(String csv) {
    List<String> lines = List.of(csv.split("\n")).filter(line -> !line.isBlank());
    List<String> header = List.of(lines.head().split(",", -1)).map(String::strip);
    return lines
        .tail()
        .map(
            line -> {
              List<String> cells = List.of(line.split(",", -1)).map(String::strip);
              CoverageRow.Builder row =
                  CoverageRow.builder().sector(cells.get(header.indexOf("sector")));
              for (Column column : Column.values()) {
                if (column != Column.SECTOR) {
                  String cell = cells.get(header.indexOf(column.header()));
                  row.cell(
                      column, cell.isEmpty() ? Option.none() : Option.some(new BigDecimal(cell)));
                }
              }
              return row.build();
            });
  }
}
