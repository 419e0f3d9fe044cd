package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.ChildcareJson;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A line held whole is read the fast way ({@link RecordTokens}) when it is a plain record, and
 * otherwise the reference way: either way the outcome is the reference's, record for record and
 * error for error, and the fast way is really taken for a well-formed record.
 */
class FastLineTest {
  /** A typical record on one line, as a batch holds it. */
  static final String RECORD = oneLine(example("valid-two-agreements.json"));

  static ParentChildRecord typicalRecord() {
    return ChildcareJson.readRecord(RECORD).get();
  }

  static String example(String name) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An indented document on one line: its line ends are white space between tokens only. */
  static String oneLine(String document) {
    return document.replace("\r", "").replace("\n", "");
  }

  /** The outcome of a line read the given way: its record, or its error's message. */
  static Object outcome(byte[] line, boolean fast) {
    try {
      Option<ParentChildRecord> record =
          fast
              ? JsonRecords.readLine(line, line.length)
              : JsonRecords.readLine(new ByteArrayInputStream(line));
      return record.map(Object.class::cast).getOrElse("blank");
    } catch (UnusableInputException e) {
      return "unusable: " + e.getMessage();
    }
  }

  static void assertSameOutcome(byte[] line) {
    assertThat(outcome(line, true)).isEqualTo(outcome(line, false));
  }

  private static boolean takesTheFastWay(byte[] line) throws IOException {
    try (JsonParser parser = Jackson.MAPPER.getFactory().createParser(line)) {
      return RecordTokens.read(parser) != null;
    } catch (TokenReader.Detour e) {
      return false;
    }
  }

  @Test
  void aWellFormedRecordIsReadTheFastWayAsTheReferenceReadsIt() throws IOException {
    byte[] line = RECORD.getBytes(UTF_8);

    assertThat(takesTheFastWay(line)).isTrue();
    assertThat(outcome(line, true)).isEqualTo(typicalRecord()).isEqualTo(outcome(line, false));
  }

  @Test
  void everyBundledRecordReadsTheSameBothWays() throws IOException {
    try (Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(java.nio.file.Path.of("..", "examples"))) {
      for (java.nio.file.Path file :
          files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        byte[] document = java.nio.file.Files.readAllBytes(file);
        String line = new String(document, UTF_8).replace("\r", "").replace("\n", "");
        assertSameOutcome(line.getBytes(UTF_8));
      }
    }
  }

  @Test
  void aBlankLineIsNoRecordBothWays() {
    assertThat(outcome(" \t ".getBytes(UTF_8), true)).isEqualTo("blank");
    assertThat(outcome(new byte[0], true)).isEqualTo("blank");
    assertSameOutcome(" \t\r ".getBytes(UTF_8));
  }

  @Test
  void nullsAndEmptyListsAreReadAsTheReferenceReadsThem() throws IOException {
    String line =
        "{\"child\": null, \"responsible\": null, \"otherResponsible\": null, \"parent\": null,"
            + " \"address\": null, \"ageBrackets\": null, \"cisssPeriods\": null,"
            + " \"ecpPeriods\": [null, {\"start\": null, \"end\": \"2024-01-01\"}],"
            + " \"disabilityPeriods\": [], \"transitionalMeasure\": null,"
            + " \"agreements\": [null, {\"start\": \"2024-01-01\", \"end\": null,"
            + " \"terminatedOn\": null, \"reducedContribution\": null, \"replacement\": false,"
            + " \"signed\": true, \"schedule\": {\"weeks\": [null, {\"MONDAY\": null,"
            + " \"TUESDAY\": [\"AM\", \"PM\"], \"Lundi\": []}]}, \"specialSchedules\": [null,"
            + " {\"start\": \"2024-02-01\", \"end\": null, \"schedule\": null}]}],"
            + " \"serviceOffer\": {\"cisssReservationConvention\": null},"
            + " \"ageBrackets\": {}}";
    // a duplicate key: the reference's error
    assertSameOutcome(line.getBytes(UTF_8));
    String withoutDuplicate = line.replace(", \"ageBrackets\": {}}", "}");
    byte[] bytes = withoutDuplicate.getBytes(UTF_8);
    assertThat(takesTheFastWay(bytes)).isTrue();
    assertSameOutcome(bytes);
    String brackets =
        "{\"ageBrackets\": {\"MONTHS_0_17\": null, \"SCHOOL_AGE\": \"2030-09-01\", \"X\": \"\"},"
            + " \"child\": {\"bornOutsideQuebec\": null, \"sex\": \"F\"},"
            + " \"serviceOffer\": {\"cisssReservationConvention\": true}}";
    assertThat(takesTheFastWay(brackets.getBytes(UTF_8))).isTrue();
    assertSameOutcome(brackets.getBytes(UTF_8));
  }

