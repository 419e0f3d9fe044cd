package io.github.childcarerules.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.Seq;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * FORMAT.md's JSON: the validation report ({@code valid}, then {@code violations} with {@code
 * rule}, {@code severity}, {@code path}, {@code message}, {@code source}), its JSON Lines form, and
 * the catalogue of {@code rules --json}. Single documents are indented; batch lines are compact.
 */
public record JsonRenderer(Locale locale) implements Renderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final ObjectWriter DOCUMENT =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withArrayEmptySeparator(""))
              .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
  private static final ObjectWriter LINE = MAPPER.writer();

  @Override
  public String report(ValidationReport report) {
    return write(DOCUMENT, reportNode(MAPPER.createObjectNode(), report));
  }

  @Override
  public String scenarioReport(ValidationReport report) {
    return report(report);
  }

  @Override
  public String batchResult(long line, ValidationReport report) {
    return write(LINE, reportNode(MAPPER.createObjectNode().put("line", line), report));
  }

  @Override
  public String batchError(long line, String error) {
    return write(LINE, MAPPER.createObjectNode().put("line", line).put("error", error));
  }

  @Override
  public String catalogue(Seq<Rule> rules) {
    ArrayNode catalogue = MAPPER.createArrayNode();
    rules.forEach(
        rule ->
            catalogue
                .addObject()
                .put("id", rule.name())
                .put("severity", rule.severity().name())
                .put("source", rule.source())
                .put("description", rule.description(locale)));
    return write(DOCUMENT, catalogue);
  }

  private ObjectNode reportNode(ObjectNode node, ValidationReport report) {
    node.put("valid", report.isValid());
    ArrayNode violations = node.putArray("violations");
    report.violations().forEach(violation -> violationNode(violations.addObject(), violation));
    return node;
  }

  private void violationNode(ObjectNode node, Violation violation) {
    node.put("rule", violation.rule().name())
        .put("severity", violation.severity().name())
        .put("path", violation.path())
        .put("message", violation.message(locale))
        .put("source", violation.source());
  }

  /** {@code node} as an indented document, as every single document is printed. */
  static String document(JsonNode node) {
    return write(DOCUMENT, node);
  }

  /** A new empty JSON object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  private static String write(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
