package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario is read the fast way ({@link ScenarioTokens}) when it is a plain, well-formed
 * scenario, and otherwise the reference way: either way the outcome is the reference's, scenario
 * for scenario and error for error, and the fast way is really taken for a well-formed scenario.
 */
class ScenarioTokensTest {
  /** The bundled scenario of FORMAT.md's example. */
  static final String SCENARIO = example("scenario.json");

  static String example(String name) {
    try {
      return Files.readString(Path.of("..", "examples", "allocation", name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The outcome of a document read the given way: its scenario, or its error's message. */
  static Object outcome(InputStream document, boolean fast) {
    try {
      return fast ? ScenarioDocuments.read(document) : JsonRecords.readScenario(document);
    } catch (UnusableInputException e) {
      return "unusable: " + e.getMessage();
    }
  }

  static Object outcome(byte[] document, boolean fast) {
    return outcome(new ByteArrayInputStream(document), fast);
  }

  static void assertSameOutcome(byte[] document) {
    assertThat(outcome(document, true)).isEqualTo(outcome(document, false));
  }

  static void assertSameOutcome(String document) {
    assertSameOutcome(document.getBytes(UTF_8));
  }

  /** Whether the fast way reads the document (a parse error or a detour gives it up). */
  static boolean takesTheFastWay(byte[] document) {
    if (!TokenReader.isPlain(document, document.length)) {
      return false;
    }
    try (JsonParser parser = Jackson.NAMES_UNCHECKED.createParser(document)) {
      ScenarioTokens.read(parser);
      return true;
    } catch (IOException | TokenReader.Detour e) {
      return false;
    }
  }

  static boolean takesTheFastWay(String document) {
    return takesTheFastWay(document.getBytes(UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenario.json", "girouette.json", "girouette-audit.json"})
  void everyBundledScenarioIsReadTheFastWayAsTheReferenceReadsIt(String name) throws IOException {
    byte[] document = example(name).getBytes(UTF_8);

    assertThat(takesTheFastWay(document)).isTrue();
    assertThat(outcome(document, true)).isInstanceOf(Scenario.class);
    assertSameOutcome(document);
  }

  @Test
  void theFastWayKeepsTheValuesOfTheExample() {
    Scenario scenario = (Scenario) outcome(SCENARIO.getBytes(UTF_8), true);

    assertThat(scenario.asOf()).contains("2016-03-01");
    assertThat(scenario.sectors().head().places()).isNotEmpty();
    assertThat(scenario.batches()).isNotEmpty();
    assertThat(scenario.requests()).isNotEmpty();
    assertThat(scenario.providers()).isNotEmpty();
    assertThat(scenario.boardDecisions()).isNotEmpty();
  }

  /** Documents the fast way reads: every field the contract reads, nulls, unknown fields. */
  static Stream<String> plainScenarios() {
    return Stream.of(
        "{}",
        " {\"asOf\": null, \"analyst\": null, \"sectorOrder\": null, \"sectors\": null,"
            + " \"batches\": null, \"requests\": null, \"providers\": null,"
            + " \"boardDecisions\": null, \"ministerialPriorities\": null, \"lettersSent\": null} ",
        "{\"asOf\": \"2016-01-04\", \"sectorOrder\": [\"A\", \"B\"],"
            + " \"ministerialPriorities\": [], \"analyst\": \"Élise\"}",
        "{\"sectors\": [null, {\"name\": \"A\", \"children\": 10, \"places\": 2.50,"
            + " \"parentNeeds\": -1, \"installationPlaces\": 1E+3, \"other\": [1, {\"x\": 2}]},"
            + " {\"children\": null, \"places\": null, \"parentNeeds\": null,"
            + " \"installationPlaces\": null, \"name\": null}]}",
        "{\"batches\": [null, {\"id\": \"B1\", \"places\": 3, \"sector\": \"A\","
            + " \"availableOn\": \"2016-01-04\", \"kind\": \"PERMANENT\", \"until\": null,"
            + " \"status\": \"FREE\", \"origin\": \"RETURNED\", \"child\": null,"
            + " \"provider\": \"P1\"}, {\"child\": {\"ageMonths\": 20, \"sex\": \"F\","
            + " \"needs\": [\"ATYPICAL_HOURS\"], \"characteristics\": [], \"hair\": \"red\"}},"
            + " {\"child\": {\"ageMonths\": null, \"sex\": null, \"needs\": null,"
            + " \"characteristics\": null}}]}",
        "{\"requests\": [{\"id\": \"R1\", \"type\": \"DECREASE\", \"provider\": \"P1\","
            + " \"sector\": \"A\", \"receivedOn\": \"2015-01-01\", \"places\": 2,"
            + " \"reason\": \"SUSPENSION\", \"requestedDate\": \"2015-02-01\","
            + " \"until\": \"2015-03-01\", \"emergency\": true, \"answeredOn\": \"2015-01-10\"},"
            + " {\"id\": \"R2\", \"emergency\": false}, {\"id\": \"R3\", \"emergency\": null},"
            + " {\"id\": \"R4\"}, null]}",
        "{\"providers\": [{\"id\": \"P1\", \"sector\": \"A\", \"name\": \"Les Lutins\","
            + " \"address\": \"12, rue Principale\", \"offer\": {\"ageGroups\": [\"MONTHS_0_17\"],"
            + " \"needs\": [], \"characteristics\": [\"ALLERGY\"], \"x\": true},"
            + " \"answers\": {\"maintainsRequest\": true, \"placesWanted\": 2,"
            + " \"keepsRequest\": false, \"engagementFormsOnFile\": true, \"offerSuitsNeeds\": true,"
            + " \"commitmentMatchesAgreements\": true, \"tenHourWeekdays\": false,"
            + " \"meetsPlaceNeeds\": true, \"tenHourOfferPlannedOn\": \"2016-02-01\","
            + " \"complaintsOnFile\": true, \"complaintDetails\": \"Heures\","
            + " \"followUp\": \"Revu\", \"note\": null},"
            + " \"answersByBatch\": {\"B2\": {\"maintainsRequest\": false, \"placesWanted\": 0},"
            + " \"B3\": null, \"B4\": {}}},"
            + " {\"id\": \"P2\", \"offer\": null, \"answers\": null, \"answersByBatch\": null},"
            + " {\"offer\": {\"ageGroups\": null, \"needs\": null, \"characteristics\": null},"
            + " \"answers\": {\"maintainsRequest\": null, \"placesWanted\": null,"
            + " \"keepsRequest\": null, \"engagementFormsOnFile\": null, \"offerSuitsNeeds\": null,"
            + " \"commitmentMatchesAgreements\": null, \"tenHourWeekdays\": null,"
            + " \"meetsPlaceNeeds\": null, \"tenHourOfferPlannedOn\": null,"
            + " \"complaintsOnFile\": null, \"complaintDetails\": null, \"followUp\": null}}]}",
        "{\"providers\": [{\"id\": \"P1\", \"answersByBatch\": " + manyAnswers(40, "") + "}]}",
        "{\"boardDecisions\": [{\"batch\": \"B1\", \"request\": \"R1\", \"authorized\": true,"
            + " \"on\": \"2016-01-20\", \"confirmationSentOn\": \"2016-01-22\", \"places\": 1,"
            + " \"reason\": \"Urgence\", \"x\": {}}, null, {\"authorized\": false,"
            + " \"places\": null}], \"lettersSent\": [{\"request\": \"R2\","
            + " \"letter\": \"WAITING_REGISTER\", \"sentOn\": \"2015-05-20\", \"x\": 1}, null]}",
        "{\"unknown\": {\"a\": [1, 2.5, \"x\", true, false, null, {\"b\": {\"c\": []}}],"
            + " \"a2\": {}}, \"asOf\": \"2016-01-04\"}",
        // each object holds an unknown field named as a field of the object around it
        "{\"asOf\": \"2016-01-04\", \"x\": {\"asOf\": 1, \"x\": {\"asOf\": 2, \"x\": 3}},"
            + " \"sectors\": [{\"name\": \"A\", \"sectors\": 1, \"asOf\": 2}],"
            + " \"batches\": [{\"id\": \"B1\", \"batches\": 1, \"child\": {\"id\": 1,"
            + " \"child\": 2, \"batches\": 3}}],"
            + " \"requests\": [{\"id\": \"R1\", \"requests\": 1}],"
            + " \"providers\": [{\"id\": \"P1\", \"providers\": 1,"
            + " \"offer\": {\"id\": 1, \"offer\": 2, \"providers\": 3},"
            + " \"answers\": {\"id\": 1, \"answers\": 2, \"providers\": 3},"
            + " \"answersByBatch\": {\"id\": {\"id\": 1, \"answersByBatch\": 2}}}],"
            + " \"boardDecisions\": [{\"batch\": \"B1\", \"boardDecisions\": 1}],"
            + " \"lettersSent\": [{\"request\": \"R1\", \"lettersSent\": 1}]}",
        "{\"batches\": [{\"id\": \"B1\", \"places\": 1000000000}, {\"places\": -1000000000},"
            + " {\"places\": 0.5}, {\"places\": 1.0E+2}]}");
  }

  @ParameterizedTest
  @MethodSource("plainScenarios")
  void aPlainScenarioIsReadTheFastWayAsTheReferenceReadsIt(String document) throws IOException {
    assertThat(takesTheFastWay(document)).isTrue();
    assertThat(outcome(document.getBytes(UTF_8), true)).isInstanceOf(Scenario.class);
    assertSameOutcome(document);
  }

  /** Answers by batch for {@code count} batches, {@code B0} to {@code B<count-1>}, then extra. */
  static String manyAnswers(int count, String extra) {
    StringBuilder answers = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      answers.append(i == 0 ? "" : ", ").append("\"B").append(i).append("\": {\"placesWanted\": ");
      answers.append(i).append('}');
    }
    return answers.append(extra).append('}').toString();
  }

  @Test
  void manyAnswersByBatchAreAllKept() {
    Scenario scenario =
        (Scenario)
            outcome(
                ("{\"providers\": [{\"answersByBatch\": " + manyAnswers(40, "") + "}]}")
                    .getBytes(UTF_8),
                true);

    assertThat(scenario.providers().head().answersByBatch().keySet().toJavaSet())
        .hasSize(40)
        .contains("B0", "B1", "B16", "B17", "B39");
    assertThat(scenario.providers().head().answersByBatch().get("B39").get())
        .isEqualTo(Answers.builder().placesWanted(39).build());
  }

  /** Documents the fast way leaves to the reference way, which refuses each. */
  static Stream<String> brokenScenarios() {
    return Stream.of(
        "",
        "   ",
        "[]",
        "null",
        "\"scenario\"",
        "{} {}",
        "{} x",
        "{\"asOf\": \"2016-01-04\"",
        "{\"asOf\": 20160104}",
        "{\"asOf\": true}",
        "{\"asOf\": \"a\", \"asOf\": \"b\"}",
        "{\"sectors\": {}}",
        "{\"sectors\": [1]}",
        "{\"sectors\": [[]]}",
        "{\"sectors\": [\"A\"]}",
        "{\"sectors\": [{\"children\": \"10\"}]}",
        "{\"sectors\": [{\"children\": true}]}",
        "{\"sectors\": [{\"children\": 1000000001}]}",
        "{\"sectors\": [{\"children\": -1000000001}]}",
        "{\"sectors\": [{\"children\": 1E+999999999999}]}",
        "{\"sectors\": [{\"places\": 1e99999999999}]}",
        "{\"sectors\": [{\"name\": \"A\", \"name\": \"B\"}]}",
        "{\"sectorOrder\": \"A\"}",
        "{\"sectorOrder\": [\"A\", null]}",
        "{\"sectorOrder\": [\"A\", 1]}",
        "{\"sectorOrder\": [[]]}",
        "{\"ministerialPriorities\": {}}",
        "{\"batches\": [{\"child\": []}]}",
        "{\"batches\": [{\"child\": \"none\"}]}",
        "{\"batches\": [{\"child\": {\"needs\": \"A\"}}]}",
        "{\"batches\": [{\"child\": {\"ageMonths\": \"20\"}}]}",
        "{\"requests\": [{\"emergency\": \"yes\"}]}",
        "{\"requests\": [{\"emergency\": 1}]}",
        "{\"requests\": [{\"places\": \"2\"}]}",
        "{\"providers\": [{\"offer\": []}]}",
        "{\"providers\": [{\"answers\": 1}]}",
        "{\"providers\": [{\"answersByBatch\": []}]}",
        "{\"providers\": [{\"answersByBatch\": {\"B1\": 1}}]}",
        "{\"providers\": [{\"answersByBatch\": {\"B1\": {}, \"B1\": {}}}]}",
        "{\"providers\": [{\"answersByBatch\": " + manyAnswers(40, ", \"B3\": {}") + "}]}",
        "{\"providers\": [{\"answersByBatch\": " + manyAnswers(16, ", \"B15\": {}") + "}]}",
        "{\"providers\": [{\"answersByBatch\": " + manyAnswers(17, ", \"B0\": {}") + "}]}",
        "{\"providers\": [{\"answers\": {\"maintainsRequest\": \"true\"}}]}",
        "{\"providers\": [{\"answers\": {\"placesWanted\": false}}]}",
        "{\"boardDecisions\": [{\"authorized\": \"yes\"}]}",
        "{\"boardDecisions\": [{\"places\": []}]}",
        "{\"lettersSent\": [{\"sentOn\": 2015}]}",
        "{\"lettersSent\": {}}",
        "{\"unknown\": {\"a\": 1, \"a\": 2}}",
        "{\"unknown\": [{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}}]}",
        "{\"unknown\": [1, 2}",
        "{\"unknown\": 01}",
        "{\"unknown\": \"" + "x".repeat(30) + "\u0001\"}",
        "{\"asOf\": \"2016-01-04\",}",
        "{\"asOf\" \"2016-01-04\"}",
        "{'asOf': '2016-01-04'}",
        "{\"asOf\": \"2016-01-04\"}\n]",
        "\uFEFF{\"asOf\": \"2016-01-04\"}",
        "{\"asOf\": \"2016\u0000-01-04\"}",
        "\u0000{}");
  }

  @ParameterizedTest
  @MethodSource("brokenScenarios")
  void aBrokenScenarioTakesTheReferenceWayAndGetsItsError(String document) throws IOException {
    assertThat(takesTheFastWay(document)).isFalse();
    assertSameOutcome(document);
  }

  @Test
  void aDocumentThatIsNotUtf8GetsTheReferenceError() throws IOException {
    byte[] document = {'{', '"', 'a', 's', 'O', 'f', '"', ':', '"', (byte) 0xC3, '"', '}'};

    assertThat(takesTheFastWay(document)).isFalse();
    assertThat(outcome(document, true)).asString().startsWith("unusable: ").contains("UTF-8");
    assertSameOutcome(document);
  }

  @Test
  void aDocumentInAccentedUtf8IsReadTheFastWay() throws IOException {
    byte[] document = "{\"analyst\": \"Hélène Côté 😀\"}".getBytes(UTF_8);

    assertThat(takesTheFastWay(document)).isTrue();
    assertThat(((Scenario) outcome(document, true)).analyst()).contains("Hélène Côté 😀");
    assertSameOutcome(document);
  }

  private static boolean plain(byte[] bytes) {
    return TokenReader.isPlain(bytes, bytes.length);
  }

  @Test
  void aNulByteAnywhereOrAByteOrderMarkIsNotPlain() {
    assertThat(plain("{\"a\": \"bcdefghijk\"}".getBytes(UTF_8))).isTrue();
    assertThat(plain(new byte[] {'{', '}', 0})).isFalse();
    assertThat(plain("{\"a\": \"bcdef\u0000ghijk\"}".getBytes(UTF_8))).isFalse();
    assertThat(plain(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isFalse();
    assertThat(plain(new byte[] {(byte) 0xEF, (byte) 0xBB, '{', '}'})).isFalse();
    assertThat(plain(new byte[] {(byte) 0xEF, '{', '}'})).isFalse();
    assertThat(plain("é{}".getBytes(UTF_8))).isTrue();
    assertThat(plain(new byte[0])).isTrue();
  }

  @Test
  void aReadThatFailsPartWayGetsTheReferenceErrorForTheBytesBeforeIt() {
    IOException failure = new IOException("disk on fire");

    Object late = outcome(failing("{\"asOf\": \"2016-01-04\", ", failure), true);
    Object early = outcome(failing("{\"asOf\": 2016, ", failure), true);

    assertThat(late)
        .isEqualTo(outcome(failing("{\"asOf\": \"2016-01-04\", ", failure), false))
        .isEqualTo("unusable: cannot read: disk on fire");
    assertThat(early)
        .isEqualTo(outcome(failing("{\"asOf\": 2016, ", failure), false))
        .isEqualTo("unusable: cannot read: disk on fire");
  }

  @Test
  void aSyntaxErrorBeforeAFailedReadIsReportedAsTheReferenceReportsIt() {
    IOException failure = new IOException("disk on fire");

    Object fast = outcome(failing("{\"asOf\" 2016, ", failure), true);

    assertThat(fast)
        .isEqualTo(outcome(failing("{\"asOf\" 2016, ", failure), false))
        .asString()
        .startsWith("unusable: line 1, column");
  }

  /** A stream of {@code bytes} that says it holds {@code available} bytes, whatever it holds. */
  private static InputStream saying(byte[] bytes, int available) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return available;
      }
    };
  }

  @Test
  void aDocumentIsReadWholeWhateverItsStreamSaysItHolds() {
    String padding = " ".repeat(3 * ScenarioDocuments.Bytes.LEAST);
    byte[] document = ("{\"asOf\": \"2016-01-04\"}" + padding).getBytes(UTF_8);
    Object expected = outcome(document, false);

    assertThat(expected).isInstanceOf(Scenario.class);
    for (int available : new int[] {0, 1, 100, document.length - 1, document.length, 1 << 20}) {
      assertThat(outcome(saying(document, available), true))
          .as("%d", available)
          .isEqualTo(expected);
    }
  }

  @Test
  void aDocumentOfExactlyTheSizeOfItsFirstArrayIsReadWhole() throws IOException {
    byte[] document = new byte[ScenarioDocuments.Bytes.LEAST];
    java.util.Arrays.fill(document, (byte) ' ');
    document[0] = '{';
    document[document.length - 1] = '}';
    ScenarioDocuments.Bytes bytes = new ScenarioDocuments.Bytes();

    bytes.readAll(saying(document, 0));

    assertThat(bytes.length).isEqualTo(document.length);
    assertThat(java.util.Arrays.copyOf(bytes.bytes, bytes.length)).isEqualTo(document);
    assertThat(outcome(saying(document, 0), true)).isEqualTo(Scenario.builder().build());
  }

  private static InputStream failing(String start, IOException failure) {
    return new SequenceInputStream(
        new ByteArrayInputStream(start.getBytes(UTF_8)),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw failure;
          }

          @Override
          public int read(byte[] bytes, int offset, int length) throws IOException {
            throw failure;
          }
        });
  }
}
