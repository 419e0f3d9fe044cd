package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code unoccupied-places} (FORMAT.md, "Unoccupied places"). */
class UnoccupiedPlacesCommandTest {
  private static final String EXAMPLE =
      Path.of("..", "examples", "places", "provider-places.json").toString();

  @TempDir Path folder;

  /**
   * The bundled example: 6 places from 2023-09-01; in 2024 Léa, Jade and Thomas (until his
   * termination on 2024-02-16) hold places, Noah from 2024-01-08, Félix from 2024-08-26; Zoé's
   * replacement agreement holds none. So 3 places are free 1–7 January, 2 until 16 February, 3 from
   * 17 February to 25 August (191 days), 2 to the end of the year.
   */
  @Test
  void theBundledExamplePrintsItsGoldenDocument() throws IOException {
    Run run =
        Run.of(
            "unoccupied-places", EXAMPLE, "--from", "2024-01-01", "--to", "2024-12-31", "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out().replace(System.lineSeparator(), "\n"))
        .isEqualTo(
            Files.readString(Path.of(Fixtures.golden("provider-places.expected.json")), UTF_8));
  }

  @Test
  void textIsFrenchByDefaultAndEnglishOnRequest() {
    Run french = Run.of("unoccupied-places", EXAMPLE, "--from", "2024-02-01", "--to", "2024-06-30");
    assertThat(french.exit()).isZero();
    assertThat(french.outLines())
        .containsExactly(
            "3 périodes de plus de 90 jours avec des places inoccupées :",
            "  au moins 1 place inoccupée du 2024-02-01 au 2024-06-30 (151 jours), dès le premier"
                + " jour de la fenêtre, jusqu’au dernier jour de la fenêtre",
            "  au moins 2 places inoccupées du 2024-02-01 au 2024-06-30 (151 jours), dès le"
                + " premier jour de la fenêtre, jusqu’au dernier jour de la fenêtre",
            "  au moins 3 places inoccupées du 2024-02-17 au 2024-06-30 (135 jours), jusqu’au"
                + " dernier jour de la fenêtre");

    Run english =
        Run.of(
            "unoccupied-places",
            EXAMPLE,
            "--from",
            "2024-08-01",
            "--to",
            "2024-12-31",
            "--lang",
            "en");
    assertThat(english.outLines())
        .containsExactly(
            "2 runs of more than 90 days with places unoccupied:",
            "  at least 1 place unoccupied from 2024-08-01 to 2024-12-31 (153 days), from the"
                + " window’s first day, up to the window’s last day",
            "  at least 2 places unoccupied from 2024-08-01 to 2024-12-31 (153 days), from the"
                + " window’s first day, up to the window’s last day");
  }

  @Test
  void noRunSaysSo() {
    Run run =
        Run.withInput(
            "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 1}]}",
            "unoccupied-places",
            "-",
            "--from",
            "2024-01-01",
            "--to",
            "2024-03-30",
            "--lang",
            "en");
    assertThat(run.exit()).isZero();
    assertThat(run.outLines())
        .containsExactly("No run of more than 90 days with places unoccupied");
    Run json =
        Run.withInput(
            "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 1}], \"records\": null}",
            "unoccupied-places",
            "-",
            "--from",
            "2024-01-01",
            "--to",
            "2024-03-31",
            "--json");
    assertThat(json.json().get("runs")).hasSize(1);
    assertThat(json.json().get("runs").get(0).get("days").intValue()).isEqualTo(91);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "{\"places\": [{\"to\": \"2024-12-31\", \"count\": 1}]}; places[0].from: missing date",
        "{\"places\": [{\"from\": \"2024-02-30\", \"count\": 1}]}; places[0].from: malformed date"
            + " '2024-02-30'",
        "{\"places\": [{\"from\": \"2024-01-01\", \"to\": \"2024-1-31\", \"count\": 1}]};"
            + " places[0].to: malformed date",
        "{\"places\": [{\"from\": \"2024-01-01\", \"to\": \"2023-12-31\", \"count\": 1}]};"
            + " places[0].to: ends on 2023-12-31",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": -1}]}; places[0].count: negative count",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 1.5}]}; places[0].count: expected a whole"
            + " number",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": \"6\"}]}; places[0].count: expected a"
            + " number",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 1e-2147483648}]}; places[0].count:"
            + " number 1e-2147483648 out of range",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 10001}]}; places[0].count: count"
            + " 10001 over 10000 places",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 2147483647}]}; places[0].count:"
            + " number 2147483647 larger than any count",
        "{\"places\": [{\"from\": \"2024-01-01\"}]}; places[0].count: missing count",
        "{\"places\": [null]}; places[0]: expected a places entry",
        "{\"places\": [{\"from\": 20240101, \"count\": 1}]}; places[0].from: expected a string",
        "{\"places\": {}}; places: expected an array",
        "{\"records\": [{\"child\": 3}]}; records[0].child: expected an object",
        "[]; expected an object with \"places\" and \"records\"",
        "{\"places\": [], \"places\": []}; Duplicate field 'places'"
      })
  void anUnusableDocumentExitsWithTwoNamingThePath(String document, String message) {
    Run run =
        Run.withInput(
            document, "unoccupied-places", "-", "--from", "2024-01-01", "--to", "2024-12-31");
    Expect.unusable(run, "standard input", message);
  }

  @Test
  void malformedRecordDatesAreNotUnusable() {
    Run run =
        Run.withInput(
            "{\"places\": [{\"from\": \"2024-01-01\", \"count\": 1}],"
                + " \"records\": [{\"agreements\": [{\"start\": \"2024-13-01\", \"end\": \"x\"}]}]}",
            "unoccupied-places",
            "-",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("runs").get(0).get("days").intValue()).isEqualTo(366);
  }

  @Test
  void usageErrorsExitWithTwo() {
    Expect.unusable(
        Run.of("unoccupied-places", EXAMPLE, "--from", "2024-12-31", "--to", "2024-01-01"),
        "unoccupied-places",
        "--from 2024-12-31 is after --to 2024-01-01");
    Expect.unusable(
        Run.of("unoccupied-places", EXAMPLE, "--from", "2024-13-01", "--to", "2024-12-31"),
        "--from",
        "2024-13-01");
    Expect.unusable(Run.of("unoccupied-places", EXAMPLE, "--from", "2024-01-01"), "--to");
    Expect.unusable(
        Run.of(
            "unoccupied-places",
            folder.resolve("none.json").toString(),
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31"),
        "none.json",
        "no such file");
  }

  @Test
  void aFromEqualToToIsAOneDayWindow() {
    Run run =
        Run.of(
            "unoccupied-places", EXAMPLE, "--from", "2024-05-01", "--to", "2024-05-01", "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("runs")).isEmpty();
  }
}
