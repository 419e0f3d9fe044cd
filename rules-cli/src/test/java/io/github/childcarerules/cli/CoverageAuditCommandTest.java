package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code coverage-audit} (FORMAT.md, "Coverage table"). */
class CoverageAuditCommandTest {
  private static final String EXAMPLE =
      Path.of("..", "examples", "coverage", "coverage-table.csv").toString();
  private static final String HEADER =
      "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n";

  /**
   * POL Tableau 1 as published: Sainte-Sophie d'Halifax states 17.4 for 6 / 35 (17.14), Lyster 2.5
   * for 20 / 80 (25.00), and the total states 23917 children where the rows add up to 1095 (worked
   * out in rules-occupation's CoverageTablesTest).
   */
  @Test
  void theBundledTableOnePrintsItsGoldenDocumentAndExitsWithOne() throws IOException {
    Run run = Run.of("coverage-audit", EXAMPLE, "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().replace(System.lineSeparator(), "\n"))
        .isEqualTo(
            Files.readString(Path.of(Fixtures.golden("coverage-table.expected.json")), UTF_8));
  }

  @Test
  void decimalsArePrintedAsGivenAndComputed() {
    Run run = Run.of("coverage-audit", EXAMPLE, "--json");
    assertThat(run.out())
        .contains(
            "\"rate\": 25.00,", "\"stated\": 2.5,", "\"stated\": 23917,", "\"computed\": 1095")
        .doesNotContain("E+", "25.0,");
  }

  @Test
  void aConsistentTableExitsWithZero() {
    Run run =
        Run.withInput(
            HEADER + "A,10.5,100,2,20,20,5,15,0\nB,1,0,0,0,,,,\nTOTAL,11.5,100,2,20,,,,\n",
            "coverage-audit",
            "-",
            "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out().replace(System.lineSeparator(), "\n"))
        .isEqualTo(
            """
            {
              "rows": [
                {
                  "sector": "A",
                  "rate": 20.00,
                  "belowSaturation": true,
                  "findings": []
                },
                {
                  "sector": "B",
                  "rate": null,
                  "belowSaturation": null,
                  "findings": []
                }
              ],
              "total": {
                "findings": []
              }
            }
            """);
  }

  @Test
  void textIsFrenchByDefaultAndEnglishOnRequest() {
    String table = HEADER + "A,1,80,1,20,2.5,8,12,1\nB,1,0,0,0,,,,\n";
    Run french = Run.withInput(table, "coverage-audit", "-");
    assertThat(french.exit()).isEqualTo(1);
    assertThat(french.outLines())
        .containsExactly(
            "Tableau de couverture : 2 constats",
            "A : taux de couverture 25.00 % (sous le seuil de 70 %)",
            "  RATE_MISMATCH (stated_rate) : indiqué 2.5, calculé 25.00",
            "  BRACKETS_DO_NOT_ADD_UP (places) : indiqué 20, calculé 21",
            "B : aucun taux (pas d’enfants)");
    Run english = Run.withInput(table, "coverage-audit", "-", "--lang", "en");
    assertThat(english.outLines())
        .containsExactly(
            "Coverage table: 2 findings",
            "A: coverage rate 25.00 % (below the 70 % ceiling)",
            "  RATE_MISMATCH (stated_rate): stated 2.5, computed 25.00",
            "  BRACKETS_DO_NOT_ADD_UP (places): stated 20, computed 21",
            "B: no rate (no children)");
  }

  @Test
  void anEmptyChildrenCellStatesNothingNeitherNoChildrenNorZeroInTheTotal() {
    String table = HEADER + "A,1,80,1,20,25,,,\nB,1,,1,5,,,,\nTOTAL,2,80,2,25,,,,\n";
    Run french = Run.withInput(table, "coverage-audit", "-");
    Run english = Run.withInput(table, "coverage-audit", "-", "--lang", "en");
    Run json = Run.withInput(table, "coverage-audit", "-", "--json");

    assertThat(french.exit()).isZero();
    assertThat(french.outLines())
        .containsExactly(
            "Tableau de couverture cohérent : aucun constat",
            "A : taux de couverture 25.00 % (sous le seuil de 70 %)",
            "B : aucun taux (cellule children vide : rien d’indiqué)");
    assertThat(english.outLines())
        .last()
        .isEqualTo("B: no rate (empty children cell: nothing stated)");
    assertThat(json.json().get("total").get("findings")).isEmpty();
    assertThat(json.json().get("rows").get(1).get("rate").isNull()).isTrue();
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndExtraColumnsIgnored() {
    Run run =
        Run.withInput(
            "note,places_60_plus,sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59\n"
                + "\"vu, revu\",0,\"Lyster, village\",1,80,1,20,25,8,12\n",
            "coverage-audit",
            "-",
            "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("rows").get(0).get("sector").textValue())
        .isEqualTo("Lyster, village");
  }

  @Test
  void theTotalRowIsReportedColumnByColumn() {
    Run run =
        Run.withInput(
            HEADER + "A,1.5,10,1,5,50,,,\nTOTAL,1.6,11,,4,99,,,\n",
            "coverage-audit",
            "-",
            "--json");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().get("rows")).hasSize(1);
    assertThat(run.json().get("total").get("findings").findValuesAsText("column"))
        .containsExactly("area_km2", "children", "places");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "'sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59\n';"
            + " line 1: missing column places_60_plus",
        "'"
            + "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n"
            + "A,1,x,1,1,1,1,1,1\n'; line 2, column children: expected a number",
        "'"
            + "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n"
            + "\nA,1,10,1,1,22.6%,1,1,1\n'; line 3, column stated_rate: expected a number",
        "'"
            + "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n"
            + "A,1,10,1,1,1,1,1\n'; line 2: 8 cells where the header row has 9",
        "'"
            + "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n"
            + "A,\"1,10,1,1,1,1,1,1\n'; malformed CSV",
        "''; empty table"
      })
  void anUnusableTableExitsWithTwoNamingTheLineAndColumn(String table, String message) {
    Expect.unusable(Run.withInput(table, "coverage-audit", "-"), "standard input", message);
  }

  @Test
  void aColumnNamedTwiceIsUnusable() {
    Expect.unusable(
        Run.withInput(HEADER.replace("\n", ",children\n"), "coverage-audit", "-"),
        "line 1: column children appears twice");
  }

  @Test
  void aByteOrderMarkAndSpacesAroundCellsAreIgnored() {
    Run run =
        Run.withInput(
            "\uFEFF" + HEADER + "A , 1 , 10 , 1 , 5 , 50 , , , \n",
            "coverage-audit",
            "-",
            "--json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("rows").get(0).get("sector").textValue()).isEqualTo("A");
  }

  @Test
  void aMissingFileIsUnusable() {
    Expect.unusable(
        Run.of("coverage-audit", "no-such-table.csv"), "no-such-table.csv", "no such file");
  }
}
