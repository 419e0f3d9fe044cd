package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * Text for a person at a terminal: a summary line ("Dossier valide", "Dossier non valide : 2
 * erreurs, 0 avertissement"), then one line per violation with its severity, path, rule id, message
 * and source; the catalogue as a table; the steps of the demo.
 */
public final class TextRenderer implements Renderer {
  private static final String NEW_LINE = System.lineSeparator();

  private final Locale locale;
  private final Labels labels;

  public TextRenderer(Locale locale) {
    this.locale = locale;
    this.labels = new Labels(locale);
  }

  @Override
  public String report(ValidationReport report) {
    return lines(summary(report), report);
  }

  @Override
  public String scenarioReport(ValidationReport report) {
    return lines(summary(report, "scenario.valid", "scenario.invalid"), report);
  }

  @Override
  public String batchResult(long line, ValidationReport report) {
    return lines(labels.text("batch.result", line, summary(report)), report);
  }

  @Override
  public String batchError(long line, String error) {
    return labels.text("batch.error", line, error);
  }

  @Override
  public String catalogue(Seq<Rule> rules) {
    List<String> heading =
        List.of("rules.id", "rules.severity", "rules.source", "rules.description")
            .map(labels::text);
    return table(
        rules
            .toList()
            .map(
                rule ->
                    List.of(
                        rule.name(),
                        rule.severity().label(locale),
                        rule.source(),
                        rule.description(locale)))
            .prepend(heading));
  }

  /** The demo's opening: what it does, in {@code steps} steps. */
  public String demoIntroduction(int steps) {
    return labels.text("demo.introduction", steps);
  }

  /**
   * The heading of the {@code index}-th (from 1) of {@code count} steps: what step {@code step}
   * shows, and the command that prints the same ({@code arguments} after {@code childcare-rules}).
   */
  public String demoStep(int index, int count, String step, String arguments) {
    return labels.text(
        "demo.step",
        index,
        count,
        labels.text("demo.step." + step),
        "childcare-rules " + arguments);
  }

  /** How the demo's commands name any example record ({@code examples/FILE.json}). */
  public String demoAnyRecord() {
    return labels.text("demo.anyRecord");
  }

  /** The heading of the {@code index}-th (from 1) of {@code count} example records. */
  public String demoExample(int index, int count, String name) {
    return labels.text("demo.example", index, count, name);
  }

  /** An example that is not usable. */
  public String demoUnusable(String error) {
    return labels.text("demo.unusable", error);
  }

  /** A step left out: its example {@code path} is not bundled. */
  public String demoMissing(String path) {
    return labels.text("demo.missing", path);
  }

  /** How many of the {@code count} example records were valid. */
  public String demoSummary(int valid, int count) {
    return labels.text("demo.summary", valid, count);
  }

  /** How the demo's last step names any page it writes ({@code FILE.html}). */
  public String demoAnyPage() {
    return labels.text("demo.anyPage");
  }

  /** Where the demo's last step wrote its pages, before their names. */
  public String demoPagesWritten(String folder) {
    return labels.text("demo.pages", folder);
  }

  /** One page the demo wrote: its file name, and the example it is the page of. */
  public String demoPage(String page, String example) {
    return labels.text("demo.page", page, example);
  }

  /** The folder for the pages could not be made. */
  public String demoPagesUnwritable(String reason) {
    return labels.text("demo.pagesUnwritable", reason);
  }

  /** The demo's closing: what to try next. */
  public String demoConclusion() {
    return labels.text("demo.next");
  }

  private String summary(ValidationReport report) {
    return summary(report, "report.valid", "report.invalid");
  }

  private String summary(ValidationReport report, String valid, String invalid) {
    String outcome = labels.text(report.isValid() ? valid : invalid);
    if (report.violations().isEmpty()) {
      return outcome;
    }
    return labels.text("report.counts", outcome, report.errors().size(), report.warnings().size());
  }

  private String lines(String summary, ValidationReport report) {
    return report.violations().map(this::violation).prepend(summary).mkString(NEW_LINE);
  }

  private String violation(Violation violation) {
    return "  " + violation.text(locale);
  }

  /** Rows as aligned columns, each cell padded to the widest of its column. */
  private static String table(List<List<String>> rows) {
    List<Integer> widths =
        List.range(0, rows.head().size())
            .map(column -> rows.map(row -> row.get(column).length()).max().get());
    return rows.map(
            row ->
                row.zipWith(widths, (cell, width) -> cell + " ".repeat(width - cell.length()))
                    .mkString("  ")
                    .stripTrailing())
        .mkString(NEW_LINE);
  }
}
