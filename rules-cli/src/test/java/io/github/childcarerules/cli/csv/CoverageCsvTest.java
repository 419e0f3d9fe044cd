package io.github.childcarerules.cli.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.json.internal.UnusableInputException;
import io.github.childcarerules.occupation.coverage.Column;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The coverage table's reader on its own: what it reads, and the exact words of what it refuses.
 */
class CoverageCsvTest {
  private static final String HEADER =
      "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n";

  private static List<CoverageRow> read(String table) {
    return CoverageCsv.read(new ByteArrayInputStream(table.getBytes(UTF_8)));
  }

  private static void refused(String table, String message) {
    assertThatThrownBy(() -> read(table))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(message);
  }

  @Test
  void eachRowIsReadInOrderWithItsCellsAndAnEmptyCellIsAbsent() {
    List<CoverageRow> rows = read(HEADER + "A,10.5,100,2,20,20,5,15,0\nTOTAL,10.5,100,2,20,,,,\n");

    assertThat(rows.map(CoverageRow::sector)).containsExactly("A", "TOTAL");
    assertThat(rows.get(0).cell(Column.AREA_KM2)).isEqualTo(Option.some(new BigDecimal("10.5")));
    assertThat(rows.get(0).cell(Column.PLACES_60_PLUS)).isEqualTo(Option.some(BigDecimal.ZERO));
    assertThat(rows.get(1).cell(Column.STATED_RATE)).isEqualTo(Option.none());
    assertThat(rows.get(1).isTotal()).isTrue();
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndOthersIgnored() {
    List<CoverageRow> rows =
        read(
            "note,places_60_plus,places_18_59,places_0_17,stated_rate,places,providers,children,"
                + "area_km2,sector\nx,1,2,3,4,5,6,7,8,A\n");

    assertThat(rows.single().sector()).isEqualTo("A");
    assertThat(rows.single().cell(Column.CHILDREN)).isEqualTo(Option.some(new BigDecimal("7")));
    assertThat(rows.single().cell(Column.PLACES_60_PLUS))
        .isEqualTo(Option.some(new BigDecimal("1")));
  }

  @Test
  void aLineOfSpacesIsBlankAndSkippedButALineOfOneCellIsARow() {
    assertThat(read(HEADER + "   \nA,1,1,1,1,1,1,1,1\n  \n").map(CoverageRow::sector))
        .containsExactly("A");
    refused(HEADER + "A\n", "line 2: 1 cells where the header row has 9");
    refused(HEADER + "A,1,1,1,1,1,1,1,1,1\n", "line 2: 10 cells where the header row has 9");
  }

  @Test
  void aTableWithOnlyBlankLinesHasNoHeader() {
    refused("\n  \n", "empty table, expected a header row");
  }

  @Test
  void aHeaderWithoutRowsIsATableWithoutRows() {
    assertThat(read(HEADER)).isEmpty();
  }

  @Test
  void aSecondTotalRowNamesBothLines() {
    refused(
        HEADER + "TOTAL,1,1,1,1,,,,\nA,1,1,1,1,,,,\n\nTOTAL,1,1,1,1,,,,\n",
        "line 5: a second TOTAL row (the first is on line 2)");
  }

  @Test
  void numbersAreDigitsWithADotAndAnOptionalSign() {
    assertThat(read(HEADER + "A,+1.25,1,1,1,-3.5,1,1,1\n").single().cell(Column.STATED_RATE))
        .isEqualTo(Option.some(new BigDecimal("-3.5")));
    refused(
        HEADER + "A,1,1,1,1,1,1,1,1.\n",
        "line 2, column places_60_plus: expected a number with a dot for decimals, found '1.'");
    refused(
        HEADER + "A,\"1,5\",1,1,1,1,1,1,1\n",
        "line 2, column area_km2: expected a number with a dot for decimals, found '1,5'");
  }

  @Test
  void aNegativeCountIsRefusedWhereItIs() {
    refused(
        HEADER + "A,1,1,1,-2,1,1,1,1\n",
        "line 2, column places: -2 is below zero, and a count or an area cannot be");
  }

  @Test
  void aNumberWithTooManyDigitsIsRefusedWhereItIs() {
    refused(
        HEADER + "A,1,1,1,1,1,1,1," + "9".repeat(CoverageRow.MAX_DIGITS + 1) + "\n",
        "line 2, column places_60_plus: more than 10000 digits before or after the decimal point");
  }

  @Test
  void malformedCsvNamesItsLine() {
    assertThatThrownBy(() -> read(HEADER + "A,1,1,1,1,1,1,1,1\nB,\"1,1,1,1,1,1,1,1\n"))
        .isInstanceOf(UnusableInputException.class)
        // the parser names the line where it stopped: the end of the input, after the last line
        .hasMessage("line 4: malformed CSV: Missing closing quote for value");
  }

  @Test
  void bytesThatAreNotUtf8NameTheirLineAndByte() {
    byte[] table = (HEADER + "A,1,1,1,1,1,1,1,1\nB?").getBytes(UTF_8);
    table[table.length - 1] = (byte) 0xFF;

    assertThatThrownBy(() -> CoverageCsv.read(new ByteArrayInputStream(table)))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageMatching("line 3, byte [0-9]+: not valid UTF-8");
  }

  @Test
  void aFailedReadSaysWhy() {
    assertThatThrownBy(() -> CoverageCsv.read(failing("device gone")))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("cannot read: device gone");
    assertThatThrownBy(() -> CoverageCsv.read(failing(null)))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("cannot read: input/output error");
  }

  private static InputStream failing(String message) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException(message);
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        throw new IOException(message);
      }
    };
  }
}
