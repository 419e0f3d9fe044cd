package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * FORMAT.md's JSON: the validation report ({@code valid}, then {@code violations} with {@code
 * rule}, {@code severity}, {@code path}, {@code message}, {@code source}), its JSON Lines form, and
 * the catalogue of {@code rules --json}. Single documents are indented; batch lines are compact.
 * Messages are in the language of the locale given.
 */
public final class ReportJson {

  private ReportJson() {}

  /**
   * The report on one record (or on a scenario), indented.
   *
   * @param report the violations found
   * @param locale the language of the messages
   * @return the JSON document
   */
  public static String report(ValidationReport report, Locale locale) {
    return Jackson.write(Jackson.DOCUMENT, reportNode(Jackson.NODES.objectNode(), report, locale));
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
    return Jackson.write(
        Jackson.LINE, reportNode(Jackson.NODES.objectNode().put("line", line), report, locale));
  }

  /**
   * A line of a batch that is not a usable record, on one line.
   *
   * @param line the line's number, from 1
   * @param error the one-line reason, as {@link UnusableInputException} gives it
   * @return one JSON Lines line, without its end
   */
  public static String batchError(long line, String error) {
    return Jackson.write(
        Jackson.LINE, Jackson.NODES.objectNode().put("line", line).put("error", error));
  }

  /**
   * Every rule, in catalogue order.
   *
   * @param rules the rules to list
   * @param locale the language of their descriptions
   * @return the JSON document, indented
   */
  public static String catalogue(Seq<Rule> rules, Locale locale) {
    ArrayNode catalogue = Jackson.NODES.arrayNode();
    rules.forEach(
        rule ->
            catalogue
                .addObject()
                .put("id", rule.name())
                .put("severity", rule.severity().name())
                .put("source", rule.source())
                .put("description", rule.description(locale)));
    return Jackson.write(Jackson.DOCUMENT, catalogue);
  }

  private static ObjectNode reportNode(ObjectNode node, ValidationReport report, Locale locale) {
    node.put("valid", report.isValid());
    ArrayNode violations = node.putArray("violations");
    report
        .violations()
        .forEach(violation -> violationNode(violations.addObject(), violation, locale));
    return node;
  }

  private static void violationNode(ObjectNode node, Violation violation, Locale locale) {
    node.put("rule", violation.rule().name())
        .put("severity", violation.severity().name())
        .put("path", violation.path())
        .put("message", violation.message(locale))
        .put("source", violation.source());
  }

  /** {@code node} as an indented document, as every single document is printed. */
  static String document(JsonNode node) {
    return Jackson.write(Jackson.DOCUMENT, node);
  }

  /** A new empty JSON object. */
  static ObjectNode object() {
    return Jackson.NODES.objectNode();
  }
}
