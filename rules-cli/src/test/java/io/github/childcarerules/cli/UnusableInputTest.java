package io.github.childcarerules.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input the command line cannot use (FORMAT.md, exit status 2): one line on standard error names
 * the file, the line or JSON path, and what is wrong; never a stack trace.
 */
class UnusableInputTest {
  @TempDir Path folder;

  @Test
  void aMissingFileIsNamed() {
    Expect.unusable(
        Run.of("validate", "no-such-record.json"), "no-such-record.json", "no such file");
  }

  @Test
  void aFolderIsNotARecord() {
    Expect.unusable(Run.of("validate", folder.toString()), folder.toString(), "directory");
  }

  @Test
  void jsonThatDoesNotParseNamesTheFileAndTheLine() {
    String file =
        Fixtures.write(folder, "broken.json", "{\n  \"child\": {\n    \"lastName\": }\n}\n");

    Expect.unusable(Run.of("validate", file), file + ": line 3, column ", "Unexpected character");
  }

  @Test
  void aDuplicateKeyIsUnusable() {
    String file =
        Fixtures.write(
            folder, "twice.json", "{\"child\": {\"lastName\": \"A\", \"lastName\": \"B\"}}");

    Expect.unusable(Run.of("validate", file), file + ": line 1", "Duplicate", "lastName");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "child.bornOutsideQuebec | {\"child\": {\"bornOutsideQuebec\": \"yes\"}}"
            + " | expected true, false or null, found a string",
        "child.nirec | {\"child\": {\"nirec\": 123456789}} | expected a string or null, found a number",
        "address | {\"address\": [\"111 rue des Roses\"]} | expected an object or null, found an array",
        "ecpPeriods | {\"ecpPeriods\": {\"start\": \"2024-01-01\"}}"
            + " | expected an array or null, found an object",
        "ageBrackets.MONTHS_0_17 | {\"ageBrackets\": {\"MONTHS_0_17\": 20230905}}"
            + " | expected a string or null, found a number",
        "agreements[1].schedule.weeks[0].MON[2]"
            + " | {\"agreements\": [{}, {\"schedule\": {\"weeks\": [{\"MON\": [\"DAY_1\", \"DAY_2\", 3]}]}}]}"
            + " | expected a string, found a number",
        "agreements[0].specialSchedules[1].schedule"
            + " | {\"agreements\": [{\"specialSchedules\": [null, {\"schedule\": true}]}]}"
            + " | expected an object or null, found a boolean",
        "agreements[0].reducedContribution | {\"agreements\": [{\"reducedContribution\": \"true\"}]}"
            + " | expected true, false or null, found a string",
        "serviceOffer.cisssReservationConvention"
            + " | {\"serviceOffer\": {\"cisssReservationConvention\": 1}}"
            + " | expected true, false or null, found a number"
      })
  void aValueOfTheWrongJsonTypeNamesItsPath(String path, String json, String what) {
    String file = Fixtures.write(folder, "typed.json", json);

    Expect.unusable(Run.of("validate", file), file + ": " + path + ": " + what);
  }

  @Test
  void anEmptyFileIsUnusableForOneRecord() {
    String file = Fixtures.write(folder, "empty.json", "");

    Expect.unusable(Run.of("validate", file), file, "empty");
  }

  @Test
  void aFileOfWhiteSpaceIsEmptyToo() {
    Expect.unusable(Run.withInput(" \n\t\n", "validate", "-"), "standard input", "empty");
  }

  @Test
  void aTopLevelArrayIsNotARecord() {
    Expect.unusable(Run.withInput("[{}]", "validate", "-"), "expected a record", "found an array");
  }

  @Test
  void aTopLevelNullIsNotARecord() {
    Expect.unusable(Run.withInput("null", "validate", "-"), "expected a record", "found null");
  }

  @Test
  void contentAfterTheRecordIsUnusable() {
    Expect.unusable(Run.withInput("{}\n{}", "validate", "-"), "line 2", "after the record");
    Expect.unusable(Run.withInput("{} x", "validate", "-"), "line 1", "'x'");
  }

  @Test
  void arraysNestedAHundredThousandDeepAreRefusedOnOneLine() {
    Expect.unusable(Run.withInput("[".repeat(100_000), "validate", "-"), "nesting depth");
  }

  @Test
  void objectsNestedAHundredThousandDeepAreRefusedOnOneLine() {
    Expect.unusable(
        Run.withInput("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), "validate", "-"),
        "nesting depth");
  }

  @Test
  void aStringOverTwentyMillionCharactersIsRefused() {
    ObjectNode record = Fixtures.validRecord();
    ((ObjectNode) record.get("child")).put("lastName", "x".repeat(20_000_001));

    Expect.unusable(Run.withInput(record.toString(), "validate", "-"), "20000000");
  }

  @Test
  void anUnusableSavedRecordIsNamed() {
    String saved = Fixtures.write(folder, "saved.json", "{\"child\": ");

    Run run = Run.of("validate", Fixtures.golden("valid-two-agreements.json"), "--saved", saved);

    Expect.unusable(run, saved + ": line 1");
  }

  @Test
  void malformedUtf8IsUnusable() {
    byte[] prefix = "{\"child\": {\"lastName\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] document = Arrays.copyOf(prefix, prefix.length + 4);
    System.arraycopy(new byte[] {(byte) 0xFF, '"', '}', '}'}, 0, document, prefix.length, 4);

    Run run = Run.withInput(new ByteArrayInputStream(document), "validate", "-");

    Expect.unusable(run, "standard input: line 1", "UTF-8");
  }
}
