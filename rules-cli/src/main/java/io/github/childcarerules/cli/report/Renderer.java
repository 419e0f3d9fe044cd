package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.internal.TextEscapes;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.util.Locale;

/**
 * How a command shows its results: FORMAT.md's JSON documents ({@code --json}) or text for a
 * person. Each method prints its result on {@code out} as it is produced, line by line (a JSON
 * document through a generator), ending with a line break; messages are in the renderer's language,
 * and every value from a document is printed through {@link TextEscapes}.
 */
public sealed interface Renderer permits JsonOutput, TextRenderer {
  static Renderer of(boolean json, Locale locale) {
    return json ? new JsonOutput(locale) : new TextRenderer(locale);
  }

  /** Prints the report on one record. */
  void report(ValidationReport report, PrintStream out);

  /**
   * The report on an allocation scenario that cannot be allocated, without the final line break;
   * the same JSON document as a record's report, headed for a scenario in text.
   */
  String scenarioReport(ValidationReport report);

  /** Prints the report on the record at {@code line} of a batch; one line in JSON. */
  void batchResult(long line, ValidationReport report, PrintStream out);

  /** Prints a line of a batch that is not a usable record; one line in JSON. */
  void batchError(long line, String error, PrintStream out);

  /** Prints every rule, in catalogue order. */
  void catalogue(Seq<Rule> rules, PrintStream out);
}
