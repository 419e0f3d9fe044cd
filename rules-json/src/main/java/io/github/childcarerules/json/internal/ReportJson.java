package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * FORMAT.md's JSON: the validation report ({@code valid}, then {@code violations} with {@code
 * rule}, {@code severity}, {@code path}, {@code message}, {@code source}), its JSON Lines form, and
 * the catalogue of {@code rules --json}. Single documents are indented; batch lines are compact.
 * Messages are in the language of the locale given. Each document is written as it is produced
 * ({@link JsonDocuments}), to a {@code String} or to a stream.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The tree writer of the documents still built as a tree (the input documents written back:
   * record, scenario, places): the layout and the escapes of {@link JsonDocuments}.
   */
  static final ObjectWriter DOCUMENT =
      MAPPER.writer(JsonDocuments.INDENTED).with(VisibleEscapes.INSTANCE);

  private ReportJson() {}

  /**
   * The report on one record (or on a scenario), indented.
   *
   * @param report the violations found
   * @param locale the language of the messages
   * @return the JSON document
   */
  public static String report(ValidationReport report, Locale locale) {
    return JsonDocuments.indented(json -> report(json, report, locale, null));
  }

  /**
   * The report on one record (or on a scenario), indented, written to {@code out} as it is
   * produced.
   *
   * @param report the violations found
   * @param locale the language of the messages
   * @param out where to write the document, in UTF-8
   */
  public static void report(ValidationReport report, Locale locale, OutputStream out) {
    JsonDocuments.indented(json -> report(json, report, locale, null), out);
  }

  /**
   * The report on the record at {@code line} of a batch, on one line.
   *
   * @param line the line's number, from 1
   * @param report the violations found in its record
   * @param locale the language of the messages
   * @return one JSON Lines line, without its end
   */
  public static String batchResult(long line, ValidationReport report, Locale locale) {
    return JsonDocuments.compact(json -> report(json, report, locale, line));
  }

  /**
   * The report on the record at {@code line} of a batch, on one line written to {@code out}.
   *
   * @param line the line's number, from 1
   * @param report the violations found in its record
   * @param locale the language of the messages
   * @param out where to write the line (without its end), in UTF-8
   */
  public static void batchResult(
      long line, ValidationReport report, Locale locale, OutputStream out) {
    if (!report.violations().isEmpty()) {
      JsonDocuments.compact(json -> report(json, report, locale, line), out);
      return;
    }
    try { // most lines: the bytes the generator writes for them, around the line's digits
      out.write(NOTHING_FOUND[0]);
      out.write(Long.toString(line).getBytes(StandardCharsets.US_ASCII));
      out.write(NOTHING_FOUND[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The line of a record with nothing to report, as {@link #report} writes it, before and after the
   * line's number: no value in it needs escaping.
   */
  private static final byte[][] NOTHING_FOUND = aroundTheLineNumber();

  private static byte[][] aroundTheLineNumber() {
    String line =
        JsonDocuments.compact(
            json -> report(json, ValidationReport.of(List.empty()), Locale.ROOT, 0L));
    int number = line.indexOf(":0,") + 1;
    return new byte[][] {
      line.substring(0, number).getBytes(StandardCharsets.US_ASCII),
      line.substring(number + 1).getBytes(StandardCharsets.US_ASCII)
    };
  }

  /**
   * A line of a batch that is not a usable record, on one line.
   *
   * @param line the line's number, from 1
   * @param error the one-line reason, as {@link UnusableInputException} gives it
   * @return one JSON Lines line, without its end
   */
  public static String batchError(long line, String error) {
    return JsonDocuments.compact(json -> batchError(json, line, error));
  }

  /**
   * A line of a batch that is not a usable record, on one line written to {@code out}.
   *
   * @param line the line's number, from 1
   * @param error the one-line reason, as {@link UnusableInputException} gives it
   * @param out where to write the line (without its end), in UTF-8
   */
  public static void batchError(long line, String error, OutputStream out) {
    JsonDocuments.compact(json -> batchError(json, line, error), out);
  }

  /**
   * Every rule, in catalogue order.
   *
   * @param rules the rules to list
   * @param locale the language of their descriptions
   * @return the JSON document, indented
   */
  public static String catalogue(Seq<Rule> rules, Locale locale) {
    return JsonDocuments.indented(json -> catalogue(json, rules, locale));
  }

  /**
   * Every rule, in catalogue order, written to {@code out}.
   *
   * @param rules the rules to list
   * @param locale the language of their descriptions
   * @param out where to write the document, indented, in UTF-8
   */
  public static void catalogue(Seq<Rule> rules, Locale locale, OutputStream out) {
    JsonDocuments.indented(json -> catalogue(json, rules, locale), out);
  }

  private static void report(
      JsonGenerator json, ValidationReport report, Locale locale, @Nullable Long line)
      throws IOException {
    json.writeStartObject();
    if (line != null) {
      json.writeNumberField("line", line.longValue());
    }
    json.writeBooleanField("valid", report.isValid());
    json.writeArrayFieldStart("violations");
    for (Violation violation : report.violations()) {
      json.writeStartObject();
      json.writeStringField("rule", violation.rule().name());
      json.writeStringField("severity", violation.severity().name());
      json.writeStringField("path", violation.path());
      json.writeStringField("message", violation.message(locale));
      json.writeStringField("source", violation.source());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void batchError(JsonGenerator json, long line, String error) throws IOException {
    json.writeStartObject();
    json.writeNumberField("line", line);
    json.writeStringField("error", error);
    json.writeEndObject();
  }

  private static void catalogue(JsonGenerator json, Seq<Rule> rules, Locale locale)
      throws IOException {
    json.writeStartArray();
    for (Rule rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.name());
      json.writeStringField("severity", rule.severity().name());
      json.writeStringField("source", rule.source());
      json.writeStringField("description", rule.description(locale));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** {@code node} as an indented document, as every single document is printed. */
  static String document(JsonNode node) {
    try {
      return DOCUMENT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