  @Test
  void unknownFieldsAreSkippedWhateverTheyHold() throws IOException {
    String line =
        "{\"note\": {\"a\": [1, 2.5e3, true, null, {\"b\": \"c\"}]}, \"child\": {\"x\": [],"
            + " \"lastName\": \"Roy\", \"y\": -1}, \"agreements\": [{\"z\": {}, \"schedule\":"
            + " {\"w\": 1, \"weeks\": []}}], \"serviceOffer\": {\"q\": \"r\"},"
            + " \"address\": {\"n\": 1E+999999999}, \"responsible\": {\"k\": false},"
            + " \"transitionalMeasure\": {\"u\": null}}";
    byte[] bytes = line.getBytes(UTF_8);

    assertThat(takesTheFastWay(bytes)).isTrue();
    assertSameOutcome(bytes);
  }

  static Stream<String> unusableLines() {
    return Stream.of(
        "[1, 2]",
        "\"record\"",
        "42",
        "null",
        "{\"child\": ",
        "{\"child\": {}} {}",
        "{\"child\": {}} x",
        "{\"child\": 1}",
        "{\"child\": []}",
        "{\"responsible\": \"x\"}",
        "{\"otherResponsible\": true}",
        "{\"parent\": 1}",
        "{\"address\": []}",
        "{\"transitionalMeasure\": 1}",
        "{\"serviceOffer\": 1}",
        "{\"child\": {\"lastName\": 1}}",
        "{\"child\": {\"firstName\": {}}}",
        "{\"child\": {\"sex\": []}}",
        "{\"child\": {\"birthDate\": true}}",
        "{\"child\": {\"nirec\": 1}}",
        "{\"child\": {\"necsg\": 1}}",
        "{\"child\": {\"bornOutsideQuebec\": \"yes\"}}",
        "{\"responsible\": {\"lastName\": 1}}",
        "{\"responsible\": {\"firstName\": 1}}",
        "{\"responsible\": {\"role\": 1}}",
        "{\"address\": {\"civicNumber\": 111}}",
        "{\"address\": {\"civicSuffix\": 1}}",
        "{\"address\": {\"street\": 1}}",
        "{\"address\": {\"municipality\": 1}}",
        "{\"address\": {\"postalCode\": 1}}",
        "{\"address\": {\"apartment\": 1}}",
        "{\"ageBrackets\": []}",
        "{\"ageBrackets\": {\"MONTHS_0_17\": 1}}",
        "{\"cisssPeriods\": {}}",
        "{\"ecpPeriods\": [1]}",
        "{\"disabilityPeriods\": [\"x\"]}",
        "{\"ecpPeriods\": [{\"start\": 1}]}",
        "{\"ecpPeriods\": [{\"end\": 1}]}",
        "{\"agreements\": {}}",
        "{\"agreements\": [1]}",
        "{\"agreements\": [{\"start\": 1}]}",
        "{\"agreements\": [{\"end\": 1}]}",
        "{\"agreements\": [{\"terminatedOn\": 1}]}",
        "{\"agreements\": [{\"reducedContribution\": 1}]}",
        "{\"agreements\": [{\"replacement\": \"true\"}]}",
        "{\"agreements\": [{\"signed\": 0}]}",
        "{\"agreements\": [{\"schedule\": []}]}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": {}}}]}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [1]}}]}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MONDAY\": \"AM\"}]}}]}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MONDAY\": [null]}]}}]}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MONDAY\": [\"AM\", 1]}]}}]}",
        "{\"agreements\": [{\"specialSchedules\": 1}]}",
        "{\"agreements\": [{\"specialSchedules\": [1]}]}",
        "{\"agreements\": [{\"specialSchedules\": [{\"start\": 1}]}]}",
        "{\"agreements\": [{\"specialSchedules\": [{\"end\": 1}]}]}",
        "{\"agreements\": [{\"specialSchedules\": [{\"schedule\": 1}]}]}",
        "{\"serviceOffer\": {\"cisssReservationConvention\": \"no\"}}",
        "{\"child\": {\"sex\": 1}, \"agreements\": [{\"signed\": 1}], \"address\": 2}",
        "{\"agreements\": [{\"signed\": 1}], \"child\": {\"sex\": 1}}",
        "{\"child\": {\"sex\": \"F\", \"sex\": \"M\"}}",
        "{\"note\": [1, 2}",
        "{\"note\": 1" + "0".repeat(1_001) + "}",
        "{\"note\": \"" + "x".repeat(20_000_001) + "\"}",
        "{\"child\": {\"lastName\": \"" + "x".repeat(20_000_001) + "\"}}",
        "{\"note\": " + "[".repeat(1_001) + "]".repeat(1_001) + "}",
        "{\"child\": {\"lastName\": \"a\u0001b\"}}",
        "\uFEFF{\"child\": {}}",
        "{\"child\": {}}\u0000",
        "\u0000{\u0000}",
        "{\"child\": {\"lastName\": \"\\uD800\"}, \"child\": 1}",
        "{\"child\": {\"lastName\": \"\\uD800\"}}",
        "{\"child\": {\"lastName\": \"a\", \"x\": 1, \"x\": 2}}",
        "{\"note\": {\"a\": 1, \"b\": {\"a\": 1}, \"a\": 2}}",
        "{\"note\": [{\"a\": 1}, {\"a\": 1, \"a\": 1}]}",
        "{\"ageBrackets\": {\"SCHOOL_AGE\": \"x\", \"SCHOOL_AGE\": \"y\"}}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [{\"MONDAY\": [], \"MONDAY\": []}]}}]}",
        "{\"agreements\": [{\"schedule\": {\"weeks\": [], \"weeks\": []}}]}",
        "{\"agreements\": [], \"child\": {}, \"agreements\": []}");
  }

  @ParameterizedTest
  @MethodSource("unusableLines")
  void aLineTheFastWayCannotReadGetsTheReferenceOutcome(String line) {
    assertSameOutcome(line.getBytes(UTF_8));
  }

  @Test
  void aNameGivenOnceInEachOfTwoObjectsIsNoDuplicate() throws IOException {
    byte[] line =
        ("{\"child\": {\"lastName\": \"a\"}, \"x\": {\"lastName\": \"b\", \"y\": {\"lastName\":"
                + " 1}}, \"responsible\": {\"lastName\": \"c\"}}")
            .getBytes(UTF_8);

    assertThat(takesTheFastWay(line)).isTrue();
    assertSameOutcome(line);
  }

  @Test
  void anObjectOfMoreThanSixteenNamesIsLeftToTheReference() throws IOException {
    StringBuilder sixteen = new StringBuilder("{\"child\": {}");
    for (int i = 1; i < 16; i++) {
      sixteen.append(", \"n").append(i).append("\": ").append(i);
    }
    byte[] atTheBound = (sixteen + "}").getBytes(UTF_8);
    byte[] pastIt = (sixteen + ", \"n16\": 16}").getBytes(UTF_8);

    assertThat(takesTheFastWay(atTheBound)).isTrue();
    assertThat(takesTheFastWay(pastIt)).isFalse();
    assertSameOutcome(atTheBound);
    assertSameOutcome(pastIt);
    assertThat(outcome(pastIt, true)).isInstanceOf(ParentChildRecord.class);
  }

  @Test
  void bytesThatAreNotUtf8GetTheReferenceError() {
    byte[] valid = "{\"child\": {\"lastName\": \"Roy\"}}".getBytes(UTF_8);
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xC0, (byte) 0x80},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          {(byte) 0xE9},
          {(byte) 0xFF}
        }) {
      byte[] line = valid.clone();
      byte[] spliced = new byte[line.length + bad.length];
      System.arraycopy(line, 0, spliced, 0, 24);
      System.arraycopy(bad, 0, spliced, 24, bad.length);
      System.arraycopy(line, 24, spliced, 24 + bad.length, line.length - 24);
      assertThat(outcome(spliced, true)).asString().startsWith("unusable: line 1, byte 24");
      assertSameOutcome(spliced);
    }
  }

  @Test
  void onlyTheFirstBytesOfTheArrayAreTheLine() {
    byte[] line = (RECORD + "garbage").getBytes(UTF_8);

    Object read = JsonRecords.readLine(line, RECORD.getBytes(UTF_8).length).getOrNull();

    assertThat(read).isEqualTo(typicalRecord());
  }
}
