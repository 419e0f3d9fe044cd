package io.github.childcarerules.cli.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads parent-child records from JSON (FORMAT.md, "Record"). Standard JSON only: duplicate keys,
 * content after the record, strings over 20,000,000 characters and nesting deeper than 1,000 levels
 * are {@link UnusableInputException}s, and so is a value of the wrong JSON type.
 */
public final class JsonRecords {
  /** FORMAT.md: strings up to 20,000,000 characters are read. */
  public static final int MAX_STRING_LENGTH = 20_000_000;

  /** Far deeper than any record; deeper nesting is refused before it can exhaust the stack. */
  public static final int MAX_NESTING_DEPTH = 1_000;

  private static final Pattern EMBEDDED_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          // numbers as written: 2.5 places is a violation to report, 1e400 is not infinity
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonRecords() {}

  /** The record of a whole document (UTF-8); a syntax error is located by line and column. */
  public static ParentChildRecord read(InputStream document) {
    return RecordMapping.record(Node.root(parse(() -> MAPPER.createParser(document), true)));
  }

  /** The record on one line of a JSON Lines batch; a syntax error is located by column. */
  public static ParentChildRecord readLine(String line) {
    return RecordMapping.record(Node.root(parse(() -> MAPPER.createParser(line), false)));
  }

  /** The JSON document of {@code document} (UTF-8), read under the same limits as a record. */
  static JsonNode tree(InputStream document) {
    return parse(() -> MAPPER.createParser(document), true);
  }

  /** The allocation scenario of a whole document (FORMAT.md "Allocation scenario"). */
  public static Scenario readScenario(InputStream document) {
    return ScenarioMapping.scenario(Node.root(parse(() -> MAPPER.createParser(document), true)));
  }

  /** How to open the parser of one input. */
  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  private static JsonNode parse(Source source, boolean withLine) {
    try (JsonParser parser = source.open()) {
      return document(parser, withLine);
    } catch (JsonProcessingException e) {
      throw new UnusableInputException(where(e.getLocation(), withLine), describe(e));
    } catch (IOException e) {
      throw new UnusableInputException(
          "", "cannot read: " + Objects.requireNonNullElse(e.getMessage(), "input/output error"));
    }
  }

  /** The one JSON value of the input, which must hold nothing else. */
  private static JsonNode document(JsonParser parser, boolean withLine) throws IOException {
    try {
      JsonNode document = MAPPER.readTree(parser);
      if (document == null || document.isMissingNode()) {
        throw new UnusableInputException("", "empty document, expected a record (a JSON object)");
      }
      if (parser.nextToken() != null) {
        throw new UnusableInputException(
            where(parser.currentTokenLocation(), withLine), "unexpected content after the record");
      }
      return document;
    } catch (JsonProcessingException e) {
      // Exceeded limits carry no location: the parser knows where it stopped.
      JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      throw new UnusableInputException(where(location, withLine), describe(e));
    }
  }

  private static String where(@Nullable JsonLocation location, boolean withLine) {
    if (location == null) {
      return "";
    }
    return withLine
        ? "line " + location.getLineNr() + ", column " + location.getColumnNr()
        : "column " + location.getColumnNr();
  }

  /** Jackson's message, without the source description it embeds in nested locations. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null || message.isBlank()
        ? "not valid JSON"
        : EMBEDDED_SOURCE.matcher(message).replaceAll("[");
  }
}
