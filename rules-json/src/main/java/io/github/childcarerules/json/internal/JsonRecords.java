package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads parent-child records from JSON (FORMAT.md, "Record"). Standard JSON only, decoded by the
 * strict {@link Utf8Reader}: duplicate keys, content after the record, strings over 20,000,000
 * characters, numbers over 1,000 characters, names over 50,000 characters and nesting deeper than
 * 1,000 levels are {@link UnusableInputException}s, and so is a value of the wrong JSON type.
 * Numbers are kept as written and only converted where the contract reads one ({@link
 * Node#number()}).
 */
public final class JsonRecords {
  /** FORMAT.md: strings up to 20,000,000 characters are read. */
  public static final int MAX_STRING_LENGTH = 20_000_000;

  /** Far deeper than any record; deeper nesting is refused before it can exhaust the stack. */
  public static final int MAX_NESTING_DEPTH = 1_000;

  /** Far longer than any count or age the contract reads (Jackson's default, set on purpose). */
  public static final int MAX_NUMBER_LENGTH = 1_000;

  /** Field names are enumeration keys and names of the contract: 50,000 characters is plenty. */
  public static final int MAX_NAME_LENGTH = 50_000;

  private static final Pattern EMBEDDED_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  private static final JsonFactory FACTORY = Jackson.MAPPER.getFactory();

  private JsonRecords() {}

  /**
   * The record of a whole document (UTF-8); a syntax error is located by line and column.
   *
   * @param document the bytes of a record document
   * @return the record, its problems left to validation
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static ParentChildRecord read(InputStream document) {
    return RecordMapping.record(Node.root(tree(document)));
  }

  /**
   * The record on one line of a JSON Lines batch (UTF-8, the line's bytes without its end); none
   * when the line holds only JSON white space. A syntax error is located by column.
   *
   * @param line the bytes of one line
   * @return the record, none for a blank line
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static Option<ParentChildRecord> readLine(InputStream line) {
    return parse(new Utf8Reader(line, false), false)
        .map(tree -> RecordMapping.record(Node.root(tree)));
  }

  /**
   * The record on one line of a JSON Lines batch held whole in memory (UTF-8, without its end);
   * none when the line holds only JSON white space. Exactly {@link #readLine(InputStream)} on the
   * same bytes, faster: a line of plain UTF-8 (no NUL byte, no byte order mark, which would make
   * Jackson guess another encoding) is read straight from the parser's tokens into the record
   * ({@link RecordTokens}); anything else, and any line that is not a well-formed record, is read
   * again the reference way, which gives its error.
   *
   * @param line the bytes of one line
   * @param length how many bytes of {@code line}, from its start, the line holds
   * @return the record, none for a blank line
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static Option<ParentChildRecord> readLine(byte[] line, int length) {
    if (TokenReader.isPlain(line, length)) {
      try (JsonParser parser = Jackson.NAMES_UNCHECKED.createParser(line, 0, length)) {
        return Option.of(RecordTokens.read(parser));
      } catch (IOException | TokenReader.Detour e) {
        // the reference way below says what is wrong
      }
    }
    return readLine(new java.io.ByteArrayInputStream(line, 0, length));
  }

  /**
   * The record on one line of text (no line end); a blank line is unusable input.
   *
   * @param line the text of one line
   * @return the record, its problems left to validation
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static ParentChildRecord readLine(String line) {
    return readLine(new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
        .getOrElseThrow(() -> new UnusableInputException("", "blank line, expected a record"));
  }

  /** The JSON document of {@code document} (UTF-8), read under the same limits as a record. */
  static JsonNode tree(InputStream document) {
    return parse(new Utf8Reader(document), true)
        .getOrElseThrow(
            () ->
                new UnusableInputException(
                    "", "empty document, expected a record (a JSON object)"));
  }

  /**
   * The allocation scenario of a whole document (FORMAT.md "Allocation scenario").
   *
   * @param document the bytes of a scenario document
   * @return the scenario, its problems left to {@code Allocator.check}
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static Scenario readScenario(InputStream document) {
    return ScenarioMapping.scenario(Node.root(tree(document)));
  }

  private static Option<JsonNode> parse(Utf8Reader input, boolean withLine) {
    try (JsonParser parser = FACTORY.createParser(input)) {
      return document(parser, withLine);
    } catch (JsonProcessingException e) {
      throw new UnusableInputException(where(e.getLocation(), withLine), describe(e));
    } catch (Utf8Reader.MalformedException e) {
      throw new UnusableInputException("", String.valueOf(e.getMessage()));
    } catch (JsonLines.LineTooLongException e) {
      throw new UnusableInputException("", String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new UnusableInputException(
          "", "cannot read: " + Objects.requireNonNullElse(e.getMessage(), "input/output error"));
    }
  }

  /** The one JSON value of the input, which must hold nothing else; none for no value at all. */
  private static Option<JsonNode> document(JsonParser parser, boolean withLine) throws IOException {
    try {
      JsonNode document = TreeReader.read(parser);
      if (document == null) {
        return Option.none();
      }
      if (parser.nextToken() != null) {
        throw new UnusableInputException(
            where(parser.currentTokenLocation(), withLine), "unexpected content after the record");
      }
      return Option.some(document);
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
