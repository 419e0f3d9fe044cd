package io.github.childcarerules.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers of the public API: every kind of unusable input comes back as one {@link
 * UnusableInput} line (nothing thrown), and each limit is tested on both sides.
 */
class ChildcareJsonReadTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty document | '' | empty document, expected a record (a JSON object)",
        "white space only | '  \t ' | empty document, expected a record (a JSON object)",
        "not an object | [1, 2] | expected a record (a JSON object), found an array",
        "wrong type at a path | {\"child\": {\"nirec\": 5}}"
            + " | child.nirec: expected a string or null, found a number",
        "wrong type in a list | {\"agreements\": [{}, 7]}"
            + " | agreements[1]: expected an object or null, found a number",
        "content after the record | {} {}"
            + " | line 1, column 4: unexpected content after the record",
        "not JSON | {\"child\": } | line 1, column 11: Unexpected character ('}' (code 125)):"
            + " expected a value",
      })
  void unusableRecordsAreOneLineNamingWhereAndWhat(String kind, String json, String message) {
    Validation<UnusableInput, ParentChildRecord> read = ChildcareJson.readRecord(json);

    assertThat(read.isInvalid()).as(kind).isTrue();
    assertThat(read.getError().message()).startsWith(message).doesNotContain("\n", "\r");
  }

  @Test
  void aDuplicateKeyIsUnusableAndNamesTheKey() {
    Validation<UnusableInput, ParentChildRecord> read =
        ChildcareJson.readRecord("{\"child\": {\"lastName\": \"A\", \"lastName\": \"B\"}}");

    assertThat(read.getError().message())
        .startsWith("line 1, column ")
        .contains("Duplicate", "lastName");
  }

  @Test
  void aWellFormedRecordIsReadWithItsStringsAsEntered() {
    Validation<UnusableInput, ParentChildRecord> read =
        ChildcareJson.readRecord("{\"child\": {\"birthDate\": \"2024-13-45\", \"sex\": \"Q\"}}");

    assertThat(read.isValid()).isTrue();
    assertThat(read.get().child().get().birthDate()).isEqualTo(Option.some("2024-13-45"));
    assertThat(read.get().child().get().sex()).isEqualTo(Option.some("Q"));
  }

  @Test
  void bytesThatAreNotUtf8AreUnusableWithTheirOffset() {
    byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};

    assertThat(ChildcareJson.readRecord(new ByteArrayInputStream(json)).getError().message())
        .isEqualTo("line 1, byte 6: not valid UTF-8");
  }

  @Test
  void aByteOrderMarkBeforeTheRecordIsDropped() {
    byte[] json = "\uFEFF{\"child\": {\"firstName\": \"Léa\"}}".getBytes(UTF_8);

    assertThat(ChildcareJson.readRecord(new ByteArrayInputStream(json)).get().child().get())
        .satisfies(child -> assertThat(child.firstName()).isEqualTo(Option.some("Léa")));
  }

  @Test
  void aStreamThatFailsIsUnusableInputNotAnException() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThat(ChildcareJson.readRecord(failing).getError().message())
        .isEqualTo("cannot read: disk gone");
  }

  @Test
  void nestingUpToTheLimitIsReadAndOneLevelMoreIsUnusable() {
    // the record is level 1: 999 arrays inside it make 1,000 levels, the limit
    assertThat(ChildcareJson.readRecord(nested(999)).isValid()).isTrue();
    assertThat(ChildcareJson.readRecord(nested(1000)).getError().message())
        .contains("Document nesting depth (1001) exceeds the maximum allowed (1000");
  }

  private static String nested(int arrays) {
    return "{\"unknown\": " + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  @Test
  void aHugeNumberInAFieldNobodyReadsIsIgnored() {
    assertThat(ChildcareJson.readRecord("{\"unknown\": 1e999999999999}").isValid()).isTrue();
  }

  @Test
  void numbersTheContractReadsStopAtOneBillion() {
    assertThat(ChildcareJson.readScenario(scenarioWithChildren("1000000000")).isValid()).isTrue();
    assertThat(ChildcareJson.readScenario(scenarioWithChildren("1000000001")).getError().message())
        .isEqualTo(
            "sectors[0].children: number 1000000001 larger than any count the contract reads"
                + " (at most 1,000,000,000)");
    assertThat(
            ChildcareJson.readScenario(scenarioWithChildren("1e9999999999")).getError().message())
        .isEqualTo(
            "sectors[0].children: number 1e9999999999 out of range (its exponent is too large)");
  }

  private static String scenarioWithChildren(String children) {
    return "{\"sectors\": [{\"name\": \"A\", \"children\": " + children + "}]}";
  }

  @Test
  void aScenarioKeepsItsStringsForTheScenarioChecks() {
    Validation<UnusableInput, Scenario> read =
        ChildcareJson.readScenario(
            "{\"asOf\": \"not a date\", \"batches\": [null, {\"id\": \"B2\", \"kind\": \"ODD\"}]}");

    assertThat(read.get().asOf()).isEqualTo(Option.some("not a date"));
    assertThat(read.get().batches()).hasSize(2);
    assertThat(read.get().batches().get(1).kind()).isEqualTo(Option.some("ODD"));
  }

  @Test
  void aScenarioOfTheWrongShapeIsUnusable() {
    assertThat(ChildcareJson.readScenario("[]").getError().message())
        .isEqualTo("expected an allocation scenario (a JSON object), found an array");
    assertThat(ChildcareJson.readScenario("{\"requests\": [{\"emergency\": \"no\"}]}").getError())
        .isEqualTo(
            new UnusableInput(
                "requests[0].emergency: expected true, false or null, found a string"));
  }

  @Test
  void anAnswersByBatchKeyIsNamedInThePathPlainOrQuoted() {
    assertThat(unusableAnswers("B1")).isEqualTo("providers[0].answersByBatch.B1");
    assertThat(unusableAnswers("B1.x[0]")).isEqualTo("providers[0].answersByBatch[\"B1.x[0]\"]");
    assertThat(unusableAnswers("")).isEqualTo("providers[0].answersByBatch[\"\"]");
  }

  /** The path an unusable {@code answersByBatch} entry under {@code key} is reported at. */
  private static String unusableAnswers(String key) {
    String json =
        "{\"providers\": [{\"answersByBatch\": {\"" + key.replace("\"", "\\\"") + "\": 3}}]}";
    String message = ChildcareJson.readScenario(json).getError().message();
    assertThat(message).endsWith(": expected an object or null, found a number");
    return message.substring(
        0, message.length() - ": expected an object or null, found a number".length());
  }

  @Test
  void placesCountsGoUpToTenThousandWholePlaces() {
    assertThat(ChildcareJson.readPlaces(places("10000")).get().places().head().count())
        .isEqualTo(10_000);
    assertThat(ChildcareJson.readPlaces(places("0")).get().places().head().count()).isZero();
    assertThat(ChildcareJson.readPlaces(places("10001")).getError().message())
        .isEqualTo("places[0].count: count 10001 over 10000 places, not a provider's");
    assertThat(ChildcareJson.readPlaces(places("-1")).getError().message())
        .isEqualTo("places[0].count: negative count -1");
    assertThat(ChildcareJson.readPlaces(places("2.5")).getError().message())
        .isEqualTo("places[0].count: expected a whole number of places, found 2.5");
  }

  @Test
  void thePlacesOfADocumentAddUpToTenThousandAtMostOverlappingOrNot() {
    String entry = "{\"from\": \"2024-01-01\", \"count\": 2500}";
    String four =
        "{\"places\": [" + String.join(", ", java.util.Collections.nCopies(4, entry)) + "]}";
    String five =
        "{\"places\": [" + String.join(", ", java.util.Collections.nCopies(5, entry)) + "]}";
    String oneAfterAnother =
        "{\"places\": [{\"from\": \"2024-01-01\", \"to\": \"2024-01-31\", \"count\": 6000},"
            + " {\"from\": \"2024-02-01\", \"count\": 6000}]}";

    assertThat(ChildcareJson.readPlaces(four).get().places()).hasSize(4);
    assertThat(ChildcareJson.readPlaces(five).getError().message())
        .isEqualTo(
            "places[4].count: the places entries add up to 12500 places here, over 10000 in all"
                + " for one document (overlapping or not), not a provider's");
    assertThat(ChildcareJson.readPlaces(oneAfterAnother).getError().message())
        .startsWith("places[1].count: the places entries add up to 12000 places here");
  }

  @Test
  void aKeyThatIsNotPlainIsQuotedInThePathOfUnusableInput() {
    String record = "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MON.x[0]\": [1]}]}}]}";

    assertThat(ChildcareJson.readRecord(record).getError().message())
        .isEqualTo(
            "agreements[0].schedule.weeks[0][\"MON.x[0]\"][0]: expected a string, found a number");
  }

  private static String places(String count) {
    return "{\"places\": [{\"from\": \"2024-01-01\", \"to\": null, \"count\": "
        + count
        + "}],"
        + " \"records\": [{}]}";
  }

  @Test
  void aPlacesEntryEndingBeforeItsStartIsUnusableButOnItsStartIsNot() {
    String sameDay =
        "{\"places\": [{\"from\": \"2024-01-01\", \"to\": \"2024-01-01\", \"count\": 1}]}";
    String before =
        "{\"places\": [{\"from\": \"2024-01-02\", \"to\": \"2024-01-01\", \"count\": 1}]}";

    assertThat(ChildcareJson.readPlaces(sameDay).isValid()).isTrue();
    assertThat(ChildcareJson.readPlaces(before).getError().message())
        .isEqualTo("places[0].to: ends on 2024-01-01, before its start 2024-01-02");
    assertThat(ChildcareJson.readPlaces("{\"places\": [{\"count\": 1}]}").getError().message())
        .isEqualTo("places[0].from: missing date");
  }

  @Test
  void aBatchLineIsLocatedByColumnAndABlankLineIsNoRecord() {
    assertThat(ChildcareJson.readRecordLine(" \t ").get()).isEmpty();
    assertThat(ChildcareJson.readRecordLine("{}").get()).isNotEmpty();
    assertThat(ChildcareJson.readRecordLine("{\"child\": }").getError().message())
        .startsWith("column 11: Unexpected character");
  }

  @Test
  void aNullArgumentIsAMisuseNamedInTheException() {
    assertThatNullPointerException()
        .isThrownBy(() -> ChildcareJson.readRecord((String) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> ChildcareJson.readScenario((InputStream) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> ChildcareJson.readRecordLine(null))
        .withMessage("line");
    assertThatNullPointerException()
        .isThrownBy(() -> new UnusableInput(null))
        .withMessage("message");
  }

  @Test
  void anUnusableInputIsAlwaysOneLine() {
    assertThat(new UnusableInput("a\nb\r\nc\u2028d").message()).isEqualTo("a b c d");
    assertThat(new UnusableInput("x".repeat(1000)).message()).hasSize(1000);
    assertThat(new UnusableInput("x".repeat(1001)).message()).hasSize(1001).endsWith("…");
  }
}
