package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * How a command shows its results: FORMAT.md's JSON documents ({@code --json}) or text for a
 * person. Each method returns what to print, without the final line break; messages are in the
 * renderer's language.
 */
public sealed interface Renderer permits JsonOutput, TextRenderer {
  static Renderer of(boolean json, Locale locale) {
    return json ? new JsonOutput(locale) : new TextRenderer(locale);
  }

  /** The report on one record. */
  String report(ValidationReport report);

  /**
   * The report on an allocation scenario that cannot be allocated; the same JSON document as a
   * record's report, headed for a scenario in text.
   */
  String scenarioReport(ValidationReport report);

  /** The report on the record at {@code line} of a batch; one line in JSON. */
  String batchResult(long line, ValidationReport report);

  /** A line of a batch that is not a usable record; one line in JSON. */
  String batchError(long line, String error);

  /** Every rule, in catalogue order. */
  String catalogue(Seq<Rule> rules);
}
