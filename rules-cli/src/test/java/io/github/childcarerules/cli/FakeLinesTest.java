package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that cannot fake a line: a line feed, a carriage return, a line or paragraph separator, a
 * bidirectional control or a zero-width character inside a value (a key, a path, a CSV cell) is
 * printed as a visible escape, and two values that differ only in a lone surrogate stay two values.
 * Each test failed on the code before: the value was printed raw (a line reading "Dossier valide"
 * inside an invalid record's report), or as {@code ?}.
 */
class FakeLinesTest {
  private static final String HEADER =
      "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,"
          + "places_60_plus\n";

  /** The valid record with {@code key} as one more day of its first agreement's first week. */
  private static String withWeekday(String... keys) {
    ObjectNode record = Fixtures.validRecord();
    ObjectNode week =
        (ObjectNode) record.get("agreements").get(0).get("schedule").get("weeks").get(0);
    for (String key : keys) {
      ArrayNode slots = week.putArray(key);
      slots.add("DAY_1");
    }
    return record.toString();
  }

  @Test
  void aLineFeedInAWeekdayKeyCannotPrintAValidRecordLine() {
    Run run = Run.withInput(withWeekday("MON\nDossier valide"), "validate", "-");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).doesNotContain("Dossier valide").hasSize(2);
    assertThat(run.outLines().get(0)).startsWith("Dossier non valide");
    assertThat(run.outLines().get(1))
        .startsWith("  ERREUR agreements[0].schedule.weeks[0][\"MON\\nDossier valide\"]");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {"2028", "2029", "202A", "202E", "2066", "2069", "200B", "200D", "2060", "FEFF"})
  void aCharacterThatMovesOrHidesTextIsAVisibleEscapeInTextAndJson(String hex) {
    String hidden = String.valueOf((char) Integer.parseInt(hex, 16));
    String record = withWeekday("MON" + hidden + "X");

    Run text = Run.withInput(record, "validate", "-");
    Run json = Run.withInput(record, "validate", "-", "--json");

    assertThat(text.out()).doesNotContain(hidden).contains("MON\\u" + hex + "X");
    assertThat(text.outLines()).hasSize(2);
    assertThat(json.out()).doesNotContain(hidden).contains("MON\\u" + hex + "X");
    assertThat(json.json().get("violations").get(0).get("path").textValue())
        .endsWith("[\"MON" + hidden + "X\"]");
  }

  @Test
  void twoKeysThatDifferOnlyInALoneSurrogateStayTwoKeysInTextAndJson() {
    // written as JSON escapes: a lone surrogate cannot be encoded in UTF-8
    String record =
        withWeekday("R-HIGH", "R-LOW").replace("R-HIGH", "R\\uD800").replace("R-LOW", "R\\uDC00");

    Run text = Run.withInput(record, "validate", "-");
    Run json = Run.withInput(record, "validate", "-", "--json");

    assertThat(text.out()).contains("[\"R\\uD800\"]", "[\"R\\uDC00\"]").doesNotContain("R?");
    assertThat(json.json().get("violations").findValuesAsText("path"))
        .anySatisfy(path -> assertThat(path).endsWith("[\"R\uD800\"]"))
        .anySatisfy(path -> assertThat(path).endsWith("[\"R\uDC00\"]"));
  }

  @Test
  void aCarriageReturnInAKeyIsQuotedInThePathAndCannotReturnToTheLineStart() {
    Run text = Run.withInput(withWeekday("MON\rDossier valide"), "validate", "-");

    assertThat(text.out()).doesNotContain("\r").contains("[\"MON\\rDossier valide\"]");
    assertThat(text.outLines()).hasSize(2);
  }

  @Test
  void twoRequestIdsThatDifferOnlyInALoneSurrogateStayTwoIdsInTheAllocationResult() {
    ObjectNode scenario = (ObjectNode) Fixtures.read(Fixtures.golden("allocation-scenario.json"));
    ArrayNode requests = (ArrayNode) scenario.get("requests");
    for (String id : List.of("R-HIGH", "R-LOW")) {
      ObjectNode request = requests.get(1).deepCopy();
      request.put("id", id);
      requests.add(request);
    }
    // written as JSON escapes: a lone surrogate cannot be encoded in UTF-8
    String document =
        scenario.toString().replace("R-HIGH", "R\\uD800").replace("R-LOW", "R\\uDC00");

    Run json = Run.withInput(document, "allocate", "-", "--json");

    assertThat(json.exit()).isZero();
    assertThat(json.out()).contains("\"R\\uD800\"", "\"R\\uDC00\"").doesNotContain("R?");
    assertThat(json.json().get("requests").findValuesAsText("id")).contains("R\uD800", "R\uDC00");
  }

  @Test
  void aLineFeedInACsvCellCannotPrintAFakeLine() {
    String table =
        HEADER + "\"Lyster\nTableau de couverture cohérent : aucun constat\",1,80,1,20,25,,,\n";

    Run run = Run.withInput(table, "coverage-audit", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Tableau de couverture cohérent : aucun constat",
            "Lyster\\u000ATableau de couverture cohérent : aucun constat : taux de couverture"
                + " 25.00 % (sous le seuil de 70 %)");
  }

  @Test
  void aBidiOverrideInACsvCellIsPrintedAsAnEscape() {
    String table = HEADER + "Lyster\u202E,1,80,1,20,2.5,,,\n";

    Run run = Run.withInput(table, "coverage-audit", "-", "--lang", "en");
    Run json = Run.withInput(table, "coverage-audit", "-", "--json");

    assertThat(run.out()).doesNotContain("\u202E").contains("Lyster\\u202E: coverage rate");
    assertThat(json.out()).doesNotContain("\u202E").contains("\"Lyster\\u202E\"");
    assertThat(json.json().get("rows").get(0).get("sector").textValue()).isEqualTo("Lyster\u202E");
  }

  @Test
  void standardOutputEscapesWhatMovesOrHidesTextWhateverPrintsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = ControlCharacters.neutralise(new PrintStream(bytes, true, UTF_8));

    out.print("a\u202Eb\u200Bc\uFEFFd\u2028e\u2066f\u2060g\u0085h\u001Bi\tj");
    out.print("’ – € 中 \u202F\u2027\u206A é\n");
    out.flush();

    assertThat(bytes.toString(UTF_8))
        .isEqualTo(
            "a\\u202Eb\\u200Bc\\uFEFFd\\u2028e\\u2066f\\u2060g\\u0085h\\u001Bi\tj"
                + "’ – € 中 \u202F\u2027\u206A é\n");
  }

  @Test
  void aCharacterSplitAcrossWritesIsStillEscaped() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = ControlCharacters.neutralise(new PrintStream(bytes, true, UTF_8));

    byte[] bidi = "x\u202Ey".getBytes(UTF_8);
    for (byte b : bidi) {
      out.write(b);
    }
    out.write(bidi, 0, 2);
    out.write(bidi, 2, bidi.length - 2);
    out.flush();

    assertThat(bytes.toString(UTF_8)).isEqualTo("x\\u202Eyx\\u202Ey");
  }
}
